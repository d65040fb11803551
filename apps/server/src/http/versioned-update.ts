import { councils, type Database, type Transaction } from '@thidua/db';
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { assertUpdated } from './concurrency';
import { AppError, notFound } from './errors';

/** A table edited with optimistic concurrency: an `id` and a `version` column. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };
type TableWithId = PgTable & { id: PgColumn };

/** The row of `table` with this id, or 404 naming `what` (in Vietnamese: `kế hoạch`, `hồ sơ`…). */
export async function findById<T extends TableWithId>(
  db: Database | Transaction,
  table: T,
  id: string,
  what: string,
): Promise<T['$inferSelect']> {
  const from: PgTable = table;
  const [row] = (await db.select().from(from).where(eq(table.id, id)).limit(1)) as T['$inferSelect'][];
  if (!row) throw notFound(what);
  return row;
}

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`, returning the new row, or 409
 * `STALE` when someone else saved first (see concurrency.ts).
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Database | Transaction,
  table: T,
  id: string,
  version: number,
  set: PgUpdateSetSource<T>,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .update(table as VersionedTable)
    .set({ ...(set as object), version: sql`${table.version} + 1` })
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning()) as T['$inferSelect'][];
  return assertUpdated(rows);
}

/**
 * `DELETE … WHERE id = ? AND version = ?`, returning the deleted row, or 409 `STALE` when someone else
 * changed (or deleted) it first.
 */
export async function deleteVersioned<T extends VersionedTable>(
  tx: Database | Transaction,
  table: T,
  id: string,
  version: number,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .delete(table as VersionedTable)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning()) as T['$inferSelect'][];
  return assertUpdated(rows);
}

/** The audit event's parts a versioned change does not know: the council, the entity type, the reason. */
export interface AuditedChange<Row> {
  councilId: string | null;
  entityType: string;
  reason?: string | null;
  /** `update` unless said (e.g. `issue` when the change issues the row). */
  action?: (updated: Row) => string;
  /** What the event keeps as the old row, when more than the row (e.g. a count of its children). */
  old?: unknown;
}

/**
 * `updateVersioned`, then the audit event of the change (old → new, with the reason) in the same
 * transaction: the command skeleton every module repeats.
 */
export async function updateAudited<T extends VersionedTable>(
  tx: Transaction,
  actor: Actor,
  table: T,
  before: { id: string },
  version: number,
  set: PgUpdateSetSource<T>,
  change: AuditedChange<T['$inferSelect']>,
): Promise<T['$inferSelect']> {
  const updated = await updateVersioned(tx, table, before.id, version, set);
  await recordAudit(tx, actor, {
    councilId: change.councilId,
    entityType: change.entityType,
    entityId: before.id,
    action: change.action?.(updated) ?? 'update',
    old: change.old ?? before,
    new: updated,
    reason: change.reason ?? null,
  });
  return updated;
}

/** The audit event's parts an insert does not know: the council, the entity type, the reason. */
export interface AuditedCreation {
  councilId: string | null;
  entityType: string;
  reason?: string | null;
}

/** `INSERT … RETURNING`, then the audit event of the creation (the new row) in the same transaction. */
export async function insertAudited<T extends TableWithId>(
  tx: Transaction,
  actor: Actor,
  table: T,
  values: PgInsertValue<T>,
  change: AuditedCreation,
): Promise<T['$inferSelect']> {
  const [row] = (await tx
    .insert(table as TableWithId)
    .values(values as PgInsertValue<TableWithId>)
    .returning()) as (T['$inferSelect'] & { id: string })[];
  await recordAudit(tx, actor, {
    councilId: change.councilId,
    entityType: change.entityType,
    entityId: row!.id,
    action: 'create',
    new: row,
    reason: change.reason ?? null,
  });
  return row!;
}

/** `deleteVersioned`, then the audit event of the deletion (the old row, with the reason). */
export async function deleteAudited<T extends VersionedTable>(
  tx: Transaction,
  actor: Actor,
  table: T,
  before: { id: string },
  version: number,
  change: Omit<AuditedChange<T['$inferSelect']>, 'action'>,
): Promise<void> {
  await deleteVersioned(tx, table, before.id, version);
  await recordAudit(tx, actor, {
    councilId: change.councilId,
    entityType: change.entityType,
    entityId: before.id,
    action: 'delete',
    old: change.old ?? before,
    reason: change.reason ?? null,
  });
}

/** A table of one row per council (its letterhead, its signing certificate). */
type CouncilRowTable = VersionedTable & { councilId: PgColumn };

/**
 * Saves a council's one row of settings in the caller's transaction: the first save creates it (the
 * client read none and sends version 0), later ones update it over the version read; 409 `STALE`
 * otherwise, or when two first saves race. 404 when the council does not exist. Returns the row before
 * (null the first time) and after, for the audit event.
 */
export async function saveCouncilRow<T extends CouncilRowTable>(
  tx: Transaction,
  table: T,
  councilId: string,
  version: number,
  fields: PgUpdateSetSource<T>,
): Promise<{ before: T['$inferSelect'] | null; after: T['$inferSelect'] }> {
  await findById(tx, councils, councilId, 'hội đồng');
  const from: PgTable = table;
  const [before] = (await tx
    .select()
    .from(from)
    .where(eq(table.councilId, councilId))
    .for('update')) as T['$inferSelect'][];
  if (before) {
    return {
      before,
      after: await updateVersioned(tx, table, (before as { id: string }).id, version, fields),
    };
  }
  if (version !== 0) throw new AppError('STALE');
  const [after] = (await tx
    .insert(table as CouncilRowTable)
    .values({ councilId, ...(fields as object) })
    .onConflictDoNothing()
    .returning()) as T['$inferSelect'][];
  if (!after) throw new AppError('STALE');
  return { before: null, after };
}
