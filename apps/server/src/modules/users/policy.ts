import type { CouncilAccess } from '../../access/council-access';
import type { Actor } from '../../auth/actor';

// The role rules of accounts. Anyone with a role in a council may see who works there; only account
// administrators change accounts and see their private details.

/** Council administrators and system administrators manage a council's accounts. */
export function canManageAccounts(access: CouncilAccess): boolean {
  return access.roles.has('administrator') || access.isSystemAdmin;
}

/** Only a system administrator disables or enables a system administrator. */
export function canToggleAccount(actor: Actor, target: { id: string; isSystemAdmin: boolean }): boolean {
  return target.id !== actor.userId && (!target.isSystemAdmin || actor.isSystemAdmin);
}

/** Nobody ends their own administrator role (and so locks themselves out by a slip). */
export function canEndMembership(actor: Actor, membership: { userId: string; role: string }): boolean {
  return !(membership.userId === actor.userId && membership.role === 'administrator');
}

/** Who reads the list of a council's accounts and roles: council-level people, not unit staff. */
export function canListAccounts(access: CouncilAccess): boolean {
  return (
    access.isSystemAdmin ||
    access.roles.has('administrator') ||
    access.roles.has('standingOffice') ||
    access.roles.has('councilMember')
  );
}
