import { dec, describeValue, PERIOD_FORMAT, validatePeriod, type ValidationError } from '@thidua/engine';
import type { FieldError } from '../../http/errors';

// Values cross three representations: JSON numbers (API and period files), exact decimal text
// (PostgreSQL numeric columns) and the engine's rules. The conversions live here, so no number is ever
// rounded on the way and every check says what the engine would say.

/** The value fields of an entry (SPEC §8 Entry), as the API and the period file carry them. */
export interface EntryValues {
  plan?: number | undefined;
  actual?: number | undefined;
  points?: number | undefined;
  value?: number | undefined;
  rating?: string | undefined;
  done?: boolean | undefined;
}

/** A JSON number as the exact decimal text PostgreSQL stores (`262.3`, never `262.30000000000001`). */
export function toDecimalText(value: number): string;
/** The same, keeping an absent value absent (null). */
export function toDecimalText(value: number | undefined | null): string | null;
export function toDecimalText(value: number | undefined | null): string | null {
  return value === undefined || value === null ? null : dec(value).toFixed();
}

/** An entry's values as its row stores them: exact decimal texts, and null for what is absent. */
export function storedEntryValues(values: EntryValues) {
  return {
    plan: toDecimalText(values.plan),
    actual: toDecimalText(values.actual),
    points: toDecimalText(values.points),
    value: toDecimalText(values.value),
    rating: values.rating ?? null,
    done: values.done ?? null,
  };
}

/** Decimal text from a numeric column back to a JSON number; exact for what came in as a JSON number. */
export function toNumber(text: string | null): number | null {
  if (text === null) return null;
  const n = Number(text);
  return Object.is(n, -0) ? 0 : n;
}

/** The largest value a numeric(10,2) column holds. */
const MAX_POINTS = 99_999_999.99;

/**
 * Points go to numeric(10,2) columns: more than two decimals would be rounded by PostgreSQL, so they are
 * refused (SPEC §6 rounds only results, never inputs).
 */
export function pointsPrecisionErrors(path: string, value: number | undefined): FieldError[] {
  if (value === undefined) return [];
  if (dec(value).decimalPlaces() > 2) {
    return [
      { path, message: `điểm chỉ được có tối đa 2 chữ số thập phân (nhận được ${describeValue(value)})` },
    ];
  }
  if (Math.abs(value) > MAX_POINTS) {
    return [{ path, message: `điểm quá lớn (nhận được ${describeValue(value)})` }];
  }
  return [];
}

/** A one-unit period around the given entries/adjustments, to ask the engine exactly what it would refuse. */
function probePeriod(
  ruleset: unknown,
  parts: { units?: unknown[]; entries?: unknown[]; adjustments?: unknown[] },
) {
  return validatePeriod({
    format: PERIOD_FORMAT,
    name: 'kiểm tra',
    year: 2000,
    ruleset,
    units: parts.units ?? [{ id: 'u', name: 'u' }],
    entries: parts.entries ?? [],
    adjustments: parts.adjustments ?? [],
  });
}

/** Rewrites the engine's `entries[0].points` into the API's `body.points`, dropping other parts' errors. */
function errorsUnder(
  errors: ValidationError[],
  prefix: string,
  renames: Record<string, string>,
): FieldError[] {
  return errors
    .filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`))
    .map((e) => {
      const field = e.path.slice(prefix.length + 1);
      return { path: renames[field] ?? (field === '' ? 'body' : `body.${field}`), message: e.message };
    });
}

/**
 * Checks one entry's values against its criterion exactly as the engine does (wrong kind fields, points
 * above the standard, negative or missing plan/actual, unknown rating), plus the two-decimal rule.
 */
export function entryValueErrors(ruleset: unknown, criterionCode: string, values: EntryValues): FieldError[] {
  return entriesValueErrors(ruleset, [{ criterionCode, values }])[0]!;
}

/**
 * `entryValueErrors` of many entries with one run of the engine's validator (an import checks
 * thousands of cells): the errors of each entry, in the order given.
 */
export function entriesValueErrors(
  ruleset: unknown,
  items: readonly { criterionCode: string; values: EntryValues }[],
): FieldError[][] {
  if (items.length === 0) return [];
  // Only the value fields: a request's note, reason or version are not the engine's to check. One
  // probe unit per entry, so entries never collide as duplicates.
  const probe = items.map(({ criterionCode, values }, i) => {
    const { plan, actual, points, value, rating, done } = values;
    return {
      unit: `u${i}`,
      criterion: criterionCode,
      ...definedOnly({ plan, actual, points, value, rating, done }),
    };
  });
  const validation = probePeriod(ruleset, {
    units: probe.map((e) => ({ id: e.unit, name: e.unit })),
    entries: probe,
  });
  return items.map(({ values }, i) => [
    ...(validation.ok
      ? []
      : errorsUnder(validation.errors, `entries[${i}]`, { criterion: 'params.criterionCode' })),
    ...pointsPrecisionErrors('body.points', values.points),
  ]);
}

/** Checks one adjustment (bonus points or deduction count) against its item exactly as the engine does. */
export function adjustmentValueErrors(
  ruleset: unknown,
  itemCode: string,
  amount: { points?: number | undefined; count?: number | undefined },
): FieldError[] {
  const adjustment = { unit: 'u', code: itemCode, ...definedOnly(amount) };
  const validation = probePeriod(ruleset, { adjustments: [adjustment] });
  const engineErrors = validation.ok
    ? []
    : errorsUnder(validation.errors, 'adjustments[0]', { code: 'body.itemCode' });
  return [...engineErrors, ...pointsPrecisionErrors('body.points', amount.points)];
}

/** The object without its undefined fields (the engine treats a present key as a given value). */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
