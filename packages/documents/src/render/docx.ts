import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { formatPlaceDate, formatReference } from '../format';
import {
  A4_MM,
  FIRST_LINE_INDENT_MM,
  HEADER_LEFT_SHARE,
  MARGINS_MM,
  MOTTO,
  NATIONAL_TITLE,
  PARAGRAPH_SPACING_PT,
  SIGNATURE_SPACE_PT,
  SIZE,
  WORD_FONT,
  mmToTwip,
} from '../layout';
import type {
  Align,
  Annex,
  Block,
  OfficialDocument,
  Orientation,
  Run,
  Signature,
  Table,
  TableCell,
} from '../model';
import { splitSignatureLines } from './signature-lines';

/** Width of the motto at 13 pt bold Times (Tinos metrics), in points: its rule is exactly this long. */
const MOTTO_WIDTH_PT = 159.2;
const TWIP_PER_PT = 20;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;

/**
 * Renders a document to .docx with the `docx` library: Times New Roman, A4 with the decree's margins, a
 * borderless two-column header, tables whose header rows repeat on every page, and the page number
 * centred in the page header from page 2 (a different first page).
 */
export async function renderDocx(
  document: OfficialDocument,
  options: { author?: string } = {},
): Promise<Buffer> {
  const sections: ISectionOptions[] = [
    section(document.orientation, [
      headerTable(document, usableTwips(document.orientation)),
      ...title(document.documentType, document.summary, usableTwips(document.orientation)),
      ...document.body.flatMap((b) => block(b, usableTwips(document.orientation))),
      spacer(PARAGRAPH_SPACING_PT),
      signatureTable(document.signatures, document.recipients, usableTwips(document.orientation)),
    ]),
    ...(document.annexes ?? []).map((a) => annexSection(a)),
  ];
  const file = new Document({
    title: document.title,
    creator: options.author ?? 'thidua',
    lastModifiedBy: 'thidua',
    styles: {
      default: {
        document: { run: { font: WORD_FONT, size: SIZE.body * 2 }, paragraph: { spacing: { after: 0 } } },
      },
    },
    sections,
  });
  return Packer.toBuffer(file);
}

function usableTwips(orientation: Orientation): number {
  const pageWidth = orientation === 'landscape' ? A4_MM.height : A4_MM.width;
  return mmToTwip(pageWidth - MARGINS_MM.left - MARGINS_MM.right);
}

/** A section; the first page of the document carries no number (`titlePage`), later sections do. */
function section(
  orientation: Orientation,
  children: ISectionOptions['children'],
  titlePage = true,
): ISectionOptions {
  return {
    properties: {
      titlePage,
      page: {
        // docx swaps width and height for a landscape page.
        size: {
          width: mmToTwip(A4_MM.width),
          height: mmToTwip(A4_MM.height),
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwip(MARGINS_MM.top),
          bottom: mmToTwip(MARGINS_MM.bottom),
          left: mmToTwip(MARGINS_MM.left),
          right: mmToTwip(MARGINS_MM.right),
          header: mmToTwip(8),
          footer: mmToTwip(8),
        },
      },
    },
    headers: {
      first: new Header({ children: [new DocxParagraph({ children: [] })] }),
      default: new Header({
        children: [
          new DocxParagraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber * 2, font: WORD_FONT }),
            ],
          }),
        ],
      }),
    },
    children,
  };
}

function alignment(align: Align | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] {
  switch (align) {
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
    case 'left':
    case undefined:
      return AlignmentType.LEFT;
    default: {
      const unknown: never = align;
      throw new Error(`unknown alignment ${String(unknown)}`);
    }
  }
}

function text(value: string, size: number, style: Omit<Run, 'text'> = {}): TextRun {
  return new TextRun({
    text: value,
    size: size * 2,
    font: WORD_FONT,
    bold: style.bold ?? false,
    italics: style.italic ?? false,
    ...(style.underline ? { underline: {} } : {}),
  });
}

function centred(value: string, size: number, style: Omit<Run, 'text'> = {}, after = 0): DocxParagraph {
  return new DocxParagraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: after * TWIP_PER_PT },
    children: [text(value, size, style)],
  });
}

/** A centred solid rule of the given length (points) inside a column of the given width (twips). */
function ruleParagraph(lengthPt: number, columnTwips: number): DocxParagraph {
  const side = Math.max(0, Math.round((columnTwips - lengthPt * TWIP_PER_PT) / 2));
  return new DocxParagraph({
    indent: { left: side, right: side },
    spacing: { after: 80, line: 120, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [text('', 2)],
  });
}

/** Rough width of a bold line (points), for rules that are a share of their line (1/3–1/2). */
function estimateWidthPt(line: string, size: number): number {
  const upper = line === line.toUpperCase();
  return line.length * size * (upper ? 0.61 : 0.45);
}

function headerTable(document: OfficialDocument, width: number): DocxTable {
  const { header } = document;
  const leftWidth = Math.round(width * HEADER_LEFT_SHARE);
  const rightWidth = width - leftWidth;
  const issuing = header.issuingBody.toUpperCase().split('\n');
  const left = [
    ...(header.parentBody
      ? header.parentBody
          .toUpperCase()
          .split('\n')
          .map((l) => centred(l, SIZE.parentBody))
      : []),
    ...issuing.map((l) => centred(l, SIZE.issuingBody, { bold: true })),
    ruleParagraph(Math.max(...issuing.map((l) => estimateWidthPt(l, SIZE.issuingBody))) * 0.4, leftWidth),
    ...(header.reference ? [centred(formatReference(header.reference), SIZE.reference)] : []),
  ];
  const right = [
    centred(NATIONAL_TITLE, SIZE.nationalTitle, { bold: true }),
    centred(MOTTO, SIZE.motto, { bold: true }),
    ruleParagraph(MOTTO_WIDTH_PT, rightWidth),
    centred(formatPlaceDate(header.place, header.date, header.draftYear), SIZE.placeDate, { italic: true }),
  ];
  return borderlessTable([leftWidth, rightWidth], [left, right]);
}

function borderlessTable(widths: number[], cells: DocxParagraph[][]): DocxTable {
  return new DocxTable({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: cells.map(
          (children, i) =>
            new DocxTableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              borders: CELL_NO_BORDERS,
              children: children.length > 0 ? children : [new DocxParagraph({})],
            }),
        ),
      }),
    ],
  });
}

