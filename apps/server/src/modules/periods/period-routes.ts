import { periods } from '@thidua/db';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { PROFILES } from '@thidua/profiles';
import { z } from 'zod';
import { requireCouncilMember } from '../../access/council-access';
import { pageOf, selectPage } from '../../http/pagination';
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
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Kỳ thi đua'];

/** Periods of a council: list, create, read, edit, and the stage transitions. */
export async function periodRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /councils/:councilId/periods',
      'Danh sách kỳ thi đua của hội đồng',
      { params: councilParams, query: periodListQuery, 200: pageOf(periodView) },
      async ({ db, actor, params, query }) => {
        const { councilId } = params;
        const access = requireCouncilMember(actor, councilId);
        const { year, calendar, stage } = query;
        const filters: SQL[] = [eq(periods.councilId, councilId)];
        if (year !== undefined) filters.push(eq(periods.year, year));
        if (calendar) filters.push(eq(periods.calendar, calendar));
        if (stage) filters.push(eq(periods.stage, stage));
        const order = [desc(periods.year), asc(periods.calendar)];
        return selectPage(db, periods, and(...filters), order, query, (p) => presentPeriod(p, access));
      },
    ),
    route(
      'GET /period-profiles',
      'Hồ sơ mẫu dùng khi tạo kỳ thi đua (lịch và hạn các giai đoạn)',
      { 200: z.object({ items: z.array(periodProfileView) }) },
      async () => {
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
    ),
    route(
      'POST /councils/:councilId/periods',
      'Tạo kỳ thi đua (cơ quan thường trực)',
      {
        description:
          'Ngày bắt đầu, kết thúc mặc định theo lịch: 1/1–31/12, hoặc 1/9 đến 31/8 năm sau (năm học). ' +
          'Nếu có `profileId`, hạn các giai đoạn của hồ sơ mẫu được tạo làm hạn chung của kỳ.',
        params: councilParams,
        body: periodBody,
        201: periodView,
      },
      async ({ db, actor, params, body }) => {
        const access = requirePeriodManager(actor, params.councilId);
        const period = await createPeriod(db, actor, params.councilId, body);
        return presentPeriod(period, access);
      },
    ),
    route(
      'GET /periods/:periodId',
      'Xem kỳ thi đua',
      { params: periodParams, 200: periodView },
      async ({ db, actor, params }) => {
        const { period, access } = await loadReadablePeriod(db, actor, params.periodId);
        return presentPeriod(period, access);
      },
    ),
    route(
      'PATCH /periods/:periodId',
      'Sửa tên, thời gian của kỳ thi đua (cơ quan thường trực)',
      { params: periodParams, body: periodPatch, 200: periodView },
      async ({ db, actor, params, body }) => {
        const period = await updatePeriod(db, actor, params.periodId, body);
        return presentPeriod(period, requirePeriodManager(actor, period.councilId));
      },
    ),
    route(
      'POST /periods/:periodId/stage',
      'Chuyển giai đoạn của kỳ thi đua (cơ quan thường trực)',
      {
        description:
          'Tiến một bước, hoặc lùi một bước kèm lý do. Bước cuối là lưu trữ: kỳ chỉ còn được xem. ' +
          'Rời giai đoạn thiết lập khi mọi cụm, khối đã có một cụm trưởng và một hoặc hai cụm phó.',
        params: periodParams,
        body: stageBody,
        200: periodView,
      },
      async ({ db, actor, params, body }) => {
        const period = await changeStage(db, actor, params.periodId, body);
        return presentPeriod(period, requirePeriodManager(actor, period.councilId));
      },
    ),
  ]);
}
