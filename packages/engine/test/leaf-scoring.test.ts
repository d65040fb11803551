/**
 * Leaf criteria, SPEC §6 "Leaf criteria". Every expected number below is worked out by hand from the
 * SPEC formulas (the arithmetic is in the comment of each row), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import type { Band, CriterionInput, OverPlanBonus } from '../src/index';
import { scoreOne } from './helpers';

type Row = [string, number, number, number, number];

function quantitative(
  points: number,
  direction?: 'increase' | 'decrease',
  overPlanBonus?: OverPlanBonus,
): CriterionInput {
  const c: CriterionInput = { code: 'Q', name: 'Chỉ tiêu', points, kind: 'quantitative' };
  if (direction !== undefined) c.direction = direction;
  if (overPlanBonus !== undefined) c.overPlanBonus = overPlanBonus;
  return c;
}

const pct = (amount: number, capPercentOfPoints: number, step?: 'whole' | 'exact'): OverPlanBonus => ({
  per: 'percentOfPoints',
  amount,
  capPercentOfPoints,
  ...(step ? { step } : {}),
});
const pts = (amount: number, capPercentOfPoints: number, step?: 'whole' | 'exact'): OverPlanBonus => ({
  per: 'points',
  amount,
  capPercentOfPoints,
  ...(step ? { step } : {}),
});

describe('quantitative, direction increase (SPEC §6)', () => {
  // [what, S, P, A, expected base]; no over-plan bonus rule, so the bonus is always 0.
  const rows: Row[] = [
    ['A = P gives S', 300, 100, 100, 300],
    ['A > P gives S (no bonus rule)', 300, 100, 113, 300],
    ['A < P: 300 × 111 / 120 = 33300 / 120 = 277.5', 300, 120, 111, 277.5],
    ['A = 0: 300 × 0 / 100 = 0', 300, 100, 0, 0],
    ['100 × 1 / 3 = 33.333… → 33.33 (non-terminating)', 100, 3, 1, 33.33],
    ['100 × 2 / 3 = 66.666… → 66.67 (non-terminating, rounds up)', 100, 3, 2, 66.67],
    ['10 × 234.5 / 1000 = 2.345 exactly → 2.35 (half up)', 10, 1000, 234.5, 2.35],
    ['10 × 234499.7 / 999999 = 2344997/999999 = 2.3449993… → 2.34', 10, 999999, 234499.7, 2.34],
    ['10 × 234499.8 / 999999 = 2344998/999999 = 2.3450003… → 2.35', 10, 999999, 234499.8, 2.35],
    ['1 × 1 / 200 = 0.005 → 0.01 (half up)', 1, 200, 1, 0.01],
    ['1 × 1 / 201 = 0.004975… → 0', 1, 201, 1, 0],
    ['201 × 0.5 / 100 = 1.005 → 1.01 (binary float would give 1.00)', 201, 100, 0.5, 1.01],
    ['7 × 2.999 / 3 = 20.993 / 3 = 6.99766… → 7', 7, 3, 2.999, 7],
    ['300 × 262.3 / 263 = 78690 / 263 = 299.20152… → 299.2', 300, 263, 262.3, 299.2],
  ];
  it.each(rows)('%s', (_what, S, P, A, base) => {
    expect(scoreOne(quantitative(S, 'increase'), { plan: P, actual: A })).toEqual({
      base,
      bonus: 0,
      missing: [],
    });
  });

  it('direction defaults to increase: 300 × 111 / 120 = 277.5', () => {
    expect(scoreOne(quantitative(300), { plan: 120, actual: 111 }).base).toBe(277.5);
  });
});

describe('quantitative, direction decrease (SPEC §6)', () => {
  // [what, S, P, A, expected base]; no over-plan bonus rule.
  const rows: Row[] = [
    ['P = 0 and A = 0 gives S', 180, 0, 0, 180],
    ['P = 0 and A = 2 gives 0', 180, 0, 2, 0],
    ['P = 0 and A = 0.5 gives 0', 180, 0, 0.5, 0],
    ['A = P gives S', 180, 20, 20, 180],
    ['A < P gives S', 180, 20, 18, 180],
    ['A = 0 < P gives S', 180, 10, 0, 180],
    ['A > P: 180 × (2×10 − 12) / 10 = 144', 180, 10, 12, 144],
    ['A > P: 180 × (20 − 19) / 10 = 18', 180, 10, 19, 18],
    ['A = 2P: 180 × 0 / 10 = 0', 180, 10, 20, 0],
    ['A far above: 180 × (20 − 35) / 10 = −270, floored at 0', 180, 10, 35, 0],
    ['A far above with decimals: 100 × (6 − 1000.5) / 3 < 0 → 0', 100, 3, 1000.5, 0],
    ['100 × (6 − 4) / 3 = 66.666… → 66.67', 100, 3, 4, 66.67],
    ['100 × (6 − 5) / 3 = 33.333… → 33.33', 100, 3, 5, 33.33],
    ['100 × (6 − 5.99) / 3 = 0.333… → 0.33', 100, 3, 5.99, 0.33],
    ['100 × (6 − 5.9999) / 3 = 0.00333… → 0', 100, 3, 5.9999, 0],
    ['10 × (2000 − 1765.5) / 1000 = 2.345 → 2.35', 10, 1000, 1765.5, 2.35],
    ['10 × (2000 − 1765.51) / 1000 = 2.3449 → 2.34', 10, 1000, 1765.51, 2.34],
  ];
  it.each(rows)('%s', (_what, S, P, A, base) => {
    expect(scoreOne(quantitative(S, 'decrease'), { plan: P, actual: A })).toEqual({
      base,
      bonus: 0,
      missing: [],
    });
  });
});

describe('over-plan bonus of an increase criterion (SPEC §6)', () => {
  // [what, S, rule, P, A, base, bonus]
  const rows: [string, number, OverPlanBonus, number, number, number, number][] = [
    ['at plan: over = 0, no bonus', 300, pct(1, 10), 100, 100, 300, 0],
    ['below plan: no bonus, base 300 × 111 / 120 = 277.5', 300, pct(1, 10), 120, 111, 277.5, 0],
    [
      '113/100: over 13 → 300 × 1 × 13 / 100 = 39 → capped at 10 % of 300 = 30',
      300,
      pct(1, 10),
      100,
      113,
      300,
      30,
    ],
    ['113/100, cap 20 % = 60: floor(13) = 13 (not 12) → 39', 300, pct(1, 20), 100, 113, 300, 39],
    ['1.13/1: 100 × 0.13 / 1 = 13 exactly (float: 12.999…) → 39', 300, pct(1, 20), 1, 1.13, 300, 39],
    ['0.113/0.1: 100 × 0.013 / 0.1 = 13 exactly → 39', 300, pct(1, 20), 0.1, 0.113, 300, 39],
    ['step omitted = whole: over 13.7 → 13 → 39', 300, pct(1, 20), 100, 113.7, 300, 39],
    ['step whole: over 13.7 → 13 → 39', 300, pct(1, 20, 'whole'), 100, 113.7, 300, 39],
    ['step exact: over 13.7 → 300 × 13.7 / 100 = 41.1', 300, pct(1, 20, 'exact'), 100, 113.7, 300, 41.1],
    ['whole: over 0.5 → floor 0 → no bonus', 300, pct(1, 10), 100, 100.5, 300, 0],
    ['exact: over 0.5 → 300 × 0.5 / 100 = 1.5', 300, pct(1, 10, 'exact'), 100, 100.5, 300, 1.5],
    ['262.3/250: over 4.92 → 4 → 300 × 4 / 100 = 12', 300, pct(1, 10), 250, 262.3, 300, 12],
    ['per points: 1 × 13 = 13 (cap 30)', 300, pts(1, 10), 100, 113, 300, 13],
    ['per points: over 50 → 50 → capped at 30', 300, pts(1, 10), 100, 150, 300, 30],
    ['per points, exact: 0.5 × 13.7 = 6.85', 300, pts(0.5, 10, 'exact'), 100, 113.7, 300, 6.85],
    ['per points, amount 2: 2 × 13 = 26 (cap 30)', 300, pts(2, 10), 100, 113, 300, 26],
    ['percentOfPoints, amount 2: 300 × 2 × 4 / 100 = 24', 300, pct(2, 10), 100, 104, 300, 24],
    [
      'exact: over 100/3 → 100 × 1 × (100/3) / 100 = 33.333… → 33.33',
      100,
      pct(1, 50, 'exact'),
      3,
      4,
      100,
      33.33,
    ],
    ['whole: over 33.33… → 33 → 33', 100, pct(1, 50), 3, 4, 100, 33],
    ['per points exact: 0.5 × 100/3 = 16.666… → 16.67', 100, pts(0.5, 50, 'exact'), 3, 4, 100, 16.67],
    ['per points whole: 0.5 × 33 = 16.5', 100, pts(0.5, 50), 3, 4, 100, 16.5],
    ['exact: 7 × (100/3) / 100 = 7/3 = 2.333… → 2.33', 7, pct(1, 100, 'exact'), 3, 4, 7, 2.33],
    ['per points exact: 0.5 × 4.69 = 2.345 → 2.35', 300, pts(0.5, 10, 'exact'), 100, 104.69, 300, 2.35],
    ['per points exact: 0.5 × 4.689 = 2.3445 → 2.34', 300, pts(0.5, 10, 'exact'), 100, 104.689, 300, 2.34],
    ['10 % cap of S = 50: over 4 → 50 × 4 / 100 = 2', 50, pct(1, 10), 100, 104, 50, 2],
    ['10 % cap of S = 50: over 10 → 5 = the cap', 50, pct(1, 10), 100, 110, 50, 5],
    ['10 % cap of S = 50: over 15 → 7.5 → capped at 5', 50, pct(1, 10), 100, 115, 50, 5],
    ['10 % cap of S = 45 is 4.5: over 100 → 45 → 4.5', 45, pct(1, 10), 100, 200, 45, 4.5],
    ['cap 0 %: no bonus at all', 300, pct(1, 0), 100, 150, 300, 0],
  ];
  it.each(rows)('%s', (_what, S, rule, P, A, base, bonus) => {
    expect(scoreOne(quantitative(S, 'increase', rule), { plan: P, actual: A })).toEqual({
      base,
      bonus,
      missing: [],
    });
  });
});

describe('over-plan bonus of a decrease criterion (SPEC §6)', () => {
  // over = 100 × (P − A) / P when A ≤ P (and P > 0); [what, S, rule, P, A, base, bonus]
  const rows: [string, number, OverPlanBonus, number, number, number, number][] = [
    ['P = 0, A = 0: S, over = 0 so no bonus', 180, pct(1, 10), 0, 0, 180, 0],
    ['P = 0, A = 1: 0 and no bonus', 180, pct(1, 10), 0, 1, 0, 0],
    ['A = P: over 0, no bonus', 180, pct(1, 10), 20, 20, 180, 0],
    ['20 → 19: over 5 → 180 × 5 / 100 = 9', 180, pct(1, 10), 20, 19, 180, 9],
    ['20 → 18: over 10 → 18 = cap 10 % of 180', 180, pct(1, 10), 20, 18, 180, 18],
    ['20 → 15: over 25 → 45 → capped at 18', 180, pct(1, 10), 20, 15, 180, 18],
    ['10 → 0: over 100 → capped at 18', 180, pct(1, 10), 10, 0, 180, 18],
    ['A > P: base 144, no bonus', 180, pct(1, 10), 10, 12, 144, 0],
    ['whole: over 100/3 → 33 → 180 × 33 / 100 = 59.4 (cap 90)', 180, pct(1, 50), 3, 2, 180, 59.4],
    [
      'exact: over 100/3 → 180 × (100/3) / 100 = 60 exactly (cap 90)',
      180,
      pct(1, 50, 'exact'),
      3,
      2,
      180,
      60,
    ],
    ['per points: 1 × 10 = 10 (cap 18)', 180, pts(1, 10), 20, 18, 180, 10],
  ];
  it.each(rows)('%s', (_what, S, rule, P, A, base, bonus) => {
    expect(scoreOne(quantitative(S, 'decrease', rule), { plan: P, actual: A })).toEqual({
      base,
      bonus,
      missing: [],
    });
  });
});

describe('bands (SPEC §6): first band in order whose bounds contain the value', () => {
  const bands = (list: Band[]): CriterionInput => ({
    code: 'B',
    name: 'Theo mức',
    points: 100,
    kind: 'bands',
    bands: list,
  });
  // [what, bands, value, expected base]
  const rows: [string, Band[], number, number][] = [
    ['inclusive min at the edge: 80 ≥ 80', [{ min: 80, points: 10 }], 80, 10],
    ['inclusive min just below: 79.99 < 80 → none → 0', [{ min: 80, points: 10 }], 79.99, 0],
    ['exclusive min at the edge: 80 > 80 is false → 0', [{ min: 80, minExclusive: true, points: 10 }], 80, 0],
    ['exclusive min just above: 80.01 > 80', [{ min: 80, minExclusive: true, points: 10 }], 80.01, 10],
    ['minExclusive: false is inclusive', [{ min: 80, minExclusive: false, points: 10 }], 80, 10],
    ['inclusive max at the edge: 10 ≤ 10', [{ max: 10, points: 5 }], 10, 5],
    ['inclusive max just above: 10.01 → 0', [{ max: 10, points: 5 }], 10.01, 0],
    ['exclusive max at the edge: 10 < 10 is false → 0', [{ max: 10, maxExclusive: true, points: 5 }], 10, 0],
    ['exclusive max just below: 9.99 < 10', [{ max: 10, maxExclusive: true, points: 5 }], 9.99, 5],
    [
      'both exclusive, at min → 0',
      [{ min: 10, max: 20, minExclusive: true, maxExclusive: true, points: 7 }],
      10,
      0,
    ],
    [
      'both exclusive, at max → 0',
      [{ min: 10, max: 20, minExclusive: true, maxExclusive: true, points: 7 }],
      20,
      0,
    ],
    [
      'both exclusive, inside',
      [{ min: 10, max: 20, minExclusive: true, maxExclusive: true, points: 7 }],
      15,
      7,
    ],
    ['both inclusive, at min', [{ min: 10, max: 20, points: 7 }], 10, 7],
    ['both inclusive, at max', [{ min: 10, max: 20, points: 7 }], 20, 7],
    [
      'first match wins over a later, better band',
      [
        { min: 0, points: 5 },
        { min: 50, points: 10 },
      ],
      60,
      5,
    ],
    ['an open band (no bounds) matches everything', [{ min: 50, points: 10 }, { points: 3 }], -4, 3],
    ['no band matches → 0', [{ min: 50, max: 60, points: 10 }], 70, 0],
    ['min = max single point', [{ min: 5, max: 5, points: 9 }], 5, 9],
    ['band points round2: 2.675 → 2.68 (float toFixed gives 2.67)', [{ points: 2.675 }], 1, 2.68],
  ];
  it.each(rows)('%s', (_what, list, value, base) => {
    expect(scoreOne(bands(list), { value })).toEqual({ base, bonus: 0, missing: [] });
  });

  // The returned-dossier table of the example (III.2): ≤ 0 → 100, < 10 → 75, ≤ 20 → 50, ≤ 50 → 25, else 0.
  const returned: Band[] = [
    { max: 0, points: 100 },
    { max: 10, maxExclusive: true, points: 75 },
    { max: 20, points: 50 },
    { max: 50, points: 25 },
    { points: 0 },
  ];
  it.each([
    [0, 100],
    [0.01, 75],
    [9.99, 75],
    [10, 50],
    [12.5, 50],
    [20, 50],
    [20.01, 25],
    [50, 25],
    [50.01, 0],
  ])('returned dossiers %s %% → %s', (value, base) => {
    expect(scoreOne(bands(returned), { value }).base).toBe(base);
  });
});

describe('rating, yesno, qualitative (SPEC §6)', () => {
  const rating: CriterionInput = {
    code: 'R',
    name: 'Xếp loại',
    points: 100,
    kind: 'rating',
    options: { HTXSNV: 100, HTTNV: 85, HTNV: 60, KHTNV: 0, LE: 0.125 },
  };
  it.each([
    ['HTXSNV', 100],
    ['HTTNV', 85],
    ['HTNV', 60],
    ['KHTNV', 0],
    ['LE', 0.13], // 0.125 → round2 half up → 0.13
  ])('rating %s → %s', (option, base) => {
    expect(scoreOne(rating, { rating: option })).toEqual({ base, bonus: 0, missing: [] });
  });

  it.each([
    [50, true, 50],
    [50, false, 0],
    [1.005, true, 1.01], // base = S = 1.005 → round2 → 1.01
  ])('yesno S=%s done=%s → %s', (S, done, base) => {
    expect(scoreOne({ code: 'Y', name: 'Có/không', points: S, kind: 'yesno' }, { done })).toEqual({
      base,
      bonus: 0,
      missing: [],
    });
  });

  it.each([
    [90, 90],
    [0, 0],
    [100, 100], // points = S is allowed
    [45.5, 45.5],
    [12.345, 12.35], // round2 half up
    [12.344, 12.34],
    [1.005, 1.01], // float would give 1.00
  ])('qualitative points %s → %s', (points, base) => {
    expect(scoreOne({ code: 'D', name: 'Định tính', points: 100, kind: 'qualitative' }, { points })).toEqual({
      base,
      bonus: 0,
      missing: [],
    });
  });
});

describe('a leaf without an entry (SPEC §6)', () => {
  const kinds: CriterionInput[] = [
    { code: 'Q', name: 'q', points: 10, kind: 'quantitative', overPlanBonus: pct(1, 10) },
    { code: 'Qd', name: 'qd', points: 10, kind: 'quantitative', direction: 'decrease' },
    { code: 'B', name: 'b', points: 10, kind: 'bands', bands: [{ points: 10 }] },
    { code: 'R', name: 'r', points: 10, kind: 'rating', options: { A: 10 } },
    { code: 'Y', name: 'y', points: 10, kind: 'yesno' },
    { code: 'D', name: 'd', points: 10, kind: 'qualitative' },
  ];
  it.each(
    kinds.map((k): [string, CriterionInput] => [`${k.kind}${k.direction ? '/' + k.direction : ''}`, k]),
  )('%s scores 0 and is listed as missing', (_kind, criterion) => {
    // A decrease criterion with P = 0 and A = 0 would get S: without an entry it is still 0.
    expect(scoreOne(criterion, undefined)).toEqual({ base: 0, bonus: 0, missing: [criterion.code] });
  });
});
