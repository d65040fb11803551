import type { CriterionKind } from '@thidua/engine';

// The criteria framework in the layout offices already write (SPEC §5, §8): one sheet, a row per group
// ("I. …"), criterion, bonus or deduction item, with STT/mã, nội dung, điểm chuẩn and cách chấm.

export const CRITERIA_SHEET = 'Tiêu chí';

/** The rows above the table: the ruleset's name and its maximum total, each label in column A. */
export const NAME_LABEL = 'Tên bộ tiêu chí';
export const MAX_TOTAL_LABEL = 'Tổng điểm tối đa';

/** The columns as written; the reader finds them by their headers (an office's own file may differ). */
export const CRITERIA_COLUMNS = {
  code: { header: 'STT/Mã', width: 10 },
  name: { header: 'Nội dung tiêu chí', width: 60 },
  points: { header: 'Điểm chuẩn', width: 11 },
  kind: { header: 'Cách chấm', width: 16 },
  options: { header: 'Các mức xếp loại (tên: điểm; …)', width: 30 },
  description: { header: 'Hướng dẫn chấm, ghi chú', width: 40 },
  details: { header: 'Chi tiết (không sửa)', width: 12 },
} as const;
export type CriteriaColumn = keyof typeof CRITERIA_COLUMNS;
export const CRITERIA_COLUMN_ORDER: readonly CriteriaColumn[] = [
  'code',
  'name',
  'points',
  'kind',
  'options',
  'description',
  'details',
];

/** What a row is: a group heading, a container criterion, a leaf of one kind, a bonus or deduction item. */
export type RowKind = 'group' | 'container' | CriterionKind | 'bonus' | 'deduction';

/** The "cách chấm" words a template offers (its drop-down list), one per row kind. */
export const ROW_KIND_LABELS: Record<RowKind, string> = {
  group: 'Nhóm',
  container: 'Tiêu chí chứa',
  quantitative: 'Định lượng',
  qualitative: 'Định tính',
  bands: 'Theo mức',
  rating: 'Xếp loại',
  yesno: 'Có/Không',
  bonus: 'Điểm thưởng',
  deduction: 'Điểm trừ',
};

/** Other wordings offices use for the same kinds (compared without case, accents kept, punctuation as space). */
const SYNONYMS: Record<RowKind, readonly string[]> = {
  group: ['nhóm', 'nội dung', 'nhóm tiêu chí'],
  container: ['tiêu chí chứa', 'tiêu chí lớn', 'gồm các tiêu chí con'],
  quantitative: [
    'định lượng',
    'định lượng kế hoạch thực hiện',
    'kế hoạch thực hiện',
    'chỉ tiêu',
    'theo chỉ tiêu',
    'so với kế hoạch',
  ],
  qualitative: ['định tính', 'định tính chấm điểm', 'chấm điểm', 'đánh giá'],
  bands: ['theo mức', 'theo mức khoảng giá trị', 'theo khoảng', 'theo khoảng giá trị'],
  rating: ['xếp loại', 'theo xếp loại', 'mức xếp loại'],
  yesno: [
    'có không',
    'có không hoàn thành',
    'hoàn thành không hoàn thành',
    'hoàn thành',
    'đạt không đạt',
    'có hoặc không',
  ],
  bonus: ['điểm thưởng', 'cộng điểm', 'điểm cộng', 'thưởng'],
  deduction: ['điểm trừ', 'trừ điểm', 'trừ'],
};

/** A wording reduced for comparison: NFC, lower case, every run of non-letters a single space. */
export function wordingKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_WORDING = new Map<string, RowKind>(
  (Object.entries(SYNONYMS) as [RowKind, readonly string[]][]).flatMap(([kind, words]) =>
    words.map((w) => [wordingKey(w), kind] as const),
  ),
);

/** The row kind a "cách chấm" cell names, or undefined for a wording nobody uses. */
export function rowKindOf(text: string): RowKind | undefined {
  return BY_WORDING.get(wordingKey(text));
}

/** A group's code as offices write it: a roman numeral, optionally followed by a dot (`II.`). */
export const ROMAN_CODE = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$/;
/** A heading written in the content cell: `II. Công tác xây dựng Đảng`. */
export const ROMAN_HEADING =
  /^((?=[IVXLC])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3}))[.)]\s*(.+)$/;

/** Points shown in a cell of text (options): the Vietnamese decimal comma. */
export function pointsText(points: number): string {
  return String(points).replace('.', ',');
}
