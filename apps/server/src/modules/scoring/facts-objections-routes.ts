import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { pageOf } from '../../http/pagination';
import { deleteFact, listFacts, putFact } from './facts-service';
import { answerObjection, listObjections, raiseObjection, withdrawObjection } from './objections-service';
import {
  deleteQuery,
  factBody,
  factListQuery,
  factParams,
  factView,
  objectionAnswerBody,
  objectionBody,
  objectionListQuery,
  objectionParams,
  objectionView,
  objectionWithdrawBody,
} from './schema-adjustments';
import { clusterParams } from './schema-entries';

const FACT_TAGS = ['Thông tin xét khen thưởng'];
const OBJECTION_TAGS = ['Ý kiến về bảng điểm'];

/** Unit facts (standing office) and objections to the proposed table (member units; answered by reviewers). */
export async function factsAndObjectionsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/facts',
    {
      schema: {
        tags: FACT_TAGS,
        summary: 'Thông tin xét khen thưởng của các đơn vị (xếp loại tổ chức đảng, ký giao ước…)',
        params: clusterParams,
        querystring: factListQuery,
        response: { 200: pageOf(factView) },
      },
    },
    async (request) => listFacts(db, requireActor(request.actor), request.params.clusterId, request.query),
  );

  r.put(
    '/clusters/:clusterId/units/:unitId/facts/:name',
    {
      schema: {
        tags: FACT_TAGS,
        summary: 'Ghi một thông tin xét khen thưởng của đơn vị (cơ quan thường trực)',
        description: 'Giá trị là chuỗi, số hoặc true/false; gửi `version` đã đọc (0 để tạo mới).',
        params: factParams,
        body: factBody,
        response: { 200: factView },
      },
    },
    async (request) => putFact(db, requireActor(request.actor), request.params, request.body),
  );

  r.delete(
    '/clusters/:clusterId/units/:unitId/facts/:name',
    {
      schema: {
        tags: FACT_TAGS,
        summary: 'Xóa một thông tin xét khen thưởng (cơ quan thường trực, cần lý do)',
        params: factParams,
        querystring: deleteQuery,
        response: { 204: z.null().describe('Đã xóa') },
      },
    },
    async (request, reply) => {
      await deleteFact(db, requireActor(request.actor), request.params, request.query);
      return reply.status(204).send(null);
    },
  );

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
