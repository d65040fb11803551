import { quotas } from '@thidua/db';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { loadClusterAccess } from '../../access/cluster-access';
import { findById } from '../../http/versioned-update';
import { pageOf, pageQuery, selectPage } from '../../http/pagination';
import { loadIssuedRuleset } from './issued-ruleset';
import { requireClusterRead, requireClusterStandingOffice } from './policy';
import { presentQuota } from './presenter';
import { createQuota, updateQuota } from './quota-service';
import { clusterParams, quotaBody, quotaParams, quotaPatch, quotaView } from '@thidua/contracts/awards';
import { may } from '../../access/permissions';
import { command, registerRoutes, route } from '../../http/route-table';

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
        const [rows, issued] = await Promise.all([
          selectPage(db, quotas, where, [asc(quotas.awardCode)], query, (q) => q),
          loadIssuedRuleset(db, access.clusterId),
        ]);
        const names = new Map(issued?.awards.map((a) => [a.code, a.name]));
        const canUpdate = may(access, 'decideProposals');
        const name = (code: string) => names.get(code) ?? null;
        return { ...rows, items: rows.items.map((q) => presentQuota(q, name(q.awardCode), canUpdate)) };
      },
    ),
    command(
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
      async ({ tx, actor, params, body }) => {
        const access = await loadClusterAccess(tx, actor, params.clusterId);
        requireClusterStandingOffice(access);
        const { quota, awardName } = await createQuota(tx, actor, access, body);
        return presentQuota(quota, awardName, true);
      },
    ),
    command(
      'PATCH /quotas/:quotaId',
      'Sửa chỉ tiêu khen thưởng',
      { params: quotaParams, body: quotaPatch, 200: quotaView },
      async ({ tx, actor, params, body }) => {
        const before = await findById(tx, quotas, params.quotaId, 'chỉ tiêu khen thưởng');
        const access = await loadClusterAccess(tx, actor, before.clusterId);
        requireClusterStandingOffice(access);
        const updated = await updateQuota(tx, actor, access, before, body);
        const issued = await loadIssuedRuleset(tx, access.clusterId);
        const name = issued?.awards.find((a) => a.code === updated.awardCode)?.name ?? null;
        return presentQuota(updated, name, true);
      },
    ),
  ]);
}
