import type { Period as PeriodRow } from '@thidua/db';
import { type Period, type RulesetIndex, validatePeriod } from '@thidua/engine';
import type { FieldError } from '../../http/errors';
import { pointsPrecisionErrors } from '../scoring-shared/values';

// What an imported `thidua/period@1` must satisfy: everything the engine checks (every error with its
// place in the file), and what storing it needs on top — points that fit numeric(10,2) without rounding,
// unit ids usable as unit codes, the year of the period it goes into.

/** A unit code as the organisation module accepts it. */
const UNIT_CODE = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** `entries[3].points` → `body.entries[3].points`; the engine's `(tệp)` is the body itself. */
export function bodyPath(path: string): string {
  if (path === '(tệp)' || path === '') return 'body';
  return path.startsWith('[') ? `body${path}` : `body.${path}`;
}

/** The validated period, or every problem found, each naming its place in the request body. */
export function checkPeriodFile(
  raw: unknown,
  period: PeriodRow,
): { ok: true; file: Period; index: RulesetIndex } | { ok: false; errors: FieldError[] } {
  const validation = validatePeriod(raw);
  if (!validation.ok) {
    return {
      ok: false,
      errors: validation.errors.map((e) => ({ path: bodyPath(e.path), message: e.message })),
    };
  }
  const { period: file, index } = validation;
  const errors: FieldError[] = [];
  if (file.year !== period.year) {
    errors.push({
      path: 'body.year',
      message: `năm của tệp (${file.year}) khác năm của kỳ thi đua (${period.year})`,
    });
  }
  file.units.forEach((unit, i) => {
    if (!UNIT_CODE.test(unit.id)) {
      errors.push({
        path: `body.units[${i}].id`,
        message: `mã đơn vị "${unit.id}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang (tối đa 60 ký tự)`,
      });
    }
  });
  file.entries.forEach((entry, i) =>
    errors.push(...pointsPrecisionErrors(`body.entries[${i}].points`, entry.points)),
  );
  (file.adjustments ?? []).forEach((a, i) =>
    errors.push(...pointsPrecisionErrors(`body.adjustments[${i}].points`, a.points)),
  );
  return errors.length ? { ok: false, errors } : { ok: true, file, index };
}
