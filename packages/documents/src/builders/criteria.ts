import type { Band, CriterionInput, Ruleset } from '@thidua/engine';
import { formatDecimal, formatShortDate } from '../format';
import type { DocumentDate, OfficialDocument, Signature, Table, TableCell } from '../model';
import { cell, column, heading, para, table } from '../model';
import { headerFor, type Issuer } from './common';

/** One line of a criteria table: a group, a container or a leaf, with its depth for indentation. */
export interface CriterionLine {
  readonly code: string;
  readonly name: string;
  readonly points: number;
  /** 0: a group; 1…: criteria under it. */
  readonly depth: number;
  readonly leaf: boolean;
  /** How a leaf is scored, in words (empty for groups and containers). */
  readonly method: string;
}

const n = (value: number) => formatDecimal(value);

function bandText(band: Band): string {
  const low = band.min !== undefined ? `${band.minExclusive ? 'trên' : 'từ'} ${n(band.min)}` : '';
  const high = band.max !== undefined ? `${band.maxExclusive ? 'dưới' : 'đến'} ${n(band.max)}` : '';
  return `${[low, high].filter(Boolean).join(' ') || 'mọi giá trị'}: ${n(band.points)} điểm`;
}

/** How a leaf is scored (SPEC §5–§6), in the words of the guidance documents. */
export function describeMethod(criterion: CriterionInput): string {
  switch (criterion.kind ?? 'qualitative') {
    case 'quantitative': {
      const base =
        criterion.direction === 'decrease'
          ? 'Định lượng (chỉ tiêu giảm): đạt hoặc thấp hơn kế hoạch được đủ điểm, cao hơn bị trừ theo tỷ lệ'
          : 'Định lượng: điểm = điểm chuẩn × thực hiện / kế hoạch';
      const bonus = criterion.overPlanBonus;
      if (!bonus) return `${base}.`;
      const amount = bonus.per === 'points' ? `${n(bonus.amount)} điểm` : `${n(bonus.amount)}% điểm chuẩn`;
      return `${base}; vượt kế hoạch cứ 1% cộng ${amount}, tối đa ${n(bonus.capPercentOfPoints)}% điểm chuẩn.`;
    }
    case 'qualitative':
      return `Định tính: chấm từ 0 đến ${n(criterion.points)} điểm theo mức độ hoàn thành.`;
    case 'yesno':
      return `Hoàn thành: ${n(criterion.points)} điểm; không hoàn thành: 0 điểm.`;
    case 'bands':
      return `Theo khung: ${(criterion.bands ?? []).map(bandText).join('; ')}.`;
    case 'rating':
      return `Theo mức xếp loại: ${Object.entries(criterion.options ?? {})
        .map(([option, points]) => `${option} ${n(points)} điểm`)
        .join('; ')}.`;
    default:
      return '';
  }
}

/** Every group and criterion of a ruleset, in order, with its depth. */
export function criterionLines(ruleset: Ruleset): CriterionLine[] {
  const out: CriterionLine[] = [];
  const walk = (c: CriterionInput, depth: number) => {
    const leaf = !c.children || c.children.length === 0;
    out.push({
      code: c.code,
      name: c.name,
      points: c.points,
      depth,
      leaf,
      method: leaf ? describeMethod(c) : '',
    });
    for (const child of c.children ?? []) walk(child, depth + 1);
  };
  for (const g of ruleset.groups) {
    out.push({ code: g.code, name: g.name, points: g.maxPoints, depth: 0, leaf: false, method: '' });
    for (const c of g.criteria) walk(c, 1);
  }
  return out;
}

/** A criterion's name indented by its depth (two spaces a level), groups in bold. */
export function nameCell(line: CriterionLine): TableCell {
  return cell(`${'  '.repeat(Math.max(0, line.depth - 1))}${line.name}`, {
    bold: line.depth === 0 || !line.leaf,
  });
}

