import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../http/pagination';
import { deleteFact, listFacts, putFact } from './service';
import { deleteQuery } from '../scoring-shared/write-fields';
import { factBody, factListQuery, factParams, factView } from './schema';
import { clusterParams } from '../scoring-shared/schema';
import { factSheetRoutes } from './sheet-routes';
import { deleted } from '../../http/schemas';
import { registerRoutes, route } from '../../http/route-table';

const FACT_TAGS = ['Thông tin xét khen thưởng'];

/** Unit facts (standing office), and the fact sheet with staff counts. */
export async function factsRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, FACT_TAGS, [
    route(
      'GET /clusters/:clusterId/facts',
      'Thông tin xét khen thưởng của các đơn vị (xếp loại tổ chức đảng, ký giao ước…)',
      { params: clusterParams, query: factListQuery, 200: pageOf(factView) },
      async ({ db, actor, params, query }) => listFacts(db, actor, params.clusterId, query),
    ),
    route(
      'PUT /clusters/:clusterId/units/:unitId/facts/:name',
      'Ghi một thông tin xét khen thưởng của đơn vị (cơ quan thường trực)',
      {
        description: 'Giá trị là chuỗi, số hoặc true/false; gửi `version` đã đọc (0 để tạo mới).',
        params: factParams,
        body: factBody,
        200: factView,
      },
      async ({ db, actor, params, body }) => putFact(db, actor, params, body),
    ),
    route(
      'DELETE /clusters/:clusterId/units/:unitId/facts/:name',
      'Xóa một thông tin xét khen thưởng (cơ quan thường trực, cần lý do)',
      { params: factParams, query: deleteQuery, 204: deleted },
      async ({ db, actor, params, query }) => deleteFact(db, actor, params, query),
    ),
  ]);
  await app.register(factSheetRoutes);
}
