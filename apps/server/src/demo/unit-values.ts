import type { FactValue } from '@thidua/engine';
import { BAND_VALUES, FIGURES } from './data/figures';
import type { FrameworkKey } from './data/province';
import type { Leaf } from './criteria-plan';
import { Random, round } from './random';

/** The value fields of an entry (SPEC §8 Entry); which ones are set depends on the criterion's kind. */
export interface EntryValue {
  plan?: number;
  actual?: number;
  points?: number;
  value?: number;
  rating?: string;
  done?: boolean;
}

/**
 * How well a unit works this year, in [0, 1]: a stable trait plus a yearly swing. Everything a unit
 * reports follows from it, so strong units are strong in every criterion, as in real tables.
 */
export function strengthOf(unit: string, edition: string, forced?: number): number {
  if (forced !== undefined) return forced;
  const base = new Random('strength', unit).between(0.25, 1);
  return Math.min(1, Math.max(0, base + new Random('swing', unit, edition).between(-0.08, 0.08)));
}

/** The party organisation's rating (xếp loại tổ chức đảng) that goes with a strength. */
export function partyRatingOf(strength: number, lowest: 'HTNV' | 'HTTNV'): string {
  if (strength > 0.72) return 'HTXSNV';
  return strength < 0.3 ? lowest : 'HTTNV';
}

/** The registered plan of a quantitative criterion; larger units get larger plans. */
export function planOf(key: FrameworkKey, leaf: Leaf, unit: string, year: number): number {
  const figure = FIGURES[key][leaf.code];
  if (!figure) return 100;
  const size = new Random('size', unit).next();
  const [min, max] = figure.plan;
  const drift = new Random('plan', unit, leaf.code, year).between(0.97, 1.05);
  const plan = round(Math.min((min + (max - min) * size) * drift, figure.max ?? Infinity), figure.decimals);
  return Math.max(plan, 10 ** -Math.max(figure.decimals, 0));
}

/** What the value of a unit's entry depends on. */
export interface UnitTraits {
  code: string;
  strength: number;
  facts: Record<string, FactValue>;
}

/** The real (agreed) result of a unit on one leaf criterion, against its registered plan. */
export function valueOf(
  key: FrameworkKey,
  leaf: Leaf,
  unit: UnitTraits,
  plan: number,
  rng: Random,
): EntryValue {
  const c = leaf.criterion;
  switch (c.kind) {
    case 'quantitative':
      return { plan, actual: actualOf(key, leaf, unit.strength, plan, rng) };
    case 'rating':
      return { rating: String(unit.facts.partyRating ?? 'HTTNV') };
    case 'yesno':
      return { done: rng.chance(0.82 + 0.2 * unit.strength) };
    case 'bands': {
      const values = BAND_VALUES[leaf.code] ?? { good: [0], weak: [0] };
      return { value: rng.pick(unit.strength > 0.45 || rng.chance(0.5) ? values.good : values.weak) };
    }
    case 'qualitative':
    case undefined: {
      const share = Math.min(1, Math.max(0.6, 0.77 + 0.2 * unit.strength + rng.between(-0.05, 0.03)));
      return { points: Math.min(leaf.points, round(leaf.points * share * 2, 0) / 2) };
    }
  }
}

function actualOf(key: FrameworkKey, leaf: Leaf, strength: number, plan: number, rng: Random): number {
  const figure = FIGURES[key][leaf.code];
  const decimals = figure?.decimals ?? 0;
  if (leaf.criterion.direction === 'decrease') {
    // Accidents: strong units stay under the plan, weak ones go over it.
    return Math.max(0, Math.round(plan * (1.12 - 0.35 * strength + rng.between(-0.08, 0.08))));
  }
  const ratio = 0.91 + 0.2 * strength + rng.between(-0.05, 0.05);
  // A share close to 100 % only closes part of its remaining gap, however well the unit works.
  const ceiling = figure?.capAtPlan
    ? plan
    : figure?.max === undefined
      ? Infinity
      : plan + (figure.max - plan) * 0.7;
  return round(Math.min(plan * ratio, ceiling), decimals);
}

/** A self-score that claims a little more than the review will agree, or undefined when they match. */
export function overclaimOf(
  key: FrameworkKey,
  leaf: Leaf,
  agreed: EntryValue,
  rng: Random,
): EntryValue | undefined {
  if (agreed.points !== undefined && rng.chance(0.12)) {
    const more = Math.min(leaf.points, agreed.points + rng.pick([0.5, 1, 2, 3]));
    return more > agreed.points ? { points: more } : undefined;
  }
  const figure = FIGURES[key][leaf.code];
  if (
    agreed.actual !== undefined &&
    !figure?.capAtPlan &&
    leaf.criterion.direction !== 'decrease' &&
    rng.chance(0.05)
  ) {
    const actual = round(Math.min(agreed.actual * 1.03, figure?.max ?? Infinity), figure?.decimals ?? 0);
    // An estimate sent before the official figures, a little more than they turned out to be.
    return actual > agreed.actual ? { plan: agreed.plan!, actual } : undefined;
  }
  return undefined;
}
