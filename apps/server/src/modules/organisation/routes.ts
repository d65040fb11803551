import { councils, units } from '@thidua/db';
import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  councilAccess,
  isStandingOffice,
  requireCouncilMember,
  requireStandingOffice,
} from '../../access/council-access';
import { requireActor } from '../../auth/actor';
import { notFound } from '../../http/errors';
import { vietnameseOrder } from '../../http/vietnamese-order';
import { offsetOf, pageOf } from '../../http/pagination';
import { presentCouncil, presentUnit } from './presenter';
import { createUnit, updateUnit } from './unit-service';
import {
  councilParams,
  councilView,
  unitBody,
  unitListQuery,
  unitParams,
  unitPatch,
  unitView,
} from '@thidua/contracts/organisation';

const TAGS = ['Tổ chức'];

/** Councils the actor belongs to, and their units. */
export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/councils',
    {
      schema: {
        tags: TAGS,
        summary: 'Các hội đồng của tôi',
        response: { 200: z.object({ items: z.array(councilView) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const ids = [...new Set(actor.memberships.map((m) => m.councilId))];
      const rows = actor.isSystemAdmin
        ? await db.select().from(councils).orderBy(asc(councils.name))
        : ids.length === 0
          ? []
          : await db.select().from(councils).where(inArray(councils.id, ids)).orderBy(asc(councils.name));
      return { items: rows.map((c) => presentCouncil(c, [...councilAccess(actor, c.id).roles])) };
    },
  );

  r.get(
    '/councils/:councilId/units',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách đơn vị',
        params: councilParams,
        querystring: unitListQuery,
        response: { 200: pageOf(unitView) },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { councilId } = request.params;
      const access = requireCouncilMember(actor, councilId);
      const { q, type, active } = request.query;
      const filters: SQL[] = [eq(units.councilId, councilId)];
      if (q) filters.push(or(ilike(units.name, `%${q}%`), ilike(units.code, `%${q}%`))!);
      if (type) filters.push(eq(units.type, type));
      if (active) filters.push(eq(units.active, active === 'true'));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(units)
          .where(where)
          .orderBy(...vietnameseOrder(units.name))
          .limit(request.query.pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(units).where(where),
      ]);
      return {
        items: rows.map((u) => presentUnit(u, isStandingOffice(access))),
        total: total?.n ?? 0,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  r.post(
    '/councils/:councilId/units',
    {
      schema: {
        tags: TAGS,
        summary: 'Thêm đơn vị',
        params: councilParams,
        body: unitBody,
        response: { 201: unitView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { councilId } = request.params;
      requireStandingOffice(actor, councilId);
      const unit = await db.transaction((tx) => createUnit(tx, actor, councilId, request.body));
      return reply.status(201).send(presentUnit(unit, true));
    },
  );

  r.patch(
    '/units/:unitId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa đơn vị',
        params: unitParams,
        body: unitPatch,
        response: { 200: unitView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { version, ...changes } = request.body;
      const unit = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(units).where(eq(units.id, request.params.unitId)).limit(1);
        if (!before) throw notFound('đơn vị');
        requireStandingOffice(actor, before.councilId);
        return updateUnit(tx, actor, before, version, changes);
      });
      return presentUnit(unit, true);
    },
  );
}
