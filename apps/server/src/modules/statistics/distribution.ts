import { Decimal, roundHalfUp2 } from '@thidua/engine';

/** The five-number summary and the mean of a list of final scores, exactly, as decimal text. */
export interface Distribution {
  count: number;
  min: string;
  q1: string;
  median: string;
  q3: string;
  max: string;
  mean: string;
}

const QUARTER = new Decimal('0.25');

/**
 * The quantile at `quarters`/4 of sorted values by linear interpolation between closest ranks (Excel's
 * QUARTILE.INC, LibreOffice's QUARTILE): position h = (n − 1)·q, value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * With q a multiple of ¼ the fraction is k/4, so the result is an exact decimal.
 */
function quartile(sorted: readonly Decimal[], quarters: 0 | 1 | 2 | 3 | 4): Decimal {
  const position = (sorted.length - 1) * quarters; // h × 4
  const low = Math.floor(position / 4);
  const fraction = position % 4; // (h − ⌊h⌋) × 4
  const base = sorted[low]!;
  if (fraction === 0) return base;
  return base.plus(sorted[low + 1]!.minus(base).times(QUARTER).times(fraction));
}

/** The distribution of `scores` (the engine's finals), or null for none. */
export function distributionOf(scores: readonly number[]): Distribution | null {
  if (scores.length === 0) return null;
  const sorted = scores.map((s) => new Decimal(s)).sort((a, b) => a.comparedTo(b));
  const sum = sorted.reduce((a, b) => a.plus(b), new Decimal(0));
  const text = (d: Decimal) => d.toFixed();
  return {
    count: sorted.length,
    min: text(quartile(sorted, 0)),
    q1: text(quartile(sorted, 1)),
    median: text(quartile(sorted, 2)),
    q3: text(quartile(sorted, 3)),
    max: text(quartile(sorted, 4)),
    mean: text(roundHalfUp2({ n: sum, d: new Decimal(sorted.length) })),
  };
}

/** `part` of `whole` in percent, rounded half up to two decimals (null when `whole` is 0). */
export function percentOf(part: number, whole: number): string | null {
  if (whole === 0) return null;
  return roundHalfUp2({ n: new Decimal(part).times(100), d: new Decimal(whole) }).toFixed();
}
