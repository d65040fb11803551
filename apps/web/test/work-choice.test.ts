import { describe, expect, it } from 'vitest';
import {
  contextualRole,
  resolveCluster,
  resolvePeriod,
  SEATS_AND_FOLLOWER,
  WITH_FOCAL,
  type Workplace,
} from '../src/app/work-choice';

const period = (id: string, startsOn: string, endsOn: string, archivedAt: string | null = null) => ({
  id,
  startsOn,
  endsOn,
  archivedAt,
});
const year2026 = period('2026', '2026-01-01', '2026-12-31');
const school = period('2025-2026', '2025-09-01', '2026-08-31');
const lastSchool = period('2024-2025', '2024-09-01', '2025-08-31', '2025-08-20T00:00:00Z');
const periods = [year2026, school, lastSchool];
const place = (periodId: string, clusterId: string, ...roles: Workplace['roles']): Workplace => ({
  periodId,
  clusterId,
  kind: 'khoi',
  roles,
});
const staff = { councilWide: false, accept: SEATS_AND_FOLLOWER, prefer: SEATS_AND_FOLLOWER };
const none = [{ ky: null, cum: null }];
const TODAY = '2026-12-06';

describe('the period and cluster a screen opens on', () => {
  it('opens a school on its school year, not on the calendar year it has no cluster in', () => {
    const mine = [place('2025-2026', 'khoi-thpt', 'member'), place('2024-2025', 'khoi-thpt-old', 'member')];
    const { options, period: chosen } = resolvePeriod(periods, mine, staff, none, TODAY);
    expect(chosen?.id).toBe('2025-2026');
    expect(options.map((p) => p.id)).toEqual(['2025-2026', '2024-2025']);
  });

  it('offers the standing office every period and opens the one running today', () => {
    const office = { ...staff, councilWide: true };
    const { options, period: chosen } = resolvePeriod(periods, [], office, none, TODAY);
    expect(chosen?.id).toBe('2026');
    expect(options).toHaveLength(3);
  });

  it('keeps the address’s choice, then the last one, when the user may open it', () => {
    const mine = [place('2025-2026', 'a', 'member'), place('2024-2025', 'b', 'member')];
    const wanted = [
      { ky: '2026', cum: null },
      { ky: '2024-2025', cum: 'b' },
    ];
    expect(resolvePeriod(periods, mine, staff, wanted, TODAY).period?.id).toBe('2024-2025');
    expect(resolvePeriod(periods, mine, staff, [{ ky: '2025-2026', cum: null }], TODAY).period?.id).toBe(
      '2025-2026',
    );
  });

  it('opens a focal department’s grid on a cluster it scores, its ranking on its own block', () => {
    const clusters = [{ id: 'cum-1' }, { id: 'cum-2' }, { id: 'khoi-so' }];
    const mine = [place('2026', 'cum-2', 'focal'), place('2026', 'khoi-so', 'member')];
    const grid = { councilWide: false, accept: WITH_FOCAL, prefer: ['focal', 'member'] as const };
    expect(resolveCluster('2026', clusters, mine, grid, none).value).toBe('cum-2');
    expect(resolveCluster('2026', clusters, mine, grid, none).options.map((c) => c.id)).toEqual([
      'cum-2',
      'khoi-so',
    ]);
    const ranking = resolveCluster('2026', clusters, mine, staff, [{ ky: '2026', cum: 'cum-2' }]);
    expect(ranking.value).toBe('khoi-so');
    expect(ranking.options.map((c) => c.id)).toEqual(['khoi-so']);
  });

  it('lets a council-wide reader open any cluster, starting with the one they follow', () => {
    const clusters = [{ id: 'cum-1' }, { id: 'cum-2' }];
    const reader = { ...staff, councilWide: true };
    expect(resolveCluster('2026', clusters, [place('2026', 'cum-2', 'follower')], reader, none).value).toBe(
      'cum-2',
    );
    expect(resolveCluster('2026', clusters, [], reader, [{ ky: null, cum: 'cum-1' }]).value).toBe('cum-1');
    expect(resolveCluster('2026', clusters, [], reader, none).value).toBe('cum-1');
  });

  it('accepts the screen’s own extra choice (the council’s meetings) from the address', () => {
    const reader = { ...staff, councilWide: true };
    expect(
      resolveCluster('2026', [{ id: 'cum-1' }], [], reader, [{ ky: null, cum: 'hoi-dong' }], ['hoi-dong'])
        .value,
    ).toBe('hoi-dong');
    expect(resolveCluster('2026', [{ id: 'cum-1' }], [], reader, [{ ky: null, cum: 'hoi-dong' }]).value).toBe(
      'cum-1',
    );
  });

  it('names the header’s role: leader before deputy, focal department before member', () => {
    expect(contextualRole(place('2026', 'x', 'member', 'focal'))).toBe('focal');
    expect(contextualRole(place('2026', 'x', 'leader', 'focal'))).toBe('leader');
    expect(contextualRole(place('2026', 'x', 'follower'))).toBeUndefined();
    expect(contextualRole(undefined)).toBeUndefined();
  });
});
