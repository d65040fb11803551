import { type Database, type Notification, notifications, users } from '@thidua/db';
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { notFound } from '../../http/errors';
import { pageFrom } from '../../http/pagination';
import { offsetOf } from '../../http/pagination';
import { updateVersioned } from '../../http/versioned-update';
import type { notificationListQuery, notificationView, profileBody } from './schema';

// Every query here is scoped to the actor's own user id: nobody reads or marks another's notifications
// (someone else's id is simply not found).

const present = (row: Notification): z.infer<typeof notificationView> => ({
  id: row.id,
  kind: row.kind,
  text: row.text,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

export async function unreadCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The actor's notifications: unread first, then newest first; paged. */
export async function listMine(db: Database, actor: Actor, query: z.infer<typeof notificationListQuery>) {
  const where = and(
    eq(notifications.userId, actor.userId),
    query.unread ? isNull(notifications.readAt) : undefined,
  );
  const page = await pageFrom(
    query,
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt), asc(notifications.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ n: count() }).from(notifications).where(where),
    present,
  );
  return { ...page, unreadCount: await unreadCount(db, actor.userId) };
}

/** Marks one of the actor's notifications read (already read: unchanged); another's is 404. */
export async function markRead(db: Database, actor: Actor, notificationId: string) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, actor.userId)))
    .returning();
  if (!row) throw notFound('thông báo');
  return present(row);
}

export async function markAllRead(db: Database, actor: Actor) {
  const marked = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: marked.length, unreadCount: 0 };
}

export async function loadProfile(db: Database, actor: Actor) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw notFound('tài khoản');
  return user;
}

/**
 * The user's own e-mail address and choice of e-mail notifications, at the version read (409 otherwise);
 * audited with the old and new values (under each council the user belongs to — the first one).
 */
export async function updateProfile(db: Database, actor: Actor, body: z.infer<typeof profileBody>) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (!before) throw notFound('tài khoản');
    const updated = await updateVersioned(tx, users, actor.userId, body.version, {
      ...(body.email === undefined ? {} : { email: body.email }),
      ...(body.emailNotifications === undefined ? {} : { emailNotifications: body.emailNotifications }),
    });
    await recordAudit(tx, actor, {
      councilId: actor.memberships[0]?.councilId ?? null,
      entityType: 'user',
      entityId: actor.userId,
      action: 'updateProfile',
      old: { email: before.email, emailNotifications: before.emailNotifications },
      new: { email: updated.email, emailNotifications: updated.emailNotifications },
    });
    return updated;
  });
}
