import { periods } from '@thidua/db';
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PROFILES } from '@thidua/profiles';
import { z } from 'zod';
import { requireCouncilMember } from '../../access/council-access';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf } from '../../http/pagination';
import { createPeriod, loadReadablePeriod, requirePeriodManager, updatePeriod } from './period-service';
import { presentPeriod } from './presenter';
import {
  councilParams,
  periodBody,
  periodListQuery,
  periodParams,
  periodPatch,
  periodProfileView,
  periodView,
  stageBody,
} from '@thidua/contracts/periods';
import { changeStage } from './stage-service';

const TAGS = ['Kỳ thi đua'];

/** Periods of a council: list, create, read, edit, and the stage transitions. */
export async function periodRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/councils/:councilId/periods',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách kỳ thi đua của hội đồng',
        params: councilParams,
        querystring: periodListQuery,
        response: { 200: pageOf(periodView) },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { councilId } = request.params;
      const access = requireCouncilMember(actor, councilId);
      const { year, calendar, stage, page, pageSize } = request.query;
      const filters: SQL[] = [eq(periods.councilId, councilId)];
      if (year !== undefined) filters.push(eq(periods.year, year));
      if (calendar) filters.push(eq(periods.calendar, calendar));
      if (stage) filters.push(eq(periods.stage, stage));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(periods)
          .where(where)
          .orderBy(desc(periods.year), asc(periods.calendar))
          .limit(pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(periods).where(where),
      ]);
      return { items: rows.map((p) => presentPeriod(p, access)), total: total?.n ?? 0, page, pageSize };
    },
  );

  r.get(
    '/period-profiles',
    {
      schema: {
        tags: TAGS,
        summary: 'Hồ sơ mẫu dùng khi tạo kỳ thi đua (lịch và hạn các giai đoạn)',
        response: { 200: z.object({ items: z.array(periodProfileView) }) },
      },
    },
    async (request) => {
      requireActor(request.actor);
      return {
        items: PROFILES.map((p) => ({
          id: p.id,
          name: p.name,
          calendar: p.calendar === 'school' ? ('schoolYear' as const) : ('calendarYear' as const),
          source: `${p.source.document} — ${p.source.issuer}`,
          deadlines: p.deadlines.map((d) => ({
            stage: d.stage,
            month: d.month,
            day: d.day,
            note: d.note ?? null,
          })),
        })),
      };
    },
  );

  r.post(
    '/councils/:councilId/periods',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo kỳ thi đua (cơ quan thường trực)',
        description:
          'Ngày bắt đầu, kết thúc mặc định theo lịch: 1/1–31/12, hoặc 1/9 đến 31/8 năm sau (năm học). ' +
          'Nếu có `profileId`, hạn các giai đoạn của hồ sơ mẫu được tạo làm hạn chung của kỳ.',
        params: councilParams,
        body: periodBody,
        response: { 201: periodView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const access = requirePeriodManager(actor, request.params.councilId);
      const period = await createPeriod(db, actor, request.params.councilId, request.body);
      return reply.status(201).send(presentPeriod(period, access));
    },
  );

  r.get(
    '/periods/:periodId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xem kỳ thi đua',
        params: periodParams,
        response: { 200: periodView },
      },
    },
    async (request) => {
      const { period, access } = await loadReadablePeriod(
        db,
        requireActor(request.actor),
        request.params.periodId,
      );
      return presentPeriod(period, access);
    },
  );

  r.patch(
    '/periods/:periodId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa tên, thời gian của kỳ thi đua (cơ quan thường trực)',
        params: periodParams,
        body: periodPatch,
        response: { 200: periodView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const period = await updatePeriod(db, actor, request.params.periodId, request.body);
      return presentPeriod(period, requirePeriodManager(actor, period.councilId));
    },
  );

  r.post(
    '/periods/:periodId/stage',
    {
      schema: {
        tags: TAGS,
        summary: 'Chuyển giai đoạn của kỳ thi đua (cơ quan thường trực)',
        description:
          'Tiến một bước, hoặc lùi một bước kèm lý do. Bước cuối là lưu trữ: kỳ chỉ còn được xem. ' +
          'Rời giai đoạn thiết lập khi mọi cụm, khối đã có một cụm trưởng và một hoặc hai cụm phó.',
        params: periodParams,
        body: stageBody,
        response: { 200: periodView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const period = await changeStage(db, actor, request.params.periodId, request.body);
      return presentPeriod(period, requirePeriodManager(actor, period.councilId));
    },
  );
}
