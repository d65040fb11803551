import type { FastifyInstance } from 'fastify';
import { deleted } from '../../http/schemas';
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
  registerRoutes(app, DOSSIER_TAGS, [
    route(
      'GET /dossier-batches/:batchId/posting',
      'Việc công khai danh sách của đợt xét và các ý kiến nhận được (Điều 44)',
      {
        description:
          'Danh sách đề nghị Huân chương, danh hiệu vinh dự Nhà nước, Chiến sĩ thi đua toàn quốc được công khai ' +
          'ít nhất 10 ngày làm việc trước khi Hội đồng họp xét (Điều 44 Nghị định 152/2025/NĐ-CP).',
        params: batchParams,
        200: postingView,
      },
      async ({ db, actor, params }) => {
        const { batch, scope } = await findBatch(db, actor, params.batchId);
        return loadPosting(db, batch, scope);
      },
    ),
    command(
      'POST /dossier-batches/:batchId/posting-comments',
      'Ghi một ý kiến nhận được khi công khai danh sách',
      { description: SO_ONLY, params: batchParams, body: postingCommentBody, 201: postingCommentView },
      async ({ tx, actor, params, body }) => {
        const { batch, scope } = await findBatch(tx, actor, params.batchId);
        requireWrite(scope);
        return presentPostingComment(await createPostingComment(tx, actor, batch, body));
      },
    ),
    command(
      'PATCH /posting-comments/:commentId',
      'Sửa ý kiến nhận được khi công khai (nội dung, kết quả xử lý)',
      {
        description: SO_ONLY,
        params: postingCommentParams,
        body: postingCommentPatch,
        200: postingCommentView,
      },
      async ({ tx, actor, params, body }) => {
        const { comment, batch, scope } = await findPostingComment(tx, actor, params.commentId);
        requireWrite(scope);
        return presentPostingComment(await updatePostingComment(tx, actor, comment, batch, body));
      },
    ),
    command(
      'DELETE /posting-comments/:commentId',
      'Xóa ý kiến nhận được khi công khai',
      {
        description: `${SO_ONLY} Tham số \`version\` (và \`reason\`) trên địa chỉ.`,
        params: postingCommentParams,
        query: deleteQuery,
        204: deleted,
      },
      async ({ tx, actor, params, query }) => {
        const { comment, batch, scope } = await findPostingComment(tx, actor, params.commentId);
        requireWrite(scope);
        await deletePostingComment(tx, actor, comment, batch, query.version, query.reason);
      },
    ),
  ]);
}
