import {
  type Cluster,
  clusters,
  type Database,
  memberships,
  type Period,
  periods,
  type Transaction,
} from '@thidua/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { type CouncilAccess, requireCouncilMember } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { insertAudited, updateAudited, updateVersioned } from '../../http/versioned-update';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { loadPeriodForWrite } from '../../workflow/stage-guards';
import { assertWritable } from '../../workflow/stage-table';
import type { clusterBody, clusterPatch } from '@thidua/contracts/periods-clusters';
import { canManageClusters, seatChangeNeedsReason } from './policy';

/** A cluster, its period and the actor's council access, for reading (another council's is 404). */
export async function loadReadableCluster(db: Database | Transaction, actor: Actor, clusterId: string) {
  const [row] = await db
    .select({ cluster: clusters, period: periods })
    .from(clusters)
    .innerJoin(periods, eq(periods.id, clusters.periodId))
    .where(eq(clusters.id, clusterId))
    .limit(1);
  if (!row) throw notFound('cụm, khối thi đua');
  return { ...row, access: requireCouncilMember(actor, row.period.councilId) };
}

/** Refuses anyone but the standing office once the council is known (strangers get 404 first). */
export function requireClusterManager(actor: Actor, councilId: string): CouncilAccess {
  const access = requireCouncilMember(actor, councilId);
  if (!canManageClusters(access)) {
    throw forbidden('Chỉ cơ quan thường trực Hội đồng được tổ chức cụm, khối thi đua');
  }
  return access;
}

/**
 * Loads a cluster for a write inside the transaction: its period re-read FOR SHARE (a stage change
 * waits), the actor checked, the period writable.
 */
export async function loadClusterForWrite(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
): Promise<{ cluster: Cluster; period: Period }> {
  const [cluster] = await tx.select().from(clusters).where(eq(clusters.id, clusterId)).limit(1);
  if (!cluster) throw notFound('cụm, khối thi đua');
  return { cluster, period: await loadPeriodForClusterWrite(tx, actor, cluster.periodId) };
}

/** The period re-read FOR SHARE, the actor checked as the clusters' organiser, the period writable. */
async function loadPeriodForClusterWrite(tx: Transaction, actor: Actor, periodId: string): Promise<Period> {
  const period = await loadPeriodForWrite(tx, periodId);
  requireClusterManager(actor, period.councilId);
  assertWritable(period);
  return period;
}

/** After setup, members and seats change only with a reason (the field named where it was expected). */
export function assertSeatReason(period: Period, reason: string | undefined, path: string): void {
  if (seatChangeNeedsReason(period) && !reason) {
    throw new AppError(
      'REASON_REQUIRED',
      'Thay đổi thành viên, cụm trưởng, cụm phó sau giai đoạn thiết lập cần nêu lý do',
      [{ path, message: 'cần nêu lý do vì kỳ thi đua đã qua giai đoạn thiết lập' }],
    );
  }
}

/** Claims the cluster's version: members and seats are edited as part of the cluster. */
export async function bumpClusterVersion(
  tx: Transaction,
  clusterId: string,
  version: number,
): Promise<Cluster> {
  return await updateVersioned(tx, clusters, clusterId, version, {});
}

/** The follower must be one of the council's members (Thành viên Hội đồng) today. */
async function assertFollower(tx: Transaction, councilId: string, userId: string | null | undefined) {
  if (!userId) return;
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.councilId, councilId),
        eq(memberships.role, 'councilMember'),
        isNull(memberships.endedAt),
      ),
    )
    .limit(1);
  if (!row) {
    throw invalid([
      {
        path: 'body.followerUserId',
        message: 'người theo dõi phải là thành viên Hội đồng thi đua, khen thưởng',
      },
    ]);
  }
}

/** Creates a cluster (or block) in a period. */
export async function createCluster(
  db: Database,
  actor: Actor,
  periodId: string,
  body: z.infer<typeof clusterBody>,
): Promise<Cluster> {
  return db.transaction(async (tx) => {
    const period = await loadPeriodForClusterWrite(tx, actor, periodId);
    await assertFollower(tx, period.councilId, body.followerUserId);
    const created = await insertAudited(
      tx,
      actor,
      clusters,
      {
        periodId,
        code: body.code,
        name: body.name,
        kind: body.kind,
        followerUserId: body.followerUserId ?? null,
        helperOffice: body.helperOffice ?? null,
      },
      {
        councilId: period.councilId,
        entityType: 'cluster',
      },
    );
    return created;
  });
}

/** Edits a cluster's code, name, kind, follower or helper office, with the version read. */
export async function updateCluster(
  db: Database,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof clusterPatch>,
): Promise<Cluster> {
  return db.transaction(async (tx) => {
    const { cluster: before, period } = await loadClusterForWrite(tx, actor, clusterId);
    const { version, ...changes } = body;
    await assertFollower(tx, period.councilId, changes.followerUserId);
    const updated = await updateAudited(
      tx,
      actor,
      clusters,
      before,
      version,
      { ...changes },
      {
        councilId: period.councilId,
        entityType: 'cluster',
      },
    );
    return updated;
  });
}
