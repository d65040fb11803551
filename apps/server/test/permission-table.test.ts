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
import { cells } from './markdown-table';

const ROLES: ClusterRole[] = ['leader', 'deputy', 'standingOffice', 'follower', 'member'];
const ACTIONS = Object.keys(CLUSTER_PERMISSIONS) as ClusterAction[];
const as = (...roles: ClusterRole[]) => ({ roles: new Set(roles) });

describe('the permission table', () => {
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
