/**
 * The rule functions one by one (one file per rule under src/rules), with hand-worked SPEC §6–§7
 * numbers. Decimals are compared through their exact text (`toFixed()`), never as floats.
 */
import { describe, expect, it } from 'vitest';
import { dec, type Decimal } from '../src/model/decimal';
import type { Award, Group, Ruleset } from '../src/model/period-schema';
import { ratio, roundHalfUp2 } from '../src/model/ratio';
import { allocateAwards, pickWithinQuota } from '../src/rules/allocate-awards';
import { deductionPoints, tieredDeduction } from '../src/rules/deductions';
import { matchBand } from '../src/rules/match-band';
import { overPlanBonus } from '../src/rules/over-plan-bonus';
import { predicateHolds } from '../src/rules/predicates';
import { rankUnits } from '../src/rules/rank-units';
import { scoreGroup } from '../src/rules/score-groups';
import { scoreDecrease, scoreIncrease } from '../src/rules/score-quantitative';
import { decideStatus } from '../src/rules/unit-status';

const text = (d: Decimal): string => d.toFixed();
const r = (n: string, d = '1') => ratio(dec(n), dec(d));

describe('roundHalfUp2 (round2, SPEC §6)', () => {
  it.each([
    ['2.345', '2.35'], // x.xx5 → up
    ['2.3449999', '2.34'],
    ['2.3450001', '2.35'],
    ['2.355', '2.36'],
    ['0.005', '0.01'],
    ['0.0049', '0'],
    ['1.005', '1.01'], // binary float: Math.round(1.005 × 100) / 100 = 1
    ['996.4', '996.4'],
    ['13', '13'],
    ['0', '0'],
  ])('decimal %s → %s', (value, rounded) => {
    expect(text(roundHalfUp2(dec(value)))).toBe(rounded);
  });

  it.each([
    ['100', '3', '33.33'], // 33.333…
    ['200', '3', '66.67'], // 66.666…
    ['2344997', '999999', '2.34'], // 2.3449993…
    ['2344998', '999999', '2.35'], // 2.3450003…
    ['469', '200', '2.35'], // 2.345 exactly
    ['1', '200', '0.01'], // 0.005
    ['1', '201', '0'], // 0.004975…
    ['33300', '120', '277.5'],
    ['7', '3', '2.33'],
  ])('ratio %s/%s → %s', (n, d, rounded) => {
    expect(text(roundHalfUp2(r(n, d)))).toBe(rounded);
  });
});

describe('scoreIncrease / scoreDecrease (SPEC §6)', () => {
  const over = (o: { n: Decimal; d: Decimal }) => text(roundHalfUp2(o));

  it.each([
    // [S, P, A, base, over (rounded for display)]
    ['300', '100', '113', '300', '13'], // 100 × 13 / 100 = 13
    ['300', '1', '1.13', '300', '13'],
    ['300', '100', '100', '300', '0'],
    ['300', '120', '111', '277.5', '0'], // 300 × 111 / 120
    ['100', '3', '1', '33.33', '0'],
    ['300', '250', '262.3', '300', '4.92'], // 100 × 12.3 / 250
  ])('increase S=%s P=%s A=%s → base %s, over %s', (S, P, A, base, o) => {
    const outcome = scoreIncrease(dec(S), dec(P), dec(A));
    expect(text(roundHalfUp2(outcome.base))).toBe(base);
    expect(over(outcome.over)).toBe(o);
  });

  it('increase: over = 100 × (113 − 100) / 100 is exactly 13 (13 × d = n)', () => {
    const { over: o } = scoreIncrease(dec(300), dec(100), dec(113));
    expect(o.n.comparedTo(o.d.times(dec(13)))).toBe(0);
    const small = scoreIncrease(dec(300), dec('1'), dec('1.13')).over;
    expect(small.n.comparedTo(small.d.times(dec(13)))).toBe(0);
  });

  it.each([
    ['180', '0', '0', '180', '0'],
    ['180', '0', '2', '0', '0'],
    ['180', '20', '20', '180', '0'],
    ['180', '20', '18', '180', '10'], // 100 × 2 / 20
    ['180', '10', '12', '144', '0'], // 180 × 8 / 10
    ['180', '10', '20', '0', '0'],
    ['180', '10', '35', '0', '0'], // −270 floored at 0
    ['100', '3', '4', '66.67', '0'], // 200/3
  ])('decrease S=%s P=%s A=%s → base %s, over %s', (S, P, A, base, o) => {
    const outcome = scoreDecrease(dec(S), dec(P), dec(A));
    expect(text(roundHalfUp2(outcome.base))).toBe(base);
    expect(over(outcome.over)).toBe(o);
  });
});

