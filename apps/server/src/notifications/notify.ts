import {
  clusterMembers,
  type Database,
  mailOutbox,
  memberships,
  type NotificationKind,
  notifications,
  type Transaction,
  users,
} from '@thidua/db';
import { NOTIFICATION_KIND_NAMES } from '@thidua/vocabulary';
import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';

/** What one event tells its recipients: what happened (in Vietnamese, never a score) and where to look. */
export interface NotificationInput {
  kind: NotificationKind;
  councilId: string | null;
  text: string;
  /** A path of the web application, e.g. `/hoi-dong/…/y-kien?cum=…`. */
  link: string;
  /** Set by time-driven reminders: the same key for the same user is written once. */
  dedupeKey?: string;
}

/**
 * Tells `userIds` (the actor excluded by the callers that pass `except`) about an event, in the caller's
 * transaction: one notification row each, and, for a recipient with an e-mail address who has not turned
 * e-mail off, one outbox row the mail worker sends after commit. A reminder whose `dedupeKey` a user
 * already has is skipped (and not mailed again). Returns the notifications written.
 */
export async function notify(
  tx: Database | Transaction,
  userIds: Iterable<string>,
  input: NotificationInput,
  except?: string,
): Promise<number> {
  const ids = [...new Set(userIds)].filter((id) => id !== except);
  if (ids.length === 0) return 0;
  const created = await tx
    .insert(notifications)
    .values(
      ids.map((userId) => ({
        userId,
        councilId: input.councilId,
        kind: input.kind,
        text: input.text,
        link: input.link,
        dedupeKey: input.dedupeKey ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id, userId: notifications.userId });
  if (created.length === 0) return 0;
  const mailable = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      and(
        inArray(
          users.id,
          created.map((c) => c.userId),
        ),
        isNotNull(users.email),
        eq(users.emailNotifications, true),
        isNull(users.disabledAt),
      ),
    );
  const emailOf = new Map(mailable.map((u) => [u.id, u.email!] as const));
  const mail = created.flatMap((c) => {
    const to = emailOf.get(c.userId);
    return to
      ? [
          {
            notificationId: c.id,
            recipient: to,
            subject: `[Thi đua] ${NOTIFICATION_KIND_NAMES[input.kind]}`,
            message: input.text,
            link: input.link,
          },
        ]
      : [];
  });
  if (mail.length > 0) await tx.insert(mailOutbox).values(mail);
  return created.length;
}

/** The users who work for these units now (their current unit-staff memberships). */
export async function staffOf(tx: Database | Transaction, unitIds: Iterable<string>): Promise<string[]> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return [];
  const rows = await tx
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(inArray(memberships.unitId, ids), eq(memberships.role, 'unitStaff'), isNull(memberships.endedAt)),
    );
  return rows.map((r) => r.userId);
}

/** The staff of a cluster's leader and deputies: who reviews its scores and answers its objections. */
export async function clusterReviewers(tx: Database | Transaction, clusterId: string): Promise<string[]> {
  const seats = await tx
    .select({ unitId: clusterMembers.unitId })
    .from(clusterMembers)
    .where(
      and(
        eq(clusterMembers.clusterId, clusterId),
        or(eq(clusterMembers.role, 'leader'), eq(clusterMembers.role, 'deputy')),
      ),
    );
  return staffOf(
    tx,
    seats.map((s) => s.unitId),
  );
}
