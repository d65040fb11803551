import { clusterMembers, clusters, type Database, memberships, periods, units } from '@thidua/db';
import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { AppError, invalid } from '../../http/errors';
import { type PageQuery, offsetOf } from '../../http/pagination';
import { loadPeriodForWrite } from '../../workflow/stage-guards';
import { assertStage } from '../../workflow/stage-table';
import type { historyItem } from '@thidua/contracts/periods-clusters';
import { loadReadableCluster, requireClusterManager } from './cluster-service';
import { electionCounts, electionOutcome, type ElectionOutcome } from '../meetings/election';

/**
 * Carries a period's clusters into another period of the council (usually the next year): codes,
 * names, kinds, helper offices, members and seats, keeping each cluster's lineage so the leadership
 * history follows it. Deactivated units are left behind; a follower no longer on the council is not
 * carried. Only into a period in setup that has no cluster yet.
 */
export async function copyClusters(
  db: Database,
  actor: Actor,
  targetPeriodId: string,
  sourcePeriodId: string,
): Promise<{ clusters: number; members: number; elected: number }> {
  return db.transaction(async (tx) => {
    const target = await loadPeriodForWrite(tx, targetPeriodId);
    requireClusterManager(actor, target.councilId);
    assertStage(target, 'copyClusters');
    const [source] = await tx.select().from(periods).where(eq(periods.id, sourcePeriodId)).limit(1);
    if (source?.councilId !== target.councilId || source.id === target.id) {
      throw invalid([
        { path: 'body.sourcePeriodId', message: 'phải là một kỳ thi đua khác của cùng hội đồng' },
      ]);
    }
    const [existing] = await tx.select({ n: count() }).from(clusters).where(eq(clusters.periodId, target.id));
    if ((existing?.n ?? 0) > 0) {
      throw new AppError(
        'DUPLICATE',
        'Kỳ thi đua đã có cụm, khối; chỉ sao chép vào kỳ chưa có cụm, khối nào',
      );
    }
    const sourceClusters = await tx
      .select()
      .from(clusters)
      .where(eq(clusters.periodId, source.id))
      .orderBy(asc(clusters.code));
    const followers = new Set(
      (
        await tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(
            and(
              eq(memberships.councilId, target.councilId),
              eq(memberships.role, 'councilMember'),
              isNull(memberships.endedAt),
            ),
          )
      ).map((m) => m.userId),
    );
    let memberCount = 0;
    let elected = 0;
    for (const from of sourceClusters) {
      const [created] = await tx
        .insert(clusters)
        .values({
          periodId: target.id,
          lineageId: from.lineageId,
          code: from.code,
          name: from.name,
          kind: from.kind,
          followerUserId:
            from.followerUserId && followers.has(from.followerUserId) ? from.followerUserId : null,
          helperOffice: from.helperOffice,
        })
        .returning();
      const seats = await tx
        .select({
          unitId: clusterMembers.unitId,
          role: clusterMembers.role,
          deputyRank: clusterMembers.deputyRank,
        })
        .from(clusterMembers)
        .innerJoin(units, eq(units.id, clusterMembers.unitId))
        .where(and(eq(clusterMembers.clusterId, from.id), eq(units.active, true)));
      const deputies = Math.max(1, seats.filter((s) => s.role === 'deputy').length);
      const outcome = electionOutcome(await electionCounts(tx, from.id), deputies);
      const copied = seatsAfterElection(seats, outcome);
      if (copied.length > 0) {
        await tx
          .insert(clusterMembers)
          .values(copied.map((s) => ({ ...s, clusterId: created!.id, periodId: target.id })));
      }
      memberCount += copied.length;
      if (copied !== seats) elected += 1;
      await recordAudit(tx, actor, {
        councilId: target.councilId,
        entityType: 'cluster',
        entityId: created!.id,
        action: 'copy',
        new: {
          ...created,
          sourceClusterId: from.id,
          members: copied,
          ...(copied !== seats ? { electedAt: outcome.meetingIds } : {}),
        },
      });
    }
    return { clusters: sourceClusters.length, members: memberCount, elected };
  });
}

