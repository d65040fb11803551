import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURE, generatedBlock } from '../../../scripts/docs-tables';
import type { ClusterRole } from '../src/access/cluster-access';
import {
  CLUSTER_PERMISSIONS,
  type ClusterAction,
  may,
  permissionTableMarkdown,
} from '../src/access/permissions';
import type { ClusterAccess } from '../src/access/cluster-access';
import { entryWriteRefusal } from '../src/modules/scoring-shared/policy';
import { cells } from './markdown-table';

const ROLES: ClusterRole[] = ['leader', 'deputy', 'standingOffice', 'follower', 'member'];
const ACTIONS = Object.keys(CLUSTER_PERMISSIONS) as ClusterAction[];
const as = (...roles: ClusterRole[]) => ({ roles: new Set(roles) });

describe('the permission table', () => {
  it('gives every action at least one role, each role once and known, and a Vietnamese description', () => {
    for (const action of ACTIONS) {
      const { roles, what } = CLUSTER_PERMISSIONS[action];
      expect(roles.length, action).toBeGreaterThan(0);
      expect(new Set(roles).size, action).toBe(roles.length);
      for (const role of roles) expect(ROLES, `${action}: ${role}`).toContain(role);
      expect(what, action).toMatch(/[ạ-ỹđ]/);
    }
  });

  it('gives each action to exactly its roles, alone or among others', () => {
    for (const action of ACTIONS) {
      const allowed = CLUSTER_PERMISSIONS[action].roles as readonly ClusterRole[];
      for (const role of ROLES)
        expect(may(as(role), action), `${role} → ${action}`).toBe(allowed.includes(role));
      expect(may(as(), action), `nobody → ${action}`).toBe(false);
      expect(may(as('member', 'follower', allowed[0]!), action)).toBe(true);
    }
  });

  it('never lets a member unit or a follower write what the cluster decides', () => {
    const writes = ACTIONS.filter((a) => !['readAllRegistrations', 'seeWholeCluster'].includes(a));
    for (const action of writes) {
      expect(may(as('member'), action), action).toBe(false);
      expect(may(as('follower'), action), action).toBe(false);
    }
  });

  it('is printed in ARCHITECTURE.md exactly as the code has it (npm run docs:tables)', () => {
    const block = generatedBlock(readFileSync(ARCHITECTURE, 'utf8'), 'permission-table');
    expect(block, 'the generated block is in ARCHITECTURE.md').not.toBeNull();
    expect(cells(block!)).toEqual(cells(permissionTableMarkdown()));
  });
});

/** The access of a reviewer (or focal department) whose own unit is `ownUnitId` (the policy's input, no database). */
function accessOf(roles: ClusterRole[], ownUnitId: string): ClusterAccess {
  return {
    roles: new Set(roles),
    memberUnitIds: new Set([ownUnitId]),
    council: { councilId: 'c', roles: new Set(), unitIds: new Set([ownUnitId]), isSystemAdmin: false },
  } as unknown as ClusterAccess;
}

describe('the conflict-of-interest rule (SPEC §3)', () => {
  const cell = (unitId: string) => ({ unitId, code: 'II.2', owner: 'self' as const, focalUnitId: null });

  it('lets no reviewer review the row of a unit they work for, and lets them review the others', () => {
    for (const role of ['leader', 'deputy', 'standingOffice'] as const) {
      const access = accessOf([role], 'own');
      expect(entryWriteRefusal(access, 'agreed', cell('own'))?.code, role).toBe('CONFLICT_OF_INTEREST');
      expect(entryWriteRefusal(access, 'agreed', cell('other')), role).toBeNull();
    }
  });

  it('lets no focal department that is also a member score its own row', () => {
    const focal = { code: 'I.2', owner: 'focalUnit' as const, focalUnitId: 'own' };
    const access = accessOf(['member'], 'own');
    expect(entryWriteRefusal(access, 'focal', { ...focal, unitId: 'own' })?.code).toBe(
      'CONFLICT_OF_INTEREST',
    );
    expect(entryWriteRefusal(access, 'focal', { ...focal, unitId: 'other' })).toBeNull();
  });
});
