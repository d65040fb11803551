import { describe, expect, it } from 'vitest';
import type { Task } from '../src/plans/api';
import { groupByQuarter, monthsOf } from '../src/plans/groups';

const task = (id: string, fields: Partial<Task>): Task => ({
  id,
  planId: 'p',
  position: 0,
  section: null,
  quarter: null,
  content: id,
  lead: null,
  executingUnitId: null,
  executingBody: null,
  coordinatingUnitIds: [],
  coordinatingBodies: null,
  deadlineKind: 'date',
  dueOn: null,
  dueMonth: null,
  recurrence: null,
  deadlineText: '',
  dueDate: null,
  deadlineNote: null,
  status: 'notStarted',
  completedOn: null,
  completionEvidence: null,
  daysLate: 0,
  version: 1,
  abilities: { update: false, complete: false },
  ...fields,
});

describe('a plan’s tasks by quarter', () => {
  it('puts a dated task in its due date’s quarter, in date order, and recurring ones after, per recurrence', () => {
    const groups = groupByQuarter([
      task('dec', { dueDate: '2026-12-31', deadlineKind: 'month' }),
      task('quarterly', { deadlineKind: 'recurring', recurrence: 'quarterly', deadlineText: 'Hàng quý' }),
      task('jan', { dueDate: '2026-01-20' }),
      task('continuous', {
        deadlineKind: 'recurring',
        recurrence: 'continuous',
        deadlineText: 'Thường xuyên',
      }),
      task('mar', { dueDate: '2026-03-31' }),
      task('apr', { dueDate: '2026-04-01' }),
      task('next-year', { dueDate: '2027-01-10' }),
    ]);
    expect(groups.map((g) => [g.label, g.tasks.map((t) => t.id)])).toEqual([
      ['Quý I/2026', ['jan', 'mar']],
      ['Quý II/2026', ['apr']],
      ['Quý IV/2026', ['dec']],
      ['Quý I/2027', ['next-year']],
      ['Nhiệm vụ định kỳ: Thường xuyên', ['continuous']],
      ['Nhiệm vụ định kỳ: Hàng quý', ['quarterly']],
    ]);
  });
});

describe('the months of a period', () => {
  it('lists every month from the first day to the last, across a new year', () => {
    expect(monthsOf('2025-09-01', '2026-02-15')).toEqual([
      { year: 2025, month: 9 },
      { year: 2025, month: 10 },
      { year: 2025, month: 11 },
      { year: 2025, month: 12 },
      { year: 2026, month: 1 },
      { year: 2026, month: 2 },
    ]);
    expect(monthsOf('2026-01-01', '2026-12-31')).toHaveLength(12);
  });
});
