import { PassThrough, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { type CellInput, plainValue } from './read-value';

/** One sheet's cells as plain values: `rows.get(7)?.[6]` is F7 (1-based, sparse). */
export interface SheetValues {
  name: string;
  rows: Map<number, CellInput[]>;
}

/**
 * Reads every sheet of an .xlsx with the streaming reader (rows as they are parsed, values only), so a
 * large upload is never held as an object model. A file that is not an .xlsx is `null`. `whole` reads a
 * small file (a list, a criteria table) with the full reader instead: LibreOffice writes the shared
 * strings and the workbook's relations after the sheets, which the streaming reader must then buffer
 * anyway. (Once in CI a re-saved tasks template was read as "not a template"; 200 concurrent streaming
 * reads of the same kind of file did not reproduce it, so the small files leave that path altogether.)
 */
export async function readSheets(bytes: Uint8Array, { whole = false } = {}): Promise<SheetValues[] | null> {
  if (whole) return readSheetsWhole(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  decodeWholeCharacters(reader);
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
    // exceljs 4.4's streaming reader sometimes fails on a valid file whose parts come in an order it does
    // not expect (`this.model` unset, found by the round-trip property test): the full reader decides.
    return readSheetsWhole(bytes);
  }
  return sheets;
}

/** The same values through exceljs's full (non-streaming) reader; `null` when the bytes are no .xlsx. */
async function readSheetsWhole(bytes: Uint8Array): Promise<SheetValues[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  return workbook.worksheets.map((worksheet) => {
    const rows = new Map<number, CellInput[]>();
    worksheet.eachRow((row, number) => {
      const values = row.values as unknown[];
      const plain: CellInput[] = [];
      for (let c = 1; c < values.length; c++) plain[c] = plainValue(values[c]);
      rows.set(number, plain);
    });
    return { name: worksheet.name, rows };
  });
}

/** The value of a cell (null when empty or absent). */
export function valueAt(sheet: SheetValues, row: number, column: number): CellInput {
  return sheet.rows.get(row)?.[column] ?? null;
}

/** Chunks of one XML part decoded as UTF-8 by one decoder, so no character is cut at a chunk's end. */
async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs 4.4's streaming reader decodes every chunk of a part on its own (one shared TextDecoder, not in
 * streaming mode): a Vietnamese letter whose bytes straddle two chunks became U+FFFD ("Kh��ng"), found by
 * the 2,000-unit benchmark. Its parser passes strings through untouched, so each part — the shared strings
 * and every worksheet — is handed to it already decoded, per part, by its own decoder.
 */
function decodeWholeCharacters(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as {
    _parseWorksheet: (iterator: AsyncIterable<Buffer | string>, sheetNo: string) => Generator<unknown>;
    _parseSharedStrings: (entry: NodeJS.ReadableStream) => AsyncGenerator<unknown>;
  };
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8(iterator), sheetNo);
  internals._parseSharedStrings = (entry) =>
    parseSharedStrings(entry.pipe(new PassThrough()).setEncoding('utf8'));
}
