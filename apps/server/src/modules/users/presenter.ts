import { type Database, type Membership, memberships, type Transaction, units, type User } from '@thidua/db';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { ROLE_NAMES, type membershipView, type userView } from '@thidua/contracts/users';

export type MembershipRow = Membership & { unitName: string | null };

/** Memberships of some users, limited to some councils, with their unit's name. */
export async function membershipsOf(
  db: Database | Transaction,
  userIds: string[],
  councilIds: string[] | 'all',
  includeEnded: boolean,
): Promise<MembershipRow[]> {
  if (userIds.length === 0 || councilIds.length === 0) return [];
  const rows = await db
    .select({ membership: memberships, unitName: units.name })
    .from(memberships)
    .leftJoin(units, eq(units.id, memberships.unitId))
    .where(
      and(
        inArray(memberships.userId, userIds),
        councilIds === 'all' ? undefined : inArray(memberships.councilId, councilIds),
        includeEnded ? undefined : isNull(memberships.endedAt),
      ),
    )
    .orderBy(asc(memberships.createdAt));
  return rows.map((r) => ({ ...r.membership, unitName: r.unitName }));
}

export function presentMembership(row: MembershipRow): z.infer<typeof membershipView> {
  return {
    id: row.id,
    councilId: row.councilId,
    role: row.role,
    roleName: ROLE_NAMES[row.role],
    unitId: row.unitId,
    unitName: row.unitName,
    title: row.title,
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

/** The only shape of an account that leaves the API; private details only for its administrators. */
export function presentUser(user: User, rows: MembershipRow[], canManage: boolean): z.infer<typeof userView> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: canManage ? user.email : null,
    lastLoginAt: canManage ? (user.lastLoginAt?.toISOString() ?? null) : null,
    mustChangePassword: canManage ? user.mustChangePassword : null,
    lockedUntil:
      canManage && user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil.toISOString() : null,
    isSystemAdmin: user.isSystemAdmin,
    disabled: user.disabledAt !== null,
    version: user.version,
    memberships: rows.filter((m) => m.userId === user.id).map(presentMembership),
    abilities: { manage: canManage },
  };
}

/** A user as the audit log keeps it: never the password hash. */
export const auditableUser = ({ passwordHash: _hash, ...rest }: User): Omit<User, 'passwordHash'> => rest;
