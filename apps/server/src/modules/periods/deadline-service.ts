import {
  clusters,
  type Database,
  type Period,
  type StageDeadline,
  stageDeadlines,
  type Transaction,
} from '@thidua/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { loadClusterAccess } from '../../access/cluster-access';
import { requireCouncilMember } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { deleteVersioned, updateVersioned } from '../../http/versioned-update';
import { loadPeriodForWrite } from '../../workflow/stage-guards';
import { assertWritable } from '../../workflow/stage-table';
import { addYears, vietnameseDate } from '../../kernel/dates';
import { canSetDeadline } from './policy';
import type { deadlineBody } from '@thidua/contracts/periods';

/** The standing office sets any deadline; a leader or deputy only their own cluster's. */
async function requireDeadlineSetter(
  tx: Transaction,
  actor: Actor,
  period: Period,
  clusterId: string | null,
): Promise<void> {
  const access = requireCouncilMember(actor, period.councilId);
  const roles = clusterId ? (await loadClusterAccess(tx, actor, clusterId)).roles : null;
  if (!canSetDeadline(access, roles)) {
    throw forbidden('Chỉ cơ quan thường trực, cụm trưởng hoặc cụm phó (cho cụm, khối của mình) được đặt hạn');
  }
}

/**
 * Sets (or replaces) the deadline of a stage for a scope: the whole period, a unit type, a cluster, or
 * both. A deadline more than a year outside the period is taken for a typing mistake.
 */
export async function setDeadline(
  db: Database,
  actor: Actor,
  periodId: string,
  body: z.infer<typeof deadlineBody>,
): Promise<StageDeadline> {
  return db.transaction(async (tx) => {
    const period = await loadPeriodForWrite(tx, periodId);
    requireCouncilMember(actor, period.councilId);
    const clusterId = body.clusterId ?? null;
    const unitType = body.unitType ?? null;
    if (clusterId) {
      const [cluster] = await tx.select().from(clusters).where(eq(clusters.id, clusterId)).limit(1);
      if (cluster?.periodId !== periodId) {
        throw invalid([{ path: 'body.clusterId', message: 'không có cụm, khối này trong kỳ thi đua' }]);
      }
    }
    await requireDeadlineSetter(tx, actor, period, clusterId);
    assertWritable(period);
    const earliest = addYears(period.startsOn, -1);
    const latest = addYears(period.endsOn, 1);
    if (body.dueOn < earliest || body.dueOn > latest) {
      throw invalid([
        {
          path: 'body.dueOn',
          message: `hạn phải nằm trong khoảng ${vietnameseDate(earliest)} – ${vietnameseDate(latest)} (kỳ ${vietnameseDate(period.startsOn)} – ${vietnameseDate(period.endsOn)}, nhận được ${vietnameseDate(body.dueOn)})`,
        },
      ]);
    }
    const scope = and(
      eq(stageDeadlines.periodId, periodId),
      eq(stageDeadlines.stage, body.stage),
      clusterId ? eq(stageDeadlines.clusterId, clusterId) : isNull(stageDeadlines.clusterId),
      unitType ? eq(stageDeadlines.unitType, unitType) : isNull(stageDeadlines.unitType),
    );
    const [before] = await tx.select().from(stageDeadlines).where(scope).for('update').limit(1);
    const values = { dueOn: body.dueOn, note: body.note ?? null };
    // Someone set this scope's deadline since it was read (or removed it): the caller's view is stale.
    if ((before?.version ?? 0) !== body.version) throw new AppError('STALE');
    const [after] = before
      ? [await updateVersioned(tx, stageDeadlines, before.id, body.version, values)]
      : await tx
          .insert(stageDeadlines)
          .values({ periodId, stage: body.stage, clusterId, unitType, ...values })
          .onConflictDoNothing()
          .returning();
    if (!after) throw new AppError('STALE');
    await recordAudit(tx, actor, {
      councilId: period.councilId,
      entityType: 'stageDeadline',
      entityId: after.id,
      action: before ? 'update' : 'create',
      old: before,
      new: after,
    });
    return after;
  });
}

/** Removes a deadline (an override no longer wanted), audited. */
export async function deleteDeadline(
  db: Database,
  actor: Actor,
  periodId: string,
  deadlineId: string,
  version: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const period = await loadPeriodForWrite(tx, periodId);
    requireCouncilMember(actor, period.councilId);
    const [row] = await tx
      .select()
      .from(stageDeadlines)
      .where(and(eq(stageDeadlines.id, deadlineId), eq(stageDeadlines.periodId, periodId)))
      .for('update')
      .limit(1);
    if (!row) throw notFound('hạn của giai đoạn');
    await requireDeadlineSetter(tx, actor, period, row.clusterId);
    assertWritable(period);
    await deleteVersioned(tx, stageDeadlines, deadlineId, version);
    await recordAudit(tx, actor, {
      councilId: period.councilId,
      entityType: 'stageDeadline',
      entityId: deadlineId,
      action: 'delete',
      old: row,
    });
  });
}
