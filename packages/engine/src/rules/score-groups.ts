import { type Decimal, dec, minDec, sum } from '../model/decimal';
import type { Group } from '../model/period-schema';
import { roundHalfUp2 } from '../model/ratio';

export interface GroupScore {
  base: Decimal;
  bonus: Decimal;
  score: Decimal;
  /** The leaves' bonuses before the group cap. */
  uncappedBonus: Decimal;
}

/**
 * A group's score (SPEC §6): the sum of its leaves' bases plus the sum of their bonuses, the latter
 * capped at the group's `overPlanBonusCap` when it has one.
 */
export function scoreGroup(group: Group, leaves: readonly { base: Decimal; bonus: Decimal }[]): GroupScore {
  return scoreGroupSums(group, sum(leaves.map((l) => l.base)), sum(leaves.map((l) => l.bonus)));
}

/** {@link scoreGroup} from the sums of its leaves' bases and bonuses. */
export function scoreGroupSums(group: Group, base: Decimal, uncappedBonus: Decimal): GroupScore {
  const cap = group.overPlanBonusCap;
  // A cap written with more than two decimals would leak them into the result: round2 after capping.
  const bonus =
    cap === undefined || cap === null ? uncappedBonus : roundHalfUp2(minDec(uncappedBonus, dec(cap)));
  return { base, bonus, score: base.plus(bonus), uncappedBonus };
}

/** A bonus item's points for a unit: the sum of its awarded points, capped at the item's max. */
export function bonusItemPoints(
  max: number,
  awarded: readonly Decimal[],
): { points: Decimal; uncapped: Decimal } {
  const uncapped = sum(awarded);
  return { points: roundHalfUp2(minDec(uncapped, dec(max))), uncapped };
}

/** The scored total: groups plus bonus items, capped at `maxTotal` when set. */
export function scoredTotal(
  parts: readonly Decimal[],
  maxTotal: number | null,
): { scored: Decimal; uncapped: Decimal } {
  const uncapped = sum(parts);
  return { scored: maxTotal === null ? uncapped : roundHalfUp2(minDec(uncapped, dec(maxTotal))), uncapped };
}
