import { buildResult, type ResultDocument } from './build-result';
import { scorePeriod } from './score-period';
import type { ValidationError } from './validate/errors';
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
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '(tệp)', message: MSG.invalidJson(describeJsonError(text, error)) }],
    };
  }
}

/** V8's English JSON error, said in Vietnamese with a line and column where it has a position. */
function describeJsonError(text: string, error: unknown): string {
  if (text.trim() === '') return MSG.jsonEmpty;
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    return MSG.jsonAt(line, before.length - before.lastIndexOf('\n'));
  }
  return /end of JSON/i.test(message) ? MSG.jsonTruncated : MSG.jsonSyntax;
}
