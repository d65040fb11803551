import PDFDocument from 'pdfkit';
import { formatPlaceDate, formatReference } from '../format';
import {
  HEADER_LEFT_SHARE,
  MARGINS_MM,
  MOTTO,
  NATIONAL_TITLE,
  PARAGRAPH_SPACING_PT,
  FIRST_LINE_INDENT_MM,
  SIGNATURE_SPACE_PT,
  SIZE,
  mmToPt,
} from '../layout';
import type {
  Align,
  Annex,
  Block,
  OfficialDocument,
  Orientation,
  Paragraph,
  Run,
  Signature,
  Table,
  TableCell,
} from '../model';
import { splitSignatureLines } from './signature-lines';

/** The four faces of the embedded font (Tinos: Times New Roman metrics, every Vietnamese glyph). */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly italic: Uint8Array;
  readonly boldItalic: Uint8Array;
}

export interface PdfOptions {
  readonly fonts: PdfFonts;
  /** Author in the file's properties (the council). */
  readonly author?: string;
  /** Creation date in the file's properties (defaults to now). */
  readonly createdAt?: Date;
}

type Face = 'R' | 'B' | 'I' | 'BI';
type Doc = PDFKit.PDFDocument;

const MARGINS = {
  top: mmToPt(MARGINS_MM.top),
  bottom: mmToPt(MARGINS_MM.bottom),
  left: mmToPt(MARGINS_MM.left),
  right: mmToPt(MARGINS_MM.right),
};
const LINE_GAP = 1.5;
const CELL_PAD_X = 3;
const CELL_PAD_Y = 2.5;

/**
 * Renders a document to PDF with pdfkit, embedding subsets of the given fonts (nothing from the system).
 * Pages are A4 with the decree's margins; page numbers are centred at the top from page 2.
 */
export async function renderPdf(document: OfficialDocument, options: PdfOptions): Promise<Buffer> {
  return renderPdfBundle([document], { ...options, title: document.title });
}

/**
 * Several documents in one PDF (a dossier, Nghị định 152/2025 Art. 33.12), each starting on a new page
 * in its own orientation and numbering its own pages from its second one — as the paper originals.
 */
