import { type Decimal, dec, minDec, ZERO, decCached } from '../model/decimal';
import type { DeductionItem } from '../model/period-schema';
import { roundHalfUp2 } from '../model/ratio';

/** One slice of a deduction: `count` occurrences at `pointsEach`. */
export interface DeductionSlice {
  count: number;
  pointsEach: Decimal;
}

export interface DeductionOutcome {
  points: Decimal;
  slices: DeductionSlice[];
  uncapped: Decimal;
  capped: boolean;
}

/** Flat deduction: `count × pointsEach`. */
export function flatDeduction(count: number, pointsEach: number): DeductionSlice[] {
  return count > 0 ? [{ count, pointsEach: dec(pointsEach) }] : [];
}

/**
 * Tiered deduction: occurrences 1..upTo₁ at the first tier's rate, upTo₁+1..upTo₂ at the second,
 * and so on; the last tier without `upTo` takes the rest. If every tier has an `upTo`, occurrences
 * beyond the last one are charged at the last tier's rate (ARCHITECTURE.md, "Decisions").
 */
export function tieredDeduction(
  count: number,
  tiers: readonly { upTo?: number | undefined; pointsEach: number }[],
): DeductionSlice[] {
  const slices: DeductionSlice[] = [];
  let done = 0;
  tiers.forEach((tier, i) => {
    if (done >= count) return;
    const last = i === tiers.length - 1;
    const limit = last || tier.upTo === undefined ? count : Math.min(count, tier.upTo);
    if (limit > done) slices.push({ count: limit - done, pointsEach: dec(tier.pointsEach) });
    done = Math.max(done, limit);
  });
  return slices;
}

/** A deduction item's points for a count of occurrences: slices, then the cap, then round2. */
export function deductionPoints(item: DeductionItem, count: number): DeductionOutcome {
  const slices = item.tiers ? tieredDeduction(count, item.tiers) : flatDeduction(count, item.pointsEach ?? 0);
  const uncapped = slices.reduce((acc, s) => acc.plus(s.pointsEach.times(s.count)), ZERO);
  const limited = item.cap === undefined ? uncapped : minDec(uncapped, decCached(item.cap));
  return { points: roundHalfUp2(limited), slices, uncapped, capped: !limited.eq(uncapped) };
}
