import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { councilParams } from '../audit/schema';
import { attachmentHeader } from '../../files/attachment-names';
import { fileStoreOf } from '../../files/blob-store';
import { buildCouncilArchive } from './service';
import { raw, registerRoutes } from '../../http/route-table';

const TAGS = ['Hội đồng'];

/** The council's whole data as one archive (issue #17 §5: data portability). */
export async function archiveRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;

  registerRoutes(app, TAGS, [
    raw(
      'GET /councils/:councilId/archive',
      'Xuất toàn bộ dữ liệu của Hội đồng thành một tệp lưu trữ (.tar.gz)',
      {
        description:
          'Cơ quan thường trực và quản trị. Gồm tệp kỳ thi đua thidua/period@1 và kết quả của từng cụm, khối ' +
          'mọi kỳ, nhật ký thay đổi (CSV) và các tệp minh chứng kèm danh mục. Việc xuất được ghi nhật ký.',
        params: councilParams,
        produces: ['application/gzip'],
      },
      async ({ db, actor, params, reply }) => {
        const archive = await buildCouncilArchive(db, actor, params.councilId, fileStoreOf(config, db));
        const stream = createReadStream(archive.path);
        const cleanup = () => void archive.dispose();
        stream.once('close', cleanup);
        return reply
          .header('content-type', 'application/gzip')
          .header('content-disposition', attachmentHeader(archive.fileName))
          .header('cache-control', 'private, no-store')
          .send(stream);
      },
    ),
  ]);
}
