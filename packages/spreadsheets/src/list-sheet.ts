import type ExcelJS from 'exceljs';
import { type CellError, cellRef, columnLetter } from './cells';
import { type CellInput } from './read-value';
import { readSheets, type SheetValues, valueAt } from './read-workbook';
import {
  BODY_FONT,
  BOLD_FONT,
  BORDER,
  HEADER_FILL,
  INPUT_FILL,
  LOCKED_FILL,
  NOTE_FONT,
  printSetup,
  TITLE_FONT,
} from './style';
import { streamingWorkbook } from './stream-writer';

// A list template: one row per record (a unit, a plan task) under one header row, the columns the user
// fills unlocked on yellow, rows they may add below, a hidden column A with each downloaded row's state
// (its id and values at download, so an upload is compared with what was shown), and a hidden sheet with
// a marker that finds the template again whatever another spreadsheet program did to names and order.
// Shared by the units and the plan-task imports; the score template has its own grid layout.

/** Rows: 1 title, 2–3 notes, 4 headers; records from row 5. Column A: hidden state; B: STT. */
export const LIST_HEADER_ROW = 4;
export const LIST_FIRST_ROW = 5;
export const LIST_STATE_COLUMN = 1;
export const LIST_FIRST_COLUMN = 2;

export interface ListColumn {
  header: string;
  width: number;
  /** A drop-down list of the values the column takes. */
  options?: readonly string[];
  /** Locked on the downloaded rows (a unit's code: it says which unit the row is). */
  lockedOnExisting?: boolean;
  /** Written as text (`@`), so a code like `001` or a date typed as `05/02/2026` stays as typed. */
  text?: boolean;
}

export interface ListRow {
  /** The hidden state of a downloaded row (JSON), or null. */
  state: string | null;
  /** One value per column after column A. */
  values: ExcelJS.CellValue[];
}

export interface ListTemplateInput {
  creator: string;
  marker: string;
  sheetName: string;
  title: string;
  /** Exactly two lines under the title (fewer leave blank rows). */
  notes: string[];
  columns: ListColumn[];
  rows: ListRow[];
  /** Blank rows offered below the downloaded ones (formatted and validated like them). */
  blankRows: number;
  /** Key–value pairs of the hidden sheet (the council, the plan…). */
  meta: [string, string][];
}

const PASSWORD = ''; // protection guards against slips, not against a determined user: the upload is checked

