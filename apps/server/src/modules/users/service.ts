import { randomBytes } from 'node:crypto';
import {
  type Database,
  type Membership,
  memberships,
  type Transaction,
  units,
  type User,
  users,
} from '@thidua/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { requireAccountAdmin } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { hashPassword, isStrongPassword } from '../../auth/passwords';
import { recordAudit } from '../../audit/record-audit';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { canEndMembership } from './policy';
import { auditableUser } from './presenter';
import type { createUserBody, membershipBody } from '@thidua/contracts/users';

/** A random temporary password that passes the strength rule (letters and digits, 16 characters). */
export function generateTemporaryPassword(): string {
  for (;;) {
    const candidate = randomBytes(12).toString('base64url');
    if (isStrongPassword(candidate)) return candidate;
  }
}

/** A unit staff's unit must be an active unit of the council. */
async function assertUnitOf(tx: Transaction, councilId: string, unitId: string | null | undefined) {
  if (!unitId) return;
  const [unit] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.councilId, councilId), eq(units.active, true)))
    .limit(1);
  if (!unit)
    throw invalid([{ path: 'body.unitId', message: 'không có đơn vị này (đang hoạt động) trong hội đồng' }]);
}

/**
 * Creates an account with a temporary password (argon2id; changed at first sign-in) and its first
 * role in the council. Returns the generated password when the administrator gave none.
 */
export async function createUser(
  db: Database,
  actor: Actor,
  councilId: string,
  body: z.infer<typeof createUserBody>,
): Promise<{ user: User; generatedPassword: string | null }> {
  requireAccountAdmin(actor, councilId);
  if (body.temporaryPassword !== undefined && !isStrongPassword(body.temporaryPassword)) {
    throw new AppError('WEAK_PASSWORD', undefined, [
      { path: 'body.temporaryPassword', message: 'cần ít nhất 10 ký tự, gồm chữ và số' },
    ]);
  }
  const generatedPassword = body.temporaryPassword === undefined ? generateTemporaryPassword() : null;
  // Hashing costs ~50 ms of memory-hard work: done before the transaction opens.
  const passwordHash = await hashPassword(body.temporaryPassword ?? generatedPassword!);
  const user = await db.transaction(async (tx) => {
    await assertUnitOf(tx, councilId, body.unitId);
    const [created] = await tx
      .insert(users)
      .values({
        username: body.username,
        displayName: body.displayName,
        email: body.email ?? null,
        passwordHash,
        mustChangePassword: true,
      })
      .returning();
    const [membership] = await tx
      .insert(memberships)
      .values({
        userId: created!.id,
        councilId,
        role: body.role,
        unitId: body.unitId ?? null,
        title: body.title ?? null,
      })
      .returning();
    await recordAudit(tx, actor, {
      councilId,
      entityType: 'user',
      entityId: created!.id,
      action: 'create',
      new: { ...auditableUser(created!), membership },
    });
    return created!;
  });
  return { user, generatedPassword };
}

/** The user, if the actor may see them: a system administrator, or someone who shares one of their councils. */
export async function loadVisibleUser(db: Database | Transaction, actor: Actor, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  const theirs = user
    ? await db.select().from(memberships).where(eq(memberships.userId, user.id))
    : ([] as Membership[]);
  const mine = new Set(actor.memberships.map((m) => m.councilId));
  const shared = [...new Set(theirs.map((m) => m.councilId))].filter((c) => mine.has(c));
  if (!user || (!actor.isSystemAdmin && shared.length === 0)) throw notFound('tài khoản');
  return { user, memberships: theirs, sharedCouncilIds: shared };
}

/**
 * Gives a user another role in the council. A role that had ended is resumed rather than duplicated
 * (the database keeps one row per user, council, role and unit).
 */
export async function addMembership(
  db: Database,
  actor: Actor,
  councilId: string,
  userId: string,
  body: z.infer<typeof membershipBody>,
): Promise<void> {
  requireAccountAdmin(actor, councilId);
  await db.transaction(async (tx) => {
    const { memberships: theirs } = await loadVisibleUser(tx, actor, userId);
    if (!actor.isSystemAdmin && !theirs.some((m) => m.councilId === councilId)) throw notFound('tài khoản');
    await assertUnitOf(tx, councilId, body.unitId);
    const unitId = body.unitId ?? null;
    const same = theirs.find((m) => m.councilId === councilId && m.role === body.role && m.unitId === unitId);
    if (same && same.endedAt === null) {
      throw new AppError('DUPLICATE', 'Người dùng đã có vai trò này trong hội đồng', [
        { path: 'body.role', message: 'người dùng đang có vai trò này' },
      ]);
    }
    const [saved] = same
      ? await tx
          .update(memberships)
          .set({ endedAt: null, title: body.title ?? same.title })
          .where(eq(memberships.id, same.id))
          .returning()
      : await tx
          .insert(memberships)
          .values({ userId, councilId, role: body.role, unitId, title: body.title ?? null })
          .returning();
    await recordAudit(tx, actor, {
      councilId,
      entityType: 'user',
      entityId: userId,
      action: same ? 'membership.resume' : 'membership.add',
      old: same,
      new: saved,
    });
  });
}

/** Ends a role (kept for the record of who could act when); ending an ended role changes nothing. */
export async function endMembership(
  db: Database,
  actor: Actor,
  membershipId: string,
  reason: string | undefined,
): Promise<Membership> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(memberships)
      .where(eq(memberships.id, membershipId))
      .for('update')
      .limit(1);
    if (!before) throw notFound('vai trò');
    requireAccountAdmin(actor, before.councilId);
    if (before.endedAt !== null) return before;
    if (!canEndMembership(actor, before))
      throw forbidden('Không thể tự kết thúc vai trò quản trị của chính mình');
    const [ended] = await tx
      .update(memberships)
      .set({ endedAt: new Date() })
      .where(and(eq(memberships.id, membershipId), isNull(memberships.endedAt)))
      .returning();
    await recordAudit(tx, actor, {
      councilId: before.councilId,
      entityType: 'user',
      entityId: before.userId,
      action: 'membership.end',
      old: before,
      new: ended,
      reason: reason ?? null,
    });
    return ended!;
  });
}
