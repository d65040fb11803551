import { evidenceFiles } from '@thidua/db';
import { asc, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf } from '../../http/pagination';
import { SCORING_TAGS, entryIdParams } from '../scoring-shared/schema';
import {
  assertSeesEntry,
  evidenceForDownload,
  loadEntryInContext,
  removeEvidence,
  uploadEvidence,
} from './service';
import { fileStoreOf } from '../../files/blob-store';
import { sendStoredFile } from '../../files/send-file';
import { ACCEPTED_LIST } from '../../files/file-types';
import { presentEvidence } from './presenter';
import { evidenceListQuery, evidenceParams, evidenceView } from './schema';

/** Evidence files of entries: upload, list, download, remove. */
export async function evidenceRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;

  r.post(
    '/entries/:entryId/evidence',
    {
      schema: {
        tags: SCORING_TAGS,
        summary: 'Tải lên tệp minh chứng cho một kết quả',
        description:
          `Gửi multipart/form-data, trường \`file\` (một tệp mỗi lần). Nhận ${ACCEPTED_LIST}; loại tệp được kiểm tra theo ` +
          'nội dung, không chỉ theo đuôi tệp. Người được ghi kết quả mới được đính kèm.',
        consumes: ['multipart/form-data'],
        params: entryIdParams,
        response: { 201: evidenceView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      // The file is read only once the actor is known to be allowed to attach it.
      const file = await uploadEvidence(db, config, actor, request.params.entryId, request.files());
      return reply.status(201).send(presentEvidence(file));
    },
  );

  r.get(
    '/entries/:entryId/evidence',
    {
      schema: {
        tags: SCORING_TAGS,
        summary: 'Danh sách tệp minh chứng của một kết quả',
        params: entryIdParams,
        querystring: evidenceListQuery,
        response: { 200: pageOf(evidenceView) },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      assertSeesEntry(await loadEntryInContext(db, actor, request.params.entryId));
      const where = eq(evidenceFiles.entryId, request.params.entryId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(evidenceFiles)
          .where(where)
          .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id))
          .limit(request.query.pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(evidenceFiles).where(where),
      ]);
      return {
        items: rows.map(presentEvidence),
        total: total?.n ?? 0,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  r.get(
    '/evidence/:fileId',
    {
      schema: {
        tags: SCORING_TAGS,
        summary: 'Tải xuống tệp minh chứng',
        description:
          'Luôn trả về dạng tệp đính kèm (Content-Disposition: attachment), không mở trong trình duyệt.',
        params: evidenceParams,
        response: { 200: z.any().describe('Nội dung tệp') },
      },
    },
    async (request, reply) => {
      const file = await evidenceForDownload(db, requireActor(request.actor), request.params.fileId);
      return sendStoredFile(reply, request.log, fileStoreOf(config, db), file, 'tệp minh chứng');
    },
  );

  r.delete(
    '/evidence/:fileId',
    {
      schema: {
        tags: SCORING_TAGS,
        summary: 'Gỡ tệp minh chứng khỏi kết quả',
        params: evidenceParams,
        response: { 204: z.null().describe('Đã gỡ') },
      },
    },
    async (request, reply) => {
      await removeEvidence(db, requireActor(request.actor), request.params.fileId);
      return reply.status(204).send(null);
    },
  );
}
