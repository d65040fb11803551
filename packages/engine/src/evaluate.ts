import { buildResult, type ResultDocument } from './build-result';
import { scorePeriod } from './score-period';
import type { ValidationError } from './validate/errors';
import { jsonErrorOffset } from './validate/json-error';
import { MSG } from './validate/messages';
import { validatePeriod } from './validate/validate-period';

export type Evaluation = { ok: true; result: ResultDocument } | { ok: false; errors: ValidationError[] };

/** Validate then score: what the CLI, the server and the exports all call. */
export function evaluatePeriod(raw: unknown): Evaluation {
  const validation = validatePeriod(raw);
  if (!validation.ok) return { ok: false, errors: validation.errors };
  return { ok: true, result: buildResult(scorePeriod(validation.period, validation.index)) };
}

/** Parses JSON text; a syntax error becomes one validation error that says where. */
export function parsePeriodJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; errors: ValidationError[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      errors: [{ path: '(tệp)', message: MSG.invalidJson(describeJsonError(text)) }],
    };
  }
}

/** A JSON syntax error in Vietnamese, with the line and column where the text stops being valid. */
function describeJsonError(text: string): string {
  if (text.trim() === '') return MSG.jsonEmpty;
  const offset = jsonErrorOffset(text);
  if (offset === -1) return MSG.jsonSyntax;
  if (offset >= text.length) return MSG.jsonTruncated;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return MSG.jsonAt(line, offset - before.lastIndexOf('\n'));
}
