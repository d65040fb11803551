import type { Council, Session } from '../api/types';
import { type Feature, paths } from '../app/paths';
import { managesCouncil } from '../auth/roles';
import { vi } from '../i18n/vi';

export interface NavItem {
  key: 'home' | 'units' | 'ranking' | Feature;
  label: string;
  path: string;
  /** False: the screen is not built yet and its item leads to the "Đang xây dựng" page. */
  built: boolean;
}

/**
 * The sidebar for the user's roles in the current council (SPEC §1): the standing office runs the
 * council's year, council members follow clusters, unit staff register and score, administrators
 * manage accounts. Leader, deputy and focal-department work depends on the period and comes with the
 * scoring screens.
 */
export function navItems(session: Session, council: Council | undefined): NavItem[] {
  const keys: NavItem['key'][] = ['home'];
  const roles = new Set(council?.roles ?? []);
  if (council) keys.push('units');
  if (managesCouncil(session, council)) {
    keys.push(
      'periods',
      'frameworks',
      'criteria',
      'registrations',
      'scoring',
      'ranking',
      'meetings',
      'audit',
    );
  }
  if (roles.has('councilMember')) keys.push('followedClusters', 'meetings', 'ranking');
  if (roles.has('unitStaff')) keys.push('registrations', 'selfScoring', 'objections', 'meetings', 'ranking');
  if (roles.has('administrator') || session.user.isSystemAdmin) keys.push('users');

  // A system administrator outside any council has no council's units or ranking to open.
  const shown = [...new Set(keys)].filter((key) => council || (key !== 'units' && key !== 'ranking'));
  return shown.map((key): NavItem => {
    if (key === 'home') return { key, label: vi.nav.home, path: paths.home, built: true };
    if (key === 'units') return { key, label: vi.nav.units, path: paths.units(council!.id), built: true };
    if (key === 'ranking')
      return { key, label: vi.nav.ranking, path: paths.ranking(council!.id), built: true };
    return { key, label: vi.nav[key], path: paths.underConstruction(key), built: false };
  });
}
