import {
  type Address,
  raw,
  type RawInput,
  type RouteInput,
  type RouteSpec,
  type TableRoute,
} from '../../http/route-table';
import { deliverSpreadsheet, type PreparedSpreadsheet } from './deliver';
import { spreadsheetResponse, XLSX_PRODUCES } from './schema';

/**
 * A download of a workbook: prepared from the route's validated input, then its export recorded and the
 * file sent (see deliverSpreadsheet). The OpenAPI document says it answers an .xlsx attachment.
 */
export function spreadsheetExport<S extends RouteSpec>(
  address: Address,
  summary: string,
  spec: S,
  prepare: (input: RouteInput<S>) => Promise<PreparedSpreadsheet>,
): TableRoute {
  const download = { ...spec, produces: XLSX_PRODUCES, 200: spreadsheetResponse };
  return raw(address, summary, download, async (input) => {
    const prepared = await prepare(input);
    return deliverSpreadsheet(input.db, input.actor, prepared, input.reply);
  });
}

/** The summary and the description of one of an import's two routes. */
type Wording = [summary: string, description: string];

/**
 * The two routes of a workbook's import, each a multipart upload: `<address>/preview`, which saves
 * nothing, then `<address>` itself, which saves all or nothing. `handle` checks who may import before it
 * reads the file.
 */
export function spreadsheetImports<S extends RouteSpec>(
  address: Address,
  wording: { preview: Wording; commit: Wording },
  spec: S,
  handle: (input: RawInput<S>, commit: boolean) => Promise<unknown>,
): TableRoute[] {
  return [false, true].map((commit) => {
    const [summary, description] = commit ? wording.commit : wording.preview;
    const upload = { ...spec, description, consumes: ['multipart/form-data'] };
    return raw(commit ? address : `${address}/preview`, summary, upload, (input) =>
      handle(input as unknown as RawInput<S>, commit),
    );
  });
}
