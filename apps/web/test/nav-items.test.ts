import { describe, expect, it } from 'vitest';
import type { Council, Session } from '../src/api/types';
import { navItems } from '../src/layout/nav-items';

const session = (isSystemAdmin = false): Session => ({
  user: { id: 'u', username: 'u', displayName: 'U', isSystemAdmin, mustChangePassword: false },
  memberships: [],
  csrfToken: 't',
});
const council = (roles: Council['roles']) => ({ id: 'c1', name: 'Hội đồng', roles }) as unknown as Council;
const keys = (roles: Council['roles']) => navItems(session(), council(roles)).map((i) => i.key);

describe('the sidebar', () => {
  it('gives the council member following a cluster the registration screen, where the guide has him agree to the pact', () => {
    const member = keys(['councilMember']);
    expect(member).toContain('registrations');
    expect(member).toContain('followedClusters');
    expect(member).not.toContain('periods');
    expect(member).not.toContain('selfScoring');
  });

  it('gives unit staff self-scoring and registration, not the council’s set-up', () => {
    const unit = keys(['unitStaff']);
    expect(unit).toEqual(expect.arrayContaining(['registrations', 'selfScoring', 'dossiers']));
    expect(unit).not.toContain('periods');
    expect(unit).not.toContain('users');
  });

  it('lists each screen once, home first, whatever roles add it', () => {
    const all = keys(['standingOffice', 'councilMember', 'unitStaff']);
    expect(all[0]).toBe('home');
    expect(new Set(all).size).toBe(all.length);
  });
});
