/**
 * Groups, bonus items, the scored total, deductions, the final score and the rank (SPEC §6).
 * Expected numbers are worked out by hand from SPEC; the arithmetic is in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  type Adjustment,
  type CriterionInput,
  type DeductionItem,
  evaluatePeriod,
  type Period,
} from '../src/index';
import { evaluateOk, group, makePeriod, unitById } from './helpers';

const bonus10 = { per: 'percentOfPoints', amount: 1, capPercentOfPoints: 10, step: 'whole' } as const;
const qualitative = (code: string, points: number): CriterionInput => ({
  code,
  name: code,
  points,
  kind: 'qualitative',
});

/** Group I of the Ba Đình shape: 300 increase + 180 decrease (both with the 10 % bonus) + 100 qualitative. */
const groupI = (overPlanBonusCap?: number | null) =>
  group(
    'I',
    [
      { code: 'I.1', name: 'Thu ngân sách', points: 300, kind: 'quantitative', overPlanBonus: bonus10 },
      {
        code: 'I.2',
        name: 'Tai nạn giao thông',
        points: 180,
        kind: 'quantitative',
        direction: 'decrease',
        overPlanBonus: bonus10,
      },
      qualitative('I.3', 100),
    ],
    overPlanBonusCap,
  );

// I.1 113/100 → 300 + bonus 30 (39 capped at 10 %); I.2 18/20 → 180 + bonus 18; I.3 80.
// Group base 300 + 180 + 80 = 560; leaves' bonuses 30 + 18 = 48.
const entriesI = [
  { unit: 'u', criterion: 'I.1', plan: 100, actual: 113 },
  { unit: 'u', criterion: 'I.2', plan: 20, actual: 18 },
  { unit: 'u', criterion: 'I.3', points: 80 },
];

describe('groups (SPEC §6 Groups)', () => {
  it.each([
    ['cap 30: bonus 48 → 30, score 560 + 30 = 590', 30, { code: 'I', base: 560, bonus: 30, score: 590 }],
    ['cap null: bonus 48, score 608', null, { code: 'I', base: 560, bonus: 48, score: 608 }],
    ['cap absent: bonus 48, score 608', undefined, { code: 'I', base: 560, bonus: 48, score: 608 }],
    ['cap 50 above the bonus: 48, score 608', 50, { code: 'I', base: 560, bonus: 48, score: 608 }],
    ['cap 48 exactly: 48, score 608', 48, { code: 'I', base: 560, bonus: 48, score: 608 }],
    ['cap 0: no bonus, score 560', 0, { code: 'I', base: 560, bonus: 0, score: 560 }],
    ['cap 12.5: 12.5, score 572.5', 12.5, { code: 'I', base: 560, bonus: 12.5, score: 572.5 }],
  ])('%s', (_what, cap, expected) => {
    const unit = evaluateOk(makePeriod({ groups: [groupI(cap)], entries: entriesI })).units[0]!;
    const { code, base, bonus, score } = unit.groups[0]!;
    expect({ code, base, bonus, score }).toEqual(expected);
    // The leaves keep their own (uncapped by the group) bonuses.
    expect(unit.criteria.map((c) => [c.code, c.base, c.bonus])).toEqual([
      ['I.1', 300, 30],
      ['I.2', 180, 18],
      ['I.3', 80, 0],
    ]);
    expect(unit.scored).toBe(score);
  });

  it('sums the leaves of nested containers into their group, every group in order', () => {
    const period = makePeriod({
      groups: [
        group('A', [
          {
            code: 'A.1',
            name: 'Chứa',
            points: 30,
            children: [qualitative('A.1.a', 10), { code: 'A.1.b', name: 'b', points: 20, kind: 'yesno' }],
          },
        ]),
        group('B', [qualitative('B.1', 50)]),
      ],
      entries: [
        { unit: 'u', criterion: 'A.1.a', points: 7.25 },
        { unit: 'u', criterion: 'A.1.b', done: true },
        { unit: 'u', criterion: 'B.1', points: 33.33 },
      ],
    });
    const unit = evaluateOk(period).units[0]!;
    // A: 7.25 + 20 = 27.25; B: 33.33; scored 27.25 + 33.33 = 60.58
    expect(unit.criteria.map((c) => c.code)).toEqual(['A.1.a', 'A.1.b', 'B.1']);
    expect(unit.groups.map(({ code, base, bonus, score }) => ({ code, base, bonus, score }))).toEqual([
      { code: 'A', base: 27.25, bonus: 0, score: 27.25 },
      { code: 'B', base: 33.33, bonus: 0, score: 33.33 },
    ]);
    expect(unit.scored).toBe(60.58);
  });

  it('sums rounded leaf bonuses: 2.35 + 16.67 = 19.02 under a cap of 30', () => {
    const period = makePeriod({
      groups: [
        group(
          'G',
          [
            {
              code: 'G.1',
              name: 'a',
              points: 300,
              kind: 'quantitative',
              overPlanBonus: { per: 'points', amount: 0.5, capPercentOfPoints: 10, step: 'exact' },
            },
            {
              code: 'G.2',
              name: 'b',
              points: 100,
              kind: 'quantitative',
              overPlanBonus: { per: 'points', amount: 0.5, capPercentOfPoints: 50, step: 'exact' },
            },
          ],
          30,
        ),
      ],
      entries: [
        { unit: 'u', criterion: 'G.1', plan: 100, actual: 104.69 }, // 0.5 × 4.69 = 2.345 → 2.35
        { unit: 'u', criterion: 'G.2', plan: 3, actual: 4 }, // 0.5 × 100/3 = 16.666… → 16.67
      ],
    });
    const g = evaluateOk(period).units[0]!.groups[0]!;
    expect([g.base, g.bonus, g.score]).toEqual([400, 19.02, 419.02]);
  });
});

