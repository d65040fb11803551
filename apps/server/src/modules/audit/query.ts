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
