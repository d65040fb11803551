import type { FactValue, Predicate } from '../model/period-schema';

export type Facts = Readonly<Record<string, FactValue>>;

/**
 * A predicate `{fact, equals | in | notIn}` (SPEC §7) holds only when the fact is present and
 * matches; a missing fact makes it false, whichever operator is used.
 */
export function predicateHolds(predicate: Predicate, facts: Facts): boolean {
  if (!Object.hasOwn(facts, predicate.fact)) return false;
  const value = facts[predicate.fact];
  if (predicate.equals !== undefined) return value === predicate.equals;
  if (predicate.in !== undefined) return predicate.in.includes(value as FactValue);
  if (predicate.notIn !== undefined) return !predicate.notIn.includes(value as FactValue);
  return false;
}

/** The label (or fact name) of a predicate, as shown to people. */
export function predicateLabel(predicate: Predicate): string {
  return predicate.label ?? predicate.fact;
}

/** The predicates of a list that hold for these facts. */
export function firedPredicates(predicates: readonly Predicate[] | undefined, facts: Facts): Predicate[] {
  return (predicates ?? []).filter((p) => predicateHolds(p, facts));
}
