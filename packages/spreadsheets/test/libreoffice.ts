import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from './csv';

// LibreOffice headless as a real client of our .xlsx files (test helpers only): it opens a file and
// saves it again as .xlsx, or writes every sheet as CSV.

function soffice(workDir: string, args: string[]): void {
  execFileSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${join(workDir, 'profile')}`, ...args],
    { env: { ...process.env, HOME: workDir }, timeout: 180_000, stdio: 'pipe' },
  );
}

/** The file as another spreadsheet program saves it: opened and written again by LibreOffice. */
export function resaveWithLibreOffice(bytes: Uint8Array): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-xlsx-lo-'));
  writeFileSync(join(dir, 'mau.xlsx'), bytes);
  soffice(dir, ['--convert-to', 'xlsx', '--outdir', join(dir, 'out'), join(dir, 'mau.xlsx')]);
  return readFileSync(join(dir, 'out', 'mau.xlsx'));
}

/**
 * Every sheet of the workbook as CSV rows, as LibreOffice reads it (UTF-8, comma-separated, numbers as
 * LibreOffice formats them in its default en-US locale), keyed by sheet name.
 */
export function csvSheetsWithLibreOffice(
  bytes: Uint8Array,
  sheetNames: readonly string[],
): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-xlsx-csv-'));
  writeFileSync(join(dir, 'bang.xlsx'), bytes);
  // Filter options: comma, double quote, UTF-8, first line 1, …, sheet -1 = every sheet to its own file.
  soffice(dir, [
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
    '--outdir',
    join(dir, 'out'),
    join(dir, 'bang.xlsx'),
  ]);
  const files = readdirSync(join(dir, 'out'));
  const out = new Map<string, string[][]>();
  for (const name of sheetNames) {
    const file =
      files.find((f) => f === `bang-${name}.csv`) ?? (sheetNames.length === 1 ? files[0] : undefined);
    if (!file) throw new Error(`LibreOffice wrote no CSV for sheet ${name} (${files.join(', ')})`);
    out.set(name, parseCsv(readFileSync(join(dir, 'out', file), 'utf8'), { anyLineBreak: true }));
  }
  return out;
}
