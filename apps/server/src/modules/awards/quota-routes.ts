import { quotas } from '@thidua/db';
import { asc, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { loadClusterAccess } from '../../access/cluster-access';
import { notFound } from '../../http/errors';
import { offsetOf, pageOf, pageQuery } from '../../http/pagination';
import { loadIssuedRuleset } from './issued-ruleset';
import { requireClusterRead, requireClusterStandingOffice } from './policy';
import { presentQuota } from './presenter';
import { createQuota, updateQuota } from './quota-service';
import { clusterParams, quotaBody, quotaParams, quotaPatch, quotaView } from '@thidua/contracts/awards';
import { may } from '../../access/permissions';
import { registerRoutes, route } from '../../http/route-table';

export const AWARD_TAGS = ['Khen thưởng'];

/** Award quotas per cluster (chỉ tiêu khen thưởng), kept by the standing office. */
export async function quotaRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, AWARD_TAGS, [
    route(
      'GET /clusters/:clusterId/quotas',
      'Chỉ tiêu khen thưởng của cụm, khối',
      { params: clusterParams, query: pageQuery, 200: pageOf(quotaView) },
      async ({ db, actor, params, query }) => {
        const access = await loadClusterAccess(db, actor, params.clusterId);
        requireClusterRead(access);
        const where = eq(quotas.clusterId, access.clusterId);
        const [rows, [total], issued] = await Promise.all([
          db
            .select()
            .from(quotas)
            .where(where)
            .orderBy(asc(quotas.awardCode))
            .limit(query.pageSize)
            .offset(offsetOf(query)),
          db.select({ n: count() }).from(quotas).where(where),
          loadIssuedRuleset(db, access.clusterId),
        ]);
        const names = new Map(issued?.awards.map((a) => [a.code, a.name]));
        const canUpdate = may(access, 'decideProposals');
        return {
          items: rows.map((q) => presentQuota(q, names.get(q.awardCode) ?? null, canUpdate)),
          total: total?.n ?? 0,
          page: query.page,
          pageSize: query.pageSize,
        };
      },
    ),
    route(
      'POST /clusters/:clusterId/quotas',
      'Đặt chỉ tiêu khen thưởng cho cụm, khối',
      {
        description:
          'Chỉ cơ quan thường trực. Mã hình thức khen thưởng phải có trong bộ tiêu chí đã ban hành của cụm; ' +
          'số lượng là số nguyên không âm; ghi số văn bản giao chỉ tiêu.',
        params: clusterParams,
        body: quotaBody,
        201: quotaView,
      },
      async ({ db, actor, params, body }) => {
        const view = await db.transaction(async (tx) => {
          const access = await loadClusterAccess(tx, actor, params.clusterId);
          requireClusterStandingOffice(access);
          const { quota, awardName } = await createQuota(tx, actor, access, body);
          return presentQuota(quota, awardName, true);
        });
        return view;
      },
    ),
    route(
      'PATCH /quotas/:quotaId',
      'Sửa chỉ tiêu khen thưởng',
      { params: quotaParams, body: quotaPatch, 200: quotaView },
      async ({ db, actor, params, body }) => {
        return db.transaction(async (tx) => {
          const [before] = await tx.select().from(quotas).where(eq(quotas.id, params.quotaId)).limit(1);
          if (!before) throw notFound('chỉ tiêu khen thưởng');
          const access = await loadClusterAccess(tx, actor, before.clusterId);
          requireClusterStandingOffice(access);
          const updated = await updateQuota(tx, actor, access, before, body);
          const issued = await loadIssuedRuleset(tx, access.clusterId);
          const name = issued?.awards.find((a) => a.code === updated.awardCode)?.name ?? null;
          return presentQuota(updated, name, true);
        });
      },
    ),
  ]);
}