describe('bonus items and the scored total (SPEC §6)', () => {
  const period = (maxTotal: number | null, adjustments: Adjustment[]): Period =>
    makePeriod({
      maxTotal,
      groups: [group('G', [qualitative('G.1', 990)])],
      bonusItems: [
        { code: 'IV', name: 'Điểm thưởng', max: 20 },
        { code: 'V', name: 'Điểm thưởng khác', max: 5 },
      ],
      units: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
      entries: [
        { unit: 'a', criterion: 'G.1', points: 900 },
        { unit: 'b', criterion: 'G.1', points: 990 },
        { unit: 'c', criterion: 'G.1', points: 500 },
      ],
      adjustments,
    });
  const adjustments: Adjustment[] = [
    { unit: 'a', code: 'IV', points: 8 },
    { unit: 'a', code: 'IV', points: 7 }, // a: 8 + 7 = 15 ≤ 20
    { unit: 'a', code: 'V', points: 2.5 }, // a: 2.5
    { unit: 'b', code: 'IV', points: 15 },
    { unit: 'b', code: 'IV', points: 10 }, // b: 15 + 10 = 25 → capped at 20
    { unit: 'b', code: 'V', points: 5 }, // b: 5 = max
  ];

  it('sums each item per unit and caps it at max; no record gives 0', () => {
    const result = evaluateOk(period(null, adjustments));
    const bonuses = (id: string) => unitById(result, id).bonuses.map(({ code, points }) => [code, points]);
    expect(bonuses('a')).toEqual([
      ['IV', 15],
      ['V', 2.5],
    ]);
    expect(bonuses('b')).toEqual([
      ['IV', 20],
      ['V', 5],
    ]);
    expect(bonuses('c')).toEqual([
      ['IV', 0],
      ['V', 0],
    ]);
    // scored = groups + bonus items: a 900 + 15 + 2.5 = 917.5; b 990 + 20 + 5 = 1015; c 500
    expect(unitById(result, 'a').scored).toBe(917.5);
    expect(unitById(result, 'b').scored).toBe(1015);
    expect(unitById(result, 'c').scored).toBe(500);
  });

  it('caps the scored total at maxTotal: b 1015 → 1000, a 917.5 stays', () => {
    const result = evaluateOk(period(1000, adjustments));
    expect(unitById(result, 'b').scored).toBe(1000);
    expect(unitById(result, 'b').final).toBe(1000);
    expect(unitById(result, 'a').scored).toBe(917.5);
  });

  it('applies deductions to the capped total: min(1015, 1000) − 3.6 = 996.4', () => {
    const p = period(1000, [...adjustments, { unit: 'b', code: 'LATE', count: 13 }]);
    p.ruleset.deductionItems = [
      {
        code: 'LATE',
        name: 'Chậm muộn',
        tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }],
        cap: 5,
      },
    ];
    const b = unitById(evaluateOk(p), 'b');
    // 13 late tasks: 10 × 0.3 + 3 × 0.2 = 3.6
    expect([b.scored, b.deductionTotal, b.final]).toEqual([1000, 3.6, 996.4]);
  });
});

