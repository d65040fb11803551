/**
 * Invalid input, SPEC §8: every bad file gives `ok: false` and errors whose `path` is the JSON path
 * of the faulty place and whose message is Vietnamese and names the value or code at fault; a file
 * with several problems reports them all at once.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePeriod, parsePeriodJson, type Period, type ValidationError } from '../src/index';
import { clone, VIETNAMESE } from './helpers';

const entry = (p: Period, i: number) => p.entries[i]!;
const adj = (p: Period, i: number) => p.adjustments![i]!;
const vote = (p: Period, i: number) => p.votes![i]!;
const crit = (p: Period, g: number, i: number) => p.ruleset.groups[g]!.criteria[i]!;
const quotas = (p: Period) => p.quotas!;
/** Writes a value of the wrong type, as a broken file holds it. */
function put(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}
/** Removes a required field, as a broken file lacks it. */
function drop(target: object, key: string): void {
  delete (target as Record<string, unknown>)[key];
}

const BASE: Period = {
  format: 'thidua/period@1',
  name: 'Cụm thi đua số 1 — năm 2024',
  year: 2024,
  ruleset: {
    name: 'Bộ tiêu chí thử',
    maxTotal: 1000,
    groups: [
      {
        code: 'I',
        name: 'Nhóm I',
        maxPoints: 500,
        overPlanBonusCap: 30,
        criteria: [
          {
            code: 'I.1',
            name: 'Thu ngân sách',
            points: 300,
            kind: 'quantitative',
            overPlanBonus: { per: 'percentOfPoints', amount: 1, capPercentOfPoints: 10 },
          },
          {
            code: 'I.2',
            name: 'Tai nạn giao thông',
            points: 100,
            kind: 'quantitative',
            direction: 'decrease',
          },
          {
            code: 'I.3',
            name: 'Văn bản chỉ đạo',
            points: 100,
            children: [
              { code: 'I.3.a', name: 'Kế hoạch', points: 60, kind: 'qualitative' },
              { code: 'I.3.b', name: 'Quy chế', points: 40, kind: 'yesno' },
            ],
          },
        ],
      },
      {
        code: 'II',
        name: 'Nhóm II',
        maxPoints: 200,
        criteria: [
          {
            code: 'II.1',
            name: 'Xếp loại tổ chức đảng',
            points: 100,
            kind: 'rating',
            options: { HTXSNV: 100, HTTNV: 85, HTNV: 60, KHTNV: 0 },
          },
          {
            code: 'II.2',
            name: 'Hồ sơ bị trả lại',
            points: 100,
            kind: 'bands',
            bands: [{ max: 0, points: 100 }, { max: 10, points: 50 }, { points: 0 }],
          },
        ],
      },
    ],
    bonusItems: [{ code: 'IV', name: 'Điểm thưởng', max: 20 }],
    deductionItems: [
      { code: 'PB', name: 'Phê bình', pointsEach: 1, cap: 5 },
      { code: 'CM', name: 'Chậm muộn', tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }], cap: 5 },
    ],
    awards: [
      { code: 'CO', name: 'Cờ thi đua', minScore: 900 },
      { code: 'BK', name: 'Bằng khen', minScore: 800 },
    ],
  },
  units: [
    { id: 'a', name: 'Phường A', facts: { partyRating: 'HTTNV' } },
    { id: 'b', name: 'Phường B' },
  ],
  entries: [
    { unit: 'a', criterion: 'I.1', plan: 100, actual: 110 }, // 0
    { unit: 'a', criterion: 'I.2', plan: 5, actual: 3 }, // 1
    { unit: 'a', criterion: 'I.3.a', points: 50 }, // 2
    { unit: 'a', criterion: 'I.3.b', done: true }, // 3
    { unit: 'a', criterion: 'II.1', rating: 'HTTNV' }, // 4
    { unit: 'a', criterion: 'II.2', value: 5 }, // 5
    { unit: 'b', criterion: 'I.1', plan: 100, actual: 90 }, // 6
    { unit: 'b', criterion: 'I.2', plan: 0, actual: 0 }, // 7: plan 0 is fine on a decrease criterion
  ],
  adjustments: [
    { unit: 'a', code: 'IV', points: 10 }, // 0
    { unit: 'a', code: 'PB', count: 2 }, // 1
    { unit: 'b', code: 'CM', count: 11 }, // 2
  ],
  quotas: { CO: 1, BK: 0 },
  votes: [{ award: 'CO', unit: 'a', votes: 3 }],
};