describe('overPlanBonus (SPEC §6)', () => {
  it.each([
    // [S, over n/d, per, amount, cap %, step, bonus]
    ['300', '13', '1', 'percentOfPoints', 1, 10, undefined, '30'], // 39 → cap 30
    ['300', '13', '1', 'percentOfPoints', 1, 20, 'whole', '39'],
    ['300', '137', '10', 'percentOfPoints', 1, 20, 'whole', '39'], // floor 13.7 = 13
    ['300', '137', '10', 'percentOfPoints', 1, 20, 'exact', '41.1'],
    ['300', '13', '1', 'points', 1, 10, 'whole', '13'],
    ['300', '50', '1', 'points', 1, 10, 'whole', '30'],
    ['100', '100', '3', 'percentOfPoints', 1, 50, 'exact', '33.33'],
    ['100', '100', '3', 'points', 0.5, 50, 'exact', '16.67'],
    ['100', '100', '3', 'points', 0.5, 50, 'whole', '16.5'],
    ['45', '100', '1', 'percentOfPoints', 1, 10, 'whole', '4.5'],
    ['300', '1', '2', 'percentOfPoints', 1, 10, 'whole', '0'], // floor(0.5) = 0
  ] as const)(
    'S=%s over=%s/%s %s amount %s cap %s%% step %s → %s',
    (S, n, d, per, amount, cap, step, bonus) => {
      const rule = { per, amount, capPercentOfPoints: cap, ...(step ? { step } : {}) };
      expect(text(overPlanBonus(dec(S), r(n, d), rule).bonus)).toBe(bonus);
    },
  );
});

describe('matchBand (SPEC §6)', () => {
  const bands = [
    { max: 0, points: 100 },
    { max: 10, maxExclusive: true, points: 75 },
    { min: 10, max: 20, points: 50 },
    { min: 20, minExclusive: true, max: 50, points: 25 },
  ];
  it.each([
    ['0', 0],
    ['9.99', 1],
    ['10', 2],
    ['20', 2],
    ['20.01', 3],
    ['50', 3],
    ['50.01', -1], // no band → −1, scored 0
  ])('value %s → band %s', (value, index) => {
    expect(matchBand(bands, dec(value))).toBe(index);
  });
});

describe('tieredDeduction / deductionPoints (SPEC §6)', () => {
  const late = {
    code: 'CM',
    name: 'Chậm muộn',
    tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }],
    cap: 5,
  };
  it.each([
    [0, '0'],
    [10, '3'],
    [11, '3.2'],
    [13, '3.6'],
    [20, '5'],
    [21, '5'], // 5.2 → cap 5
  ])('late tasks × %s → %s', (count, points) => {
    expect(text(deductionPoints(late, count).points)).toBe(points);
  });

  it('slices 11 occurrences into 10 × 0.3 and 1 × 0.2', () => {
    expect(tieredDeduction(11, late.tiers).map((s) => [s.count, text(s.pointsEach)])).toEqual([
      [10, '0.3'],
      [1, '0.2'],
    ]);
  });

  it('flat, capped, rounded: 3 × 0.125 = 0.375 → 0.38; 7 × 1 → cap 5', () => {
    expect(text(deductionPoints({ code: 'X', name: 'x', pointsEach: 0.125 }, 3).points)).toBe('0.38');
    expect(text(deductionPoints({ code: 'X', name: 'x', pointsEach: 1, cap: 5 }, 7).points)).toBe('5');
  });
});

describe('scoreGroup (SPEC §6 Groups)', () => {
  const g = (cap: number | null | undefined): Group => ({
    code: 'I',
    name: 'I',
    maxPoints: 580,
    ...(cap !== undefined ? { overPlanBonusCap: cap } : {}),
    criteria: [],
  });
  const leaves = [
    { base: dec(300), bonus: dec(30) },
    { base: dec(180), bonus: dec(18) },
    { base: dec('85.5'), bonus: dec(0) },
  ];
  it.each([
    [30, '565.5', '30', '595.5'],
    [null, '565.5', '48', '613.5'],
    [undefined, '565.5', '48', '613.5'],
  ])('cap %s → base %s bonus %s score %s', (cap, base, bonus, score) => {
    const s = scoreGroup(g(cap), leaves);
    expect([text(s.base), text(s.bonus), text(s.score)]).toEqual([base, bonus, score]);
  });
});