describe('deduction items (SPEC §6)', () => {
  const items: Record<string, DeductionItem> = {
    flat1cap5: { code: 'D', name: 'Văn bản phê bình', pointsEach: 1, cap: 5 },
    late: {
      code: 'D',
      name: 'Chậm muộn',
      tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }],
      cap: 5,
    },
    lateNoCap: { code: 'D', name: 'Chậm muộn', tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }] },
    flat1: { code: 'D', name: 'Không hoàn thành', pointsEach: 1 },
    flatTenth: { code: 'D', name: 'Nhắc nhở', pointsEach: 0.1 },
    flatEighth: { code: 'D', name: 'Lẻ', pointsEach: 0.125 },
    three: {
      code: 'D',
      name: 'Ba bậc',
      tiers: [{ upTo: 2, pointsEach: 1 }, { upTo: 5, pointsEach: 0.5 }, { pointsEach: 0.25 }],
    },
    oddCap: { code: 'D', name: 'Trần lẻ', pointsEach: 0.333, cap: 1.2 },
  };
  // [what, item, counts of the unit's records, expected deduction]
  const rows: [string, string, number[], number][] = [
    ['flat: 3 × 1 = 3', 'flat1cap5', [3], 3],
    ['flat: 7 × 1 = 7 → cap 5', 'flat1cap5', [7], 5],
    ['flat: 5 × 1 = 5 = cap', 'flat1cap5', [5], 5],
    ['flat, two records 2 + 3 = 5 → 5', 'flat1cap5', [2, 3], 5],
    ['flat, two records 3 + 4 = 7 → cap 5', 'flat1cap5', [3, 4], 5],
    ['flat without cap: 12 × 1 = 12', 'flat1', [12], 12],
    ['count 0 → 0', 'flat1', [0], 0],
    ['flat 3 × 0.1 = 0.3 exactly (float 0.30000000000000004)', 'flatTenth', [3], 0.3],
    ['flat 1 × 0.125 = 0.125 → round2 0.13', 'flatEighth', [1], 0.13],
    ['flat 2 × 0.125 = 0.25', 'flatEighth', [2], 0.25],
    ['flat 3 × 0.125 = 0.375 → round2 0.38', 'flatEighth', [3], 0.38],
    ['tiered: 1 × 0.3 = 0.3', 'late', [1], 0.3],
    ['tiered: 3 × 0.3 = 0.9 (float 0.8999…)', 'late', [3], 0.9],
    ['tiered: 9 × 0.3 = 2.7', 'late', [9], 2.7],
    ['tiered boundary: 10 × 0.3 = 3', 'late', [10], 3],
    ['tiered boundary: 10 × 0.3 + 1 × 0.2 = 3.2', 'late', [11], 3.2],
    ['tiered: 10 × 0.3 + 3 × 0.2 = 3.6', 'late', [13], 3.6],
    ['tiered, records 6 + 5 = 11 occurrences → 3.2 (not 1.8 + 1.5 = 3.3)', 'late', [6, 5], 3.2],
    ['tiered, records 4 + 4 + 3 = 11 → 3.2', 'late', [4, 4, 3], 3.2],
    ['tiered: 10 × 0.3 + 10 × 0.2 = 5 = cap', 'late', [20], 5],
    ['tiered: 10 × 0.3 + 11 × 0.2 = 5.2 → cap 5', 'late', [21], 5],
    ['tiered without cap: 10 × 0.3 + 20 × 0.2 = 7', 'lateNoCap', [30], 7],
    ['three tiers: 2 × 1 = 2', 'three', [2], 2],
    ['three tiers: 2 × 1 + 1 × 0.5 = 2.5', 'three', [3], 2.5],
    ['three tiers: 2 × 1 + 3 × 0.5 = 3.5', 'three', [5], 3.5],
    ['three tiers: 2 × 1 + 3 × 0.5 + 2 × 0.25 = 4', 'three', [7], 4],
    ['odd cap: 3 × 0.333 = 0.999 → round2 1', 'oddCap', [3], 1],
    ['odd cap: 5 × 0.333 = 1.665 → cap 1.2', 'oddCap', [5], 1.2],
  ];
  it.each(rows)('%s', (_what, item, counts, points) => {
    const period = makePeriod({
      groups: [group('G', [qualitative('G.1', 100)])],
      deductionItems: [items[item]!],
      entries: [{ unit: 'u', criterion: 'G.1', points: 100 }],
      adjustments: counts.map((count) => ({ unit: 'u', code: 'D', count })),
    });
    const unit = evaluateOk(period).units[0]!;
    expect(unit.deductions.map(({ code, points: p }) => ({ code, points: p }))).toEqual([
      { code: 'D', points },
    ]);
    expect(unit.deductionTotal).toBe(points);
    // final = 100 − deduction (all deductions here are at most 12)
    expect(unit.final).toBe(Number((100 - points).toFixed(2)));
  });

  it('adds several items into deductionTotal and lists every item in ruleset order', () => {
    const period = makePeriod({
      groups: [group('G', [qualitative('G.1', 100)])],
      deductionItems: [
        { code: 'PB', name: 'Phê bình', pointsEach: 1, cap: 5 },
        {
          code: 'CM',
          name: 'Chậm muộn',
          tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }],
          cap: 5,
        },
        { code: 'SAI', name: 'Báo cáo sai', pointsEach: 5 },
      ],
      entries: [{ unit: 'u', criterion: 'G.1', points: 95.5 }],
      adjustments: [
        { unit: 'u', code: 'CM', count: 13 },
        { unit: 'u', code: 'PB', count: 2 },
      ],
    });
    const unit = evaluateOk(period).units[0]!;
    // PB 2 × 1 = 2; CM 3.6; SAI none → 0; total 5.6; final 95.5 − 5.6 = 89.9
    expect(unit.deductions.map(({ code, points }) => [code, points])).toEqual([
      ['PB', 2],
      ['CM', 3.6],
      ['SAI', 0],
    ]);
    expect([unit.scored, unit.deductionTotal, unit.final]).toEqual([95.5, 5.6, 89.9]);
  });

  it('never lets the final score fall below 0: max(0, 5 − 12) = 0', () => {
    const period = makePeriod({
      groups: [group('G', [qualitative('G.1', 100)])],
      deductionItems: [items.flat1!],
      entries: [{ unit: 'u', criterion: 'G.1', points: 5 }],
      adjustments: [{ unit: 'u', code: 'D', count: 12 }],
    });
    const unit = evaluateOk(period).units[0]!;
    expect([unit.scored, unit.deductionTotal, unit.final]).toEqual([5, 12, 0]);
  });

  it('a final of exactly 0: 5 − 5 = 0', () => {
    const period = makePeriod({
      groups: [group('G', [qualitative('G.1', 100)])],
      deductionItems: [items.flat1!],
      entries: [{ unit: 'u', criterion: 'G.1', points: 5 }],
      adjustments: [{ unit: 'u', code: 'D', count: 5 }],
    });
    expect(evaluateOk(period).units[0]!.final).toBe(0);
  });
});

