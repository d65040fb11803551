import { type Database, sessions, type Transaction, type User, users } from '@thidua/db';
import { eq, sql } from 'drizzle-orm';
import { councilAccess } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { forbidden } from '../../http/errors';
import { updateVersioned } from '../../http/versioned-update';
import { canManageAccounts, canToggleAccount } from './policy';
import { loadVisibleUser } from './service';

/**
 * Loads a user whose account the actor administers: a system administrator, or an administrator of one
 * of the user's councils (403 otherwise). The audit event goes to that council, else the user's first.
 */
async function loadAdministeredUser(tx: Transaction, actor: Actor, userId: string) {
  const { user, memberships, sharedCouncilIds } = await loadVisibleUser(tx, actor, userId);
  const administered = sharedCouncilIds.find((c) => canManageAccounts(councilAccess(actor, c)));
  if (!actor.isSystemAdmin && administered === undefined) {
    throw forbidden('Chỉ quản trị hệ thống được quản lý tài khoản');
  }
  return { user, auditCouncilId: administered ?? memberships[0]?.councilId ?? null };
}

/**
 * Disables or enables an account. Whoever can see the user but administers none of their councils is
 * refused (403); a disabled account's sessions are deleted, so it is signed out everywhere at once.
 * Setting the state it already has changes nothing and records nothing.
 */
export async function setDisabled(
  db: Database,
  actor: Actor,
  userId: string,
  disabled: boolean,
  reason: string | undefined,
): Promise<User> {
  return db.transaction(async (tx) => {
    const { user, auditCouncilId } = await loadAdministeredUser(tx, actor, userId);
    if (!canToggleAccount(actor, user)) {
      throw forbidden(
        user.id === actor.userId
          ? 'Không thể tự vô hiệu hóa hoặc kích hoạt tài khoản của chính mình'
          : 'Chỉ quản trị toàn hệ thống được thay đổi tài khoản quản trị toàn hệ thống',
      );
    }
    if ((user.disabledAt !== null) === disabled) return user;
    const [updated] = await tx
      .update(users)
      .set({
        disabledAt: disabled ? new Date() : null,
        failedLoginCount: 0,
        lockedUntil: null,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, userId))
      .returning();
    if (disabled) await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, actor, {
      councilId: auditCouncilId,
      entityType: 'user',
      entityId: userId,
      action: disabled ? 'disable' : 'enable',
      old: { disabledAt: user.disabledAt },
      new: { disabledAt: updated!.disabledAt },
      reason: reason ?? null,
    });
    return updated!;
  });
}

/**
 * Changes an account's display name or e-mail. Like disabling, only an administrator of one of the
 * user's councils (or a system administrator) may; the change is audited with the old and new values.
 */
export async function updateAccount(
  db: Database,
  actor: Actor,
  userId: string,
  changes: { version: number; displayName?: string | undefined; email?: string | null | undefined },
): Promise<User> {
  return db.transaction(async (tx) => {
    const { user, auditCouncilId } = await loadAdministeredUser(tx, actor, userId);
    const set = {
      ...(changes.displayName === undefined ? {} : { displayName: changes.displayName }),
      ...(changes.email === undefined ? {} : { email: changes.email }),
    };
    const updated = await updateVersioned(tx, users, userId, changes.version, set);
    await recordAudit(tx, actor, {
      councilId: auditCouncilId,
      entityType: 'user',
      entityId: userId,
      action: 'update',
      old: { displayName: user.displayName, email: user.email },
      new: { displayName: updated.displayName, email: updated.email },
    });
    return updated;
  });
}
