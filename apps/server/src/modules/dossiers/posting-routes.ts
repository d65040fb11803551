import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { command, registerRoutes, route } from '../../http/route-table';
import { findBatch } from './service';
import { requireWrite } from '../plans-shared/policy';
import {
  createPostingComment,
  deletePostingComment,
  findPostingComment,
  loadPosting,
  presentPostingComment,
  updatePostingComment,
} from './posting-service';
import { DOSSIER_TAGS } from './schema';
import {
  batchParams,
  postingCommentBody,
  postingCommentParams,
  postingCommentPatch,
  postingCommentView,
  postingView,
} from './schema';
import { deleteQuery } from '../plans-shared/schema';

const SO_ONLY =
  'Chỉ cơ quan thường trực Hội đồng, khi chưa có hồ sơ nào của đợt được thẩm định (POSTING_CLOSED).';

/**
 * The public posting of a batch's list (Nghị định 152/2025/NĐ-CP Art. 44): its period and place are
 * fields of the batch (PATCH /dossier-batches/{batchId}); the comments received are rows of their own.
 */
export async function postingRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, [
    route(
      {
        method: 'GET',
        url: '/dossier-batches/:batchId/posting',
        tags: DOSSIER_TAGS,
        summary: 'Việc công khai danh sách của đợt xét và các ý kiến nhận được (Điều 44)',
        description:
          'Danh sách đề nghị Huân chương, danh hiệu vinh dự Nhà nước, Chiến sĩ thi đua toàn quốc được công khai ' +
          'ít nhất 10 ngày làm việc trước khi Hội đồng họp xét (Điều 44 Nghị định 152/2025/NĐ-CP).',
        params: batchParams,
        response: { 200: postingView },
      },
      async ({ db, actor, params }) => {
        const { batch, scope } = await findBatch(db, actor, params.batchId);
        return loadPosting(db, batch, scope);
      },
    ),
    command(
      {
        method: 'POST',
        url: '/dossier-batches/:batchId/posting-comments',
        tags: DOSSIER_TAGS,
        summary: 'Ghi một ý kiến nhận được khi công khai danh sách',
        description: SO_ONLY,
        params: batchParams,
        body: postingCommentBody,
        response: { 201: postingCommentView },
      },
      async ({ tx, actor, params, body }) => {
        const { batch, scope } = await findBatch(tx, actor, params.batchId);
        requireWrite(scope);
        return presentPostingComment(await createPostingComment(tx, actor, batch, body));
      },
    ),
    command(
      {
        method: 'PATCH',
        url: '/posting-comments/:commentId',
        tags: DOSSIER_TAGS,
        summary: 'Sửa ý kiến nhận được khi công khai (nội dung, kết quả xử lý)',
        description: SO_ONLY,
        params: postingCommentParams,
        body: postingCommentPatch,
        response: { 200: postingCommentView },
      },
      async ({ tx, actor, params, body }) => {
        const { comment, batch, scope } = await findPostingComment(tx, actor, params.commentId);
        requireWrite(scope);
        return presentPostingComment(await updatePostingComment(tx, actor, comment, batch, body));
      },
    ),
    command(
      {
        method: 'DELETE',
        url: '/posting-comments/:commentId',
        tags: DOSSIER_TAGS,
        summary: 'Xóa ý kiến nhận được khi công khai',
        description: `${SO_ONLY} Tham số \`version\` (và \`reason\`) trên địa chỉ.`,
        params: postingCommentParams,
        querystring: deleteQuery,
        response: { 204: z.null().describe('Đã xóa') },
      },
      async ({ tx, actor, params, query }) => {
        const { comment, batch, scope } = await findPostingComment(tx, actor, params.commentId);
        requireWrite(scope);
        await deletePostingComment(tx, actor, comment, batch, query.version, query.reason);
        return null;
      },
    ),
  ]);
}
