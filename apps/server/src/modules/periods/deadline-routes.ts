import { stageDeadlines } from '@thidua/db';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { offsetOf, pageOf, selectPage } from '../../http/pagination';
import { versionQuery } from '../../http/schemas';
import { localToday } from '../../kernel/dates';
import { deleteDeadline, setDeadline } from './deadline-service';
import { dueItem, effectiveDeadlines } from './due';
import { loadReadablePeriod } from './period-service';
import { presentDeadline } from './presenter';
import {
  deadlineBody,
  deadlineListQuery,
  deadlineParams,
  deadlineView,
  dueQuery,
  dueView,
  periodParams,
} from '@thidua/contracts/periods';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Kỳ thi đua'];

/** The stage deadlines of a period, and what is due or late. */
export async function deadlineRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /periods/:periodId/deadlines',
      'Danh sách hạn các giai đoạn',
      { params: periodParams, query: deadlineListQuery, 200: pageOf(deadlineView) },
      async ({ db, actor, params, query }) => {
        const { periodId } = params;
        await loadReadablePeriod(db, actor, periodId);
        const { stage, clusterId } = query;
        const filters: SQL[] = [eq(stageDeadlines.periodId, periodId)];
        if (stage) filters.push(eq(stageDeadlines.stage, stage));
        if (clusterId) filters.push(eq(stageDeadlines.clusterId, clusterId));
        const order = [asc(stageDeadlines.dueOn), asc(stageDeadlines.stage)];
        return selectPage(db, stageDeadlines, and(...filters), order, query, presentDeadline);
      },
    ),
    route(
      'PUT /periods/:periodId/deadlines',
      'Đặt hoặc thay hạn của một giai đoạn',
      {
        description:
          'Phạm vi: cả kỳ, một loại đơn vị (`unitType`), một cụm, khối (`clusterId`) hoặc cả hai; ' +
          'hạn cụ thể hơn được ưu tiên. Cơ quan thường trực đặt mọi hạn; cụm trưởng, cụm phó đặt hạn của cụm mình.',
        params: periodParams,
        body: deadlineBody,
        200: deadlineView,
      },
      async ({ db, actor, params, body }) => {
        const row = await setDeadline(db, actor, params.periodId, body);
        return presentDeadline(row);
      },
    ),
    route(
      'DELETE /periods/:periodId/deadlines/:deadlineId',
      'Xóa một hạn',
      {
        description: 'Tham số `version` (phiên bản đã đọc) trên địa chỉ; sai phiên bản → 409.',
        params: deadlineParams,
        query: z.object({ version: versionQuery }),
        200: z.object({ ok: z.literal(true) }),
      },
      async ({ db, actor, params, query }) => {
        const { periodId, deadlineId } = params;
        await deleteDeadline(db, actor, periodId, deadlineId, query.version);
        return { ok: true as const };
      },
    ),
    route(
      'GET /periods/:periodId/deadlines/due',
      'Việc đến hạn và quá hạn của kỳ',
      {
        description:
          'Theo ngày giờ Việt Nam (Asia/Ho_Chi_Minh). Quá hạn: đã qua ngày hạn mà kỳ chưa xong giai đoạn đó. ' +
          'Với `clusterId` hoặc `unitType`, chỉ giữ hạn áp dụng cho phạm vi đó (hạn cụ thể nhất).',
        params: periodParams,
        query: dueQuery,
        200: dueView,
      },
      async ({ db, actor, params, query }) => {
        const { period } = await loadReadablePeriod(db, actor, params.periodId);
        const { asOf = localToday(), clusterId, unitType, page, pageSize } = query;
        const rows = await db.select().from(stageDeadlines).where(eq(stageDeadlines.periodId, period.id));
        const items = effectiveDeadlines(rows, { clusterId, unitType }).map((row) =>
          dueItem(row, period, asOf),
        );
        const start = offsetOf(query);
        return {
          periodId: period.id,
          stage: period.stage,
          asOf,
          lateCount: items.filter((i) => i.late).length,
          items: items.slice(start, start + pageSize),
          total: items.length,
          page,
          pageSize,
        };
      },
    ),
  ]);
}
