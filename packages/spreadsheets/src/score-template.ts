import type ExcelJS from 'exceljs';
import { columnLetter } from './cells';
import { NO, YES } from './read-value';
import {
  type CriterionKind,
  type CellState,
  CODE_ROW,
  encodeRowState,
  FIELD_ROW,
  fieldHeader,
  fieldsOf,
  FIRST_DATA_ROW,
  FIRST_INPUT_COLUMN,
  type InputField,
  META_SHEET,
  NAME_ROW,
  SCORE_SHEET,
  TEMPLATE_MARKER,
} from './score-layout';
import {
  BODY_FONT,
  BOLD_FONT,
  BORDER,
  fitWidth,
  HEADER_FILL,
  INPUT_FILL,
  LOCKED_FILL,
  NOTE_FONT,
  printSetup,
  TITLE_FONT,
} from './style';
import { streamingWorkbook } from './stream-writer';

export interface TemplateCriterion {
  code: string;
  name: string;
  points: number;
  kind: CriterionKind;
  /** The option codes of a rating criterion (a drop-down list in the template). */
  ratingOptions?: string[] | null;
}

export interface TemplateRow {
  unit: { id: string; code: string; name: string };
  /** One per criterion, in the criteria's order. */
  cells: CellState[];
}

/** What a score template is made from: exactly the cells one actor writes in one layer. */
export interface ScoreTemplateInput {
  creator: string;
  /** `Bảng điểm tự chấm - Cụm thi đua số 1 - Năm 2026`. */
  title: string;
  /** Lines under the title (who downloaded it, when, which revision). */
  notes: string[];
  clusterId: string;
  criteriaVersionId: string;
  layer: string;
  criteria: TemplateCriterion[];
  rows: TemplateRow[];
}

const PASSWORD = ''; // protection guards against slips, not against a determined user: the upload is checked

/**
 * The fill-in template: units as rows, criteria as columns (two for a quantitative criterion: plan and
 * actual), the cells the actor may write unlocked on a pale yellow, everything else locked and grey, the
 * sheet protected. Ratings and yes/no offer drop-down lists, numbers are validated as ≥ 0 (points at most
 * the criterion's standard). Hidden: each row's unit id and state (each cell's version and value at
 * download), and a sheet naming the cluster, revision and layer; the upload is checked against them.
 */
export async function writeScoreTemplate(input: ScoreTemplateInput): Promise<Buffer> {
  const { workbook, finish } = streamingWorkbook(input.creator);
  const columns = input.criteria.flatMap((criterion, index) =>
    fieldsOf(criterion.kind).map((field) => ({ criterion, index, field })),
  );
  const sheet = workbook.addWorksheet(SCORE_SHEET, {
    views: [{ state: 'frozen', xSplit: FIRST_INPUT_COLUMN - 1, ySplit: FIELD_ROW, showGridLines: true }],
  });
  const unitNameWidth = fitWidth(
    'Tên đơn vị',
    input.rows.map((r) => r.unit.name),
    20,
    45,
  );
  // Styles by column (inherited by each cell as it is made): inputs unlocked on yellow. Styling each of
  // 370,000 cells one by one doubled the time of the 2,000-unit template; only exceptions are styled.
  const fixed = { border: BORDER, font: BODY_FONT };
  sheet.columns = [
    { width: 10, hidden: true },
    { width: 10, hidden: true },
    { width: 5, style: fixed },
    { width: 10, style: fixed },
    { width: unitNameWidth, style: fixed },
    ...columns.map(({ field, criterion }) => ({
      width:
        field === 'rating' ? Math.max(12, ...(criterion.ratingOptions ?? []).map((o) => o.length + 4)) : 12,
      style: { ...fixed, fill: INPUT_FILL, protection: { locked: false } },
    })),
  ];
  const titleRow = sheet.addRow([null, null, input.title.toUpperCase()]);
  titleRow.font = TITLE_FONT;
  titleRow.getCell(3).border = {};
  titleRow.commit();
  // Exactly the rows above the header, whatever the number of notes: the reader finds codes on CODE_ROW.
  for (let r = 2; r < CODE_ROW; r++) {
    const note = input.notes[r - 2];
    const row = sheet.addRow(note === undefined ? [] : [null, null, note]);
    row.font = NOTE_FONT;
    if (note !== undefined) row.getCell(3).border = {};
    row.commit();
  }
  headerRows(sheet, input.criteria, columns);

  input.rows.forEach((row, i) => {
    const values: ExcelJS.CellValue[] = [
      row.unit.id,
      encodeRowState({ unitId: row.unit.id, ...row.unit, cells: row.cells }),
      i + 1,
      row.unit.code,
      row.unit.name,
    ];
    for (const { index, field } of columns) values.push(shown(row.cells[index]?.original[field], field));
    const line = sheet.addRow(values);
    columns.forEach(({ index }, i) => {
      if (row.cells[index]?.writable) return;
      const cell = line.getCell(FIRST_INPUT_COLUMN + i);
      cell.fill = LOCKED_FILL;
      cell.protection = { locked: true };
    });
    line.commit();
  });
  validations(sheet, columns, input.rows.length);
  printSetup(sheet, { landscape: true, headerRows: [CODE_ROW, FIELD_ROW] });
  await sheet.protect(PASSWORD, {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: false,
    autoFilter: false,
    insertRows: false,
    deleteRows: false,
  });
  sheet.commit();

  const meta = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  for (const line of [
    [TEMPLATE_MARKER],
    ['clusterId', input.clusterId],
    ['criteriaVersionId', input.criteriaVersionId],
    ['layer', input.layer],
    ['columns', columns.length],
    ...columns.map((c, i) => [FIRST_INPUT_COLUMN + i, c.criterion.code, c.field]),
  ]) {
    meta.addRow(line).commit();
  }
  await meta.protect(PASSWORD, {});
  meta.commit();
  return finish();
}

