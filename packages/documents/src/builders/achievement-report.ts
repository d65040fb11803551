import { formatDecimal } from '../format';
import type { Block, DocumentDate, OfficialDocument, TableCell } from '../model';
import { cell, column, heading, para, table } from '../model';
import { headerFor, type Issuer } from './common';

type Num = string | number;

/** A target of the unit's year and what it achieved (the quantitative criteria of its cluster). */
export interface AchievementTarget {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly plan: Num | null;
  readonly actual: Num | null;
  readonly points: Num | null;
  readonly standard: Num;
}

/** An emulation title or award the unit holds (registered this year, or received in an earlier one). */
export interface AwardRecord {
  readonly year: string;
  readonly name: string;
  /** `Quyết định số 215/QĐ-UBND ngày 20/01/2026`, or `Đăng ký năm 2026` for a title sought. */
  readonly source: string;
}

/** The form to print: Nghị định 152/2025's collective form for the award, or the province's own. */
export interface AchievementForm {
  /** `Báo cáo thành tích đề nghị tặng Cờ thi đua của Chính phủ`, or the province's form title. */
  readonly title: string;
  /** Section headings; the built-in sections are filled with the data the product holds. */
  readonly sections: readonly string[];
}

export interface AchievementReportInput {
  /** The unit reporting, under its governing body. */
  readonly issuer: Issuer;
  readonly unitName: string;
  readonly clusterName: string | null;
  readonly periodName: string;
  readonly year: number;
  readonly award: string;
  readonly form: AchievementForm;
  readonly targets: readonly AchievementTarget[];
  readonly final: Num | null;
  readonly rank: number | null;
  readonly rankedOf: number | null;
  readonly registered: readonly AwardRecord[];
  readonly received: readonly AwardRecord[];
  readonly date: DocumentDate | null;
}

/** Sections of the collective report of Nghị định 152/2025/NĐ-CP's appendix (by title: numbers vary). */
export const STATE_COLLECTIVE_SECTIONS = [
  'I. Sơ lược đặc điểm, tình hình',
  'II. Thành tích đạt được',
  'III. Các hình thức đã được khen thưởng',
] as const;

function targetsTable(targets: readonly AchievementTarget[]): Block {
  const rows: TableCell[][] = targets.map((t, i) => [
    cell(String(i + 1), { align: 'center' }),
    cell(t.name),
    cell(t.unit),
    cell(t.plan === null ? '' : formatDecimal(t.plan, 4)),
    cell(t.actual === null ? '' : formatDecimal(t.actual, 4)),
    cell(t.points === null ? '' : `${formatDecimal(t.points)}/${formatDecimal(t.standard)}`),
  ]);
  return table(
    [
      column('STT', 2, 'center'),
      column('Chỉ tiêu', 14),
      column('Đơn vị tính', 4),
      column('Kế hoạch', 4, 'right'),
      column('Thực hiện', 4, 'right'),
      column('Điểm', 4, 'right'),
    ],
    rows,
    11,
  );
}

function awardsTable(records: readonly AwardRecord[]): Block {
  return table(
    [
      column('Năm', 3, 'center'),
      column('Danh hiệu, hình thức khen thưởng', 10),
      column('Số, ngày quyết định', 12),
    ],
    records.map((r) => [cell(r.year), cell(r.name), cell(r.source)]),
    11,
  );
}

/** What the product knows for a section, matched by its heading's words; otherwise a line to fill in. */
function sectionBody(title: string, input: AchievementReportInput): Block[] {
  const t = title.toLowerCase();
  if (t.includes('khen thưởng') && !t.includes('đề nghị')) {
    return [
      para('1. Danh hiệu thi đua đã đăng ký và đạt được:', { noIndent: true }),
      ...(input.registered.length + input.received.length > 0
        ? [awardsTable([...input.registered, ...input.received])]
        : [para('(Chưa có dữ liệu trong hệ thống.)', { noIndent: true })]),
    ];
  }
  if (t.includes('thành tích') || t.includes('kết quả')) {
    const standing =
      input.final === null
        ? ''
        : `Kết quả chấm điểm thi đua ${input.periodName}: ${formatDecimal(input.final)} điểm` +
          (input.rank === null
            ? '.'
            : `, xếp thứ ${input.rank}${input.rankedOf ? `/${input.rankedOf}` : ''}${input.clusterName ? ` trong ${input.clusterName}` : ''}.`);
    return [
      para('1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao:', { noIndent: true }),
      ...(input.targets.length > 0 ? [targetsTable(input.targets)] : []),
      ...(standing ? [para(standing)] : []),
      para('2. Các giải pháp, biện pháp đã thực hiện: (đơn vị bổ sung)', { noIndent: true }),
    ];
  }
  return [para('(Đơn vị bổ sung.)', { noIndent: true })];
}

/**
 * Báo cáo thành tích of a collective proposed for an award, prefilled with its year: targets and results,
 * score and rank, titles registered and received. Its sections are those of the form it follows (the
 * decree's collective form for a state-level award, the province's configured form otherwise); the two
 * signatures are the unit's head and the level that proposes it.
 */
export function buildAchievementReport(input: AchievementReportInput): OfficialDocument {
  return {
    title: `Báo cáo thành tích - ${input.unitName} - ${input.periodName}`,
    orientation: 'portrait',
    header: headerFor(input.issuer, null, input.date, input.year),
    documentType: 'Báo cáo thành tích',
    summary: [`Đề nghị tặng ${input.award}`, `(${input.form.title})`],
    body: [
      para(`Tên tập thể: ${input.unitName}.`, { noIndent: true }),
      ...(input.clusterName ? [para(`Cụm, khối thi đua: ${input.clusterName}.`, { noIndent: true })] : []),
      ...input.form.sections.flatMap((s) => [heading(s), ...sectionBody(s, input)]),
    ],
    signatures: [
      { title: 'Xác nhận của cấp trình khen thưởng', name: '' },
      { title: 'Thủ trưởng đơn vị', name: '' },
    ],
    recipients: [],
  };
}
