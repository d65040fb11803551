import { auditLog, type Database, type Transaction } from '@thidua/db';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/actor';

/** One change, as the audit log keeps it: who, when (the database's clock), what, old, new, why. */
export interface AuditEvent {
  councilId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  old?: unknown;
  new?: unknown;
  reason?: string | null;
  /** Shared by the events of one decision over many rows (e.g. a review accepting many cells). */
  batchId?: string | null;
}

/**
 * Appends an event inside the caller's transaction, so the change and its record commit together or
 * not at all. The log is append-only (a trigger refuses UPDATE and DELETE).
 */
export async function recordAudit(
  tx: Database | Transaction,
  actor: Actor | null,
  event: AuditEvent,
): Promise<void> {
  await recordAuditEvents(tx, actor, [event]);
}

/** Appends many events in one multi-row insert (one per changed row), in the caller's transaction. */
export async function recordAuditEvents(
  tx: Database | Transaction,
  actor: Actor | null,
  events: AuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(auditLog).values(
    events.map((event) => ({
      actorUserId: actor?.userId ?? null,
      councilId: event.councilId,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      old: event.old === undefined ? null : toJson(event.old),
      new: event.new === undefined ? null : toJson(event.new),
      reason: event.reason ?? null,
      batchId: event.batchId ?? null,
    })),
  );
}

/** Rows as plain JSON (dates as ISO strings), without bookkeeping columns. */
function toJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === 'createdAt' || key === 'updatedAt' ? undefined : v)),
  ) as unknown;
}

/**
 * The SQL twin of `toJson` for a row of `table` named `alias` in a statement: the same keys (the
 * schema's property names, without createdAt and updatedAt) and the same values (numeric and dates as
 * their text, instants as ISO strings), so an audit event written inside a statement reads exactly as
 * one written by `recordAudit`.
 */
export function auditJsonOf(table: PgTable, alias: string): SQL {
  const pairs = Object.entries(getTableColumns(table))
    .filter(([key]) => key !== 'createdAt' && key !== 'updatedAt')
    .map(([key, column]) => {
      const ref = sql`${sql.identifier(alias)}.${sql.identifier(column.name)}`;
      const value =
        column.columnType === 'PgTimestamp'
          ? sql`to_char(${ref} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
          : column.columnType === 'PgNumeric' || column.columnType === 'PgDateString'
            ? sql`${ref}::text`
            : ref;
      return sql`${sql.raw(`'${key}'`)}, ${value}`;
    });
  return sql`jsonb_build_object(${sql.join(pairs, sql`, `)})`;
}
