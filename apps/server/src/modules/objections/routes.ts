import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
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

const OBJECTION_TAGS = ['Ý kiến về bảng điểm'];

/** Objections to the proposed table (member units; answered by reviewers). */
export async function objectionsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/objections',
    {
      schema: {
        tags: OBJECTION_TAGS,
        summary: 'Danh sách ý kiến về bảng điểm',
        params: clusterParams,
        querystring: objectionListQuery,
        response: { 200: pageOf(objectionView) },
      },
    },
    async (request) =>
      listObjections(db, requireActor(request.actor), request.params.clusterId, request.query),
  );

  r.post(
    '/clusters/:clusterId/objections',
    {
      schema: {
        tags: OBJECTION_TAGS,
        summary: 'Gửi ý kiến về bảng điểm đề xuất (đơn vị thành viên, giai đoạn thẩm định)',
        params: clusterParams,
        body: objectionBody,
        response: { 201: objectionView },
      },
    },
    async (request, reply) => {
      const view = await raiseObjection(
        db,
        requireActor(request.actor),
        request.params.clusterId,
        request.body,
      );
      return reply.status(201).send(view);
    },
  );

  r.post(
    '/objections/:objectionId/answer',
    {
      schema: {
        tags: OBJECTION_TAGS,
        summary: 'Trả lời ý kiến (cụm trưởng, cụm phó, cơ quan thường trực)',
        params: objectionParams,
        body: objectionAnswerBody,
        response: { 200: objectionView },
      },
    },
    async (request) =>
      answerObjection(db, requireActor(request.actor), request.params.objectionId, request.body),
  );

  r.post(
    '/objections/:objectionId/withdraw',
    {
      schema: {
        tags: OBJECTION_TAGS,
        summary: 'Rút ý kiến (đơn vị đã gửi)',
        params: objectionParams,
        body: objectionWithdrawBody,
        response: { 200: objectionView },
      },
    },
    async (request) =>
      withdrawObjection(db, requireActor(request.actor), request.params.objectionId, request.body),
  );
}