function errorsOf(mutate: (p: Period) => void): ValidationError[] {
  const period = clone(BASE);
  mutate(period);
  const evaluation = evaluatePeriod(period);
  if (evaluation.ok) throw new Error('expected the file to be rejected, but it was scored');
  return evaluation.errors;
}

/** Exactly one error at `path`, in Vietnamese, naming every given fragment. */
function expectError(errors: ValidationError[], path: string, ...names: (string | RegExp)[]): void {
  const at = errors.filter((e) => e.path === path);
  expect(at, `errors: ${JSON.stringify(errors)}`).toHaveLength(1);
  const message = at[0]!.message;
  expect(message).toMatch(VIETNAMESE);
  for (const name of names) {
    if (typeof name === 'string') expect(message).toContain(name);
    else expect(message).toMatch(name);
  }
}

describe('the base file', () => {
  it('is valid, so each case below is rejected only for its own mutation', () => {
    const evaluation = evaluatePeriod(clone(BASE));
    expect(evaluation.ok).toBe(true);
  });
});

describe('invalid input is rejected with the JSON path and a Vietnamese message (SPEC §8)', () => {
  // [what, mutation, exact path, fragments the message must name]
  const cases: [string, (p: Period) => void, string, (string | RegExp)[]][] = [
    ['unknown unit in an entry', (p) => (entry(p, 0).unit = 'zz'), 'entries[0].unit', ['"zz"']],
    ['unknown criterion code', (p) => (entry(p, 2).criterion = 'X.9'), 'entries[2].criterion', ['X.9']],
    [
      'an entry for a container criterion',
      (p) => (entry(p, 2).criterion = 'I.3'),
      'entries[2].criterion',
      ['I.3'],
    ],
    ['unknown adjustment code', (p) => (adj(p, 1).code = 'ZZ'), 'adjustments[1].code', ['ZZ']],
    ['unknown unit in an adjustment', (p) => (adj(p, 0).unit = 'zz'), 'adjustments[0].unit', ['"zz"']],
    ['unknown unit in a vote', (p) => (vote(p, 0).unit = 'zz'), 'votes[0].unit', ['"zz"']],
    [
      'qualitative points above the standard points',
      (p) => (entry(p, 2).points = 61),
      'entries[2].points',
      ['61', '60', 'I.3.a'],
    ],
    ['negative qualitative points', (p) => (entry(p, 2).points = -1), 'entries[2].points', [/[−-]1/]],
    ['negative actual', (p) => (entry(p, 0).actual = -5), 'entries[0].actual', [/[−-]5/]],
    ['negative plan (decrease criterion)', (p) => (entry(p, 1).plan = -2), 'entries[1].plan', [/[−-]2/]],
    [
      'negative plan (increase criterion)',
      (p) => (entry(p, 6).plan = -2.5),
      'entries[6].plan',
      [/[−-]2[,.]5/],
    ],
    ['missing plan', (p) => delete entry(p, 0).plan, 'entries[0].plan', ['plan', 'I.1']],
    ['missing actual', (p) => delete entry(p, 6).actual, 'entries[6].actual', ['actual', 'I.1']],
    ['plan 0 on an increase criterion', (p) => (entry(p, 6).plan = 0), 'entries[6].plan', ['I.1', '0']],
    [
      'missing points of a qualitative entry',
      (p) => delete entry(p, 2).points,
      'entries[2].points',
      ['points', 'I.3.a'],
    ],
    ['missing done of a yesno entry', (p) => delete entry(p, 3).done, 'entries[3].done', ['done', 'I.3.b']],
    [
      'a rating that is not an option',
      (p) => (entry(p, 4).rating = 'XYZ'),
      'entries[4].rating',
      ['XYZ', 'II.1'],
    ],
    ['a field of another kind', (p) => (entry(p, 5).points = 3), 'entries[5].points', ['points']],
    ['a non-number actual', (p) => put(entry(p, 0), 'actual', '110'), 'entries[0].actual', ['"110"']],
    [
      'children not summing to their container',
      (p) => (crit(p, 0, 2).points = 90),
      'ruleset.groups[0].criteria[2].points',
      ['I.3', '90', '100'],
    ],
    [
      'a group over its maximum (300 + 100 + 100 = 500 > 450)',
      (p) => (p.ruleset.groups[0]!.maxPoints = 450),
      'ruleset.groups[0].criteria',
      ['I', '500', '450'],
    ],
    [
      'a band above the standard points',
      (p) => (crit(p, 1, 1).bands![0]!.points = 120),
      'ruleset.groups[1].criteria[1].bands[0].points',
      ['120', '100', 'II.2'],
    ],
    [
      'a rating option above the standard points',
      (p) => (crit(p, 1, 0).options!.HTXSNV = 101),
      'ruleset.groups[1].criteria[0].options.HTXSNV',
      ['HTXSNV', '101', 'II.1'],
    ],
    [
      'a duplicate criterion code',
      (p) => (crit(p, 1, 1).code = 'I.1'),
      'ruleset.groups[1].criteria[1].code',
      ['I.1'],
    ],
    ['duplicate unit ids', (p) => (p.units[1]!.id = 'a'), 'units[1].id', ['"a"']],
    [
      'a duplicate entry',
      (p) => p.entries.push({ unit: 'a', criterion: 'I.1', plan: 1, actual: 1 }),
      'entries[8]',
      ['"a"', 'I.1', 'entries[0]'],
    ],
    ['a quota for an unknown award', (p) => (quotas(p).XX = 1), 'quotas.XX', ['XX']],
    ['a negative quota', (p) => (quotas(p).CO = -1), 'quotas.CO', [/[−-]1/]],
    ['a non-integer quota', (p) => (quotas(p).CO = 1.5), 'quotas.CO', [/1[,.]5/]],
    ['a vote for an unknown award', (p) => (vote(p, 0).award = 'XX'), 'votes[0].award', ['XX']],
    ['a negative vote count', (p) => (vote(p, 0).votes = -3), 'votes[0].votes', [/[−-]3/]],
    [
      'a duplicate vote',
      (p) => p.votes!.push({ award: 'CO', unit: 'a', votes: 1 }),
      'votes[1]',
      ['"a"', 'CO'],
    ],
    ['a non-integer count', (p) => (adj(p, 1).count = 1.5), 'adjustments[1].count', [/1[,.]5/]],
    ['a negative count', (p) => (adj(p, 2).count = -1), 'adjustments[2].count', [/[−-]1/]],
    ['a deduction without count', (p) => delete adj(p, 1).count, 'adjustments[1].count', ['PB']],
    ['a bonus without points', (p) => delete adj(p, 0).points, 'adjustments[0].points', ['IV']],
    ['negative bonus points', (p) => (adj(p, 0).points = -4), 'adjustments[0].points', [/[−-]4/]],
    ['a non-integer vote count', (p) => (vote(p, 0).votes = 2.5), 'votes[0].votes', [/2[,.]5/]],
    ['a duplicate award code', (p) => (p.ruleset.awards![1]!.code = 'CO'), 'ruleset.awards[1].code', ['CO']],
    [
      'a duplicate bonus/deduction item code',
      (p) => (p.ruleset.deductionItems![0]!.code = 'IV'),
      'ruleset.deductionItems[0].code',
      ['IV'],
    ],
    ['a wrong format', (p) => put(p, 'format', 'thidua/period@2'), 'format', ['thidua/period@2']],
    ['units missing', (p) => drop(p, 'units'), 'units', []],
    [
      'a criterion without kind or children',
      (p) => delete crit(p, 1, 0).kind,
      'ruleset.groups[1].criteria[0].kind',
      ['kind'],
    ],
    [
      'a tier without upTo before the last',
      (p) => delete p.ruleset.deductionItems![1]!.tiers![0]!.upTo,
      'ruleset.deductionItems[1].tiers[0].upTo',
      ['upTo'],
    ],
  ];

  it.each(cases)('%s', (_what, mutate, path, names) => {
    expectError(errorsOf(mutate), path, ...names);
  });

  it('accepts plan 0 on a decrease criterion (entries[7])', () => {
    expect(evaluatePeriod(clone(BASE)).ok).toBe(true);
  });

  it('every message of every case is Vietnamese', () => {
    for (const [, mutate] of cases) for (const e of errorsOf(mutate)) expect(e.message).toMatch(VIETNAMESE);
  });

  it('reports several errors of one file together', () => {
    const errors = errorsOf((p) => {
      entry(p, 0).actual = -5;
      entry(p, 2).points = 61;
      entry(p, 4).criterion = 'X.9';
      p.units[1]!.id = 'a';
      quotas(p).XX = 1;
      vote(p, 0).award = 'YY';
      adj(p, 1).count = 2.5;
      crit(p, 0, 2).points = 90;
    });
    const paths = errors.map((e) => e.path);
    for (const path of [
      'entries[0].actual',
      'entries[2].points',
      'entries[4].criterion',
      'units[1].id',
      'quotas.XX',
      'votes[0].award',
      'adjustments[1].count',
      'ruleset.groups[0].criteria[2].points',
    ])
      expect(paths).toContain(path);
    for (const e of errors) expect(e.message).toMatch(VIETNAMESE);
  });

  it('reports an unknown quota award even when another quota is also wrong', () => {
    const errors = errorsOf((p) => {
      quotas(p).CO = -1;
      quotas(p).XX = 1;
    });
    expectError(errors, 'quotas.CO', /[−-]1/);
    expectError(errors, 'quotas.XX', 'XX');
  });

  describe('a key that is not an identifier is written in brackets, as the engine does elsewhere', () => {
    it('a negative quota for "CO.TP" is at quotas["CO.TP"] (the spelling the engine uses)', () => {
      const errors = errorsOf((p) => {
        p.ruleset.awards![0]!.code = 'CO.TP';
        p.quotas = { 'CO.TP': -1 };
      });
      expectError(errors, 'quotas["CO.TP"]', /[−-]1/);
    });
    it('a quota for the unknown award "X.Y" is at quotas["X.Y"], not quotas.X.Y', () => {
      expectError(
        errorsOf((p) => (quotas(p)['X.Y'] = 1)),
        'quotas["X.Y"]',
        'X.Y',
      );
    });
    it('a rating option "H.T" above the standard points is at options["H.T"]', () => {
      expectError(
        errorsOf((p) => (crit(p, 1, 0).options!['H.T'] = 101)),
        'ruleset.groups[1].criteria[0].options["H.T"]',
        'H.T',
        '101',
      );
    });
  });

  it('rejects a file that is not an object', () => {
    for (const raw of [null, 42, 'text', []]) {
      const evaluation = evaluatePeriod(raw);
      expect(evaluation.ok).toBe(false);
      if (!evaluation.ok) expect(evaluation.errors[0]!.message).toMatch(VIETNAMESE);
    }
  });
});

