import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { pageOf } from '../../http/pagination';
import { deleteFact, listFacts, putFact } from './service';
import { deleteQuery } from '../scoring-shared/write-fields';
import { factBody, factListQuery, factParams, factView } from './schema';
import { clusterParams } from '../scoring-shared/schema';
import { factSheetRoutes } from './sheet-routes';

const FACT_TAGS = ['Thông tin xét khen thưởng'];

/** Unit facts (standing office), and the fact sheet with staff counts. */
export async function factsRoutes(app: FastifyInstance): Promise<void> {
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
  await app.register(factSheetRoutes);
}
