import { stageDeadlines } from '@thidua/db';
import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf } from '../../http/pagination';
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

const TAGS = ['Kỳ thi đua'];

/** The stage deadlines of a period, and what is due or late. */
export async function deadlineRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/periods/:periodId/deadlines',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách hạn các giai đoạn',
        params: periodParams,
        querystring: deadlineListQuery,
        response: { 200: pageOf(deadlineView) },
      },
    },
    async (request) => {
      const { periodId } = request.params;
      await loadReadablePeriod(db, requireActor(request.actor), periodId);
      const { stage, clusterId, page, pageSize } = request.query;
      const filters: SQL[] = [eq(stageDeadlines.periodId, periodId)];
      if (stage) filters.push(eq(stageDeadlines.stage, stage));
      if (clusterId) filters.push(eq(stageDeadlines.clusterId, clusterId));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(stageDeadlines)
          .where(where)
          .orderBy(asc(stageDeadlines.dueOn), asc(stageDeadlines.stage))
          .limit(pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(stageDeadlines).where(where),
      ]);
      return { items: rows.map(presentDeadline), total: total?.n ?? 0, page, pageSize };
    },
  );

  r.put(
    '/periods/:periodId/deadlines',
    {
      schema: {
        tags: TAGS,
        summary: 'Đặt hoặc thay hạn của một giai đoạn',
        description:
          'Phạm vi: cả kỳ, một loại đơn vị (`unitType`), một cụm, khối (`clusterId`) hoặc cả hai; ' +
          'hạn cụ thể hơn được ưu tiên. Cơ quan thường trực đặt mọi hạn; cụm trưởng, cụm phó đặt hạn của cụm mình.',
        params: periodParams,
        body: deadlineBody,
        response: { 200: deadlineView },
      },
    },
    async (request) => {
      const row = await setDeadline(db, requireActor(request.actor), request.params.periodId, request.body);
      return presentDeadline(row);
    },
  );

  r.delete(
    '/periods/:periodId/deadlines/:deadlineId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xóa một hạn',
        description: 'Tham số `version` (phiên bản đã đọc) trên địa chỉ; sai phiên bản → 409.',
        params: deadlineParams,
        querystring: z.object({ version: versionQuery }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const { periodId, deadlineId } = request.params;
      await deleteDeadline(db, requireActor(request.actor), periodId, deadlineId, request.query.version);
      return { ok: true as const };
    },
  );

  r.get(
    '/periods/:periodId/deadlines/due',
    {
      schema: {
        tags: TAGS,
        summary: 'Việc đến hạn và quá hạn của kỳ',
        description:
          'Theo ngày giờ Việt Nam (Asia/Ho_Chi_Minh). Quá hạn: đã qua ngày hạn mà kỳ chưa xong giai đoạn đó. ' +
          'Với `clusterId` hoặc `unitType`, chỉ giữ hạn áp dụng cho phạm vi đó (hạn cụ thể nhất).',
        params: periodParams,
        querystring: dueQuery,
        response: { 200: dueView },
      },
    },
    async (request) => {
      const { period } = await loadReadablePeriod(db, requireActor(request.actor), request.params.periodId);
      const { asOf = localToday(), clusterId, unitType, page, pageSize } = request.query;
      const rows = await db.select().from(stageDeadlines).where(eq(stageDeadlines.periodId, period.id));
      const items = effectiveDeadlines(rows, { clusterId, unitType }).map((row) =>
        dueItem(row, period, asOf),
      );
      const start = offsetOf(request.query);
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
  );
}
