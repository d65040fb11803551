import { z } from 'zod';

// The shared input primitives of every route (issue #8): one text schema and one number schema, so a
// rule about what a person may type (Unicode form, invisible and control characters, digits kept) is
// written once. Module schemas build on these instead of bare `z.string()` / `z.number()`. Also the
// page of every list and the version field of every update. The server's http/schemas.ts and
// http/pagination.ts re-export these.

/**
 * Characters refused anywhere in input: C0 controls other than tab, line feed and carriage return,
 * DEL, C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which make `‮gnp.pdf` display as `fdp.png`.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Half of a UTF-16 surrogate pair without its other half (not a character at all). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Invisible characters trimmed from both ends with the white space (zero-width space, joiners, BOM). */
const EDGE = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;

/** Why a string cannot be accepted as text, in Vietnamese, or null when it can. */
export function textProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return 'chứa ký tự Unicode không hợp lệ (nửa cặp thay thế)';
  const bad = FORBIDDEN.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `chứa ký tự điều khiển hoặc ký tự đảo chiều không được phép (U+${code})`;
  }
  return null;
}

/** NFC, and white space and zero-width characters trimmed from both ends. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(EDGE, '');
}

/**
 * Text a person typed: NFC, trimmed (zero-width characters too), no control or bidi-override
 * characters, between `min` (default 1: not blank) and `max` characters after trimming.
 */
export function text(max: number, min = 1) {
  return z
    .string()
    .overwrite(cleanText)
    .min(min)
    .max(max)
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    });
}

/** Free text that may be empty (notes), same rules. */
export const optionalText = (max: number) => text(max, 0);

/**
 * A code people type and addresses carry (a unit's, a cluster's, a framework's): lower-case ASCII
 * letters, digits and hyphens, not starting with a hyphen.
 */
export const slugCode = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

/** A secret (password): kept exactly as typed, but no control characters or broken Unicode. */
export function secret(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    });
}

/** Significant digits a JSON number keeps exactly through a binary double. */
export const EXACT_DIGITS = 15;

/** Largest magnitude accepted for a measured figure (plan, actual, fact values). */
export const MAX_MEASURE = 1e15;

/**
 * A decimal number from JSON: finite, within [min, max], at most `scale` decimals when given. The
 * JSON parser (http/exact-json.ts) already refuses literals with more significant digits than a
 * double keeps, so what reaches here is exactly what was sent.
 */
export function decimal(options: { min?: number; max?: number; scale?: number } = {}) {
  const { min = -MAX_MEASURE, max = MAX_MEASURE, scale } = options;
  const schema = z.number().min(min).max(max);
  if (scale === undefined) return schema;
  return schema.refine((value) => decimalsOf(value) <= scale, {
    message: `có nhiều nhất ${scale} chữ số thập phân`,
  });
}

/** A whole number within [min, max] (default: a PostgreSQL integer, never negative). */
export function whole(min = 0, max = INT4_MAX) {
  return z.number().int().min(min).max(max);
}

/** The largest PostgreSQL `integer`: versions, counts and ranks are stored as int4. */
export const INT4_MAX = 2_147_483_647;

/**
 * The version a delete read, in its query string (`?version=3`): a whole number from 1 to the largest
 * stored version, so `?version=2147483648` is refused by name instead of overflowing the database's
 * integer.
 */
export const versionQuery = z.coerce
  .number()
  .int()
  .min(1)
  .max(INT4_MAX)
  .describe('Phiên bản đang sửa (lấy từ lần đọc gần nhất); sai phiên bản → 409');

/** Decimal places of a number as JSON writes it (`1.25` → 2, `1e-7` → 7). */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** What the version field of an update says in the OpenAPI document. */
export const versionField = {
  description: 'Phiên bản đang sửa (lấy từ lần đọc gần nhất); sai phiên bản → 409',
};

/** `?page=1&pageSize=50` on every list; pageSize at most 500. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** One page of a list as the API returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The version an update read (optimistic concurrency), as every update body names it. */
export const version = whole(1).meta(versionField);

// Route parameters that several modules' routes take; each module re-exports the ones it uses.
export const councilParams = z.object({ councilId: z.uuid() });
export const periodParams = z.object({ periodId: z.uuid() });
export const clusterParams = z.object({ clusterId: z.uuid() });

/** The first fields of the view of a period's row (a plan, a batch, a movement, a session). */
export const periodRowFields = { id: z.string(), councilId: z.string(), periodId: z.string() };
/** The last fields of an editable row's view: the version read, and whether the actor may update it. */
export const editableRowFields = { version: z.number().int(), abilities: z.object({ update: z.boolean() }) };
