import { PERIOD_FORMAT, validatePeriod } from '@thidua/engine';
import type { EntryValues } from './types';
import type { DraftField } from './values';

/**
 * What the engine would refuse in one cell's values (above the standard points, a plan of 0 on an
 * increase criterion, an unknown rating…), asked of the engine itself on a one-unit period, as the
 * server does. Used before a review value waits for its batch's reason, so a value that cannot be
 * saved is said at once, beside its cell, not when the batch is sent.
 */
export function engineValueErrors(
  ruleset: unknown,
  criterionCode: string,
  values: EntryValues,
): Partial<Record<DraftField, string>> {
  if (!ruleset) return {};
  const result = validatePeriod({
    format: PERIOD_FORMAT,
    name: 'kiểm tra',
    year: 2000,
    ruleset,
    units: [{ id: 'u', name: 'u' }],
    entries: [{ unit: 'u', criterion: criterionCode, ...values }],
  });
  if (result.ok) return {};
  const errors: Partial<Record<DraftField, string>> = {};
  for (const error of result.errors) {
    const field = /^entries\[0\]\.(plan|actual|points|value|rating|done)$/.exec(error.path)?.[1] as
      DraftField | undefined;
    if (field) errors[field] = errors[field] ? `${errors[field]}; ${error.message}` : error.message;
  }
  return errors;
}