type Seat = { unitId: string; role: 'leader' | 'deputy' | 'member'; deputyRank: number | null };

/**
 * The seats a copied cluster starts with: the ones it had, unless its members elected next period's
 * leader at a meeting — then the elected leader takes the seat, the elected deputies theirs (when the
 * deputies' vote decided; else last year's deputies stay, but for the new leader), and whoever held a
 * seat before sits as a member. Without a decided leader nothing changes: the cluster votes again. An
 * elected unit no longer in the cluster (deactivated) voids that result.
 */
export function seatsAfterElection(seats: Seat[], outcome: ElectionOutcome): Seat[] {
  const here = new Set(seats.map((s) => s.unitId));
  const leader = outcome.leader;
  if (!leader || !here.has(leader)) return seats;
  const elected = outcome.deputies?.every((d) => here.has(d)) ? outcome.deputies : undefined;
  const deputies = (
    elected ??
    seats
      .filter((s) => s.role === 'deputy')
      .sort((a, b) => (a.deputyRank ?? 0) - (b.deputyRank ?? 0))
      .map((s) => s.unitId)
  ).filter((d) => d !== leader);
  return seats.map((s) => {
    if (s.unitId === leader) return { ...s, role: 'leader', deputyRank: null };
    const rank = deputies.indexOf(s.unitId);
    if (rank >= 0) return { ...s, role: 'deputy', deputyRank: rank + 1 };
    return { ...s, role: 'member', deputyRank: null };
  });
}

/** Who led and deputised a cluster's lineage in which period, newest first. */
export async function leadershipHistory(
  db: Database,
  actor: Actor,
  clusterId: string,
  page: PageQuery,
): Promise<{ items: z.infer<typeof historyItem>[]; total: number }> {
  const { cluster, period } = await loadReadableCluster(db, actor, clusterId);
  const where = and(eq(clusters.lineageId, cluster.lineageId), eq(periods.councilId, period.councilId));
  const [rows, [total]] = await Promise.all([
    db
      .select({ cluster: clusters, period: periods })
      .from(clusters)
      .innerJoin(periods, eq(periods.id, clusters.periodId))
      .where(where)
      .orderBy(desc(periods.year), asc(periods.calendar))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db
      .select({ n: count() })
      .from(clusters)
      .innerJoin(periods, eq(periods.id, clusters.periodId))
      .where(where),
  ]);
  const ids = rows.map((r) => r.cluster.id);
  const seats =
    ids.length === 0
      ? []
      : await db
          .select({
            clusterId: clusterMembers.clusterId,
            unitId: units.id,
            code: units.code,
            name: units.name,
            role: clusterMembers.role,
            deputyRank: clusterMembers.deputyRank,
          })
          .from(clusterMembers)
          .innerJoin(units, eq(units.id, clusterMembers.unitId))
          .where(
            and(inArray(clusterMembers.clusterId, ids), inArray(clusterMembers.role, ['leader', 'deputy'])),
          );
  const items = rows.map(({ cluster: c, period: p }) => {
    const mine = seats.filter((s) => s.clusterId === c.id);
    const leader = mine.find((s) => s.role === 'leader');
    return {
      periodId: p.id,
      periodName: p.name,
      year: p.year,
      calendar: p.calendar,
      stage: p.stage,
      clusterId: c.id,
      code: c.code,
      name: c.name,
      leader: leader ? { unitId: leader.unitId, code: leader.code, name: leader.name } : null,
      deputies: mine
        .filter((s) => s.role === 'deputy')
        .map((s) => ({ unitId: s.unitId, code: s.code, name: s.name, deputyRank: s.deputyRank ?? 0 }))
        .sort((a, b) => a.deputyRank - b.deputyRank),
    };
  });
  return { items, total: total?.n ?? 0 };
}