export async function renderPdfBundle(
  documents: readonly OfficialDocument[],
  options: PdfOptions & { title: string },
): Promise<Buffer> {
  const [first] = documents;
  if (!first) throw new Error('renderPdfBundle needs at least one document');
  const pdf = new PDFDocument({
    size: 'A4',
    layout: first.orientation,
    margins: MARGINS,
    bufferPages: true,
    autoFirstPage: true,
    lang: 'vi-VN',
    displayTitle: true,
    pdfVersion: '1.7',
    // No default font: pdfkit would load Helvetica (a standard font) or, given the regular face's bytes,
    // cache it under its PostScript name only — then every later `font('R')` re-parsed the font file (its
    // name matched, so the 'R' key was never cached), which was most of a large table's rendering time.
    // Every text call below selects one of the four registered faces first.
    font: null as unknown as string,
    info: {
      Title: options.title,
      Author: options.author ?? '',
      Creator: 'thidua',
      Producer: 'thidua',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  pdf.registerFont('R', Buffer.from(options.fonts.regular));
  pdf.registerFont('B', Buffer.from(options.fonts.bold));
  pdf.registerFont('I', Buffer.from(options.fonts.italic));
  pdf.registerFont('BI', Buffer.from(options.fonts.boldItalic));
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const starts: number[] = [];
  documents.forEach((document, i) => {
    if (i > 0) addPage(pdf, document.orientation);
    starts.push(pdf.bufferedPageRange().count - 1);
    drawDocument(pdf, document);
  });
  const total = pdf.bufferedPageRange().count;
  starts.forEach((start, i) => drawPageNumbers(pdf, start, starts[i + 1] ?? total));

  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}

function drawDocument(pdf: Doc, document: OfficialDocument): void {
  drawHeader(pdf, document);
  drawTitle(pdf, document.documentType, document.summary);
  for (const block of document.body) drawBlock(pdf, block);
  drawSignatures(pdf, document.signatures, document.recipients);
  for (const annex of document.annexes ?? []) drawAnnex(pdf, annex);
}

function face(run: { bold?: boolean | undefined; italic?: boolean | undefined }): Face {
  if (run.bold && run.italic) return 'BI';
  if (run.bold) return 'B';
  if (run.italic) return 'I';
  return 'R';
}

function usable(pdf: Doc): { x: number; width: number; bottom: number } {
  const { page } = pdf;
  return {
    x: page.margins.left,
    width: page.width - page.margins.left - page.margins.right,
    bottom: page.height - page.margins.bottom,
  };
}

function centredLines(
  pdf: Doc,
  lines: readonly string[],
  f: Face,
  size: number,
  x: number,
  width: number,
  y: number,
): number {
  let top = y;
  for (const line of lines) {
    if (line === '') continue;
    pdf.font(f).fontSize(size).text(line, x, top, { width, align: 'center', lineGap: LINE_GAP });
    top = pdf.y;
  }
  return top;
}

/** A solid rule of the given length, centred over [x, x + width]. */
function rule(pdf: Doc, x: number, width: number, length: number, y: number): void {
  const start = x + (width - length) / 2;
  pdf
    .save()
    .lineWidth(0.6)
    .moveTo(start, y)
    .lineTo(start + length, y)
    .stroke()
    .restore();
}

function drawHeader(pdf: Doc, document: OfficialDocument): void {
  const { header } = document;
  const { x, width } = usable(pdf);
  const leftWidth = width * HEADER_LEFT_SHARE;
  const rightX = x + leftWidth;
  const rightWidth = width - leftWidth;
  const top = pdf.page.margins.top;

  // Left: parent body, issuing body with its short rule (1/3–1/2 of its line), number and symbol.
  let left = top;
  if (header.parentBody)
    left = centredLines(
      pdf,
      header.parentBody.toUpperCase().split('\n'),
      'R',
      SIZE.parentBody,
      x,
      leftWidth,
      left,
    );
  const issuingLines = header.issuingBody.toUpperCase().split('\n');
  left = centredLines(pdf, issuingLines, 'B', SIZE.issuingBody, x, leftWidth, left);
  const longest = Math.max(
    ...issuingLines.map((l) => pdf.font('B').fontSize(SIZE.issuingBody).widthOfString(l)),
  );
  rule(pdf, x, leftWidth, Math.min(leftWidth, longest) * 0.4, left + 2);
  left += 8;
  if (header.reference)
    left = centredLines(pdf, [formatReference(header.reference)], 'R', SIZE.reference, x, leftWidth, left);

  // Right: Quốc hiệu, Tiêu ngữ with a rule as long as it, then the place and date in italics.
  let right = centredLines(pdf, [NATIONAL_TITLE], 'B', SIZE.nationalTitle, rightX, rightWidth, top);
  right = centredLines(pdf, [MOTTO], 'B', SIZE.motto, rightX, rightWidth, right);
  rule(pdf, rightX, rightWidth, pdf.font('B').fontSize(SIZE.motto).widthOfString(MOTTO), right + 1);
  right += 8;
  right = centredLines(
    pdf,
    [formatPlaceDate(header.place, header.date, header.draftYear)],
    'I',
    SIZE.placeDate,
    rightX,
    rightWidth,
    right,
  );

  pdf.x = x;
  pdf.y = Math.max(left, right) + 14;
}

function drawTitle(pdf: Doc, documentType: string, summary: readonly string[]): void {
  const { x, width } = usable(pdf);
  let y = pdf.y;
  if (documentType) y = centredLines(pdf, [documentType.toUpperCase()], 'B', SIZE.documentType, x, width, y);
  if (summary.length > 0) {
    y = centredLines(pdf, summary, 'B', SIZE.summary, x, width, y);
    const longest = Math.max(...summary.map((l) => pdf.font('B').fontSize(SIZE.summary).widthOfString(l)));
    rule(pdf, x, width, Math.min(width, longest) * 0.4, y + 2);
    y += 6;
  }
  pdf.x = x;
  pdf.y = y + 10;
}

function drawBlock(pdf: Doc, block: Block): void {
  const { x, width } = usable(pdf);
  pdf.x = x;
  switch (block.kind) {
    case 'heading': {
      const f: Face = block.level === 2 ? 'BI' : 'B';
      const align = block.level === 3 ? 'center' : 'left';
      keepWithNext(pdf, SIZE.heading * 3);
      pdf
        .font(f)
        .fontSize(SIZE.heading)
        .text(block.text, x, pdf.y, { width, align, lineGap: LINE_GAP, paragraphGap: PARAGRAPH_SPACING_PT });
      return;
    }
    case 'paragraph':
      drawParagraph(pdf, block, x, width);
      return;
    case 'table':
      drawTable(pdf, block);
      pdf.y += PARAGRAPH_SPACING_PT;
      return;
    case 'pageBreak':
      addPage(pdf, pdf.page.layout as Orientation);
      return;
    default: {
      const unknown: never = block;
      throw new Error(`unknown block ${String(unknown)}`);
    }
  }
}

function keepWithNext(pdf: Doc, height: number): void {
  if (pdf.y + height > usable(pdf).bottom) addPage(pdf, pdf.page.layout as Orientation);
}

function addPage(pdf: Doc, layout: Orientation): void {
  pdf.addPage({ size: 'A4', layout, margins: MARGINS });
}

function drawParagraph(pdf: Doc, paragraph: Paragraph, x: number, width: number): void {
  const list: readonly Run[] = paragraph.runs.length > 0 ? paragraph.runs : [{ text: '' }];
  const options: PDFKit.Mixins.TextOptions = {
    width,
    align: paragraph.align ?? 'justify',
    indent: paragraph.noIndent ? 0 : mmToPt(FIRST_LINE_INDENT_MM),
    lineGap: LINE_GAP,
    paragraphGap: PARAGRAPH_SPACING_PT,
  };
  let left = x;
  let across = width;
  if (list.length > 1 && (options.align === 'center' || options.align === 'right')) {
    // pdfkit aligns continued runs each on its own, so on a centred line they land on top of each
    // other ("Kính gửi:" over the addressees). A line that fits is placed by its whole width and its
    // runs drawn from there; a paragraph that wraps is drawn left-aligned.
    const whole = list.reduce(
      (w, run) => w + pdf.font(face(run)).fontSize(SIZE.body).widthOfString(run.text),
      0,
    );
    if (whole <= width - (options.indent ?? 0)) {
      const shift = options.align === 'center' ? (width - whole) / 2 : width - whole;
      left = x + shift;
      across = width - shift;
    }
    options.align = 'left';
  }
  list.forEach((run, i) => {
    const last = i === list.length - 1;
    pdf.font(face(run)).fontSize(SIZE.body);
    const runOptions = { ...options, width: across, continued: !last, underline: run.underline ?? false };
    if (i === 0) pdf.text(run.text, left, pdf.y, runOptions);
    else pdf.text(run.text, runOptions);
  });
}

interface Layout {
  readonly x: number;
  readonly widths: readonly number[];
  readonly size: number;
}

function drawTable(pdf: Doc, table: Table): void {
  const { x, width } = usable(pdf);
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const layout: Layout = {
    x,
    widths: table.columns.map((c) => (width * c.width) / total),
    size: table.fontSize ?? SIZE.table,
  };
  const headerHeight = table.header.reduce((s, row) => s + rowHeight(pdf, layout, row, true), 0);
  // A table never starts with its header alone at the foot of a page.
  const firstRow = table.rows[0];
  if (pdf.y + headerHeight + (firstRow ? rowHeight(pdf, layout, firstRow, false) : 0) > usable(pdf).bottom) {
    addPage(pdf, pdf.page.layout as Orientation);
  }
  const drawHeaderRows = () => {
    for (const row of table.header) drawRow(pdf, layout, row, true, table);
  };
  drawHeaderRows();
  for (const row of table.rows) {
    const height = rowHeight(pdf, layout, row, false);
    if (pdf.y + height > usable(pdf).bottom) {
      addPage(pdf, pdf.page.layout as Orientation);
      drawHeaderRows();
    }
    drawRow(pdf, layout, row, false, table);
  }
  pdf.x = x;
}

function cellWidths(layout: Layout, row: readonly TableCell[]): number[] {
  const out: number[] = [];
  let col = 0;
  for (const c of row) {
    const span = c.span ?? 1;
    out.push(layout.widths.slice(col, col + span).reduce((s, w) => s + w, 0));
    col += span;
  }
  return out;
}

function cellFace(c: TableCell, header: boolean): Face {
  return face({ bold: header || c.bold, italic: c.italic });
}

function rowHeight(pdf: Doc, layout: Layout, row: readonly TableCell[], header: boolean): number {
  const widths = cellWidths(layout, row);
  let max = 0;
  row.forEach((c, i) => {
    pdf.font(cellFace(c, header)).fontSize(layout.size);
    const h = pdf.heightOfString(c.text || ' ', { width: (widths[i] ?? 0) - 2 * CELL_PAD_X, lineGap: 0.5 });
    max = Math.max(max, h);
  });
  return max + 2 * CELL_PAD_Y;
}

function drawRow(pdf: Doc, layout: Layout, row: readonly TableCell[], header: boolean, table: Table): void {
  const widths = cellWidths(layout, row);
  const height = rowHeight(pdf, layout, row, header);
  const y = pdf.y;
  let cx = layout.x;
  let col = 0;
  row.forEach((c, i) => {
    const w = widths[i] ?? 0;
    pdf.save().lineWidth(0.5).rect(cx, y, w, height).stroke().restore();
    const align: Align = c.align ?? (header ? 'center' : (table.columns[col]?.align ?? 'left'));
    pdf
      .font(cellFace(c, header))
      .fontSize(layout.size)
      .text(c.text, cx + CELL_PAD_X, y + CELL_PAD_Y, { width: w - 2 * CELL_PAD_X, align, lineGap: 0.5 });
    cx += w;
    col += c.span ?? 1;
  });
  pdf.x = layout.x;
  pdf.y = y + height;
}

function drawSignatureBlock(pdf: Doc, signature: Signature, x: number, width: number, top: number): number {
  let y = centredLines(pdf, splitSignatureLines(signature), 'B', SIZE.signature, x, width, top);
  y += SIGNATURE_SPACE_PT;
  if (signature.name) y = centredLines(pdf, [signature.name], 'B', SIZE.signerName, x, width, y);
  return y;
}

function drawRecipients(
  pdf: Doc,
  recipients: readonly string[],
  x: number,
  width: number,
  top: number,
): number {
  pdf.font('BI').fontSize(SIZE.recipientsLabel).text('Nơi nhận:', x, top, { width, lineGap: 0.5 });
  pdf.font('R').fontSize(SIZE.recipients);
  for (const r of recipients) pdf.text(`- ${r}`, x, pdf.y, { width, lineGap: 0.5 });
  return pdf.y;
}

function drawSignatures(pdf: Doc, signatures: readonly Signature[], recipients: readonly string[]): void {
  const { x, width } = usable(pdf);
  const needed = SIGNATURE_SPACE_PT + 5 * SIZE.signature * 1.3;
  pdf.y += PARAGRAPH_SPACING_PT;
  if (pdf.y + needed > usable(pdf).bottom) addPage(pdf, pdf.page.layout as Orientation);
  const top = pdf.y;
  let bottom = top;
  if (signatures.length >= 2) {
    const each = width / signatures.length;
    signatures.forEach((s, i) => {
      bottom = Math.max(bottom, drawSignatureBlock(pdf, s, x + i * each, each, top));
    });
    if (recipients.length > 0) bottom = drawRecipients(pdf, recipients, x, width * 0.5, bottom + 12);
  } else {
    const leftWidth = width * 0.45;
    if (recipients.length > 0) bottom = drawRecipients(pdf, recipients, x, leftWidth - 6, top);
    const [only] = signatures;
    if (only) bottom = Math.max(bottom, drawSignatureBlock(pdf, only, x + leftWidth, width - leftWidth, top));
  }
  pdf.x = x;
  pdf.y = bottom;
}

function drawAnnex(pdf: Doc, annex: Annex): void {
  addPage(pdf, annex.orientation ?? 'portrait');
  const { x, width } = usable(pdf);
  let y = centredLines(pdf, [annex.title.toUpperCase()], 'B', SIZE.documentType, x, width, pdf.y);
  y = centredLines(pdf, annex.caption.slice(0, 1), 'B', SIZE.summary, x, width, y);
  y = centredLines(pdf, annex.caption.slice(1), 'I', SIZE.summary, x, width, y);
  pdf.x = x;
  pdf.y = y + 10;
  for (const block of annex.body) drawBlock(pdf, block);
}

/**
 * Page numbers of one document (pages [start, end) of the file): Arabic, centred in the top margin, from
 * its second page on (Nghị định 30, area 11).
 */
function drawPageNumbers(pdf: Doc, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    pdf.switchToPage(i);
    const { page } = pdf;
    const y = page.margins.top / 2 - SIZE.pageNumber / 2;
    pdf
      .font('R')
      .fontSize(SIZE.pageNumber)
      .text(String(i - start + 1), 0, y, { width: page.width, align: 'center', lineBreak: false });
  }
}
