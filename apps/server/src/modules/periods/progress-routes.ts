import type { FastifyInstance } from 'fastify';
import { readPeriodProgress } from './progress-service';
import { periodParams, progressView } from '@thidua/contracts/periods';
import { sendJsonText } from '../../http/json-text';
import { raw, registerRoutes } from '../../http/route-table';

/** The progress of every cluster of a period, for the home page. */
export async function progressRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(
    app,
    ['Kỳ thi đua'],
    [
      raw(
        'GET /periods/:periodId/progress',
        'Tiến độ của các cụm, khối: đăng ký, ký giao ước, tự chấm, thẩm định',
        {
          description:
            'Mỗi đơn vị thành viên: đã nộp đăng ký thi đua, đã ghi nhận ký giao ước, đã tự chấm đủ mọi tiêu ' +
            'chí của mình (kèm minh chứng ở tiêu chí bắt buộc có minh chứng), đã được thẩm định đủ mọi tiêu ' +
            'chí; kèm số đơn vị của mỗi cụm. Không có điểm ' +
            'số, nên mọi người có vai trò trong Hội đồng đều xem được.',
          params: periodParams,
          200: progressView,
        },
        async ({ db, actor, params, request, reply }) =>
          // Already JSON text of `progressView` (progress-service.ts): sent as it is, gzipped to a browser.
          sendJsonText(request, reply, await readPeriodProgress(db, actor, params.periodId)),
      ),
    ],
  );
}
