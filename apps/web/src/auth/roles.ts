import type { Council, MembershipRole, Session } from '../api/types';
import { roleInContext } from '@thidua/vocabulary';
import { contextualRole, type Workplace } from '../app/work-choice';
import { vi } from '../i18n/vi';

const ROLE_ORDER: readonly MembershipRole[] = [
  'administrator',
  'standingOffice',
  'councilMember',
  'unitStaff',
];

/** The user's roles in a council, most powerful first. */
export function rolesIn(session: Session, councilId: string | undefined): MembershipRole[] {
  const mine = new Set(session.memberships.filter((m) => m.councilId === councilId).map((m) => m.role));
  return ROLE_ORDER.filter((role) => mine.has(role));
}

/** Who manages a council's units, clusters and periods (the server decides; this only shapes the UI). */
export function managesCouncil(session: Session, council: Council | undefined): boolean {
  if (session.user.isSystemAdmin) return true;
  return council?.roles.some((role) => role === 'standingOffice' || role === 'administrator') ?? false;
}

/**
 * What the header calls the user in a council (issue #11 §5): their council-wide roles ("Cơ quan thường
 * trực", "Thành viên Hội đồng", "Quản trị") and, for a unit's staff, what their unit is in the cluster at
 * hand — "Cụm trưởng", "Khối phó", "Đơn vị đầu mối", "Đơn vị thành viên" — else "Cán bộ đơn vị".
 */
export function roleLabel(session: Session, councilId: string | undefined, place?: Workplace): string {
  const labels: string[] = rolesIn(session, councilId).map((role) => {
    if (role !== 'unitStaff') return vi.roles[role];
    const contextual = contextualRole(place);
    return contextual ? roleInContext(contextual, place?.kind) : vi.roles.unitStaff;
  });
  if (session.user.isSystemAdmin) labels.unshift(vi.roles.systemAdmin);
  return [...new Set(labels)].join(', ');
}
