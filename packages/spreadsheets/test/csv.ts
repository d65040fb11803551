/**
 * RFC 4180 CSV into records of cells (quotes doubled, line breaks inside quotes), a byte-order mark
 * dropped. A record ends at CRLF, as the API writes it; with `anyLineBreak` also at a lone LF or CR, as
 * LibreOffice writes it. With `strict`, a text whose last record does not end with CRLF is refused.
 * Shared by the spreadsheet, server and browser tests.
 */
export function parseCsv(text: string, { anyLineBreak = false, strict = false } = {}): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const crlf = c === '\r' && body[i + 1] === '\n';
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (crlf || (anyLineBreak && (c === '\n' || c === '\r'))) {
      if (crlf) i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    if (strict) throw new Error('the CSV does not end with CRLF');
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
