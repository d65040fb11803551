import { dec, formatNumber } from '@thidua/engine';
import type { CriterionInput } from './types';

/**
 * The number a user typed for points or a bound, the Vietnamese way or not (`12,5`, `12.5`, ` 30 `):
 * the text with its comma made a dot and read by `Number` — no arithmetic, so the value is exactly what
 * was typed. Empty text is `undefined`; anything else that is not a plain decimal is `null` (invalid).
 */
export function parseDecimalText(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** A stored number as the user edits it: `12.5` → `12,5`. */
export function decimalText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace('.', ',');
}

/**
 * The sum of criteria's standard points, exactly (the engine's decimals, never binary floating point),
 * written the Vietnamese way. Standard points are the ruleset's own numbers, not scores.
 */
export function pointsTotal(criteria: readonly CriterionInput[]): string {
  return formatNumber(criteria.reduce((total, c) => total.plus(dec(c.points)), dec(0)));
}

/** A standard-point number written the Vietnamese way (`12,5`, `1.000`). */
export const points = (value: number): string => formatNumber(value);
