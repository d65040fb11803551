import type { UnitResult } from './types';

// The series of the ranking charts, taken from the engine's results as they are: nothing is computed
// here but the arrangement (which unit, which group, which year).

/** Each unit's final, in ranking order. */
export function finalsSeries(units: UnitResult[]): { names: string[]; finals: number[] } {
  return { names: units.map((u) => u.name), finals: units.map((u) => u.final) };
}

/** The groups of the results, in the order the first unit lists them. */
export function groupCodes(units: UnitResult[]): string[] {
  const codes: string[] = [];
  for (const unit of units) for (const g of unit.groups) if (!codes.includes(g.code)) codes.push(g.code);
  return codes;
}

/**
 * One stack per unit: each group's score (the bonus items and the deductions are their own series),
 * each value the engine's own for that unit.
 */
export function groupStacks(units: UnitResult[]): { code: string; values: number[] }[] {
  return groupCodes(units).map((code) => ({
    code,
    values: units.map((u) => u.groups.find((g) => g.code === code)?.score ?? 0),
  }));
}

/** Bonus totals and deduction totals per unit, as the engine gives them. */
export function adjustmentStacks(units: UnitResult[]): { bonus: number[]; deduction: number[] } {
  return { bonus: units.map((u) => u.bonusTotal), deduction: units.map((u) => u.deductionTotal) };
}

/**
 * This year's and last year's finals of the units of this year's cluster, matched by unit code; a unit
 * that was not in last year's cluster has no bar (null).
 */
export function yearComparison(
  current: UnitResult[],
  previous: UnitResult[],
): { names: string[]; current: number[]; previous: (number | null)[] } {
  const before = new Map(previous.map((u) => [u.unit, u.final]));
  return {
    names: current.map((u) => u.name),
    current: current.map((u) => u.final),
    previous: current.map((u) => before.get(u.unit) ?? null),
  };
}
