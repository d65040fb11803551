import { describe, expect, it } from 'vitest';
import { overrunPeriods, periodOverrun, vietnamToday } from './period-overrun';

// Found by a first user (docs/first-user-review-2026-12-07.md, item 3): "Năm học 2025 - 2026" ended on
// 31/08/2026 and still stood at "Tự chấm điểm", and nothing said so.
const schoolYear = { endsOn: '2026-08-31', stage: 'results', archivedAt: null };

describe('a period past its end date', () => {
  it('is flagged while it still stands at self-scoring, with the review stage as the next step', () => {
    expect(periodOverrun(schoolYear, '2026-12-07')).toEqual({
      endsOn: '2026-08-31',
      daysPast: 98,
      stageName: 'Tự chấm điểm',
      nextStageName: 'Thẩm định, chấm chéo',
    });
    expect(periodOverrun({ ...schoolYear, stage: 'pact' }, '2026-09-01')?.nextStageName).toBe(
      'Sơ kết giữa kỳ',
    );
  });

  it('is not flagged on its last day, once in review or later, or when archived', () => {
    expect(periodOverrun(schoolYear, '2026-08-31')).toBeNull();
    for (const stage of ['review', 'preparatory', 'summary', 'decision'])
      expect(periodOverrun({ ...schoolYear, stage }, '2026-12-07'), stage).toBeNull();
    expect(periodOverrun({ ...schoolYear, archivedAt: '2026-12-01T00:00:00Z' }, '2026-12-07')).toBeNull();
  });

  it('counts days by the date in Việt Nam', () => {
    expect(vietnamToday(new Date('2026-08-31T17:30:00Z'))).toBe('2026-09-01');
  });

  it('is found among every running period, not only the one the home page shows', () => {
    // The demo's standing office read the calendar year (on time) and never heard of the school year.
    const calendarYear = { id: 'nam', endsOn: '2026-12-31', stage: 'results', archivedAt: null };
    const school = { id: 'nam-hoc', ...schoolYear };
    const archived = { id: 'cu', ...schoolYear, archivedAt: '2026-01-01T00:00:00Z' };
    expect(overrunPeriods([calendarYear, school, archived], '2026-12-07').map((p) => p.id)).toEqual([
      'nam-hoc',
    ]);
  });
});
