import type ExcelJS from 'exceljs';
import {
  BODY_FONT,
  BOLD_FONT,
  BORDER,
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  fitWidth,
  HEADER_FILL,
  INTEGER_FORMAT,
  NOTE_FONT,
  NUMBER_FORMAT,
  printSetup,
  TITLE_FONT,
} from './style';
import { streamingWorkbook } from './stream-writer';

/** How a column's values are written and shown. */
export type ColumnKind = 'text' | 'number' | 'integer' | 'date' | 'dateTime';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters; fitted to the header when absent. */
  width?: number;
}

export type TableValue = string | number | Date | null;

/** One sheet of an export: a table under the council's header rows. */
export interface TableSheet {
  /** The sheet's tab (at most 31 characters, no `/\?*[]:`). */
  name: string;
  /** The document's title (`BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM`), upper-cased on the sheet. */
  title: string;
  /** Lines under the title: the cluster, the period, the criteria revision, the time of export. */
  subtitle: string[];
  columns: TableColumn[];
  rows: Iterable<TableValue[]> | AsyncIterable<TableValue[]>;
  /** Wide tables print landscape. Default: landscape when more than 8 columns. */
  landscape?: boolean;
  /** Notes printed under the table (what a status means, …). */
  notes?: string[];
}

/** The header every export carries: the issuing body (the council) on the first row. */
export interface ExportHeader {
  /** `HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH HẢI HÀ`. */
  issuer: string;
  creator: string;
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: '@',
  number: NUMBER_FORMAT,
  integer: INTEGER_FORMAT,
  date: DATE_FORMAT,
  dateTime: DATE_TIME_FORMAT,
};

/**
 * Writes the sheets as one .xlsx, streaming: the issuer, title and subtitle rows, the header row
 * (frozen, repeated on every printed page, filterable), then the rows as they come, numbers as
 * numbers (never text), dates as dates.
 */
export async function writeTables(header: ExportHeader, sheets: readonly TableSheet[]): Promise<Buffer> {
  const { workbook, finish } = streamingWorkbook(header.creator);
  for (const spec of sheets) await writeSheet(workbook, header, spec);
  return finish();
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  header: ExportHeader,
  spec: TableSheet,
): Promise<void> {
  const headerRow = 3 + spec.subtitle.length + 1;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0, showGridLines: true }],
  });
  // Styles by column, inherited by every cell as it is made: styling each of 600,000 cells one by one
  // tripled the time of a large export.
  sheet.columns = spec.columns.map((c) => ({
    width: c.width ?? fitWidth(c.header),
    style: { font: BODY_FONT, numFmt: FORMATS[c.kind], border: BORDER },
  }));
  const width = spec.columns.length;
  const line = (text: string, font: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow([text]);
    row.font = font;
    if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: false };
    row.getCell(1).border = {};
    row.commit();
  };
  line(header.issuer.toUpperCase(), BOLD_FONT);
  line(spec.title.toUpperCase(), TITLE_FONT);
  for (const s of spec.subtitle) line(s, NOTE_FONT);
  sheet.addRow([]).commit();
  const head = sheet.addRow(spec.columns.map((c) => c.header));
  head.height = 32;
  head.eachCell((cell) => {
    cell.font = BOLD_FONT;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  head.commit();
  let count = 0;
  for await (const values of spec.rows) {
    sheet.addRow(values.map((v, i) => cellValue(v, spec.columns[i]?.kind ?? 'text'))).commit();
    count++;
  }
  if (count > 0) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + count, column: width } };
  }
  for (const note of spec.notes ?? []) {
    const row = sheet.addRow([note]);
    row.font = NOTE_FONT;
    row.getCell(1).border = {};
    row.commit();
  }
  printSetup(sheet, { landscape: spec.landscape ?? width > 8, headerRows: [headerRow, headerRow] });
  sheet.commit();
}

function cellValue(value: TableValue, kind: ColumnKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'text') return String(value);
  return value;
}
