import { councils, units } from '@thidua/db';
import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  councilAccess,
  isStandingOffice,
  requireCouncilMember,
  requireStandingOffice,
} from '../../access/council-access';
import { findById } from '../../http/versioned-update';
import { vietnameseOrder } from '../../http/vietnamese-order';
import { pageOf, selectPage } from '../../http/pagination';
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
import { command, registerRoutes, route } from '../../http/route-table';

const TAGS = ['Tổ chức'];

/** Councils the actor belongs to, and their units. */
export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /councils',
      'Các hội đồng của tôi',
      { 200: z.object({ items: z.array(councilView) }) },
      async ({ db, actor }) => {
        const ids = [...new Set(actor.memberships.map((m) => m.councilId))];
        const rows = actor.isSystemAdmin
          ? await db.select().from(councils).orderBy(asc(councils.name))
          : ids.length === 0
            ? []
            : await db.select().from(councils).where(inArray(councils.id, ids)).orderBy(asc(councils.name));
        return { items: rows.map((c) => presentCouncil(c, [...councilAccess(actor, c.id).roles])) };
      },
    ),
    route(
      'GET /councils/:councilId/units',
      'Danh sách đơn vị',
      { params: councilParams, query: unitListQuery, 200: pageOf(unitView) },
      async ({ db, actor, params, query }) => {
        const { councilId } = params;
        const access = requireCouncilMember(actor, councilId);
        const { q, type, active } = query;
        const filters: SQL[] = [eq(units.councilId, councilId)];
        if (q) filters.push(or(ilike(units.name, `%${q}%`), ilike(units.code, `%${q}%`))!);
        if (type) filters.push(eq(units.type, type));
        if (active) filters.push(eq(units.active, active === 'true'));
        return selectPage(db, units, and(...filters), vietnameseOrder(units.name), query, (u) =>
          presentUnit(u, isStandingOffice(access)),
        );
      },
    ),
    command(
      'POST /councils/:councilId/units',
      'Thêm đơn vị',
      { params: councilParams, body: unitBody, 201: unitView },
      async ({ tx, actor, params, body }) => {
        requireStandingOffice(actor, params.councilId);
        return presentUnit(await createUnit(tx, actor, params.councilId, body), true);
      },
    ),
    command(
      'PATCH /units/:unitId',
      'Sửa đơn vị',
      { params: unitParams, body: unitPatch, 200: unitView },
      async ({ tx, actor, params, body }) => {
        const { version, ...changes } = body;
        const before = await findById(tx, units, params.unitId, 'đơn vị');
        requireStandingOffice(actor, before.councilId);
        return presentUnit(await updateUnit(tx, actor, before, version, changes), true);
      },
    ),
  ]);
}
