/**
 * The document model: what an official document says, in the order it says it, with no notion of Word or
 * PDF. Builders turn domain data into this model; `renderDocx` and `renderPdf` turn the model into files.
 * Layout rules that Nghị định 30/2020/NĐ-CP fixes (fonts, sizes, margins, header, signature block) live in
 * the renderers and `layout.ts`, so a builder cannot get them wrong.
 */

/** A calendar date as written on a document (no time zone: a document is dated by a local day). */
export interface DocumentDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/** The two-column header of Nghị định 30/2020, Phụ lục I (areas 1–4). */
export interface DocumentHeader {
  /** Cơ quan chủ quản, upper case; omitted for a body without a parent. */
  readonly parentBody?: string | undefined;
  /** Cơ quan ban hành, upper case bold. */
  readonly issuingBody: string;
  /**
   * Số, ký hiệu: `{ number: '12', symbol: 'BB-CTĐ' }` prints `Số: 12/BB-CTĐ`; a draft leaves the number
   * blank (`Số:      /BB-CTĐ`) for the clerk to fill when it is registered.
   */
  readonly reference?: { readonly number?: string | undefined; readonly symbol: string } | undefined;
  /** Place name of the date line (`Ba Đình`). */
  readonly place: string;
  /** Null prints `ngày … tháng … năm …` for the date of signature. */
  readonly date: DocumentDate | null;
  /** The year printed when `date` is null (`ngày     tháng     năm 2026`). */
  readonly draftYear?: number | undefined;
}

/** A piece of text with its emphasis. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Heading {
  readonly kind: 'heading';
  /** 1: a section (I., II.) in bold; 2: a subsection in bold italic; 3: a centred caption in bold. */
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  /** Default `justify` with a first-line indent, as body text of an administrative document. */
  readonly align?: Align;
  /** No first-line indent (lists, notes). */
  readonly noIndent?: boolean;
}

export interface TableCell {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: Align;
  /** Columns this cell covers (default 1). */
  readonly span?: number;
}

export interface TableColumn {
  /** Relative width; the renderers share the line's width in these proportions. */
  readonly width: number;
  /** Alignment of the body cells of this column (numbers right, names left). */
  readonly align?: Align;
}

export interface Table {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  /** Header rows, repeated at the top of every page the table runs onto. */
  readonly header: readonly (readonly TableCell[])[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Font size of the table (default 12; wide tables use 10–11). */
  readonly fontSize?: number;
}

export interface PageBreak {
  readonly kind: 'pageBreak';
}

export type Block = Heading | Paragraph | Table | PageBreak;

/** Area 7 of Nghị định 30/2020: the authority line, the signer's title and name. */
export interface Signature {
  /** `TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG`, `KT. CHỦ TỊCH`, `TL. CHỦ TỊCH`, `TUQ. CHỦ TỊCH`; optional. */
  readonly authority?: string | undefined;
  /** Title, upper case bold (`PHÓ CHỦ TỊCH`, `THƯ KÝ`, `CHỦ TRÌ`). */
  readonly title: string;
  /** Full name, bold; empty leaves the line for the signer to write. */
  readonly name: string;
}

export type Orientation = 'portrait' | 'landscape';

/** One official document. */
export interface OfficialDocument {
  /** Shown as the file's title in its properties (not printed). */
  readonly title: string;
  readonly orientation: Orientation;
  readonly header: DocumentHeader;
  /** Document type, printed upper case bold (`BIÊN BẢN`, `TỜ TRÌNH`); omitted for a công văn. */
  readonly documentType: string;
  /** Trích yếu, bold, under the type. Several lines allowed (each printed centred). */
  readonly summary: readonly string[];
  readonly body: readonly Block[];
  /**
   * The signature blocks: one goes to the right with "Nơi nhận" on the left; two (minutes: secretary and
   * chair) go side by side.
   */
  readonly signatures: readonly Signature[];
  /** "Nơi nhận:" list (area 9a); empty prints none. */
  readonly recipients: readonly string[];
  /** Annexes on new pages after the signature (Phụ lục: a title, a caption and their blocks). */
  readonly annexes?: readonly Annex[];
}

export interface Annex {
  readonly title: string;
  readonly caption: readonly string[];
  readonly orientation?: Orientation;
  readonly body: readonly Block[];
}

/** Paragraph from plain text. */
export function para(text: string, options: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph {
  return { kind: 'paragraph', runs: [{ text }], ...options };
}

/** Paragraph from runs (a bold label followed by plain text, …). */
export function runs(list: readonly Run[], options: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph {
  return { kind: 'paragraph', runs: list, ...options };
}

export function heading(text: string, level: Heading['level'] = 1): Heading {
  return { kind: 'heading', level, text };
}

export function cell(text: string, options: Omit<TableCell, 'text'> = {}): TableCell {
  return { text, ...options };
}

/** A column of a table with one header row: its heading, relative width and body alignment together. */
export interface TitledColumn extends TableColumn {
  readonly title: string;
}

export function column(title: string, width: number, align?: Align): TitledColumn {
  return align === undefined ? { title, width } : { title, width, align };
}

/**
 * A table with one header row, each column given with its heading, so a builder cannot let the
 * headings and the widths fall out of step.
 */
export function table(
  columns: readonly TitledColumn[],
  rows: readonly (readonly TableCell[])[],
  fontSize?: number,
): Table {
  return {
    kind: 'table',
    columns: columns.map(({ width, align }) => (align === undefined ? { width } : { width, align })),
    header: [columns.map((c) => cell(c.title))],
    rows,
    ...(fontSize === undefined ? {} : { fontSize }),
  };
}
