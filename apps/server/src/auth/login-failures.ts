import { type Database, loginFailures, type Transaction, users } from '@thidua/db';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { ServerConfig } from '../config';

// Failed sign-ins and wrong current passwords, counted per (lower-cased name, client address).
//
// The trade-off (README, "Sign-in lockout"): a lock applies to one name from one address, so a stranger
// cannot lock `cqtt` out for everyone, and an unknown name locks exactly like a known one, so the
// answers never tell which names exist. Guessing from many addresses is bounded by the per-name
// request limit of the sign-in route instead.

/** The key a name is counted under: usernames are case-insensitive. */
export const nameKey = (username: string) => username.normalize('NFC').toLowerCase();

/** Whether (name, address) is locked now. */
export async function isLocked(db: Database, username: string, address: string): Promise<boolean> {
  const [row] = await db
    .select({ lockedUntil: loginFailures.lockedUntil })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.nameKey, nameKey(username)),
        eq(loginFailures.address, address),
        gt(loginFailures.lockedUntil, sql`now()`),
      ),
    );
  return row !== undefined;
}

/**
 * Counts one failure in a single atomic upsert (parallel attempts cannot overwrite each other's
 * count) and returns whether (name, address) is now locked. A count older than the lockout window, or
 * whose lock has expired, starts again from one. The account's own `lockedUntil` mirrors the latest
 * lock so administrators see it on the accounts screen.
 */
export async function recordFailure(
  db: Database,
  config: ServerConfig,
  username: string,
  address: string,
): Promise<boolean> {
  const window = sql`make_interval(mins => ${config.lockoutMinutes})`;
  const stale = sql`(${loginFailures.updatedAt} < now() - ${window} or ${loginFailures.lockedUntil} <= now())`;
  const next = sql`(case when ${stale} then 0 else ${loginFailures.failures} end) + 1`;
  const [row] = await db
    .insert(loginFailures)
    .values({
      nameKey: nameKey(username),
      address,
      failures: 1,
      lockedUntil: config.lockoutAfterFailures <= 1 ? sql`now() + ${window}` : sql`null::timestamptz`,
    })
    .onConflictDoUpdate({
      target: [loginFailures.nameKey, loginFailures.address],
      set: {
        failures: next,
        lockedUntil: sql`case when ${next} >= ${config.lockoutAfterFailures} then now() + ${window}
          when ${stale} then null else ${loginFailures.lockedUntil} end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ lockedUntil: loginFailures.lockedUntil });
  const lockedUntil = row?.lockedUntil ?? null;
  const locked = lockedUntil !== null && lockedUntil > new Date();
  if (locked) {
    await db
      .update(users)
      .set({ lockedUntil })
      .where(sql`lower(${users.username}) = ${nameKey(username)}`);
  }
  return locked;
}

/** A success (or an administrator's reset) clears the count of (name, address), or of every address. */
export async function clearFailures(
  db: Database | Transaction,
  username: string,
  address?: string,
): Promise<void> {
  await db
    .delete(loginFailures)
    .where(
      address === undefined
        ? eq(loginFailures.nameKey, nameKey(username))
        : and(eq(loginFailures.nameKey, nameKey(username)), eq(loginFailures.address, address)),
    );
}
