import { quotas } from '@thidua/db';
import { asc, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadClusterAccess } from '../../access/cluster-access';
import { requireActor } from '../../auth/actor';
import { notFound } from '../../http/errors';
import { offsetOf, pageOf, pageQuery } from '../../http/pagination';
import { loadIssuedRuleset } from './issued-ruleset';
import { requireClusterRead, requireClusterStandingOffice } from './policy';
import { presentQuota } from './presenter';
import { createQuota, updateQuota } from './quota-service';
import { clusterParams, quotaBody, quotaParams, quotaPatch, quotaView } from '@thidua/contracts/awards';
import { may } from '../../access/permissions';

export const AWARD_TAGS = ['Khen thưởng'];

/** Award quotas per cluster (chỉ tiêu khen thưởng), kept by the standing office. */
export async function quotaRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/quotas',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Chỉ tiêu khen thưởng của cụm, khối',
        params: clusterParams,
        querystring: pageQuery,
        response: { 200: pageOf(quotaView) },
      },
    },
    async (request) => {
      const access = await loadClusterAccess(db, requireActor(request.actor), request.params.clusterId);
      requireClusterRead(access);
      const where = eq(quotas.clusterId, access.clusterId);
      const [rows, [total], issued] = await Promise.all([
        db
          .select()
          .from(quotas)
          .where(where)
          .orderBy(asc(quotas.awardCode))
          .limit(request.query.pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(quotas).where(where),
        loadIssuedRuleset(db, access.clusterId),
      ]);
      const names = new Map(issued?.awards.map((a) => [a.code, a.name]));
      const canUpdate = may(access, 'decideProposals');
      return {
        items: rows.map((q) => presentQuota(q, names.get(q.awardCode) ?? null, canUpdate)),
        total: total?.n ?? 0,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  r.post(
    '/clusters/:clusterId/quotas',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Đặt chỉ tiêu khen thưởng cho cụm, khối',
        description:
          'Chỉ cơ quan thường trực. Mã hình thức khen thưởng phải có trong bộ tiêu chí đã ban hành của cụm; ' +
          'số lượng là số nguyên không âm; ghi số văn bản giao chỉ tiêu.',
        params: clusterParams,
        body: quotaBody,
        response: { 201: quotaView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const access = await loadClusterAccess(tx, actor, request.params.clusterId);
        requireClusterStandingOffice(access);
        const { quota, awardName } = await createQuota(tx, actor, access, request.body);
        return presentQuota(quota, awardName, true);
      });
      return reply.status(201).send(view);
    },
  );

  r.patch(
    '/quotas/:quotaId',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Sửa chỉ tiêu khen thưởng',
        params: quotaParams,
        body: quotaPatch,
        response: { 200: quotaView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(quotas).where(eq(quotas.id, request.params.quotaId)).limit(1);
        if (!before) throw notFound('chỉ tiêu khen thưởng');
        const access = await loadClusterAccess(tx, actor, before.clusterId);
        requireClusterStandingOffice(access);
        const updated = await updateQuota(tx, actor, access, before, request.body);
        const issued = await loadIssuedRuleset(tx, access.clusterId);
        const name = issued?.awards.find((a) => a.code === updated.awardCode)?.name ?? null;
        return presentQuota(updated, name, true);
      });
    },
  );
}
