/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I: the page and type the renderers apply. One place, so Word and PDF
 * cannot drift apart. Lengths in millimetres and points.
 */
export const A4_MM = { width: 210, height: 297 } as const;

/** Margins within the decree's ranges: top/bottom 20–25, left 30–35, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Times New Roman in Word; Tinos (metric-compatible, every Vietnamese glyph) embedded in PDF. */
export const WORD_FONT = 'Times New Roman';

export const SIZE = {
  /** Parent body, Quốc hiệu: 12–13. */
  parentBody: 13,
  issuingBody: 13,
  nationalTitle: 12,
  /** Tiêu ngữ: 13–14. */
  motto: 13,
  reference: 13,
  placeDate: 14,
  documentType: 14,
  summary: 14,
  body: 14,
  heading: 14,
  table: 12,
  signature: 14,
  signerName: 14,
  /** "Nơi nhận:" 12, its list 11. */
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

/** At least 6 pt between paragraphs. */
export const PARAGRAPH_SPACING_PT = 6;
/** First-line indent of body paragraphs: 1–1.27 cm. */
export const FIRST_LINE_INDENT_MM = 10;
/** Blank space left in the signature block for the signature and seal. */
export const SIGNATURE_SPACE_PT = 72;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Share of the usable width taken by the header's left column (the bodies and number). */
export const HEADER_LEFT_SHARE = 0.42;

export const PT_PER_MM = 72 / 25.4;
export const TWIP_PER_MM = 1440 / 25.4;

export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIP_PER_MM);
}
