import type { UnitResult } from '@thidua/engine';
import type { TableColumn } from '@thidua/spreadsheets';

/** The first columns of every ranked list of units: rank, code, name. */
export const RANKED_UNIT_COLUMNS: TableColumn[] = [
  { header: 'Xếp hạng', kind: 'integer', width: 9 },
  { header: 'Mã đơn vị', kind: 'text', width: 11 },
  { header: 'Tên đơn vị', kind: 'text', width: 32 },
];

/** The subtitle lines of a ranking, with a warning while ties wait for the council's vote. */
export function rankingSubtitle(lines: string[], complete: boolean): string[] {
  return complete
    ? lines
    : [...lines, 'Kết quả chưa hoàn tất: còn chờ bỏ phiếu phân định các đơn vị bằng điểm'];
}

/** The award the engine gives a unit, as the results screen words it (empty when none). */
export function engineAwardText(
  u: Pick<UnitResult, 'award' | 'pendingVote' | 'downgraded'>,
  nameOf: (code: string) => string,
): string {
  if (u.award === null) return u.pendingVote ? 'Chờ bỏ phiếu' : '';
  return nameOf(u.award) + (u.downgraded ? ' (đã hạ một mức)' : '');
}