const CELL_NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;

function title(documentType: string, summary: readonly string[], width: number): DocxParagraph[] {
  const out: DocxParagraph[] = [spacer(10)];
  if (documentType) out.push(centred(documentType.toUpperCase(), SIZE.documentType, { bold: true }));
  for (const line of summary) out.push(centred(line, SIZE.summary, { bold: true }));
  if (summary.length > 0) {
    const longest = Math.max(...summary.map((l) => estimateWidthPt(l, SIZE.summary)));
    out.push(ruleParagraph(longest * 0.4, width));
  }
  out.push(spacer(6));
  return out;
}

function spacer(pt: number): DocxParagraph {
  return new DocxParagraph({
    spacing: { after: 0, before: 0, line: Math.max(20, pt * TWIP_PER_PT), lineRule: 'exact' },
    children: [],
  });
}

function block(b: Block, width: number): (DocxParagraph | DocxTable)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new DocxParagraph({
          alignment: b.level === 3 ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext: true,
          spacing: { before: PARAGRAPH_SPACING_PT * TWIP_PER_PT, after: PARAGRAPH_SPACING_PT * TWIP_PER_PT },
          children: [text(b.text, SIZE.heading, { bold: true, italic: b.level === 2 })],
        }),
      ];
    case 'paragraph':
      return [
        new DocxParagraph({
          alignment: alignment(b.align ?? 'justify'),
          indent: b.noIndent ? undefined : { firstLine: mmToTwip(FIRST_LINE_INDENT_MM) },
          spacing: { after: PARAGRAPH_SPACING_PT * TWIP_PER_PT, line: 276 },
          children: b.runs.map((r) => text(r.text, SIZE.body, r)),
        }),
      ];
    case 'table':
      return [table(b, width), spacer(PARAGRAPH_SPACING_PT)];
    case 'pageBreak':
      return [new DocxParagraph({ children: [new PageBreak()] })];
    default: {
      const unknown: never = b;
      throw new Error(`unknown block ${String(unknown)}`);
    }
  }
}

function table(t: Table, width: number): DocxTable {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((width * c.width) / total));
  const size = t.fontSize ?? SIZE.table;
  const row = (cells: readonly TableCell[], header: boolean) => {
    let col = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => {
        const span = c.span ?? 1;
        const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0);
        const align = c.align ?? (header ? 'center' : (t.columns[col]?.align ?? 'left'));
        col += span;
        return new DocxTableCell({
          width: { size: w, type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          borders: CELL_BORDERS,
          verticalAlign: VerticalAlign.CENTER,
          margins: { left: 60, right: 60, top: 30, bottom: 30 },
          children: c.text.split('\n').map(
            (line) =>
              new DocxParagraph({
                alignment: alignment(align),
                children: [text(line, size, { bold: header || c.bold, italic: c.italic })],
              }),
          ),
        });
      }),
    });
  };
  return new DocxTable({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...t.header.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false))],
  });
}

function signatureParagraphs(s: Signature): DocxParagraph[] {
  return [
    ...splitSignatureLines(s).map((l) => centred(l, SIZE.signature, { bold: true })),
    new DocxParagraph({
      spacing: { before: 0, after: 0, line: SIGNATURE_SPACE_PT * TWIP_PER_PT, lineRule: 'exact' },
      children: [],
    }),
    ...(s.name ? [centred(s.name, SIZE.signerName, { bold: true })] : []),
  ];
}

function recipientParagraphs(recipients: readonly string[]): DocxParagraph[] {
  return [
    new DocxParagraph({ children: [text('Nơi nhận:', SIZE.recipientsLabel, { bold: true, italic: true })] }),
    ...recipients.map((r) => new DocxParagraph({ children: [text(`- ${r}`, SIZE.recipients)] })),
  ];
}

function signatureTable(
  signatures: readonly Signature[],
  recipients: readonly string[],
  width: number,
): DocxTable {
  if (signatures.length >= 2) {
    const each = Math.floor(width / signatures.length);
    const cells = signatures.map((s) => signatureParagraphs(s));
    if (recipients.length > 0)
      cells[0] = [...(cells[0] ?? []), spacer(12), ...recipientParagraphs(recipients)];
    return borderlessTable(
      signatures.map(() => each),
      cells,
    );
  }
  const leftWidth = Math.round(width * 0.45);
  const [only] = signatures;
  return borderlessTable(
    [leftWidth, width - leftWidth],
    [recipients.length > 0 ? recipientParagraphs(recipients) : [], only ? signatureParagraphs(only) : []],
  );
}

function annexSection(annex: Annex): ISectionOptions {
  const orientation = annex.orientation ?? 'portrait';
  const width = usableTwips(orientation);
  return section(
    orientation,
    [
      centred(annex.title.toUpperCase(), SIZE.documentType, { bold: true }),
      ...annex.caption.map((l, i) => centred(l, SIZE.summary, { bold: i === 0, italic: i > 0 })),
      spacer(10),
      ...annex.body.flatMap((b) => block(b, width)),
    ],
    false,
  );
}
