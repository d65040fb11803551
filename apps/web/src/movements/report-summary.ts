import type { ReportCell, ReportMatrix } from './api';

/** What the standing office reads first for one due date: how many units sent, late, accepted, still owe. */
export interface DueSummary {
  dueOn: string;
  units: number;
  sent: number;
  late: number;
  accepted: number;
  waiting: number;
  returned: number;
  missing: number;
  overdue: boolean;
}

/** Which units a filter keeps: every one, those that still owe a report, or those waiting for review. */
export type ReportFilter = 'all' | 'owing' | 'waiting';

/** One summary per due date of the matrix, in the matrix's order. */
export function summariseDueDates(matrix: Pick<ReportMatrix, 'dueDates' | 'units'>): DueSummary[] {
  return matrix.dueDates.map((dueOn) => {
    const cells = matrix.units
      .map((u) => u.cells.find((c) => c.dueOn === dueOn))
      .filter((c): c is ReportCell => c !== undefined);
    const count = (keep: (c: ReportCell) => boolean) => cells.filter(keep).length;
    return {
      dueOn,
      units: cells.length,
      sent: count((c) => c.report !== null),
      late: count((c) => c.timing === 'late'),
      accepted: count((c) => c.report?.status === 'accepted'),
      waiting: count((c) => c.report?.status === 'submitted'),
      returned: count((c) => c.report?.status === 'returned'),
      missing: count((c) => c.report === null),
      overdue: cells.some((c) => c.overdue),
    };
  });
}

/**
 * A unit stays under a filter when one of its cells matches. It owes a report (none sent, or returned) for
 * a due date that has passed or is the next one — not for one months ahead; it waits when one was sent
 * and not yet reviewed.
 */
export function keepUnit(cells: ReportCell[], filter: ReportFilter, today: string): boolean {
  if (filter === 'all') return true;
  if (filter === 'waiting') return cells.some((c) => c.report?.status === 'submitted');
  const next = cells.map((c) => c.dueOn).find((d) => d >= today);
  return cells.some(
    (c) => (c.dueOn < today || c.dueOn === next) && (c.report === null || c.report.status === 'returned'),
  );
}
