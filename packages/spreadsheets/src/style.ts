import type ExcelJS from 'exceljs';

// The look every spreadsheet of thidua shares: Times New Roman like the official documents, bold
// headers on a light fill, thin borders, A4 print setup with the header rows repeated on every page.

export const FONT = 'Times New Roman';
export const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 12 };
export const BOLD_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 12, bold: true };
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 14, bold: true };
export const NOTE_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 11, italic: true };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E2F3' },
};
/** Cells nobody types into in a template: grey. */
export const LOCKED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEDEDED' },
};
/** Cells the template's user fills: pale yellow, unlocked. */
export const INPUT_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF9DB' },
};

/**
 * Number formats: values keep their exact decimals; the spreadsheet program shows them with the
 * reader's own separators (`996,4` under Vietnamese settings). Dates are dd/mm/yyyy.
 */
export const NUMBER_FORMAT = 'General';
export const INTEGER_FORMAT = '0';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** A4, landscape for wide tables, fitted to the page's width, the header rows repeated on each page. */
export function printSetup(
  sheet: ExcelJS.Worksheet,
  { landscape, headerRows }: { landscape: boolean; headerRows: [number, number] },
): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRows[0]}:${headerRows[1]}`,
  };
  sheet.headerFooter = { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
}

/** A column width (in characters) that fits a header and typical values, within reason. */
export function fitWidth(header: string, sample: readonly string[] = [], min = 6, max = 60): number {
  const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length), 0);
  const longest = Math.max(Math.min(header.length, 24), longestWord, ...sample.map((s) => s.length));
  return Math.max(min, Math.min(max, longest + 2));
}