describe('predicateHolds and decideStatus (SPEC §7)', () => {
  it.each([
    [{ fact: 'r', equals: 'HTTNV' }, { r: 'HTTNV' }, true],
    [{ fact: 'r', equals: 'HTTNV' }, { r: 'HTNV' }, false],
    [{ fact: 'r', in: ['HTXSNV', 'HTTNV'] }, { r: 'HTTNV' }, true],
    [{ fact: 'r', notIn: ['KHTNV'] }, { r: 'HTTNV' }, true],
    [{ fact: 'r', notIn: ['KHTNV'] }, { r: 'KHTNV' }, false],
    [{ fact: 'r', equals: false }, { r: false }, true],
    // A missing fact makes every predicate false.
    [{ fact: 'r', equals: 'HTTNV' }, {}, false],
    [{ fact: 'r', in: ['HTTNV'] }, {}, false],
    [{ fact: 'r', notIn: ['KHTNV'] }, {}, false],
    [{ fact: 'r', equals: false }, { other: false }, false],
  ])('%j with %j → %s', (predicate, facts, holds) => {
    expect(predicateHolds(predicate, facts)).toBe(holds);
  });

  const ruleset = {
    name: 'r',
    maxTotal: null,
    groups: [],
    exclusions: [
      { fact: 'v', equals: true, label: 'Vi phạm' },
      { fact: 'k', equals: true },
    ],
    postponements: [{ fact: 'i', equals: true, label: 'Đang xem xét' }],
    downgrades: [{ fact: 'd', equals: true, label: 'Kiểm điểm sâu' }],
  } as unknown as Ruleset;
  it.each([
    [{ v: true, i: true }, 'excluded', ['Vi phạm']],
    [{ v: true, k: true }, 'excluded', ['Vi phạm', 'k']],
    [{ i: true }, 'postponed', ['Đang xem xét']],
    [{ v: false, i: false }, 'eligible', []],
    [{}, 'eligible', []],
  ])('%j → %s %j', (facts, status, reasons) => {
    const outcome = decideStatus(ruleset, facts);
    expect([outcome.status, outcome.reasons]).toEqual([status, reasons]);
  });
  it('reports a downgrade', () => {
    expect(decideStatus(ruleset, { d: true }).downgraded).toBe(true);
    expect(decideStatus(ruleset, {}).downgraded).toBe(false);
  });
});

describe('rankUnits (SPEC §6 Rank)', () => {
  it('1, 2, 2, 4 with input order among equals', () => {
    const { order, ranks } = rankUnits(['80', '90', '80', '70'].map((v) => dec(v)));
    expect(order).toEqual([1, 0, 2, 3]);
    expect(ranks).toEqual([2, 1, 2, 4]);
  });
  it('80 and 80.00 are equal scores', () => {
    expect(rankUnits([dec('80'), dec('80.00'), dec('80.01')]).ranks).toEqual([2, 2, 1]);
  });
});

describe('pickWithinQuota and allocateAwards (SPEC §7)', () => {
  const scores = ['960', '950', '950', '950', '900'].map((v) => dec(v));
  const pick = (quota: number | undefined, votes: number[]) =>
    pickWithinQuota(
      [0, 1, 2, 3, 4],
      quota,
      (i) => scores[i]!,
      (i) => votes[i] ?? 0,
    );

  it('absent quota: everyone; quota 0: nobody', () => {
    expect(pick(undefined, []).awarded).toEqual([0, 1, 2, 3, 4]);
    expect(pick(0, []).awarded).toEqual([]);
  });
  it('no tie at the last place: the top q', () => {
    expect(pick(4, []).awarded).toEqual([0, 1, 2, 3]);
  });
  it('tie at the last place: above awarded, remaining places by votes', () => {
    const chosen = pick(2, [0, 1, 4, 2]);
    expect(chosen.pending).toBeUndefined();
    expect([...chosen.awarded].sort()).toEqual([0, 2]);
  });
  it('votes that do not separate the places leave the tie pending', () => {
    const chosen = pick(2, [0, 4, 4, 1]);
    expect(chosen.awarded).toEqual([0]);
    expect(chosen.pending).toEqual({ places: 1, units: [1, 2, 3] });
  });

  const ladder: Award[] = [
    { code: 'A', name: 'A', minScore: 900 },
    { code: 'B', name: 'B', minScore: 850 },
    { code: 'C', name: 'C', minScore: 800 },
  ];
  const unit = (final: string, downgraded = false, eligible = true) => ({
    final: dec(final),
    eligible,
    downgraded,
    facts: {},
  });

  it('a downgraded top unit does not take the only A place; it takes B', () => {
    const allocation = allocateAwards(
      ladder,
      [unit('960', true), unit('920'), unit('880')],
      { A: 1, B: 1 },
      () => 0,
    );
    expect(allocation.award).toEqual([1, 0, 2]);
    expect(allocation.complete).toBe(true);
  });

  it('a pending tie stops the allocation: nothing below is given', () => {
    const allocation = allocateAwards(
      ladder,
      [unit('950'), unit('950'), unit('870'), unit('990', false, false)],
      { A: 1 },
      () => 0,
    );
    expect(allocation.award).toEqual([null, null, null, null]);
    expect(allocation.pendingVotes).toEqual([{ award: 'A', places: 1, units: [0, 1] }]);
    expect(allocation.complete).toBe(false);
  });
});
