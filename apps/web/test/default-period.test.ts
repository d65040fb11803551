import { describe, expect, it } from 'vitest';
import { defaultPeriod, type PeriodSpan } from '../src/app/default-period';

const period = (id: string, startsOn: string, endsOn: string, archivedAt: string | null = null) => ({
  id,
  startsOn,
  endsOn,
  archivedAt,
});
const pick = (periods: (PeriodSpan & { id: string })[], today: string) => defaultPeriod(periods, today)?.id;

describe('the period a screen opens on', () => {
  const lastYear = period('2025', '2025-01-01', '2025-12-31', '2026-03-01T00:00:00Z');
  const thisYear = period('2026', '2026-01-01', '2026-12-31');
  const schoolYear = period('2025-2026', '2025-09-01', '2026-08-31');
  const planned = period('2047', '2047-01-01', '2047-12-31');

  it('is the one running today, whatever is planned for later years', () => {
    expect(pick([lastYear, thisYear, planned], '2026-11-29')).toBe('2026');
    expect(pick([planned, thisYear, lastYear], '2026-11-29')).toBe('2026');
  });

  it('prefers this year’s calendar period over a school year begun the autumn before', () => {
    expect(pick([schoolYear, thisYear], '2026-03-15')).toBe('2026');
    expect(pick([schoolYear, thisYear], '2025-10-01')).toBe('2025-2026');
  });

  it('falls back to the latest that has started, archived or not, then the earliest to come', () => {
    expect(pick([lastYear, period('2024', '2024-01-01', '2024-12-31')], '2026-11-29')).toBe('2025');
    // An archived period is not "running" even within its dates.
    const archivedNow = period('2026a', '2026-01-01', '2026-12-31', '2026-11-01T00:00:00Z');
    expect(pick([archivedNow, schoolYear], '2026-05-01')).toBe('2025-2026');
    expect(pick([planned, period('2031', '2031-01-01', '2031-12-31')], '2026-11-29')).toBe('2031');
    expect(pick([], '2026-11-29')).toBeUndefined();
  });

  it('keeps the first listed on a tie', () => {
    const twin = period('twin', '2026-01-01', '2026-12-31');
    expect(pick([thisYear, twin], '2026-06-01')).toBe('2026');
  });
});
