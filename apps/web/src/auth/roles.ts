import type { Council, MembershipRole, Session } from '../api/types';
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

/** "Cơ quan thường trực", "Quản trị hệ thống", "Thành viên Hội đồng, Cán bộ đơn vị". */
export function roleLabel(session: Session, councilId: string | undefined): string {
  const labels: string[] = rolesIn(session, councilId).map((role) => vi.roles[role]);
  if (session.user.isSystemAdmin) labels.unshift(vi.roles.systemAdmin);
  return [...new Set(labels)].join(', ');
}