export interface CriteriaDocumentInput {
  readonly issuer: Issuer;
  readonly clusterName: string;
  /** `năm 2026` */
  readonly periodName: string;
  readonly year: number;
  readonly ruleset: Ruleset;
  readonly revision: number;
  /** Issued on that day; null for a draft. */
  readonly issuedOn: DocumentDate | null;
  readonly date: DocumentDate | null;
  readonly signature: Signature;
  readonly recipients: readonly string[];
}

function criteriaTable(lines: readonly CriterionLine[]): Table {
  return table(
    [
      column('Mã', 3, 'center'),
      column('Nội dung tiêu chí', 14),
      column('Điểm chuẩn', 3, 'right'),
      column('Cách chấm điểm', 12),
    ],
    lines.map((l) => [
      cell(l.code, { bold: l.depth === 0 }),
      nameCell(l),
      cell(n(l.points), { bold: !l.leaf }),
      cell(l.method),
    ]),
    11,
  );
}

/**
 * Bộ tiêu chí, thang điểm of a cluster: the issued revision (number and date) or the draft, every group
 * and criterion with its standard points and how it is scored, then bonus and deduction items and the
 * award thresholds.
 */
export function buildCriteriaDocument(input: CriteriaDocumentInput): OfficialDocument {
  const { ruleset } = input;
  const issued = input.issuedOn
    ? `Phiên bản ${input.revision}, ban hành ngày ${formatShortDate(input.issuedOn)}`
    : `Dự thảo phiên bản ${input.revision}, chưa ban hành`;
  const bonus = ruleset.bonusItems ?? [];
  const deductions = ruleset.deductionItems ?? [];
  const awards = ruleset.awards ?? [];
  return {
    title: `Bộ tiêu chí, thang điểm - ${input.clusterName} - ${input.periodName}`,
    orientation: 'portrait',
    header: headerFor(input.issuer, null, input.date, input.year),
    documentType: 'Bộ tiêu chí, thang điểm',
    summary: [`Chấm điểm thi đua ${input.periodName} của ${input.clusterName}`],
    body: [
      para(`${ruleset.name}. ${issued}.`, { align: 'center', noIndent: true }),
      ...(ruleset.maxTotal !== null
        ? [para(`Tổng điểm tối đa: ${n(ruleset.maxTotal)} điểm.`, { noIndent: true })]
        : []),
      heading('I. Các nhóm tiêu chí và thang điểm'),
      criteriaTable(criterionLines(ruleset)),
      ...(bonus.length > 0
        ? [heading('II. Điểm thưởng'), ...bonus.map((b) => para(`- ${b.name}: tối đa ${n(b.max)} điểm.`))]
        : []),
      ...(deductions.length > 0
        ? [
            heading(`${bonus.length > 0 ? 'III' : 'II'}. Điểm trừ`),
            ...deductions.map((d) => para(`- ${d.name}: ${deductionText(d)}.`)),
          ]
        : []),
      ...(awards.length > 0
        ? [
            heading('Mức điểm xét khen thưởng'),
            ...awards.map((a) => para(`- ${a.name}: từ ${n(a.minScore)} điểm.`)),
          ]
        : []),
    ],
    signatures: [input.signature],
    recipients: input.recipients,
  };
}

function deductionText(d: NonNullable<Ruleset['deductionItems']>[number]): string {
  const cap = d.cap !== undefined ? `, tối đa ${n(d.cap)} điểm` : '';
  if (d.tiers && d.tiers.length > 0) {
    const tiers = d.tiers
      .map((t) =>
        t.upTo !== undefined
          ? `đến lần thứ ${t.upTo}: ${n(t.pointsEach)}`
          : `các lần sau: ${n(t.pointsEach)}`,
      )
      .join('; ');
    return `trừ mỗi lần (${tiers})${cap}`;
  }
  return `trừ ${n(d.pointsEach ?? 0)} điểm mỗi lần${cap}`;
}
