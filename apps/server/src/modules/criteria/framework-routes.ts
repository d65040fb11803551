import { frameworks } from '@thidua/db';
import { and, asc, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isStandingOffice, requireCouncilMember } from '../../access/council-access';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf } from '../../http/pagination';
import { presentFramework, presentFrameworkSummary } from './framework-presenter';
import {
  councilParams,
  frameworkCreateBody,
  frameworkListQuery,
  frameworkParams,
  frameworkPatch,
  frameworkSummary,
  frameworkView,
} from '@thidua/contracts/criteria-frameworks';
import {
  createFramework,
  issueFramework,
  loadFramework,
  reviseFramework,
  updateFramework,
} from './framework-service';
import { issueBody, reviseBody } from '@thidua/contracts/criteria-shared';

const TAGS = ['Khung tiêu chí'];

/** The council's frameworks: created from a profile, another framework or a posted ruleset; issued; revised. */
export async function frameworkRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/councils/:councilId/frameworks',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách khung tiêu chí của hội đồng',
        params: councilParams,
        querystring: frameworkListQuery,
        response: { 200: pageOf(frameworkSummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { councilId } = request.params;
      const access = requireCouncilMember(actor, councilId);
      const { status, code, q } = request.query;
      const filters: SQL[] = [eq(frameworks.councilId, councilId)];
      if (status) filters.push(eq(frameworks.status, status));
      if (code) filters.push(eq(frameworks.code, code));
      if (q) filters.push(ilike(frameworks.name, `%${q}%`));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(frameworks)
          .where(where)
          .orderBy(asc(frameworks.code), desc(frameworks.revision))
          .limit(request.query.pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(frameworks).where(where),
      ]);
      return {
        items: rows.map((f) => presentFrameworkSummary(f, isStandingOffice(access))),
        total: total?.n ?? 0,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  r.post(
    '/councils/:councilId/frameworks',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo khung tiêu chí (từ mẫu có sẵn, từ khung khác hoặc từ bộ tiêu chí gửi lên)',
        params: councilParams,
        body: frameworkCreateBody,
        response: { 201: frameworkView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await db.transaction((tx) =>
        createFramework(tx, actor, request.params.councilId, request.body),
      );
      return reply.status(201).send(presentFramework(created, true));
    },
  );

  r.get(
    '/frameworks/:frameworkId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xem khung tiêu chí',
        params: frameworkParams,
        response: { 200: frameworkView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { framework, access } = await loadFramework(db, actor, request.params.frameworkId);
      return presentFramework(framework, isStandingOffice(access));
    },
  );

  r.patch(
    '/frameworks/:frameworkId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa khung tiêu chí (dự thảo)',
        params: frameworkParams,
        body: frameworkPatch,
        response: { 200: frameworkView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const updated = await db.transaction((tx) =>
        updateFramework(tx, actor, request.params.frameworkId, request.body),
      );
      return presentFramework(updated, true);
    },
  );

  r.post(
    '/frameworks/:frameworkId/issue',
    {
      schema: {
        tags: TAGS,
        summary: 'Ban hành khung tiêu chí (khóa)',
        params: frameworkParams,
        body: issueBody,
        response: { 200: frameworkView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const issued = await db.transaction((tx) =>
        issueFramework(tx, actor, request.params.frameworkId, request.body),
      );
      return presentFramework(issued, true);
    },
  );

  r.post(
    '/frameworks/:frameworkId/revisions',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo phiên bản mới của khung tiêu chí đã ban hành (cần lý do)',
        params: frameworkParams,
        body: reviseBody,
        response: { 201: frameworkView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await db.transaction((tx) =>
        reviseFramework(tx, actor, request.params.frameworkId, request.body),
      );
      return reply.status(201).send(presentFramework(created, true));
    },
  );
}
