import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../http/pagination';
import { answerObjection, listObjections, raiseObjection, withdrawObjection } from './service';
import {
  objectionAnswerBody,
  objectionBody,
  objectionListQuery,
  objectionParams,
  objectionView,
  objectionWithdrawBody,
} from './schema';
import { clusterParams } from '../scoring-shared/schema';
import { registerRoutes, route } from '../../http/route-table';

const OBJECTION_TAGS = ['Ý kiến về bảng điểm'];

/** Objections to the proposed table (member units; answered by reviewers). */
export async function objectionsRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, OBJECTION_TAGS, [
    route(
      'GET /clusters/:clusterId/objections',
      'Danh sách ý kiến về bảng điểm',
      { params: clusterParams, query: objectionListQuery, 200: pageOf(objectionView) },
      async ({ db, actor, params, query }) => listObjections(db, actor, params.clusterId, query),
    ),
    route(
      'POST /clusters/:clusterId/objections',
      'Gửi ý kiến về bảng điểm đề xuất (đơn vị thành viên, giai đoạn thẩm định)',
      { params: clusterParams, body: objectionBody, 201: objectionView },
      async ({ db, actor, params, body }) => raiseObjection(db, actor, params.clusterId, body),
    ),
    route(
      'POST /objections/:objectionId/answer',
      'Trả lời ý kiến (cụm trưởng, cụm phó, cơ quan thường trực)',
      { params: objectionParams, body: objectionAnswerBody, 200: objectionView },
      async ({ db, actor, params, body }) => answerObjection(db, actor, params.objectionId, body),
    ),
    route(
      'POST /objections/:objectionId/withdraw',
      'Rút ý kiến (đơn vị đã gửi)',
      { params: objectionParams, body: objectionWithdrawBody, 200: objectionView },
      async ({ db, actor, params, body }) => withdrawObjection(db, actor, params.objectionId, body),
    ),
  ]);
}
