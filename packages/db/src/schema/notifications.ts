import { type NotificationKind, NOTIFICATION_KINDS } from '@thidua/vocabulary';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, instant, requiredRef } from './columns';
import { councils } from './organisation';

export { NOTIFICATION_KINDS };
export type { NotificationKind };

/**
 * One thing a user is told (migration 0022): written in the transaction of the event that causes it
 * (an objection, a review value, a returned dossier) or by the deadline run, whose `dedupeKey`
 * (deadline + kind) makes each deadline reminder once per user. Only its user ever reads it.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: requiredRef('user_id', () => users.id, 'cascade'),
    councilId: uuid('council_id').references(() => councils.id),
    kind: text('kind').$type<NotificationKind>().notNull(),
    /** What happened, in Vietnamese; never another unit's scores. */
    text: text('text').notNull(),
    /** The web screen it is about, a path such as `/clusters/…/objections`. */
    link: text('link').notNull(),
    dedupeKey: text('dedupe_key'),
    createdAt: createdAt(),
    readAt: instant('read_at'),
  },
  (t) => [
    check(
      'notifications_kind_check',
      sql`${t.kind} in (${sql.raw(NOTIFICATION_KINDS.map((k) => `'${k}'`).join(', '))})`,
    ),
    index('notifications_user_read_idx').on(t.userId, t.readAt, t.createdAt),
    uniqueIndex('notifications_dedupe_key')
      .on(t.userId, t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null`),
  ],
);

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * E-mails to send (migration 0022): a row is written in the transaction that makes its notification, and
 * the mail worker sends it after commit, retrying with backoff (`nextAttemptAt`) until sent or failed.
 * Rows wait while SMTP is not configured or down; nothing is lost.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id(),
    notificationId: uuid('notification_id').references(() => notifications.id, { onDelete: 'set null' }),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    /** The notification's text; the worker writes the plain and HTML bodies around it when sending. */
    message: text('message').notNull(),
    /** The web path; the worker prefixes the product's public address (`THIDUA_PUBLIC_URL`). */
    link: text('link').notNull(),
    /**
     * `account`: an invitation or a password reset (migration 0028), sent without the notifications'
     * opt-out line; once sent, its link loses the one-time token.
     */
    kind: text('kind').$type<'notification' | 'account'>().notNull().default('notification'),
    status: text('status').$type<MailStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    check('mail_outbox_status_check', sql`${t.status} in ('pending', 'sent', 'failed')`),
    check('mail_outbox_kind_check', sql`${t.kind} in ('notification', 'account')`),
    index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
  ],
);
