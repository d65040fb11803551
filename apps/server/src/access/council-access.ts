import type { MembershipRole } from '@thidua/db';
import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../http/errors';

/** The actor's roles in one council, and the units they work for there. */
export interface CouncilAccess {
  councilId: string;
  roles: Set<MembershipRole>;
  unitIds: Set<string>;
  isSystemAdmin: boolean;
}

export function councilAccess(actor: Actor, councilId: string): CouncilAccess {
  const mine = actor.memberships.filter((m) => m.councilId === councilId);
  return {
    councilId,
    roles: new Set(mine.map((m) => m.role)),
    unitIds: new Set(mine.flatMap((m) => (m.unitId ? [m.unitId] : []))),
    isSystemAdmin: actor.isSystemAdmin,
  };
}

/**
 * Anyone with a role in the council (or a system administrator) may look into it; for everyone
 * else the council does not exist (404, not 403: another council's data is not even acknowledged).
 */
export function requireCouncilMember(actor: Actor, councilId: string): CouncilAccess {
  const access = councilAccess(actor, councilId);
  if (access.roles.size === 0 && !access.isSystemAdmin) throw notFound();
  return access;
}

/** Standing office (or the council's administrator) — who manages units, clusters, periods and the framework. */
export function isStandingOffice(access: CouncilAccess): boolean {
  return access.roles.has('standingOffice') || access.roles.has('administrator') || access.isSystemAdmin;
}

export function requireStandingOffice(actor: Actor, councilId: string): CouncilAccess {
  const access = requireCouncilMember(actor, councilId);
  if (!isStandingOffice(access))
    throw forbidden('Chỉ cơ quan thường trực Hội đồng được thực hiện thao tác này');
  return access;
}

/** Council administrators and system administrators manage accounts. */
export function requireAccountAdmin(actor: Actor, councilId: string): CouncilAccess {
  const access = requireCouncilMember(actor, councilId);
  if (!access.roles.has('administrator') && !access.isSystemAdmin) {
    throw forbidden('Chỉ quản trị hệ thống được quản lý tài khoản');
  }
  return access;
}
