import { type Decimal, HUNDRED, ZERO } from '../model/decimal';
import { isPositive, type Ratio, ratio, roundHalfUp2 } from '../model/ratio';

/** What a quantitative criterion gives before any over-plan bonus (SPEC §6). */
export interface QuantitativeOutcome {
  base: Decimal;
  /** Percent over (increase) or under (decrease) the plan, exact; zero when not better than plan. */
  over: Ratio;
  /** Which rule of SPEC §6 applied, for the explanation. */
  rule: 'reached' | 'proportional' | 'zeroPlanMet' | 'zeroPlanMissed' | 'worseThanPlan';
}

const NO_OVER = ratio(ZERO);

/**
 * Increase criterion (higher is better), plan `P > 0`: at or above plan the full standard points
 * and `over = 100 × (A − P) / P`; below plan `S × A / P`.
 */
export function scoreIncrease(standard: Decimal, plan: Decimal, actual: Decimal): QuantitativeOutcome {
  if (actual.gte(plan)) {
    return { base: standard, over: ratio(HUNDRED.times(actual.minus(plan)), plan), rule: 'reached' };
  }
  return { base: roundHalfUp2(ratio(standard.times(actual), plan)), over: NO_OVER, rule: 'proportional' };
}

/**
 * Decrease ("reverse") criterion, lower is better, `P ≥ 0`: with plan 0 all or nothing; at or
 * below plan the full points and `over = 100 × (P − A) / P`; above plan `max(0, S × (2P − A) / P)`.
 */
export function scoreDecrease(standard: Decimal, plan: Decimal, actual: Decimal): QuantitativeOutcome {
  if (plan.isZero()) {
    return actual.isZero()
      ? { base: standard, over: NO_OVER, rule: 'zeroPlanMet' }
      : { base: ZERO, over: NO_OVER, rule: 'zeroPlanMissed' };
  }
  if (actual.lte(plan)) {
    return { base: standard, over: ratio(HUNDRED.times(plan.minus(actual)), plan), rule: 'reached' };
  }
  const share = ratio(standard.times(plan.times(2).minus(actual)), plan);
  return { base: isPositive(share) ? roundHalfUp2(share) : ZERO, over: NO_OVER, rule: 'worseThanPlan' };
}
