import type { Council, Session } from '../api/types';
import { type Feature, paths } from '../app/paths';
import { managesCouncil } from '../auth/roles';
import { vi } from '../i18n/vi';

export interface NavItem {
  key: 'home' | Feature;
  label: string;
  path: string;
}

/**
 * The sidebar for the user's roles in the current council (SPEC §1): the standing office runs the
 * council's year, council members follow clusters, unit staff register and score, administrators
 * manage accounts (the standing office reads them). Leader, deputy and focal-department work depends on
 * the period: their screens are the unit staff's, showing what the server allows.
 */
export function navItems(session: Session, council: Council | undefined): NavItem[] {
  const keys: NavItem['key'][] = ['home'];
  const roles = new Set(council?.roles ?? []);
  if (council) keys.push('units');
  if (managesCouncil(session, council)) {
    keys.push(
      'periods',
      'plans',
      'programme',
      'movements',
      'frameworks',
      'criteria',
      'registrations',
      'scoring',
      'adjustments',
      'facts',
      'objections',
      'ranking',
      'meetings',
      'proposals',
      'dossiers',
      'statistics',
      'audit',
      'letterhead',
    );
  }
  if (roles.has('councilMember'))
    keys.push(
      'followedClusters',
      'plans',
      'programme',
      'movements',
      'criteria',
      // The member following a cluster agrees there before its units sign their pact (Hướng dẫn).
      'registrations',
      'scoring',
      'meetings',
      'ranking',
      'proposals',
      'dossiers',
      'statistics',
    );
  // Leaders, deputies and focal departments score and review in the grid; every unit sees its bonuses
  // and deductions. The screens show each what the server lets them see.
  if (roles.has('unitStaff'))
    keys.push(
      // The council's plans: every unit reports its own tasks done; the programme it reads; the
      // movements it takes part in, with its own reports.
      'plans',
      'programme',
      'movements',
      'criteria',
      'registrations',
      'selfScoring',
      'scoring',
      'adjustments',
      // Leaders and deputies read every unit's facts; every unit declares its staff counts there.
      'facts',
      'objections',
      'meetings',
      'ranking',
      // Leaders and deputies build the cluster's proposal list; every unit sees its own proposals.
      'proposals',
      // Every unit files and completes its own award dossiers.
      'dossiers',
    );
  if (roles.has('administrator') || session.user.isSystemAdmin) keys.push('users');
  if (roles.has('standingOffice')) keys.push('users');

  // A system administrator outside any council has no council's screens to open.
  const shown = [...new Set(keys)].filter((key) => key === 'home' || council);
  return shown.map((key): NavItem => {
    if (key === 'home') return { key, label: vi.nav.home, path: paths.home };
    return { key, label: vi.nav[key], path: paths.feature(council!.id, key) };
  });
}
