import { describe, expect, it } from 'vitest';
import { adjustmentStacks, finalsSeries, groupStacks, yearComparison } from '../src/ranking/chart-data';
import type { UnitResult } from '../src/ranking/types';

const unit = (
  code: string,
  final: number,
  groups: [string, number][],
  bonus = 0,
  deduction = 0,
): UnitResult => ({
  unit: code,
  name: `Phường ${code}`,
  criteria: [],
  groups: groups.map(([g, score]) => ({ code: g, base: score, bonus: 0, score, explanation: '' })),
  bonuses: [],
  bonusTotal: bonus,
  scored: final + deduction,
  deductions: [],
  deductionTotal: deduction,
  final,
  rank: 1,
  status: 'eligible',
  reasons: [],
  downgraded: false,
  award: null,
  missing: [],
  missingFacts: [],
  explanation: { total: '', status: '', award: '' },
});

const units = [
  unit(
    'a',
    996.4,
    [
      ['I', 610],
      ['II', 175],
      ['III', 200],
    ],
    15,
    3.6,
  ),
  unit('b', 970, [
    ['I', 610],
    ['II', 160],
  ]),
];

describe('the ranking charts’ series', () => {
  it('takes the finals as the engine gives them, in ranking order', () => {
    expect(finalsSeries(units)).toEqual({ names: ['Phường a', 'Phường b'], finals: [996.4, 970] });
  });

  it('stacks each group’s score per unit, a missing group as 0', () => {
    expect(groupStacks(units)).toEqual([
      { code: 'I', values: [610, 610] },
      { code: 'II', values: [175, 160] },
      { code: 'III', values: [200, 0] },
    ]);
    expect(adjustmentStacks(units)).toEqual({ bonus: [15, 0], deduction: [3.6, 0] });
  });

  it('matches last year’s finals by unit code; a newcomer has none', () => {
    const lastYear = [unit('b', 980, []), unit('x', 900, [])];
    expect(yearComparison(units, lastYear)).toEqual({
      names: ['Phường a', 'Phường b'],
      current: [996.4, 970],
      previous: [null, 980],
    });
  });
});
