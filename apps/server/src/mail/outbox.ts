import { type Database, mailOutbox } from '@thidua/db';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { type Mailer, notificationMail } from './mailer';

/** After this many failed attempts a message is marked failed (about a day and a half of retries). */
export const MAX_ATTEMPTS = 12;
/** How long a claimed message is left to its sender before another run may try it. */
const LEASE_MS = 5 * 60_000;

/** Wait before attempt n + 1: 1, 2, 4 … minutes, at most 6 hours. */
export const backoffMs = (attempts: number) =>
  Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);

export interface OutboxRun {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends the outbox's messages that are due, after the transactions that wrote them committed. Each is
 * claimed first (its next attempt pushed past a lease, in one statement, so two servers never send the
 * same message), then sent; a success marks it sent, an error counts the attempt and waits with backoff,
 * and after MAX_ATTEMPTS it is marked failed with the last error. Nothing is deleted.
 */
export async function sendDueMail(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  now: Date = new Date(),
  limit = 50,
): Promise<OutboxRun> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(limit);
  const claimed = await db
    .update(mailOutbox)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(and(inArray(mailOutbox.id, due), eq(mailOutbox.status, 'pending')))
    .returning();
  const run: OutboxRun = { sent: 0, retried: 0, failed: 0 };
  for (const row of claimed) {
    try {
      await mailer.send(
        notificationMail(row.recipient, row.subject, row.message, row.link, publicUrl, row.kind),
      );
      await db
        .update(mailOutbox)
        .set({
          // A one-time link is kept only until it is sent (account mail: invitations, resets).
          ...(row.kind === 'account' ? { link: row.link.replace(/\?.*$/, '') } : {}),
          status: 'sent',
          sentAt: new Date(),
          attempts: sql`${mailOutbox.attempts} + 1`,
          lastError: null,
        })
        .where(eq(mailOutbox.id, row.id));
      run.sent += 1;
    } catch (error) {
      const attempts = row.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      await db
        .update(mailOutbox)
        .set({
          attempts,
          status: failed ? 'failed' : 'pending',
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
        })
        .where(eq(mailOutbox.id, row.id));
      if (failed) run.failed += 1;
      else run.retried += 1;
    }
  }
  return run;
}
