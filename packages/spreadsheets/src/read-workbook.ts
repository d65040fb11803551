import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type CellInput, plainValue } from './read-value';

/** One sheet's cells as plain values: `rows.get(7)?.[6]` is F7 (1-based, sparse). */
export interface SheetValues {
  name: string;
  rows: Map<number, CellInput[]>;
}

/**
 * Reads every sheet of an .xlsx with the streaming reader (rows as they are parsed, values only), so a
 * large upload is never held as an object model. A file that is not an .xlsx is `null`.
 */
export async function readSheets(bytes: Uint8Array): Promise<SheetValues[] | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const sheets: SheetValues[] = [];
  try {
    for await (const worksheet of reader) {
      const rows = new Map<number, CellInput[]>();
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const plain: CellInput[] = [];
        for (let c = 1; c < values.length; c++) plain[c] = plainValue(values[c]);
        rows.set(row.number, plain);
      }
      sheets.push({ name: (worksheet as unknown as { name: string }).name, rows });
    }
  } catch {
    return null;
  }
  return sheets;
}

/** The value of a cell (null when empty or absent). */
export function valueAt(sheet: SheetValues, row: number, column: number): CellInput {
  return sheet.rows.get(row)?.[column] ?? null;
}
