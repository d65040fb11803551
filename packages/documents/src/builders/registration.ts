import { formatDecimal, formatShortDate, parseIsoDate } from '../format';
import type { Block, OfficialDocument, TableCell } from '../model';
import { cell, column, heading, para, runs, table } from '../model';
import { roman } from './common';

/** What Bắc Giang's Phụ lục 01 prints: the unit's registration for the year. */
export interface RegistrationInput {
  readonly unitName: string;
  /** The unit's governing body (cơ quan chủ quản), above its name in the header. */
  readonly parentBody: string;
  /** The ký hiệu after "Số:" (the number is left blank for the unit to write). */
  readonly symbol: string;
  readonly place: string;
  readonly year: number;
  readonly addressedTo: readonly string[];
  /** Submission date (YYYY-MM-DD), null for a draft (blank date to fill in). */
  readonly date: string | null;
  readonly councilName: string;
  readonly clusterName: string;
  /**
   * The criteria the plans are against; `issued: false` is the cluster's draft (registered before issue),
   * null: the cluster has no criteria yet (issue #14 §3), so the form has no criteria table.
   */
  readonly criteria: {
    readonly name: string;
    readonly revision: number;
    readonly issued?: boolean;
    readonly documentNumber: string | null;
    readonly documentDate: string | null;
  } | null;
  readonly objective: string | null;
  readonly groups: readonly {
    readonly code: string;
    readonly name: string;
    readonly maxPoints: number;
    readonly criteria: readonly {
      readonly code: string;
      readonly name: string;
      readonly depth: number;
      readonly points: number;
      readonly quantitative: boolean;
      readonly direction: 'increase' | 'decrease' | null;
      readonly measureUnit: string | null;
      readonly plan: string | null;
      readonly planNote: string | null;
    }[];
  }[];
  readonly titlesSought: readonly string[];
  readonly models: readonly { readonly name: string; readonly description?: string | undefined }[];
  readonly topics: readonly { readonly name: string; readonly description?: string | undefined }[];
  /** The unit head's title (`Hiệu trưởng`); the head signs and writes the name. */
  readonly headTitle: string;
  readonly draft: boolean;
}

const NO_CRITERIA_YET = (clusterName: string) =>
  `${clusterName} chưa có bộ tiêu chí thi đua; đơn vị đăng ký chỉ tiêu theo từng tiêu chí khi có dự thảo bộ tiêu chí.`;

/** "Căn cứ …" of the criteria: the issued document, the draft before issue, or nothing yet. */
function basisOf(criteria: RegistrationInput['criteria'], clusterName: string): string | null {
  if (!criteria) return null;
  if (criteria.issued === false)
    return `dự thảo Bộ tiêu chí thi đua của ${clusterName} (phiên bản ${criteria.revision}, chưa ban hành)`;
  return criteria.documentNumber
    ? `Bộ tiêu chí thi đua số ${criteria.documentNumber}${criteria.documentDate ? ` ngày ${formatShortDate(criteria.documentDate)}` : ''} của ${clusterName}`
    : `Bộ tiêu chí thi đua của ${clusterName} (phiên bản ${criteria.revision})`;
}

/**
 * Bản đăng ký tham gia thi đua (Phụ lục 01 of the Bắc Giang guidance): objective, the criteria with the
 * plan registered for each quantitative one, the titles sought, the models and topics; the head of the
 * unit signs.
 */
export function buildRegistration(input: RegistrationInput): OfficialDocument {
  const basis = basisOf(input.criteria, input.clusterName);
  const rows: TableCell[][] = input.groups.flatMap((g) => [
    [
      cell(g.code, { bold: true }),
      cell(g.name, { bold: true, span: 1 }),
      cell(formatDecimal(g.maxPoints), { bold: true }),
      cell(''),
      cell(''),
      cell(''),
    ],
    ...g.criteria.map((c) => [
      cell(c.code),
      cell(
        `${'    '.repeat(c.depth)}${c.name}${c.direction === 'decrease' ? ' (tính ngược: càng thấp càng tốt)' : ''}`,
      ),
      cell(formatDecimal(c.points)),
      cell(c.measureUnit ?? ''),
      cell(c.quantitative ? (c.plan === null ? '(chưa đăng ký)' : formatDecimal(c.plan, 4)) : ''),
      cell(c.planNote ?? ''),
    ]),
  ]);
  const list = (items: readonly { name: string; description?: string | undefined }[]): Block[] =>
    items.length === 0
      ? [para('Không đăng ký.', { noIndent: true })]
      : items.map((m, i) =>
          para(`${i + 1}. ${m.name}${m.description ? `: ${m.description}` : ''}`, { noIndent: true }),
        );
  const criteriaTable = table(
    [
      column('Mã', 2, 'center'),
      column('Tiêu chí', 9),
      column('Điểm chuẩn', 2, 'right'),
      column('Đơn vị tính', 2.2, 'center'),
      column('Chỉ tiêu đăng ký', 2.6, 'right'),
      column('Ghi chú', 3),
    ],
    rows,
    11,
  );
  let section = 0;
  const next = (title: string) => heading(`${roman(++section)}. ${title}`);
  return {
    title: `Đăng ký tham gia thi đua năm ${input.year} - ${input.unitName}`,
    orientation: 'portrait',
    header: {
      parentBody: input.parentBody,
      issuingBody: input.unitName,
      reference: { symbol: input.symbol },
      place: input.place,
      date: input.date ? parseIsoDate(input.date) : null,
      draftYear: input.year,
    },
    documentType: `Đăng ký tham gia thi đua năm ${input.year}`,
    summary: [],
    body: [
      runs([{ text: 'Kính gửi: ', italic: true }, { text: input.addressedTo.join('; ') + '.' }], {
        align: 'center',
        noIndent: true,
      }),
      para('Căn cứ Luật Thi đua, Khen thưởng và các văn bản hướng dẫn thi hành;'),
      ...(basis ? [para(`Căn cứ ${basis};`)] : []),
      para(
        `${input.unitName} đăng ký tham gia thi đua năm ${input.year} trong ${input.clusterName}, cụ thể như sau:`,
      ),
      next('Mục tiêu'),
      para(
        input.objective?.trim() ||
          `Thực hiện thắng lợi các mục tiêu, chỉ tiêu, nhiệm vụ công tác năm ${input.year}.`,
      ),
      next(`Các chỉ tiêu thi đua chủ yếu năm ${input.year}`),
      ...(input.criteria === null ? [para(NO_CRITERIA_YET(input.clusterName))] : [criteriaTable]),
      next('Danh hiệu thi đua, hình thức khen thưởng đăng ký'),
      ...(input.titlesSought.length === 0
        ? [para('Không đăng ký.', { noIndent: true })]
        : input.titlesSought.map((t, i) => para(`${i + 1}. ${t}`, { noIndent: true }))),
      next('Mô hình, điển hình'),
      ...list(input.models),
      next('Chuyên đề thi đua'),
      ...list(input.topics),
      ...(input.draft ? [para('(Bản nháp: chưa gửi đăng ký.)', { noIndent: true, align: 'left' })] : []),
    ],
    signatures: [{ authority: 'THỦ TRƯỞNG ĐƠN VỊ', title: input.headTitle, name: '' }],
    recipients: [...input.addressedTo.map((a) => `${a};`), 'Lưu: VT.'],
  };
}