describe('rank (SPEC §6)', () => {
  const ranked = (finals: number[], deductions: number[] = []): [string, number, number][] => {
    const period = makePeriod({
      groups: [group('G', [qualitative('G.1', 100)])],
      deductionItems: [{ code: 'D', name: 'Trừ', pointsEach: 1 }],
      units: finals.map((_, i) => ({ id: `u${i + 1}`, name: `Đơn vị ${i + 1}` })),
      entries: finals.map((points, i) => ({ unit: `u${i + 1}`, criterion: 'G.1', points })),
      adjustments: deductions.map((count, i) => ({ unit: `u${i + 1}`, code: 'D', count })),
    });
    return evaluateOk(period).units.map((u) => [u.unit, u.final, u.rank]);
  };

  it('1, 2, 2, 4 with input order kept among equal scores', () => {
    expect(ranked([80, 90, 80, 70])).toEqual([
      ['u2', 90, 1],
      ['u1', 80, 2],
      ['u3', 80, 2],
      ['u4', 70, 4],
    ]);
  });

  it('1, 1, 1, 4 for a three-way tie at the top, listed in input order', () => {
    expect(ranked([50, 40, 50, 50])).toEqual([
      ['u1', 50, 1],
      ['u3', 50, 1],
      ['u4', 50, 1],
      ['u2', 40, 4],
    ]);
  });

  it('ranks by final score after deductions: 90 − 10 = 80 ties with 80', () => {
    expect(ranked([80, 90, 85], [0, 10, 0])).toEqual([
      ['u3', 85, 1],
      ['u1', 80, 2],
      ['u2', 80, 2],
    ]);
  });

  it('separates scores that differ by 0.01: 80.01 > 80', () => {
    expect(ranked([80, 80.01, 80])).toEqual([
      ['u2', 80.01, 1],
      ['u1', 80, 2],
      ['u3', 80, 2],
    ]);
  });

  it('1, 2, 2, 4, 4, 6', () => {
    expect(ranked([10, 20, 20, 30, 10, 5]).map(([unit, , rank]) => [unit, rank])).toEqual([
      ['u4', 1],
      ['u2', 2],
      ['u3', 2],
      ['u1', 4],
      ['u5', 4],
      ['u6', 6],
    ]);
  });
});

