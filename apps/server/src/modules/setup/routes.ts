import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { councilParams } from '../audit/schema';
import { setupView } from './schema';
import { councilSetup } from './service';

/** The council's set-up checklist (issue #17 §1). */
export async function setupRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/councils/:councilId/setup',
    {
      schema: {
        tags: ['Hội đồng'],
        summary: 'Các bước thiết lập ban đầu của Hội đồng và những gì còn thiếu',
        description:
          'Cơ quan thường trực và quản trị của Hội đồng. Theo thứ tự: thiết lập văn bản (tiêu đề, người ký), ' +
          'đơn vị, tài khoản của đơn vị, kỳ thi đua đang diễn ra, cụm và khối (cụm trưởng, ít nhất 2 đơn vị), ' +
          'khung tiêu chí đã ban hành. Mỗi bước: đã xong chưa, hiện trạng, những gì còn thiếu, điều nên biết.',
        params: councilParams,
        response: { 200: setupView },
      },
    },
    async (request) => councilSetup(db, requireActor(request.actor), request.params.councilId),
  );
}
