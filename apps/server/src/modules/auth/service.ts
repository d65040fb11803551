import { type Database, sessions, users } from '@thidua/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { dummyPasswordHash, hashPassword, isStrongPassword, verifyPassword } from '../../auth/passwords';
import { recordAudit } from '../../audit/record-audit';
import type { ServerConfig } from '../../config';
import { AppError } from '../../http/errors';
import { clearFailures, isLocked, recordFailure } from '../../auth/login-failures';

/**
 * Checks a username and password from a client address. Failures are counted per (name, address)
 * with one atomic upsert (auth/login-failures.ts); after `lockoutAfterFailures` that pair is locked
 * for `lockoutMinutes`, without the password being checked while locked. Unknown names, disabled
 * accounts and wrong passwords get the same answer and cost the same time, so nobody learns which
 * names exist; only the holder of the right password learns that an account is disabled.
 */
export async function checkCredentials(
  db: Database,
  config: ServerConfig,
  username: string,
  password: string,
  address: string,
): Promise<string> {
  if (await isLocked(db, username, address)) throw new AppError('ACCOUNT_LOCKED');
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  // An invited account without a password yet costs the same time as any other failure.
  const stored = user?.passwordHash.startsWith('$') ? user.passwordHash : await dummyPasswordHash();
  const verified = await verifyPassword(stored, password);
  const valid = verified && user !== undefined && stored === user.passwordHash;
  if (!user || !valid) {
    const locked = await recordFailure(db, config, username, address);
    throw new AppError(locked ? 'ACCOUNT_LOCKED' : 'BAD_CREDENTIALS');
  }
  if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  await clearFailures(db, username, address);
  await db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, user.id));
  return user.id;
}

/**
 * Changes the actor's own password; other sessions of the user are signed out. A wrong current
 * password counts toward the same lockout as a failed sign-in (a stolen session cannot be used to
 * guess the password), and a locked (name, address) is refused before the password is checked.
 */
export async function changePassword(
  db: Database,
  config: ServerConfig,
  actor: Actor,
  address: string,
  current: string,
  next: string,
): Promise<void> {
  if (await isLocked(db, actor.username, address)) throw new AppError('ACCOUNT_LOCKED');
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    if (await recordFailure(db, config, actor.username, address)) throw new AppError('ACCOUNT_LOCKED');
    throw new AppError('VALIDATION', undefined, [
      { path: 'body.currentPassword', message: 'mật khẩu hiện tại không đúng' },
    ]);
  }
  await clearFailures(db, actor.username, address);
  if (!isStrongPassword(next)) {
    throw new AppError('WEAK_PASSWORD', undefined, [
      { path: 'body.newPassword', message: 'mật khẩu quá yếu' },
    ]);
  }
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, actor.userId));
    await tx.delete(sessions).where(and(eq(sessions.userId, actor.userId), ne(sessions.id, actor.sessionId)));
    await recordAudit(tx, actor, {
      councilId: null,
      entityType: 'user',
      entityId: actor.userId,
      action: 'password.change',
    });
  });
}

/** An administrator sets a temporary password; the user must change it at next sign-in. */
export async function resetPassword(
  db: Database,
  actor: Actor,
  userId: string,
  councilId: string | null,
  next: string,
): Promise<void> {
  if (!isStrongPassword(next)) {
    throw new AppError('WEAK_PASSWORD', undefined, [
      { path: 'body.newPassword', message: 'mật khẩu quá yếu' },
    ]);
  }
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null })
      .where(eq(users.id, userId));
    const [target] = await tx.select({ username: users.username }).from(users).where(eq(users.id, userId));
    if (target) await clearFailures(tx, target.username);
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, actor, {
      councilId,
      entityType: 'user',
      entityId: userId,
      action: 'password.reset',
    });
  });
}
