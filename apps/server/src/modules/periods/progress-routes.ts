import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { loadReadablePeriod } from './period-service';
import { periodProgress } from './progress-service';
import { periodParams, progressView } from '@thidua/contracts/periods';

/** The progress of every cluster of a period, for the home page. */
export async function progressRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/periods/:periodId/progress',
    {
      schema: {
        tags: ['Kỳ thi đua'],
        summary: 'Tiến độ của các cụm, khối: đăng ký, ký giao ước, tự chấm, thẩm định',
        description:
          'Mỗi đơn vị thành viên: đã nộp đăng ký thi đua, đã ghi nhận ký giao ước, đã tự chấm ít nhất một ' +
          'tiêu chí, đã có ít nhất một tiêu chí được thẩm định; kèm số đơn vị của mỗi cụm. Không có điểm ' +
          'số, nên mọi người có vai trò trong Hội đồng đều xem được.',
        params: periodParams,
        response: { 200: progressView },
      },
    },
    async (request) => {
      const { period } = await loadReadablePeriod(db, requireActor(request.actor), request.params.periodId);
      return periodProgress(db, period);
    },
  );
}
