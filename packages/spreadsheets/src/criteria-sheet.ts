import type { CriterionInput, Ruleset } from '@thidua/engine';
import type ExcelJS from 'exceljs';
import {
  CRITERIA_COLUMN_ORDER,
  CRITERIA_COLUMNS,
  CRITERIA_SHEET,
  MAX_TOTAL_LABEL,
  NAME_LABEL,
  pointsText,
  ROW_KIND_LABELS,
  type RowKind,
} from './criteria-layout';
import { streamingWorkbook } from './stream-writer';
import { BOLD_FONT, BODY_FONT, BORDER, HEADER_FILL, NUMBER_FORMAT, NOTE_FONT, printSetup } from './style';

/** What the hidden "chi tiết" cell keeps of a row: the fields the visible columns do not show. */
export interface RowDetails {
  parent?: string;
  unit?: string;
  direction?: 'increase' | 'decrease';
  overPlanBonus?: CriterionInput['overPlanBonus'];
  bands?: CriterionInput['bands'];
  overPlanBonusCap?: number | null;
  tiers?: { upTo?: number; pointsEach: number }[];
  cap?: number;
}

export interface CriteriaSheetInput {
  ruleset: Ruleset;
  creator: string;
  /** Lines above the table (how to fill it, for the template). */
  notes?: readonly string[];
}

/** Rows the data validation of "cách chấm" covers below the last written row (room to add criteria). */
const ROOM = 300;

/**
 * The ruleset in the office layout: its name and maximum total, then one row per group (cách chấm
 * "Nhóm", its maximum as điểm chuẩn), criterion (containers then their children, by code), bonus item
 * and deduction item. The fields no column shows (a quantitative criterion's direction and over-plan
 * bonus, bands, tiers, the parent of a nested criterion) are kept in a hidden column as JSON, so the
 * file read back gives the same ruleset. "Cách chấm" offers its words as a drop-down list.
 */
export async function writeCriteriaSheet(input: CriteriaSheetInput): Promise<Buffer> {
  const { ruleset } = input;
  const { workbook, finish } = streamingWorkbook(input.creator);
  const notes = input.notes ?? [];
  // Name, maximum total, the notes, a blank row, then the header.
  const headerRow = 4 + notes.length;
  const sheet = workbook.addWorksheet(CRITERIA_SHEET, {
    views: [{ state: 'frozen', ySplit: headerRow, showGridLines: true }],
  });
  sheet.columns = CRITERIA_COLUMN_ORDER.map((key) => ({
    width: CRITERIA_COLUMNS[key].width,
    hidden: key === 'details',
    style: {
      font: BODY_FONT,
      alignment: { vertical: 'top', wrapText: key === 'name' || key === 'description' },
      ...(key === 'points' ? { numFmt: NUMBER_FORMAT } : {}),
    },
  }));
  for (const values of [
    [NAME_LABEL, ruleset.name],
    [MAX_TOTAL_LABEL, ruleset.maxTotal],
  ]) {
    const row = sheet.addRow(values);
    row.getCell(1).font = BOLD_FONT;
    row.commit();
  }
  for (const note of [...notes, null]) {
    const row = sheet.addRow(note === null ? [] : [note]);
    row.font = NOTE_FONT;
    row.commit();
  }
  const header = sheet.addRow(CRITERIA_COLUMN_ORDER.map((key) => CRITERIA_COLUMNS[key].header));
  header.font = BOLD_FONT;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.commit();

  const lines = rowsOf(ruleset);
  for (const line of lines) {
    const row = sheet.addRow([
      line.code,
      line.name,
      line.points ?? null,
      ROW_KIND_LABELS[line.kind],
      line.options ?? null,
      line.description ?? null,
      line.details && Object.keys(line.details).length > 0 ? JSON.stringify(line.details) : null,
    ]);
    for (let c = 1; c <= CRITERIA_COLUMN_ORDER.length; c++) row.getCell(c).border = BORDER;
    if (line.kind === 'group') row.font = BOLD_FONT;
    row.commit();
  }
  kindValidation(sheet, headerRow + 1, headerRow + lines.length + ROOM);
  printSetup(sheet, { landscape: false, headerRows: [headerRow, headerRow] });
  sheet.commit();
  return finish();
}

