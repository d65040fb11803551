import type { FastifyInstance } from 'fastify';
import { councilParams } from '../audit/schema';
import { setupView } from './schema';
import { councilSetup } from './service';
import { registerRoutes, route } from '../../http/route-table';

/** The council's set-up checklist (issue #17 §1). */
export async function setupRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(
    app,
    ['Hội đồng'],
    [
      route(
        'GET /councils/:councilId/setup',
        'Các bước thiết lập ban đầu của Hội đồng và những gì còn thiếu',
        {
          description:
            'Cơ quan thường trực và quản trị của Hội đồng. Theo thứ tự: thiết lập văn bản (tiêu đề, người ký), ' +
            'đơn vị, tài khoản của đơn vị, kỳ thi đua đang diễn ra, cụm và khối (cụm trưởng, ít nhất 2 đơn vị), ' +
            'khung tiêu chí đã ban hành. Mỗi bước: đã xong chưa, hiện trạng, những gì còn thiếu, điều nên biết.',
          params: councilParams,
          200: setupView,
        },
        async ({ db, actor, params }) => councilSetup(db, actor, params.councilId),
      ),
    ],
  );
}
