import { clusterMembers, clusters, type Database, type Transaction, units } from '@thidua/db';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { AppError, type FieldError, invalid, notFound } from '../../http/errors';
import { assertSeatReason, bumpClusterVersion, loadClusterForWrite } from './cluster-service';
import type { addMembersBody, leadershipBody } from '@thidua/contracts/periods-clusters';
import { checkSeats } from './seats';

/**
 * Adds units to a cluster. Each must be an active unit of the council, named once, and not seated in
 * any cluster of the period (a unit sits in one cluster per period; the database enforces it too).
 */
export async function addMembers(
  db: Database,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof addMembersBody>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { cluster, period } = await loadClusterForWrite(tx, actor, clusterId);
    assertSeatReason(period, body.reason, 'body.reason');
    const found = await tx
      .select()
      .from(units)
      .where(and(eq(units.councilId, period.councilId), inArray(units.id, body.unitIds)));
    const seated = await tx
      .select({ unitId: clusterMembers.unitId, clusterName: clusters.name })
      .from(clusterMembers)
      .innerJoin(clusters, eq(clusters.id, clusterMembers.clusterId))
      .where(and(eq(clusterMembers.periodId, period.id), inArray(clusterMembers.unitId, body.unitIds)));
    const invalidFields: FieldError[] = [];
    const taken: FieldError[] = [];
    body.unitIds.forEach((unitId, i) => {
      const path = `body.unitIds[${i}]`;
      const unit = found.find((u) => u.id === unitId);
      const seat = seated.find((s) => s.unitId === unitId);
      if (body.unitIds.indexOf(unitId) !== i) invalidFields.push({ path, message: 'đơn vị bị lặp lại' });
      else if (!unit) invalidFields.push({ path, message: 'không có đơn vị này trong hội đồng' });
      else if (!unit.active)
        invalidFields.push({ path, message: `đơn vị "${unit.name}" đã ngừng hoạt động` });
      else if (seat) {
        taken.push({
          path,
          message: `đơn vị "${unit.name}" đã thuộc cụm, khối "${seat.clusterName}" trong kỳ này`,
        });
      }
    });
    if (invalidFields.length > 0) throw invalid(invalidFields);
    if (taken.length > 0) {
      throw new AppError('DUPLICATE', 'Đơn vị đã thuộc một cụm, khối trong kỳ này', taken);
    }
    await bumpClusterVersion(tx, clusterId, body.version);
    await tx
      .insert(clusterMembers)
      .values(body.unitIds.map((unitId) => ({ clusterId, periodId: cluster.periodId, unitId })));
    await recordAudit(tx, actor, {
      councilId: period.councilId,
      entityType: 'cluster',
      entityId: clusterId,
      action: 'members.add',
      new: { unitIds: body.unitIds },
      reason: body.reason ?? null,
    });
  });
}

/** Removes a unit from a cluster, with its seat if it led or deputised. */
export async function removeMember(
  db: Database,
  actor: Actor,
  clusterId: string,
  unitId: string,
  query: { version: number; reason?: string | undefined },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { period } = await loadClusterForWrite(tx, actor, clusterId);
    const [seat] = await tx
      .select()
      .from(clusterMembers)
      .where(and(eq(clusterMembers.clusterId, clusterId), eq(clusterMembers.unitId, unitId)))
      .limit(1);
    if (!seat) throw notFound('đơn vị trong cụm, khối này');
    assertSeatReason(period, query.reason, 'query.reason');
    await bumpClusterVersion(tx, clusterId, query.version);
    await tx.delete(clusterMembers).where(eq(clusterMembers.id, seat.id));
    await recordAudit(tx, actor, {
      councilId: period.councilId,
      entityType: 'cluster',
      entityId: clusterId,
      action: 'members.remove',
      old: { unitId, seat: seat.role, deputyRank: seat.deputyRank },
      reason: query.reason ?? null,
    });
  });
}

/**
 * Replaces the cluster's leader and deputies; every other member becomes a plain member. The seats
 * are cleared first so the one-leader and deputy-rank constraints hold after every statement.
 */
export async function setLeadership(
  db: Database,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof leadershipBody>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { period } = await loadClusterForWrite(tx, actor, clusterId);
    assertSeatReason(period, body.reason, 'body.reason');
    const wanted = checkSeats(body.seats);
    const members = await tx.select().from(clusterMembers).where(eq(clusterMembers.clusterId, clusterId));
    const outsiders: FieldError[] = body.seats.flatMap((seat, i) =>
      members.some((m) => m.unitId === seat.unitId)
        ? []
        : [{ path: `body.seats[${i}].unitId`, message: 'đơn vị không phải thành viên của cụm, khối này' }],
    );
    if (outsiders.length > 0) throw invalid(outsiders);
    await bumpClusterVersion(tx, clusterId, body.version);
    await clearSeats(tx, clusterId);
    await seat(tx, clusterId, wanted.leader, 'leader', null);
    for (const deputy of wanted.deputies) await seat(tx, clusterId, deputy.unitId, 'deputy', deputy.rank);
    const leadershipOf = (rows: typeof members) => ({
      leader: rows.find((m) => m.role === 'leader')?.unitId ?? null,
      deputies: rows
        .filter((m) => m.role === 'deputy')
        .map((m) => ({ unitId: m.unitId, rank: m.deputyRank }))
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)),
    });
    await recordAudit(tx, actor, {
      councilId: period.councilId,
      entityType: 'cluster',
      entityId: clusterId,
      action: 'leadership.set',
      old: leadershipOf(members),
      new: { leader: wanted.leader, deputies: wanted.deputies },
      reason: body.reason ?? null,
    });
  });
}

async function clearSeats(tx: Transaction, clusterId: string): Promise<void> {
  await tx
    .update(clusterMembers)
    .set({ role: 'member', deputyRank: null })
    .where(and(eq(clusterMembers.clusterId, clusterId), ne(clusterMembers.role, 'member')));
}

async function seat(
  tx: Transaction,
  clusterId: string,
  unitId: string,
  role: 'leader' | 'deputy',
  deputyRank: number | null,
): Promise<void> {
  await tx
    .update(clusterMembers)
    .set({ role, deputyRank })
    .where(and(eq(clusterMembers.clusterId, clusterId), eq(clusterMembers.unitId, unitId)));
}
