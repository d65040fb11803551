import type { Database, Transaction } from '@thidua/db';
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { assertUpdated } from './concurrency';

/** A table edited with optimistic concurrency: an `id` and a `version` column. */
type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

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
