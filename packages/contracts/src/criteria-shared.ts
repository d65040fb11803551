import { z } from 'zod';
import { text, optionalText, version } from './primitives';
export { version } from './primitives';

/** A ruleset as posted: validated by the engine, not by zod, so its errors carry the engine's paths and messages. */
export const rulesetInput = z.unknown().meta({
  description: 'Bộ tiêu chí dạng `thidua/period@1` (ruleset), xem SPEC §8',
});

/** A stored ruleset as the API returns it. */
export const rulesetOutput = z.record(z.string(), z.unknown()).meta({
  description: 'Bộ tiêu chí dạng `thidua/period@1` (ruleset)',
});

/**
 * A view whose stored ruleset is read as `R`: the engine's `Ruleset`, which validated it before it was
 * stored (the contract says only "a record", so the browser and the tests name the engine's type here).
 */
export type WithRuleset<T extends { ruleset: unknown }, R> = Omit<T, 'ruleset'> & { ruleset: R };

/** Issuing: the number and date of the issuing document. */
export const issueBody = z.object({
  version,
  documentNumber: text(100).meta({ description: 'Số, ký hiệu văn bản ban hành' }),
  documentDate: z.iso.date().meta({ description: 'Ngày văn bản (YYYY-MM-DD)' }),
});

/** A new revision of something issued: why. */
export const reviseBody = z.object({
  reason: optionalText(2000).optional().meta({ description: 'Lý do thay đổi (bắt buộc)' }),
});

/** One field-level problem, as the validate endpoint lists them. */
export const fieldErrorView = z.object({ path: z.string(), message: z.string() });

export const isoInstant = (value: Date | null): string | null => value?.toISOString() ?? null;

/** Issuing, as the client sends it. */
export type IssueInput = z.input<typeof issueBody>;
export type FieldErrorView = z.infer<typeof fieldErrorView>;