interface Line {
  code: string;
  name: string;
  points?: number | null;
  kind: RowKind;
  options?: string;
  description?: string;
  details?: RowDetails;
}

/** The ruleset's rows in reading order. */
function rowsOf(ruleset: Ruleset): Line[] {
  const lines: Line[] = [];
  for (const group of ruleset.groups) {
    const details: RowDetails = {};
    if (group.overPlanBonusCap !== undefined) details.overPlanBonusCap = group.overPlanBonusCap;
    lines.push({ code: group.code, name: group.name, points: group.maxPoints, kind: 'group', details });
    const walk = (criterion: CriterionInput, parent: string | undefined) => {
      lines.push(criterionLine(criterion, parent));
      criterion.children?.forEach((child) => walk(child, criterion.code));
    };
    group.criteria.forEach((c) => walk(c, undefined));
  }
  for (const item of ruleset.bonusItems ?? []) {
    lines.push({ code: item.code, name: item.name, points: item.max, kind: 'bonus' });
  }
  for (const item of ruleset.deductionItems ?? []) {
    const details: RowDetails = {};
    if (item.tiers !== undefined) details.tiers = item.tiers;
    if (item.cap !== undefined) details.cap = item.cap;
    lines.push({
      code: item.code,
      name: item.name,
      points: item.pointsEach ?? null,
      kind: 'deduction',
      details,
    });
  }
  return lines;
}

function criterionLine(c: CriterionInput, parent: string | undefined): Line {
  const details: RowDetails = {};
  if (parent !== undefined) details.parent = parent;
  if (c.unit !== undefined) details.unit = c.unit;
  if (c.direction !== undefined) details.direction = c.direction;
  if (c.overPlanBonus !== undefined) details.overPlanBonus = c.overPlanBonus;
  if (c.bands !== undefined) details.bands = c.bands;
  const kind: RowKind = c.children !== undefined ? 'container' : (c.kind ?? 'container');
  const line: Line = { code: c.code, name: c.name, points: c.points, kind, details };
  if (c.options !== undefined) {
    line.options = Object.entries(c.options)
      .map(([option, points]) => `${option}: ${pointsText(points)}`)
      .join('; ');
  }
  if (c.description !== undefined) line.description = c.description;
  return line;
}

function kindValidation(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  // The streaming writer has them; exceljs's type of Worksheet does not declare them.
  const { dataValidations } = sheet as unknown as {
    dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void };
  };
  const words = Object.values(ROW_KIND_LABELS);
  dataValidations.add(`D${from}:D${to}`, {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'warning',
    formulae: [`"${words.join(',')}"`],
    errorTitle: 'Cách chấm chưa có trong danh sách',
    error: `Chọn một trong: ${words.join(', ')}`,
  });
}

/** The template's example: one group and two criteria (a quantitative and a qualitative one). */
export function criteriaTemplateExample(name: string): Ruleset {
  return {
    name,
    maxTotal: 100,
    groups: [
      {
        code: 'I',
        name: 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội',
        maxPoints: 100,
        criteria: [
          {
            code: 'I.1',
            name: 'Tỷ lệ hoàn thành chỉ tiêu thu ngân sách so với kế hoạch',
            points: 60,
            kind: 'quantitative',
          },
          {
            code: 'I.2',
            name: 'Công tác cải cách hành chính',
            points: 40,
            kind: 'qualitative',
            description: 'Chấm theo báo cáo của đơn vị và kết quả kiểm tra',
          },
        ],
      },
    ],
  };
}

/** How to fill the template, written under its table. */
export const CRITERIA_TEMPLATE_NOTES: readonly string[] = [
  'Hướng dẫn: mỗi nhóm một hàng "Nhóm" (mã I, II, …; điểm chuẩn là điểm tối đa của nhóm), rồi các tiêu chí của nhóm.',
  'Tiêu chí con mang mã của tiêu chí chứa nó cộng thêm ".": I.1 chứa I.1.1, I.1.2 (cách chấm của I.1 là "Tiêu chí chứa").',
  'Cách chấm: Định lượng, Định tính, Theo mức, Xếp loại (ghi các mức: "Tốt: 10; Khá: 8"), Có/Không, Điểm thưởng, Điểm trừ.',
  'Điểm viết bằng số, tối đa 2 chữ số thập phân (12,5). Không sửa cột ẩn "Chi tiết".',
];
