// CSV as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as mojibake),
// RFC 4180 quoting, CRLF line ends. Pure functions, no I/O.

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** Characters that make Excel (or LibreOffice) read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. A value with a comma, a quote or a line break is quoted, its quotes doubled (RFC 4180).
 * Free text (a reason someone typed) that starts like a formula gets a leading apostrophe, so opening
 * the export can never run `=HYPERLINK(…)` or worse (CSV injection); JSON cells need no such guard.
 */
export function csvCell(value: string | null | undefined, { text = true } = {}): string {
  let cell = value ?? '';
  if (text && FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One record: cells joined by commas, ended by CRLF. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000; // Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving time).

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as people in Vietnam write it: `05/02/2024 14:03:09` (Vietnam time). */
export function vietnamDateTime(instant: Date): string {
  const t = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return (
    `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ` +
    `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`
  );
}

/** The first instant of a Vietnam calendar day ('2024-02-05' → 2024-02-04T17:00:00Z). */
export function startOfVietnamDay(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}