describe('numbers in the result have at most two decimals (SPEC §8), whatever the caps say', () => {
  // SPEC §8: "Numbers in the result are JSON numbers with at most two decimals". A cap written with
  // three decimals must therefore either be refused by validation or not leak into the result.
  const twoDecimals = (period: Period): void => {
    const evaluation = evaluatePeriod(period);
    if (!evaluation.ok) return; // refusing such a ruleset is a valid reading of SPEC
    const unit = evaluation.result.units[0]!;
    for (const n of [
      ...unit.groups.flatMap((g) => [g.base, g.bonus, g.score]),
      unit.scored,
      unit.deductionTotal,
      unit.final,
    ])
      expect(String(n)).toMatch(/^\d+(\.\d{1,2})?$/);
  };

  it('group overPlanBonusCap 12.345 below the leaves’ bonus of 30', () => {
    twoDecimals(
      makePeriod({
        groups: [
          group(
            'I',
            [
              {
                code: 'I.1',
                name: 'Thu ngân sách',
                points: 300,
                kind: 'quantitative',
                overPlanBonus: bonus10,
              },
            ],
            12.345,
          ),
        ],
        entries: [{ unit: 'u', criterion: 'I.1', plan: 100, actual: 113 }],
      }),
    );
  });

  it('maxTotal 99.995 below a scored total of 100', () => {
    twoDecimals(
      makePeriod({
        maxTotal: 99.995,
        groups: [group('G', [qualitative('G.1', 100)])],
        entries: [{ unit: 'u', criterion: 'G.1', points: 100 }],
      }),
    );
  });
});