describe('malformed JSON (parsePeriodJson)', () => {
  it('parses well-formed JSON', () => {
    expect(parsePeriodJson(JSON.stringify(BASE))).toEqual({ ok: true, value: BASE });
  });

  it.each([
    ['a truncated file', '{"format": "thidua/period@1",'],
    ['a trailing comma', '{"format": "thidua/period@1",}'],
    ['an empty file', ''],
    ['single quotes', "{'format': 1}"],
  ])('%s is an error in Vietnamese', (_what, text) => {
    const parsed = parsePeriodJson(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]!.message).toMatch(VIETNAMESE);
  });

  it('names the line and column of a syntax error it has a position for', () => {
    // `{\n  "a" 1}`: the `1` on line 2 at column 7 is where a colon was expected.
    const parsed = parsePeriodJson('{\n  "a" 1}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.message).toContain('dòng 2, cột 7');
  });

  it.each([
    // Line 2 is `  "format": }`: 2 spaces + `"format":` (9) + 1 space → the `}` is at column 13.
    ['a missing value', '{\n  "format": }', 'dòng 2, cột 13'],
    // Line 2 is ` "units": [1,]`: 1 space + `"units":` (8) + 1 space + `[1,` → the `]` is at column 14.
    ['a trailing comma in a list', '{\n "units": [1,]\n}', 'dòng 2, cột 14'],
    // Line 2 is `  "year": NaN`: 2 spaces + `"year":` (7) + 1 space → the `N` is at column 11.
    ['NaN', '{\n  "year": NaN\n}', 'dòng 2, cột 11'],
  ])(
    'names the place of an unexpected token too (SPEC §8: the message names the place): %s',
    (_what, text, place) => {
      const parsed = parsePeriodJson(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.errors[0]!.message).toMatch(VIETNAMESE);
        expect(parsed.errors[0]!.message).toContain(place);
      }
    },
  );
});