function headerRows(
  sheet: ExcelJS.Worksheet,
  criteria: readonly TemplateCriterion[],
  columns: readonly { criterion: TemplateCriterion; index: number; field: InputField }[],
): void {
  const fixed = ['STT', 'Mã đơn vị', 'Tên đơn vị'];
  const codes = sheet.addRow([null, null, ...fixed, ...columns.map((c) => c.criterion.code)]);
  const names = sheet.addRow([null, null, null, null, null, ...columns.map((c) => c.criterion.name)]);
  const fields = sheet.addRow([
    null,
    null,
    null,
    null,
    null,
    ...columns.map((c) => fieldHeader(c.field, c.criterion.points)),
  ]);
  for (const row of [codes, names, fields]) {
    row.font = BOLD_FONT;
    for (let c = 3; c < FIRST_INPUT_COLUMN + columns.length; c++) {
      const cell = row.getCell(c);
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.protection = { locked: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  names.height = 60;
  names.font = { ...BOLD_FONT, size: 10 };
  // The fixed headers span the three header rows; a criterion's code and name span its fields.
  for (let c = 3; c < FIRST_INPUT_COLUMN; c++) sheet.mergeCells(CODE_ROW, c, FIELD_ROW, c);
  let column = FIRST_INPUT_COLUMN;
  criteria.forEach((criterion) => {
    const span = fieldsOf(criterion.kind).length;
    if (span > 1) {
      sheet.mergeCells(CODE_ROW, column, CODE_ROW, column + span - 1);
      sheet.mergeCells(NAME_ROW, column, NAME_ROW, column + span - 1);
    }
    column += span;
  });
  for (const row of [codes, names, fields]) row.commit();
}

function validations(
  sheet: ExcelJS.Worksheet,
  columns: readonly { criterion: TemplateCriterion; field: InputField }[],
  rows: number,
): void {
  if (rows === 0) return;
  // The streaming writer has them; exceljs's type of Worksheet does not declare them.
  const { dataValidations } = sheet as unknown as {
    dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void };
  };
  const last = FIRST_DATA_ROW + rows - 1;
  columns.forEach(({ criterion, field }, i) => {
    const letter = columnLetter(FIRST_INPUT_COLUMN + i);
    const range = `${letter}${FIRST_DATA_ROW}:${letter}${last}`;
    const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const };
    if (field === 'rating' || field === 'done') {
      const options = field === 'done' ? [YES, NO] : (criterion.ratingOptions ?? []);
      dataValidations.add(range, {
        ...common,
        type: 'list',
        formulae: [`"${options.join(',')}"`],
        errorTitle: 'Giá trị không hợp lệ',
        error: `Chọn một trong: ${options.join(', ')}`,
      });
    } else {
      const max = field === 'points' ? criterion.points : 1e15;
      dataValidations.add(range, {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [0, max],
        errorTitle: 'Số không hợp lệ',
        error:
          field === 'points' ? `Nhập điểm từ 0 đến ${String(max).replace('.', ',')}` : 'Nhập một số không âm',
      });
    }
  });
}

function shown(value: number | string | boolean | undefined, field: InputField): ExcelJS.CellValue {
  if (value === undefined) return null;
  if (field === 'done') return value === true ? YES : NO;
  return value;
}
