import { formatDecimal } from '../format';
import type { DocumentDate, OfficialDocument, Signature, TableCell } from '../model';
import { cell, column, heading, para, table } from '../model';
import { headerFor, type Issuer } from './common';
import { type CriterionLine, nameCell } from './criteria';

type Num = string | number;

/** What the unit declared for one leaf (its self layer) and the points the engine gives for it. */
export interface SelfScoreCell {
  /** `Kế hoạch`, as typed (quantitative leaves). */
  readonly plan: Num | null;
  /** `Thực hiện`, or the value, rating or yes/no the kind asks for, in words. */
  readonly actual: string;
  /** Points of the self layer (base + over-plan bonus); null when nothing was declared. */
  readonly points: Num | null;
  /** Names of the evidence files attached to the cell. */
  readonly evidence: readonly string[];
  readonly note: string;
  /**
   * Who scores the leaf when the unit does not (`Cơ quan thường trực chấm`, `Đơn vị đầu mối chấm`): such a
   * leaf is not the unit's to score, so an empty cell is not one it has left undone.
   */
  readonly scoredBy?: string | undefined;
}

/** The self-scoring screen's words for a leaf someone else scores. */
const NOT_SELF_SCORED = 'Đơn vị không tự chấm tiêu chí này';

/** The points cell of a leaf: the points, who scores it when not the unit, or not scored yet. */
function pointsText(c: SelfScoreCell | undefined): string {
  if (c?.points !== null && c?.points !== undefined) return formatDecimal(c.points);
  return c?.scoredBy ?? 'Chưa chấm';
}

/** A leaf the unit was to score and has not. */
const unscored = (c: SelfScoreCell | undefined) => (c?.points ?? null) === null && !c?.scoredBy;

export interface SelfScoreInput {
  readonly issuer: Issuer;
  readonly unitName: string;
  readonly clusterName: string;
  readonly periodName: string;
  readonly year: number;
  readonly criteriaLabel: string;
  readonly lines: readonly CriterionLine[];
  /** By leaf code. */
  readonly cells: ReadonlyMap<string, SelfScoreCell>;
  /** By group code: the group's self score. */
  readonly groupScores: ReadonlyMap<string, Num>;
  /** Sum of the groups' self scores (before the office's bonuses and deductions). */
  readonly total: Num;
  readonly date: DocumentDate | null;
  readonly signature: Signature;
}

/**
 * Bảng tự chấm điểm of a unit: every criterion of the cluster's issued revision with the plan and
 * actual the unit declared, the points the engine gives them, the evidence attached, the group totals
 * and the total — for the unit's head to sign.
 */
export function buildSelfScoreSheet(input: SelfScoreInput): OfficialDocument {
  const rows: TableCell[][] = input.lines.map((l) => {
    if (!l.leaf) {
      const score = l.depth === 0 ? input.groupScores.get(l.code) : undefined;
      return [
        cell(l.code, { bold: true }),
        nameCell(l),
        cell(formatDecimal(l.points), { bold: true }),
        cell(''),
        cell(''),
        cell(score === undefined ? '' : formatDecimal(score), { bold: true }),
        cell(''),
      ];
    }
    const c = input.cells.get(l.code);
    return [
      cell(l.code),
      nameCell(l),
      cell(formatDecimal(l.points)),
      cell(c?.plan === null || c === undefined ? '' : formatDecimal(c.plan, 4)),
      cell(c?.actual ?? ''),
      cell(pointsText(c)),
      cell(
        [
          ...(c?.evidence ?? []),
          ...(c?.note ? [c.note] : []),
          ...(c?.scoredBy ? [NOT_SELF_SCORED] : []),
        ].join('; '),
      ),
    ];
  });
  const missing = input.lines.filter((l) => l.leaf && unscored(input.cells.get(l.code)));
  return {
    title: `Bảng tự chấm điểm - ${input.unitName} - ${input.periodName}`,
    orientation: 'landscape',
    header: headerFor(input.issuer, null, input.date, input.year),
    documentType: 'Bảng tự chấm điểm',
    summary: [`Kết quả thực hiện các tiêu chí thi đua ${input.periodName}`, input.unitName],
    body: [
      para(`Cụm, khối thi đua: ${input.clusterName}. Bộ tiêu chí: ${input.criteriaLabel}.`, {
        noIndent: true,
      }),
      table(
        [
          column('Mã', 3, 'center'),
          column('Nội dung tiêu chí', 18),
          column('Điểm chuẩn', 3.5, 'right'),
          column('Kế hoạch', 4.5, 'right'),
          column('Thực hiện', 5, 'right'),
          column('Điểm tự chấm', 4, 'right'),
          column('Tài liệu minh chứng, ghi chú', 12),
        ],
        rows,
        10,
      ),
      heading('Tổng hợp'),
      para(`Tổng điểm tự chấm các nhóm tiêu chí: ${formatDecimal(input.total)} điểm.`, { noIndent: true }),
      para(
        missing.length === 0
          ? 'Đơn vị đã tự chấm đủ các tiêu chí.'
          : `Còn ${missing.length} tiêu chí đơn vị chưa tự chấm: ${missing.map((l) => l.code).join(', ')}.`,
        { noIndent: true },
      ),
      para(
        'Điểm cộng, điểm trừ và điểm thẩm định do cụm, khối và cơ quan thường trực xác định trong Bảng tổng hợp kết quả chấm điểm.',
        { noIndent: true },
      ),
    ],
    signatures: [input.signature],
    recipients: [],
  };
}
