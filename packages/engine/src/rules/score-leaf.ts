import { type Decimal, dec, ZERO, decCached } from '../model/decimal';
import type { CriterionInput, Entry } from '../model/period-schema';
import { roundHalfUp2 } from '../model/ratio';
import { matchBand } from './match-band';
import { overPlanBonus, type OverPlanBonusOutcome } from './over-plan-bonus';
import { type QuantitativeOutcome, scoreDecrease, scoreIncrease } from './score-quantitative';

/** How a leaf was scored, with everything its explanation needs. */
export type LeafDetail =
  | { kind: 'missing' }
  | {
      kind: 'quantitative';
      direction: 'increase' | 'decrease';
      plan: Decimal;
      actual: Decimal;
      outcome: QuantitativeOutcome;
      bonus?: OverPlanBonusOutcome;
    }
  | { kind: 'qualitative'; points: Decimal }
  | { kind: 'bands'; value: Decimal; band: number }
  | { kind: 'rating'; rating: string }
  | { kind: 'yesno'; done: boolean };

export interface LeafScore {
  base: Decimal;
  bonus: Decimal;
  detail: LeafDetail;
}

/**
 * Scores one leaf criterion for one unit (SPEC §6). A leaf without an entry scores 0. Base and bonus
 * are each rounded half up to two decimals.
 */
export function scoreLeaf(criterion: CriterionInput, entry: Entry | undefined): LeafScore {
  const standard = decCached(criterion.points);
  if (!entry) return { base: ZERO, bonus: ZERO, detail: { kind: 'missing' } };
  switch (criterion.kind) {
    case 'quantitative': {
      const plan = dec(entry.plan ?? 0);
      const actual = dec(entry.actual ?? 0);
      const direction = criterion.direction ?? 'increase';
      const outcome =
        direction === 'decrease'
          ? scoreDecrease(standard, plan, actual)
          : scoreIncrease(standard, plan, actual);
      const bonus =
        criterion.overPlanBonus && outcome.over.n.gt(0)
          ? overPlanBonus(standard, outcome.over, criterion.overPlanBonus)
          : undefined;
      return {
        base: roundHalfUp2(outcome.base),
        bonus: bonus?.bonus ?? ZERO,
        detail: { kind: 'quantitative', direction, plan, actual, outcome, ...(bonus ? { bonus } : {}) },
      };
    }
    case 'bands': {
      const value = dec(entry.value ?? 0);
      const band = matchBand(criterion.bands ?? [], value);
      const points = band === -1 ? ZERO : dec(criterion.bands![band]!.points);
      return { base: roundHalfUp2(points), bonus: ZERO, detail: { kind: 'bands', value, band } };
    }
    case 'rating': {
      const rating = entry.rating ?? '';
      const points = dec(criterion.options?.[rating] ?? 0);
      return { base: roundHalfUp2(points), bonus: ZERO, detail: { kind: 'rating', rating } };
    }
    case 'yesno': {
      const done = entry.done === true;
      return { base: done ? roundHalfUp2(standard) : ZERO, bonus: ZERO, detail: { kind: 'yesno', done } };
    }
    case 'qualitative':
    case undefined: {
      const points = dec(entry.points ?? 0);
      return { base: roundHalfUp2(points), bonus: ZERO, detail: { kind: 'qualitative', points } };
    }
  }
}
