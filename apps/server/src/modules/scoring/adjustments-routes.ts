import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { pageOf } from '../../http/pagination';
import { createAdjustment, deleteAdjustment, listAdjustments, updateAdjustment } from './adjustments-service';
import {
  adjustmentBody,
  adjustmentListQuery,
  adjustmentParams,
  adjustmentPatch,
  adjustmentView,
  deleteQuery,
} from './schema-adjustments';
import { clusterParams } from './schema-entries';

const TAGS = ['Điểm cộng, điểm trừ'];

const WHO =
  'Điểm trừ và điểm thưởng của Hội đồng: cơ quan thường trực. Điểm thưởng của cụm, khối (khoản có ' +
  '`awardedBy: "cluster"` hoặc tên nhắc đến cụm, khối): cụm trưởng, cụm phó (không cho đơn vị mình) và cơ ' +
  'quan thường trực. Giai đoạn tự chấm điểm, thẩm định hoặc họp trù bị.';

/** Bonus and deduction records with their source documents. */
export async function adjustmentsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/adjustments',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách điểm cộng, điểm trừ',
        params: clusterParams,
        querystring: adjustmentListQuery,
        response: { 200: pageOf(adjustmentView) },
      },
    },
    async (request) =>
      listAdjustments(db, requireActor(request.actor), request.params.clusterId, request.query),
  );

  r.post(
    '/clusters/:clusterId/adjustments',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi điểm cộng hoặc điểm trừ cho một đơn vị',
        description: `Khoản cộng: \`points\`; khoản trừ: \`count\` (số lần) và văn bản căn cứ. ${WHO}`,
        params: clusterParams,
        body: adjustmentBody,
        response: { 201: adjustmentView },
      },
    },
    async (request, reply) => {
      const view = await createAdjustment(
        db,
        requireActor(request.actor),
        request.params.clusterId,
        request.body,
      );
      return reply.status(201).send(view);
    },
  );

  r.patch(
    '/adjustments/:adjustmentId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa điểm cộng, điểm trừ (cần lý do)',
        description: WHO,
        params: adjustmentParams,
        body: adjustmentPatch,
        response: { 200: adjustmentView },
      },
    },
    async (request) =>
      updateAdjustment(db, requireActor(request.actor), request.params.adjustmentId, request.body),
  );

  r.delete(
    '/adjustments/:adjustmentId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xoá điểm cộng, điểm trừ (cần phiên bản và lý do)',
        description: WHO,
        params: adjustmentParams,
        querystring: deleteQuery,
        response: { 204: z.null().describe('Đã xoá') },
      },
    },
    async (request, reply) => {
      await deleteAdjustment(db, requireActor(request.actor), request.params.adjustmentId, request.query);
      return reply.status(204).send(null);
    },
  );
}
