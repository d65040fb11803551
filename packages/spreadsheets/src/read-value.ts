// What a cell holds, read the way an office types it: numbers (also `12,5` typed as text in an English
// spreadsheet program), `Có` / `Không`, a code. Formulas count by their cached result.

/** The raw value of a cell as exceljs gives it, reduced to what an input can hold. */
export type CellInput = string | number | boolean | Date | null;

/** exceljs cell values (rich text, formulas, hyperlinks, errors) reduced to a plain value. */
export function plainValue(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('result' in v) return plainValue(v.result);
    if (v.richText) return plainValue(v.richText.map((r) => r.text).join(''));
    if (typeof v.text === 'string') return plainValue(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A number typed in a cell: a numeric cell as it is, or text with one decimal separator (comma or dot,
 * `12,5`), never thousands separators (`1.000,5` is refused: a dot may be either). Numbers with more than
 * 15 significant digits cannot be kept exactly and are refused.
 */
export function readNumber(input: CellInput): Parsed<number> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, message: 'không phải là số' };
    return { ok: true, value: Object.is(input, -0) ? 0 : input };
  }
  if (typeof input === 'string') {
    const text = input.replace(/\s/g, '');
    if (!NUMBER_TEXT.test(text)) {
      return {
        ok: false,
        message: /\d/.test(text)
          ? `"${input}" không phải là số (viết số không có dấu phân cách hàng nghìn, dấu phẩy thập phân: 12,5)`
          : `"${input}" không phải là số`,
      };
    }
    const value = Number(text.replace(',', '.'));
    if (text.replace(/[^0-9]/g, '').replace(/^0+/, '').length > 15) {
      return { ok: false, message: `${input} có quá 15 chữ số, không giữ được chính xác` };
    }
    return { ok: true, value };
  }
  if (typeof input === 'boolean')
    return { ok: false, message: 'không phải là số (nhận được giá trị đúng/sai)' };
  if (input instanceof Date) return { ok: false, message: 'không phải là số (nhận được một ngày)' };
  return { ok: false, message: 'chưa nhập' };
}

/** The yes/no answers a template offers, and what else is understood. */
export const YES = 'Có';
export const NO = 'Không';
const YES_WORDS = new Set(['có', 'co', 'x', 'đạt', 'dat', 'true', '1']);
const NO_WORDS = new Set(['không', 'khong', 'chưa', 'chua', 'không đạt', 'false', '0']);

/** `Có` / `Không` (a checkbox-like `x`, `đạt`, TRUE/FALSE, 1/0 too). */
export function readYesNo(input: CellInput): Parsed<boolean> {
  if (typeof input === 'boolean') return { ok: true, value: input };
  if (input === 1 || input === 0) return { ok: true, value: input === 1 };
  if (typeof input === 'string') {
    const word = input.normalize('NFC').trim().toLowerCase();
    if (YES_WORDS.has(word)) return { ok: true, value: true };
    if (NO_WORDS.has(word)) return { ok: true, value: false };
  }
  return { ok: false, message: `"${String(input)}" không hợp lệ: chọn "${YES}" hoặc "${NO}"` };
}

/** A code (rating option, unit code) as text; numbers are accepted as their text (`1`). */
export function readCode(input: CellInput): Parsed<string> {
  if (typeof input === 'string') return { ok: true, value: input.normalize('NFC').trim() };
  if (typeof input === 'number') return { ok: true, value: String(input) };
  return { ok: false, message: `"${String(input)}" không phải là mã hợp lệ` };
}
