import { z } from 'zod';
import { type FileStoreConfig, fileStoreOf } from '../files/blob-store';
import { sendStoredFile, type StoredFile } from '../files/send-file';
import { type Address, raw, type RouteInput, type RouteSpec, type TableRoute } from './route-table';

/**
 * A download of a stored upload, always as an attachment (see sendStoredFile): `find` loads the file
 * once it has checked the actor may read it; bytes missing from the store answer 404 naming `what`.
 */
export function fileDownload<S extends RouteSpec>(
  config: FileStoreConfig,
  address: Address,
  summary: string,
  spec: S,
  what: string,
  find: (input: RouteInput<S>) => Promise<StoredFile>,
): TableRoute {
  const download = { ...spec, 200: z.any().describe('Nội dung tệp') };
  return raw(address, summary, download, async (input) => {
    const file = await find(input);
    return sendStoredFile(input.reply, input.request.log, fileStoreOf(config, input.db), file, what);
  });
}
