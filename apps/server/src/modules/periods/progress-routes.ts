import type { FastifyInstance } from 'fastify';
import { loadReadablePeriod } from './period-service';
import { periodProgress } from './progress-service';
import { periodParams, progressView } from '@thidua/contracts/periods';
import { registerRoutes, route } from '../../http/route-table';

/** The progress of every cluster of a period, for the home page. */
export async function progressRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(
    app,
    ['Kỳ thi đua'],
    [
      route(
        'GET /periods/:periodId/progress',
        'Tiến độ của các cụm, khối: đăng ký, ký giao ước, tự chấm, thẩm định',
        {
          description:
            'Mỗi đơn vị thành viên: đã nộp đăng ký thi đua, đã ghi nhận ký giao ước, đã tự chấm ít nhất một ' +
            'tiêu chí, đã có ít nhất một tiêu chí được thẩm định; kèm số đơn vị của mỗi cụm. Không có điểm ' +
            'số, nên mọi người có vai trò trong Hội đồng đều xem được.',
          params: periodParams,
          200: progressView,
        },
        async ({ db, actor, params }) => {
          const { period } = await loadReadablePeriod(db, actor, params.periodId);
          return periodProgress(db, period);
        },
      ),
    ],
  );
}
