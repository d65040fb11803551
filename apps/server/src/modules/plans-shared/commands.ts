import type { Period, Transaction } from '@thidua/db';
import type { PgInsertValue, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Actor } from '../../auth/actor';
import {
  type AuditedChange,
  deleteAudited,
  insertAudited,
  updateAudited,
  type VersionedTable,
} from '../../http/versioned-update';
import { assertPeriodWritable } from './policy';

/**
 * The rows one plans command writes: the table, the audit log's entity type, and the council and period
 * they belong to (the row's own, or its parent's: a dossier's batch, a task's plan).
 */
export interface PlanRows<T extends VersionedTable> {
  table: T;
  entityType: string;
  owner: { councilId: string; periodId: string };
}

/** A versioned patch's bookkeeping: the version read and the reason given. */
export interface PatchMeta {
  version: number;
  reason?: string | undefined;
}

/**
 * Every plans command runs the same skeleton inside its transaction: the period is read again (an
 * archived one answers LOCKED), the row's own rules are checked (`values`, `changes` or `check`, which
 * throw), then the write and its audit event.
 */
export async function createPlanRow<T extends VersionedTable>(
  tx: Transaction,
  actor: Actor,
  rows: PlanRows<T>,
  values: (period: Period) => Promise<PgInsertValue<T>> | PgInsertValue<T>,
): Promise<T['$inferSelect']> {
  const period = await assertPeriodWritable(tx, rows.owner.periodId);
  return insertAudited(tx, actor, rows.table, await values(period), {
    councilId: rows.owner.councilId,
    entityType: rows.entityType,
  });
}

/** `createPlanRow`'s twin for a versioned update of `before`; `action` names a change that is more than an update. */
export async function updatePlanRow<T extends VersionedTable>(
  tx: Transaction,
  actor: Actor,
  rows: PlanRows<T>,
  before: { id: string },
  patch: PatchMeta,
  changes: (period: Period) => Promise<PgUpdateSetSource<T>> | PgUpdateSetSource<T>,
  action?: AuditedChange<T['$inferSelect']>['action'],
): Promise<T['$inferSelect']> {
  const period = await assertPeriodWritable(tx, rows.owner.periodId);
  return updateAudited(tx, actor, rows.table, before, patch.version, await changes(period), {
    councilId: rows.owner.councilId,
    entityType: rows.entityType,
    reason: patch.reason,
    action,
  });
}

/**
 * `createPlanRow`'s twin for deleting `before`; `check` refuses a deletion the row's state forbids and
 * may name what the audit event keeps as the old row (e.g. with a count of its children).
 */
export async function deletePlanRow<T extends VersionedTable>(
  tx: Transaction,
  actor: Actor,
  rows: PlanRows<T>,
  before: { id: string },
  patch: PatchMeta,
  check?: (period: Period) => Promise<{ old?: unknown } | void> | void,
): Promise<void> {
  const period = await assertPeriodWritable(tx, rows.owner.periodId);
  const kept = await check?.(period);
  await deleteAudited(tx, actor, rows.table, before, patch.version, {
    councilId: rows.owner.councilId,
    entityType: rows.entityType,
    reason: patch.reason,
    old: kept ? kept.old : undefined,
  });
}
