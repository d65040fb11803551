import { describe, expect, it } from 'vitest';
import {
  deadlineScope,
  deadlineState,
  defaultCopySource,
  latestOpenPeriod,
  leadershipOf,
  seatsOf,
} from '../src/organisation/deadlines';
import type { ClusterMember, Period } from '../src/organisation/types';

const period = (over: Partial<Period>): Period => ({
  id: 'p',
  councilId: 'c',
  name: 'Năm 2026',
  year: 2026,
  calendar: 'calendarYear',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  stage: 'setup',
  stageName: '',
  nextStage: null,
  previousStage: null,
  archivedAt: null,
  version: 1,
  abilities: { update: true, changeStage: true, manageClusters: true },
  ...over,
});

describe('deadlineState', () => {
  it('says how late a stage is, as the server judged it', () => {
    expect(deadlineState({ status: 'current', late: true, daysLeft: -5 })).toBe('Quá hạn 5 ngày');
  });
  it('says how many days are left, and when the deadline is today', () => {
    expect(deadlineState({ status: 'upcoming', late: false, daysLeft: 3 })).toBe('Còn 3 ngày');
    expect(deadlineState({ status: 'current', late: false, daysLeft: 0 })).toBe('Hạn là hôm nay');
  });
  it('says nothing more of a stage already done, however long ago its date was', () => {
    expect(deadlineState({ status: 'done', late: false, daysLeft: -200 })).toBeNull();
  });
});

describe('deadlineScope', () => {
  const clusters = [{ id: 'k1', name: 'Cụm thi đua số 1' }];
  it('names the whole period, a unit type, a cluster, or both', () => {
    expect(deadlineScope({ clusterId: null, unitType: null }, clusters)).toBe('Cả kỳ');
    expect(deadlineScope({ clusterId: null, unitType: 'school' }, clusters)).toBe('Trường học');
    expect(deadlineScope({ clusterId: 'k1', unitType: 'ward' }, clusters)).toBe('Cụm thi đua số 1 — Phường');
  });
});

describe('defaultCopySource', () => {
  it('is the latest earlier period of the same calendar', () => {
    const periods = [
      period({ id: 'a', year: 2024 }),
      period({ id: 'b', year: 2025 }),
      period({ id: 's', year: 2025, calendar: 'schoolYear' }),
      period({ id: 'n', year: 2026 }),
      period({ id: 'f', year: 2027 }),
    ];
    expect(defaultCopySource(periods, periods[3]!)?.id).toBe('b');
    expect(defaultCopySource(periods, periods[0]!)).toBeUndefined();
  });
});

describe('latestOpenPeriod', () => {
  it('prefers the latest period that has begun and is not archived over one set up for a later year', () => {
    const periods = [
      period({ id: 'future', year: 2051, startsOn: '2051-01-01' }),
      period({ id: 'now', year: 2026, startsOn: '2026-01-01', stage: 'results' }),
      period({ id: 'school', year: 2025, startsOn: '2025-09-01', calendar: 'schoolYear' }),
      period({ id: 'old', year: 2025, startsOn: '2025-01-01', stage: 'archived' }),
    ];
    expect(latestOpenPeriod(periods, '2026-11-29')?.id).toBe('now');
    expect(latestOpenPeriod(periods.slice(3), '2026-11-29')?.id).toBe('old');
    expect(latestOpenPeriod([periods[0]!], '2026-11-29')?.id).toBe('future');
  });
});

describe('seats', () => {
  it('sends one leader and the deputies ranked in the order chosen, skipping an empty second deputy', () => {
    expect(seatsOf('a', ['b', undefined])).toEqual([
      { unitId: 'a', role: 'leader' },
      { unitId: 'b', role: 'deputy', deputyRank: 1 },
    ]);
    expect(seatsOf('a', [null, 'c'])).toEqual([
      { unitId: 'a', role: 'leader' },
      { unitId: 'c', role: 'deputy', deputyRank: 1 },
    ]);
  });
  it('reads a cluster’s seats back into the form, deputies by rank', () => {
    const member = (
      unitId: string,
      seat: ClusterMember['seat'],
      deputyRank: number | null,
    ): ClusterMember => ({
      unitId,
      code: unitId,
      name: unitId,
      type: 'ward',
      seat,
      deputyRank,
    });
    expect(
      leadershipOf({
        members: [
          member('d2', 'deputy', 2),
          member('m', 'member', null),
          member('l', 'leader', null),
          member('d1', 'deputy', 1),
        ],
      }),
    ).toEqual({ leader: 'l', deputy1: 'd1', deputy2: 'd2' });
  });
});
