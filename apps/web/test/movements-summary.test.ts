import { describe, expect, it } from 'vitest';
import type { MovementReport, ReportCell } from '../src/movements/api';
import { keepUnit, summariseDueDates } from '../src/movements/report-summary';

const report = (status: MovementReport['status'], late = false): MovementReport => ({
  id: `r-${status}`,
  movementId: 'm',
  unitId: 'u',
  dueOn: '2026-06-10',
  summary: 'x',
  status,
  submittedOn: '2026-06-09',
  submittedAt: '2026-06-09T02:00:00.000Z',
  late,
  returnReason: status === 'returned' ? 'thiếu số liệu' : null,
  reviewedAt: null,
  fileName: null,
  version: 1,
});
const cell = (dueOn: string, r: MovementReport | null, overdue = false): ReportCell => ({
  dueOn,
  timing: r === null ? 'missing' : r.late ? 'late' : 'onTime',
  overdue,
  report: r,
});
const unit = (name: string, cells: ReportCell[]) => ({
  unitId: name,
  unitName: name,
  canSubmit: false,
  cells,
});

describe('the movement reports summary', () => {
  const june = '2026-06-10';
  const sept = '2026-09-10';
  const matrix = {
    dueDates: [june, sept],
    units: [
      unit('A', [cell(june, report('accepted')), cell(sept, null, true)]),
      unit('B', [cell(june, report('submitted', true)), cell(sept, report('submitted'))]),
      unit('C', [cell(june, report('returned')), cell(sept, null, true)]),
      unit('D', [cell(june, null, true), cell(sept, null, true)]),
    ],
  };

  it('counts per due date what was sent, late, accepted, waiting, returned and missing', () => {
    expect(summariseDueDates(matrix)).toEqual([
      {
        dueOn: june,
        units: 4,
        sent: 3,
        late: 1,
        accepted: 1,
        waiting: 1,
        returned: 1,
        missing: 1,
        overdue: true,
      },
      {
        dueOn: sept,
        units: 4,
        sent: 1,
        late: 0,
        accepted: 0,
        waiting: 1,
        returned: 0,
        missing: 3,
        overdue: true,
      },
    ]);
  });

  it('keeps under "owing" the units with a report missing or returned, under "waiting" those to review', () => {
    const names = (f: 'all' | 'owing' | 'waiting', today = '2026-10-01') =>
      matrix.units.filter((u) => keepUnit(u.cells, f, today)).map((u) => u.unitName);
    expect(names('all')).toEqual(['A', 'B', 'C', 'D']);
    expect(names('owing')).toEqual(['A', 'C', 'D']);
    expect(names('waiting')).toEqual(['B']);
    // Before June: the June report is the next one; nobody owes the September one yet.
    expect(names('owing', '2026-05-01')).toEqual(['C', 'D']);
    // On the June due day itself it is still the next one.
    expect(names('owing', june)).toEqual(['C', 'D']);
  });
});
