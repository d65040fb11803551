import { auditLog, type Database, users } from '@thidua/db';
import { describeChanges, type Resolvers } from '@thidua/vocabulary';
import { and, count, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { startOfVietnamDay } from './csv';
import { actionLabel, entityTypeLabel } from './labels';
import type { AuditEventView, AuditFilters } from './schema';

const DAY_MS = 86_400_000;

/** `%` and `_` typed by a user are literal characters, not wildcards. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE of a filtered audit log; `councilId` undefined means every council (system administrators). */
export function auditWhere(f: AuditFilters): SQL | undefined {
  return and(
    f.councilId ? eq(auditLog.councilId, f.councilId) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.actorUserId ? eq(auditLog.actorUserId, f.actorUserId) : undefined,
    // A subquery rather than a condition on the joined user: the count needs no join, and the
    // planner can walk the (council, actor, id) index for the few users who match (migration 0031).
    f.actor
      ? inArray(
          auditLog.actorUserId,
          sql`(select ${users.id} from ${users} where ${or(
            ilike(users.username, contains(f.actor)),
            ilike(users.displayName, contains(f.actor)),
          )})`,
        )
      : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, startOfVietnamDay(f.from)) : undefined,
    f.to ? lt(auditLog.at, new Date(startOfVietnamDay(f.to).getTime() + DAY_MS)) : undefined,
    f.q ? ilike(auditLog.reason, contains(f.q)) : undefined,
    f.batchId ? eq(auditLog.batchId, f.batchId) : undefined,
  );
}

export type AuditRow = {
  event: typeof auditLog.$inferSelect;
  actor: { id: string; username: string; displayName: string } | null;
};

/** Events newest first (the id is the write order), with who did them; `beforeId` pages by keyset. */
export async function selectEvents(
  db: Database,
  where: SQL | undefined,
  page: { limit: number; offset?: number; beforeId?: number },
): Promise<AuditRow[]> {
  const rows = await db
    .select({
      event: auditLog,
      actorId: users.id,
      username: users.username,
      displayName: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(where, page.beforeId === undefined ? undefined : lt(auditLog.id, page.beforeId)))
    .orderBy(desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset ?? 0);
  return rows.map((r) => ({
    event: r.event,
    actor:
      r.actorId && r.username && r.displayName
        ? { id: r.actorId, username: r.username, displayName: r.displayName }
        : null,
  }));
}

export async function countEvents(db: Database, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog).where(where);
  return row?.n ?? 0;
}

/**
 * Up to this many matching events the log's search counts them exactly; above it, the total is the
 * planner's estimate, flagged approximate: counting the tens of millions of events of a national
 * council exactly costs seconds on every page, and a reader paging by keyset needs only the order of
 * magnitude ("khoảng 1.200.000 thay đổi").
 */
export const EXACT_TOTAL_LIMIT = 10_000;

/** The total of a search: exact up to `limit` matching events (a bounded scan), estimated beyond. */
export async function countEventsBounded(
  db: Database,
  where: SQL | undefined,
  limit = EXACT_TOTAL_LIMIT,
): Promise<{ total: number; approximate: boolean }> {
  const capped = db
    .select({ one: sql`1` })
    .from(auditLog)
    .where(where)
    .limit(limit + 1)
    .as('capped');
  const [row] = await db.select({ n: count() }).from(capped);
  const n = row?.n ?? 0;
  if (n <= limit) return { total: n, approximate: false };
  // More than `limit`: the planner's row estimate of the same search, never below what was counted.
  const explained = await db.execute<{ 'QUERY PLAN': unknown }>(
    sql`explain (format json) ${db
      .select({ one: sql`1` })
      .from(auditLog)
      .where(where)}`,
  );
  const plan = explained.rows[0]?.['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: { 'Plan Rows': number } }];
  return { total: Math.max(limit + 1, Math.round(parsed[0].Plan['Plan Rows'])), approximate: true };
}

export function presentEvent({ event, actor }: AuditRow, names?: Resolvers): AuditEventView {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actor,
    councilId: event.councilId,
    entityType: event.entityType,
    entityTypeLabel: entityTypeLabel(event.entityType),
    entityId: event.entityId,
    action: event.action,
    actionLabel: actionLabel(event.action),
    old: event.old,
    new: event.new,
    reason: event.reason,
    batchId: event.batchId,
    ...(names ? { changes: describeChanges(event.old, event.new, names) } : {}),
  };
}
