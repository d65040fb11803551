import { Decimal, pow10, ZERO } from './decimal';

/**
 * An exact rational number n/d (d > 0) built from decimals. Scoring divides (actual / plan,
 * over-plan percentages); keeping the quotient as a ratio and rounding it with integer division
 * gives the same result as exact rational arithmetic, which a rounded decimal quotient cannot
 * promise near a rounding edge.
 */
export interface Ratio {
  readonly n: Decimal;
  readonly d: Decimal;
}

const ONE = new Decimal(1);

export function ratio(n: Decimal, d: Decimal = ONE): Ratio {
  if (d.isZero()) throw new RangeError('ratio: division by zero');
  return d.isNegative() ? { n: n.negated(), d: d.negated() } : { n, d };
}

export function mulRatio(a: Ratio, b: Ratio | Decimal): Ratio {
  return b instanceof Decimal ? ratio(a.n.times(b), a.d) : ratio(a.n.times(b.n), a.d.times(b.d));
}

export function compareRatio(a: Ratio, b: Ratio): number {
  return a.n.times(b.d).comparedTo(b.n.times(a.d));
}

export function minRatio(a: Ratio, b: Ratio): Ratio {
  return compareRatio(a, b) <= 0 ? a : b;
}

export function isPositive(a: Ratio): boolean {
  return a.n.gt(ZERO);
}

/** n/d as two integers N/D with D > 0 (both decimals brought to the same scale). */
function integers(a: Ratio): [bigint, bigint] {
  const n = a.n.m * pow10(a.d.s);
  const d = a.d.m * pow10(a.n.s);
  return [n, d];
}

/** Largest integer not above n/d, computed exactly. */
export function floorRatio(a: Ratio): Decimal {
  const [n, d] = integers(a);
  const q = n / d;
  return Decimal.of(n < 0n && q * d !== n ? q - 1n : q, 0);
}

/**
 * round2 of SPEC §6: half up to two decimals (x.xx5 → up), applied to the exact value. Negative
 * values round symmetrically (half away from zero); the engine never produces them in practice.
 */
export function roundHalfUp2(a: Ratio | Decimal): Decimal {
  if (a instanceof Decimal) return a.toDecimalPlaces(2);
  const [n, d] = integers(a);
  const magnitude = ((n < 0n ? -n : n) * 200n + d) / (2n * d);
  return Decimal.of(n < 0n ? -magnitude : magnitude, 2);
}