/** Writes a list template (streaming). */
export async function writeListTemplate(input: ListTemplateInput): Promise<Buffer> {
  const { workbook, finish } = streamingWorkbook(input.creator);
  const sheet = workbook.addWorksheet(input.sheetName, {
    views: [{ state: 'frozen', ySplit: LIST_HEADER_ROW, showGridLines: true }],
  });
  const fixed = { border: BORDER, font: BODY_FONT };
  sheet.columns = [
    { width: 10, hidden: true },
    ...input.columns.map((c, i) => ({
      width: c.width,
      style: {
        ...fixed,
        alignment: { vertical: 'top' as const, wrapText: true },
        ...(c.text ? { numFmt: '@' } : {}),
        ...(i === 0 ? {} : { fill: INPUT_FILL, protection: { locked: false } }),
      },
    })),
  ];
  const title = sheet.addRow([null, input.title.toUpperCase()]);
  title.font = TITLE_FONT;
  title.getCell(LIST_FIRST_COLUMN).border = {};
  title.commit();
  for (let r = 2; r < LIST_HEADER_ROW; r++) {
    const note = input.notes[r - 2];
    const row = sheet.addRow(note === undefined ? [] : [null, note]);
    row.font = NOTE_FONT;
    if (note !== undefined) row.getCell(LIST_FIRST_COLUMN).border = {};
    row.commit();
  }
  const header = sheet.addRow([null, ...input.columns.map((c) => c.header)]);
  header.font = BOLD_FONT;
  header.height = 45;
  for (let c = LIST_FIRST_COLUMN; c < LIST_FIRST_COLUMN + input.columns.length; c++) {
    const cell = header.getCell(c);
    cell.fill = HEADER_FILL;
    cell.protection = { locked: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  header.commit();
  input.rows.forEach((row) => {
    const line = sheet.addRow([row.state, ...row.values]);
    input.columns.forEach((column, i) => {
      if (!column.lockedOnExisting || row.state === null) return;
      const cell = line.getCell(LIST_FIRST_COLUMN + i);
      cell.fill = LOCKED_FILL;
      cell.protection = { locked: true };
    });
    line.commit();
  });
  const total = input.rows.length + input.blankRows;
  for (let i = input.rows.length; i < total; i++) sheet.addRow([null, i + 1]).commit();
  listValidations(sheet, input.columns, total);
  printSetup(sheet, { landscape: input.columns.length > 6, headerRows: [LIST_HEADER_ROW, LIST_HEADER_ROW] });
  await sheet.protect(PASSWORD, {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: false,
    sort: false,
    autoFilter: false,
  });
  sheet.commit();
  const meta = workbook.addWorksheet(`${input.sheetName} (mẫu)`, { state: 'hidden' });
  for (const line of [[input.marker], ...input.meta]) meta.addRow(line).commit();
  await meta.protect(PASSWORD, {});
  meta.commit();
  return finish();
}

function listValidations(sheet: ExcelJS.Worksheet, columns: readonly ListColumn[], rows: number): void {
  if (rows === 0) return;
  const { dataValidations } = sheet as unknown as {
    dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void };
  };
  columns.forEach((column, i) => {
    if (!column.options) return;
    const letter = columnLetter(LIST_FIRST_COLUMN + i);
    dataValidations.add(`${letter}${LIST_FIRST_ROW}:${letter}${LIST_FIRST_ROW + rows - 1}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      formulae: [`"${column.options.join(',')}"`],
      errorTitle: 'Giá trị không hợp lệ',
      error: `Chọn một trong: ${column.options.join(', ')}`,
    });
  });
}

/** One non-empty row of an uploaded list: its number, hidden state and values (index 0 is column B). */
export interface ListRowRead {
  row: number;
  state: string | null;
  values: CellInput[];
}

export interface ListRead {
  sheetName: string;
  meta: Map<string, string>;
  rows: ListRowRead[];
  /** `Đơn vị!D7` for a column (0 is column B) of a row. */
  at: (row: number, column: number) => string;
}

export type ListReadResult = { ok: true; list: ListRead } | { ok: false; errors: CellError[] };

/**
 * Reads an uploaded list template: finds the hidden sheet by its marker (not its name or position), the
 * data sheet by its header row, and returns every row that holds something besides its STT.
 */
export async function readListTemplate(
  bytes: Uint8Array,
  marker: string,
  sheetName: string,
  headers: readonly string[],
  notTemplate: string,
): Promise<ListReadResult> {
  const sheets = await readSheets(bytes, { whole: true });
  if (!sheets) {
    return {
      ok: false,
      errors: [{ cell: 'Tệp', message: 'không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)' }],
    };
  }
  const metaSheet = sheets.find((s) => valueAt(s, 1, 1) === marker);
  const data =
    sheets.find((s) => s !== metaSheet && hasHeaders(s, headers)) ??
    sheets.find((s) => s !== metaSheet && s.name === sheetName);
  if (!metaSheet || !data) return { ok: false, errors: [{ cell: 'Tệp', message: notTemplate }] };
  const name = data.name.startsWith('Sheet') ? sheetName : data.name;
  const meta = new Map<string, string>();
  for (const [r, line] of metaSheet.rows) {
    if (r > 1 && typeof line[1] === 'string') meta.set(line[1], String(line[2] ?? ''));
  }
  const at = (row: number, column: number) => cellRef(name, row, LIST_FIRST_COLUMN + column);
  const errors: CellError[] = [];
  headers.forEach((header, i) => {
    const shown = valueAt(data, LIST_HEADER_ROW, LIST_FIRST_COLUMN + i);
    if (String(shown ?? '') !== header) {
      errors.push({ cell: at(LIST_HEADER_ROW, i), message: `ô tiêu đề đã bị sửa (phải là "${header}")` });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  const rows: ListRowRead[] = [];
  for (const [row, line] of [...data.rows].sort(([a], [b]) => a - b)) {
    if (row < LIST_FIRST_ROW) continue;
    const values = headers.map((_, i) => line[LIST_FIRST_COLUMN + i] ?? null);
    const state = line[LIST_STATE_COLUMN];
    // STT alone (the template's numbered blank rows) is no record.
    if (state == null && values.slice(1).every((v) => v === null)) continue;
    rows.push({ row, state: typeof state === 'string' ? state : null, values });
  }
  return { ok: true, list: { sheetName: name, meta, rows, at } };
}

function hasHeaders(sheet: SheetValues, headers: readonly string[]): boolean {
  return headers.every((h, i) => valueAt(sheet, LIST_HEADER_ROW, LIST_FIRST_COLUMN + i) === h);
}

/** Text of a cell (numbers as their text), trimmed and in NFC; null when empty. */
export function cellText(input: CellInput): string | null {
  if (input === null) return null;
  if (input instanceof Date) return null;
  const text = String(input).normalize('NFC').trim();
  return text === '' ? null : text;
}

/** A name as compared with others: NFC, trimmed, lower case (a type, a recurrence, a unit's name). */
export const foldName = (text: string): string => text.normalize('NFC').trim().toLowerCase();
