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

/**
 * A percentage typed by the user (`30`, `12,5`) as the ratio the API stores (`0.3`, `0.125`): the
 * decimal point moved two places in the text, never a division. Empty is `null` (no limit); text
 * that is not a non-negative number is `undefined` (invalid).
 */
export function percentToRatio(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(trimmed);
  if (!match) return undefined;
  const whole = match[1]!.padStart(3, '0');
  const digits = `${whole.slice(0, -2)}.${whole.slice(-2)}${match[2] ?? ''}`;
  return Number(digits);
}

/** The stored ratio as a percentage to edit (`0.3` → `30`, `0.125` → `12,5`). */
export function ratioToPercent(ratio: number | null): string {
  if (ratio === null) return '';
  const [whole = '0', fraction = ''] = String(ratio).split('.');
  const padded = fraction.padEnd(2, '0');
  const integer = String(Number(whole + padded.slice(0, 2)));
  const rest = padded.slice(2);
  return rest ? `${integer},${rest}` : integer;
}
