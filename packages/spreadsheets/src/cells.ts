// Cell addresses as people read them in a spreadsheet program: `Bảng điểm!D12`.

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `D12` for row 12, column 4. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** `Bảng điểm!D12`: the sheet's own name and the cell, as an error message names it. */
export function cellRef(sheet: string, row: number, column: number): string {
  return `${sheet}!${cellAddress(row, column)}`;
}

/** A problem with one cell, its message in Vietnamese (`125 vượt quá điểm chuẩn 100 của tiêu chí II.2`). */
export interface CellError {
  /** `Bảng điểm!D12`, or the sheet's name alone when the whole sheet is wrong. */
  cell: string;
  message: string;
}

/** `Bảng điểm!D12: 125 vượt quá điểm chuẩn 100 của tiêu chí II.2`. */
export function describeCellError(error: CellError): string {
  return `${error.cell}: ${error.message}`;
}
