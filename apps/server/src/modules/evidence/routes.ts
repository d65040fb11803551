import { evidenceFiles } from '@thidua/db';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { pageOf, selectPage } from '../../http/pagination';
import {
  SCORING_TAGS,
  entryIdParams,
  evidenceListQuery,
  evidenceParams,
  evidenceView,
} from '../scoring-shared/schema';
import {
  assertSeesEntry,
  evidenceForDownload,
  loadEntryInContext,
  removeEvidence,
  uploadEvidence,
} from './service';
import { ACCEPTED_LIST } from '../../files/file-types';
import { presentEvidence } from './presenter';
import { removed } from '../../http/schemas';
import { fileDownload } from '../../http/file-download';
import { raw, registerRoutes, route } from '../../http/route-table';

/** Evidence files of entries: upload, list, download, remove. */
export async function evidenceRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;

  registerRoutes(app, SCORING_TAGS, [
    raw(
      'POST /entries/:entryId/evidence',
      'Tải lên tệp minh chứng cho một kết quả',
      {
        description:
          `Gửi multipart/form-data, trường \`file\` (một tệp mỗi lần). Nhận ${ACCEPTED_LIST}; loại tệp được kiểm tra theo ` +
          'nội dung, không chỉ theo đuôi tệp. Người được ghi kết quả mới được đính kèm.',
        consumes: ['multipart/form-data'],
        params: entryIdParams,
        201: evidenceView,
      },
      async ({ db, actor, params, request }) => {
        // The file is read only once the actor is known to be allowed to attach it.
        const file = await uploadEvidence(db, config, actor, params.entryId, request.files());
        return presentEvidence(file);
      },
    ),
    route(
      'GET /entries/:entryId/evidence',
      'Danh sách tệp minh chứng của một kết quả',
      { params: entryIdParams, query: evidenceListQuery, 200: pageOf(evidenceView) },
      async ({ db, actor, params, query }) => {
        assertSeesEntry(await loadEntryInContext(db, actor, params.entryId));
        const where = eq(evidenceFiles.entryId, params.entryId);
        const order = [asc(evidenceFiles.createdAt), asc(evidenceFiles.id)];
        return selectPage(db, evidenceFiles, where, order, query, presentEvidence);
      },
    ),
    fileDownload(
      config,
      'GET /evidence/:fileId',
      'Tải xuống tệp minh chứng',
      {
        description:
          'Luôn trả về dạng tệp đính kèm (Content-Disposition: attachment), không mở trong trình duyệt.',
        params: evidenceParams,
      },
      'tệp minh chứng',
      async ({ db, actor, params }) => evidenceForDownload(db, actor, params.fileId),
    ),
    route(
      'DELETE /evidence/:fileId',
      'Gỡ tệp minh chứng khỏi kết quả',
      { params: evidenceParams, 204: removed },
      async ({ db, actor, params }) => removeEvidence(db, actor, params.fileId),
    ),
  ]);
}
