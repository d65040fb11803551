import { formatDecimal } from '../format';
import type { Table, TableCell } from '../model';
import { cell, column, table } from '../model';
import { roman } from './common';

type Num = string | number;

/** One collective proposed for an award, as the list of proposals (danh sách trích ngang) shows it. */
export interface ProposedCollective {
  readonly name: string;
  /** The cluster or block it was scored in; null for a council-level proposal. */
  readonly clusterName: string | null;
  /** The award's Vietnamese name (never its code). */
  readonly award: string;
  readonly final: Num | null;
  readonly rank: number | null;
  /** Units ranked in its cluster (`xếp thứ 1/8`); null when unknown. */
  readonly rankedOf: number | null;
  /** Anything else the list should say (women ≥ 70 %, a vote, a returned reason…). */
  readonly note: string;
}

/** The proposals grouped by award, in the order the awards first appear (the ladder's order). */
export function groupByAward(
  collectives: readonly ProposedCollective[],
): { award: string; items: ProposedCollective[] }[] {
  const groups = new Map<string, ProposedCollective[]>();
  for (const c of collectives) groups.set(c.award, [...(groups.get(c.award) ?? []), c]);
  return [...groups].map(([award, items]) => ({ award, items }));
}

/** "Tổng điểm 996,4; xếp thứ 1/8 trong Cụm thi đua số 1": the achievement in one line. */
export function achievementLine(c: ProposedCollective): string {
  const parts: string[] = [];
  if (c.final !== null) parts.push(`Tổng điểm ${formatDecimal(c.final)}`);
  if (c.rank !== null)
    parts.push(
      `xếp thứ ${c.rank}${c.rankedOf ? `/${c.rankedOf}` : ''}${c.clusterName ? ` trong ${c.clusterName}` : ''}`,
    );
  return parts.join('; ');
}

/**
 * The list of proposed collectives: one section row per award (`I. Cờ thi đua … (2 tập thể)`), then
 * each collective with its cluster, its achievement in numbers and the award proposed.
 */
export function proposalListTable(collectives: readonly ProposedCollective[]): Table {
  const rows: TableCell[][] = [];
  let n = 0;
  groupByAward(collectives).forEach((group, i) => {
    rows.push([
      cell(`${roman(i + 1)}. ${group.award} (${group.items.length} tập thể)`, { bold: true, span: 6 }),
    ]);
    for (const c of group.items) {
      n += 1;
      rows.push([
        cell(String(n), { align: 'center' }),
        cell(c.name),
        cell(c.clusterName ?? ''),
        cell(achievementLine(c)),
        cell(c.award),
        cell(c.note),
      ]);
    }
  });
  return table(
    [
      column('STT', 3, 'center'),
      column('Tên tập thể', 16),
      column('Cụm, khối thi đua', 12),
      column('Tóm tắt thành tích', 17),
      column('Hình thức khen thưởng đề nghị', 12),
      column('Ghi chú', 12),
    ],
    rows,
    11,
  );
}
