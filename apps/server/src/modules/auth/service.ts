import { type Database, sessions, users } from '@thidua/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { dummyPasswordHash, hashPassword, isStrongPassword, verifyPassword } from '../../auth/passwords';
import { recordAudit } from '../../audit/record-audit';
import type { ServerConfig } from '../../config';
import { AppError } from '../../http/errors';

/**
 * Checks a username and password. Failed attempts are counted per account; after
 * `lockoutAfterFailures` the account is locked for `lockoutMinutes` (the route is also rate-limited
 * per address). An unknown username costs the same time as a wrong password.
 */
export async function checkCredentials(
  db: Database,
  config: ServerConfig,
  username: string,
  password: string,
): Promise<string> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    throw new AppError('BAD_CREDENTIALS');
  }
  if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  if (user.lockedUntil && user.lockedUntil > new Date()) throw new AppError('ACCOUNT_LOCKED');
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= config.lockoutAfterFailures;
    await db
      .update(users)
      .set({
        failedLoginCount: lock ? 0 : failures,
        lockedUntil: lock ? new Date(Date.now() + config.lockoutMinutes * 60_000) : user.lockedUntil,
      })
      .where(eq(users.id, user.id));
    throw new AppError(lock ? 'ACCOUNT_LOCKED' : 'BAD_CREDENTIALS');
  }
  await db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, user.id));
  return user.id;
}

/** Changes the actor's own password; other sessions of the user are signed out. */
export async function changePassword(
  db: Database,
  actor: Actor,
  current: string,
  next: string,
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError('VALIDATION', undefined, [
      { path: 'body.currentPassword', message: 'mật khẩu hiện tại không đúng' },
    ]);
  }
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
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, actor, {
      councilId,
      entityType: 'user',
      entityId: userId,
      action: 'password.reset',
    });
  });
}
