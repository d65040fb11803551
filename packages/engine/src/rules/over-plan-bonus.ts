import { type Decimal, HUNDRED, ZERO, decCached } from '../model/decimal';
import type { OverPlanBonus } from '../model/period-schema';
import { floorRatio, isPositive, minRatio, mulRatio, type Ratio, ratio, roundHalfUp2 } from '../model/ratio';

export interface OverPlanBonusOutcome {
  bonus: Decimal;
  /** The percentage counted: floor(over) for `step: whole`, the exact over for `step: exact`. */
  counted: Ratio;
  /** The bonus before the cap, exact. */
  uncapped: Ratio;
  cap: Decimal;
  capped: boolean;
}

/**
 * Over-plan bonus (SPEC §6): `percentOfPoints` gives `S × amount × over / 100`, `points` gives
 * `amount × over`; both capped at `S × capPercentOfPoints / 100`, then rounded half up to 2 decimals.
 */
export function overPlanBonus(standard: Decimal, over: Ratio, rule: OverPlanBonus): OverPlanBonusOutcome {
  const counted = (rule.step ?? 'whole') === 'whole' ? ratio(floorRatio(over)) : over;
  const amount = decCached(rule.amount);
  const uncapped =
    rule.per === 'percentOfPoints'
      ? mulRatio(counted, ratio(standard.times(amount), HUNDRED))
      : mulRatio(counted, amount);
  const cap = standard.times(decCached(rule.capPercentOfPoints)).shiftedBy(-2);
  const limited = minRatio(uncapped, ratio(cap));
  return {
    bonus: isPositive(over) ? roundHalfUp2(limited) : ZERO,
    counted,
    uncapped,
    cap,
    capped: limited !== uncapped,
  };
}
