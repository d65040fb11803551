/**
 * Eligibility and awards, SPEC §7: predicates, status, natural level, downgrade, allocation within
 * quotas, ties by votes and pending ties. Scores are set directly through one qualitative criterion
 * of 1000 points, so every unit's final score is the number written in the test.
 */
import { describe, expect, it } from 'vitest';
import type { Award, Predicate, Vote } from '../src/index';
import { awardsOf, evaluateOk, type ScoredUnit, scoredPeriod, unitById, vote as v } from './helpers';

const GOOD_PARTY: Predicate = {
  fact: 'partyRating',
  in: ['HTXSNV', 'HTTNV'],
  label: 'Đảng bộ HTTNV trở lên',
};

/** Ba Đình's ladder: A ≥ 900 and B ≥ 850 need the party rating, C ≥ 800, D ≥ 750. */
const LADDER: Award[] = [
  { code: 'A', name: 'Cờ thi đua của Chính phủ', minScore: 900, requires: [GOOD_PARTY] },
  { code: 'B', name: 'Cờ thi đua của UBND Thành phố', minScore: 850, requires: [GOOD_PARTY] },
  { code: 'C', name: 'Bằng khen', minScore: 800 },
  { code: 'D', name: 'Tập thể lao động tiên tiến', minScore: 750 },
];

const good = { partyRating: 'HTTNV' };

/** Units with the party rating, each scoring `score` (in the order given). */
const rated = (score: number, ...ids: string[]): ScoredUnit[] =>
  ids.map((id) => ({ id, score, facts: good }));

function run(
  units: ScoredUnit[],
  extra: {
    quotas?: Record<string, number>;
    votes?: Vote[];
    awards?: Award[];
    exclusions?: Predicate[];
    postponements?: Predicate[];
    downgrades?: Predicate[];
  } = {},
) {
  return evaluateOk(
    scoredPeriod(units, {
      awards: extra.awards ?? LADDER,
      exclusions: extra.exclusions,
      postponements: extra.postponements,
      downgrades: extra.downgrades ?? [{ fact: 'deepSelfCriticism', equals: true, label: 'Kiểm điểm sâu' }],
      quotas: extra.quotas,
      votes: extra.votes,
    }),
  );
}

const awards = awardsOf;

describe('status and predicates (SPEC §7)', () => {
  const exclusions: Predicate[] = [
    { fact: 'partyRating', in: ['HTNV', 'KHTNV'], label: 'Đảng bộ chỉ đạt HTNV' },
    { fact: 'seriousViolation', equals: true }, // no label: the reason is the fact name
  ];
  const postponements: Predicate[] = [
    { fact: 'underInvestigation', equals: true, label: 'Đang được xem xét' },
    { fact: 'pendingComplaint', equals: true },
  ];
  const result = run(
    [
      { id: 'ex1', score: 990, facts: { partyRating: 'HTNV', underInvestigation: true } },
      {
        id: 'ex2',
        score: 980,
        facts: { partyRating: 'KHTNV', seriousViolation: true, pendingComplaint: true },
      },
      {
        id: 'po1',
        score: 970,
        facts: { partyRating: 'HTTNV', underInvestigation: true, pendingComplaint: true },
      },
      { id: 'po2', score: 960, facts: { pendingComplaint: true } },
      {
        id: 'ok1',
        score: 950,
        facts: { partyRating: 'HTTNV', seriousViolation: false, underInvestigation: false },
      },
      { id: 'ok2', score: 940 }, // no facts at all: every predicate is false
    ],
    { exclusions, postponements },
  );
  const status = (id: string) => {
    const u = unitById(result, id);
    return [u.status, u.reasons];
  };

  it('excluded wins over postponed; reasons are only the exclusion labels', () => {
    expect(status('ex1')).toEqual(['excluded', ['Đảng bộ chỉ đạt HTNV']]);
  });
  it('several exclusions give every label, a predicate without label gives its fact name', () => {
    expect(status('ex2')).toEqual(['excluded', ['Đảng bộ chỉ đạt HTNV', 'seriousViolation']]);
  });
  it('postponed with every postponement that fired', () => {
    expect(status('po1')).toEqual(['postponed', ['Đang được xem xét', 'pendingComplaint']]);
    expect(status('po2')).toEqual(['postponed', ['pendingComplaint']]);
  });
  it('eligible with no reasons when nothing fires, and when facts are missing', () => {
    expect(status('ok1')).toEqual(['eligible', []]);
    expect(status('ok2')).toEqual(['eligible', []]);
  });
  it('ranks excluded and postponed units but never awards them', () => {
    expect(result.units.map((u) => [u.unit, u.rank])).toEqual([
      ['ex1', 1],
      ['ex2', 2],
      ['po1', 3],
      ['po2', 4],
      ['ok1', 5],
      ['ok2', 6],
    ]);
    // ok1: 950 with the party rating → A; ok2: 940 without partyRating fails A and B → C.
    expect(awards(result)).toEqual({ ex1: null, ex2: null, po1: null, po2: null, ok1: 'A', ok2: 'C' });
  });
  it('ineligible units do not use up a quota', () => {
    const r = run(
      [
        { id: 'ex', score: 990, facts: { ...good, seriousViolation: true } },
        { id: 'po', score: 980, facts: { ...good, underInvestigation: true } },
        ...rated(910, 'ok'),
      ],
      { exclusions, postponements, quotas: { A: 1 } },
    );
    expect(awards(r)).toEqual({ ex: null, po: null, ok: 'A' });
  });

  describe('a missing fact makes every predicate false', () => {
    it.each([
      ['equals', { fact: 'registered', equals: false }],
      ['in', { fact: 'registered', in: [false, 'no'] }],
      ['notIn', { fact: 'registered', notIn: [true] }],
    ])('%s', (_op, predicate) => {
      const r = run(
        [
          { id: 'missing', score: 900 },
          { id: 'present', score: 800, facts: { registered: false } },
        ],
        { exclusions: [{ ...predicate, label: 'Chưa đăng ký' }] },
      );
      expect([unitById(r, 'missing').status, unitById(r, 'missing').reasons]).toEqual(['eligible', []]);
      // With the fact present (false), each of the three predicates matches.
      expect([unitById(r, 'present').status, unitById(r, 'present').reasons]).toEqual([
        'excluded',
        ['Chưa đăng ký'],
      ]);
    });

    it('a missing fact fails an award requirement, even one written with notIn', () => {
      const ladder = [
        { code: 'A', name: 'A', minScore: 0, requires: [{ fact: 'partyRating', notIn: ['KHTNV'] }] },
      ];
      const r = run(
        [
          { id: 'missing', score: 100 },
          { id: 'present', score: 50, facts: { partyRating: 'HTNV' } },
        ],
        { awards: ladder },
      );
      expect(awards(r)).toEqual({ missing: null, present: 'A' });
    });
  });
});

describe('natural level and quotas (SPEC §7)', () => {
  it('gives each eligible unit its natural level when there are no quotas', () => {
    const r = run([
      ...rated(950, 'a'),
      ...rated(870, 'b'),
      ...rated(820, 'c'),
      ...rated(760, 'd'),
      { id: 'e', score: 749.99, facts: good },
      { id: 'f', score: 950 }, // no party rating: A and B are out of reach, C is not
      ...rated(900, 'g'), // exactly the minimum
      { id: 'h', score: 899.99, facts: good },
    ]);
    expect(awards(r)).toEqual({ a: 'A', b: 'B', c: 'C', d: 'D', e: null, f: 'C', g: 'A', h: 'B' });
    expect(r.complete).toBe(true);
    expect(r.pendingVotes).toEqual([]);
  });

  it('absent quota = unlimited: three units ≥ 900 all get A', () => {
    const r = run([...rated(950, 'a'), ...rated(920, 'b'), ...rated(901, 'c')]);
    expect(awards(r)).toEqual({ a: 'A', b: 'A', c: 'A' });
  });

  it('quota 0 = none: nobody gets A, the candidates move on to B', () => {
    const r = run([...rated(950, 'a'), ...rated(920, 'b')], { quotas: { A: 0 } });
    expect(awards(r)).toEqual({ a: 'B', b: 'B' });
  });

  it('candidates not chosen at a level move down: A 1, B 2, the rest C', () => {
    const r = run(
      [...rated(910, 'e'), ...rated(950, 'a'), ...rated(940, 'b'), ...rated(930, 'c'), ...rated(920, 'd')],
      { quotas: { A: 1, B: 2 } },
    );
    expect(awards(r)).toEqual({ a: 'A', b: 'B', c: 'B', d: 'C', e: 'C' });
  });

  it('a quota exactly filled by tied units needs no vote: 950, 950 | 940 with quota 2', () => {
    const r = run([...rated(950, 'x', 'y'), ...rated(940, 'z')], { quotas: { A: 2 } });
    expect(awards(r)).toEqual({ x: 'A', y: 'A', z: 'B' });
    expect(r.complete).toBe(true);
  });

  it('a unit passed over at B does not come back up: C quota 0 sends it to D', () => {
    const r = run([...rated(880, 'x'), ...rated(860, 'y')], { quotas: { B: 1, C: 0 } });
    expect(awards(r)).toEqual({ x: 'B', y: 'D' });
  });
});

describe('ties at the last place and votes (SPEC §7)', () => {
  const tied = rated(950, 'x', 'y');

  it('most votes win the last place; the other moves on to the next level', () => {
    const r = run(tied, {
      quotas: { A: 1 },
      votes: [v('A', 'x', 2), v('A', 'y', 5)],
    });
    expect(awards(r)).toEqual({ x: 'B', y: 'A' });
    expect(r.units.map((u) => [u.unit, u.rank])).toEqual([
      ['x', 1],
      ['y', 1],
    ]);
    expect([r.complete, r.pendingVotes]).toEqual([true, []]);
  });

  it('a unit with no recorded count has 0 votes', () => {
    const r = run(tied, { quotas: { A: 1 }, votes: [v('A', 'y', 1)] });
    expect(awards(r)).toEqual({ x: 'B', y: 'A' });
  });

  it('only the votes recorded for this level count', () => {
    const r = run(tied, {
      quotas: { A: 1 },
      votes: [v('B', 'x', 9), v('A', 'y', 1)],
    });
    expect(awards(r)).toEqual({ x: 'B', y: 'A' });
  });

  it('units above the tie are awarded; the remaining place goes by votes', () => {
    const r = run([...rated(960, 's'), ...rated(950, 'x', 'y', 'z')], {
      quotas: { A: 2 },
      votes: [v('A', 'x', 1), v('A', 'y', 4), v('A', 'z', 2)],
    });
    expect(awards(r)).toEqual({ s: 'A', x: 'B', y: 'A', z: 'B' });
    expect(r.complete).toBe(true);
  });

  it('two places among four tied units: votes 7, 6, 5, 1 separate places 2 and 3', () => {
    const r = run([...rated(990, 's'), ...rated(950, 'w', 'x', 'y', 'z')], {
      quotas: { A: 3 },
      votes: [v('A', 'w', 1), v('A', 'x', 6), v('A', 'y', 5), v('A', 'z', 7)],
    });
    expect(awards(r)).toEqual({ s: 'A', w: 'B', x: 'A', y: 'B', z: 'A' });
  });

  it('votes equal below the last place do not matter: 5, 3, 3 for one place', () => {
    const r = run(rated(950, 'x', 'y', 'z'), {
      quotas: { A: 1 },
      votes: [v('A', 'x', 3), v('A', 'y', 3), v('A', 'z', 5)],
    });
    expect(awards(r)).toEqual({ x: 'B', y: 'B', z: 'A' });
    expect(r.complete).toBe(true);
  });

  describe('a tie the votes do not break is pending', () => {
    const units = [
      ...rated(950, 'x', 'y'),
      ...rated(870, 'w'), // would get B
      ...rated(820, 'v'), // would get C
    ];

    it.each([
      ['no votes at all', []],
      ['equal votes', [v('A', 'x', 3), v('A', 'y', 3)]],
    ])('%s: tied units get nothing, allocation stops, complete is false', (_what, votes) => {
      const r = run(units, { quotas: { A: 1 }, votes });
      expect(awards(r)).toEqual({ x: null, y: null, w: null, v: null });
      expect(r.complete).toBe(false);
      expect(r.pendingVotes).toEqual([{ award: 'A', places: 1, units: ['x', 'y'] }]);
      expect(unitById(r, 'x').pendingVote).toBe('A');
      expect(unitById(r, 'y').pendingVote).toBe('A');
      expect(unitById(r, 'w').pendingVote).toBeUndefined();
      expect(unitById(r, 'v').pendingVote).toBeUndefined();
    });

    it('units above a pending tie keep their award; every tied unit is pending', () => {
      const r = run([...rated(960, 's'), ...rated(950, 'x', 'y', 'z'), ...rated(820, 'v')], {
        quotas: { A: 2 },
        votes: [v('A', 'x', 4), v('A', 'y', 4), v('A', 'z', 1)],
      });
      expect(awards(r)).toEqual({ s: 'A', x: null, y: null, z: null, v: null });
      expect(r.pendingVotes).toEqual([{ award: 'A', places: 1, units: ['x', 'y', 'z'] }]);
      expect(r.units.filter((u) => u.pendingVote !== undefined).map((u) => u.unit)).toEqual(['x', 'y', 'z']);
      expect(r.complete).toBe(false);
    });

    it('two places among four tied, votes 7, 5, 5, 1: places 2 and 3 not separated', () => {
      const r = run([...rated(990, 's'), ...rated(950, 'w', 'x', 'y', 'z')], {
        quotas: { A: 3 },
        votes: [v('A', 'w', 7), v('A', 'x', 5), v('A', 'y', 5), v('A', 'z', 1)],
      });
      expect(awards(r)).toEqual({ s: 'A', w: null, x: null, y: null, z: null });
      expect(r.pendingVotes).toEqual([{ award: 'A', places: 2, units: ['w', 'x', 'y', 'z'] }]);
    });

    it('a pending tie at a lower level keeps the levels above and gives nothing below', () => {
      const r = run([...rated(960, 's'), ...rated(955, 't'), ...rated(870, 'x', 'y'), ...rated(820, 'v')], {
        quotas: { A: 1, B: 1 },
      });
      // A: s; B: candidates t (passed over at A), x, y → t takes the only place, no tie (955 ≠ 870).
      expect(awards(r)).toEqual({ s: 'A', t: 'B', x: 'C', y: 'C', v: 'C' });

      const r2 = run([...rated(960, 's'), ...rated(870, 'x', 'y'), ...rated(820, 'v')], {
        quotas: { A: 1, B: 1 },
      });
      expect(awards(r2)).toEqual({ s: 'A', x: null, y: null, v: null });
      expect(r2.pendingVotes).toEqual([{ award: 'B', places: 1, units: ['x', 'y'] }]);
      expect(unitById(r2, 'x').pendingVote).toBe('B');
      expect(r2.complete).toBe(false);
    });
  });
});

describe('downgrade (SPEC §7)', () => {
  const down = { deepSelfCriticism: true };

  it('lowers the ceiling one level: natural A → B', () => {
    const r = run([{ id: 'x', score: 950, facts: { ...good, ...down } }]);
    const x = unitById(r, 'x');
    expect([x.award, x.downgraded, x.status, x.reasons]).toEqual(['B', true, 'eligible', []]);
  });

  it('natural C → D; natural D (the last level) → no award', () => {
    const r = run([
      { id: 'c', score: 820, facts: { ...good, ...down } },
      { id: 'd', score: 760, facts: { ...good, ...down } },
      ...rated(760, 'n'),
    ]);
    expect(awards(r)).toEqual({ c: 'D', d: null, n: 'D' });
    expect(unitById(r, 'n').downgraded).toBe(false);
  });

  it('the natural level counts requirements: 950 without the party rating is C, downgraded to D', () => {
    const r = run([{ id: 'x', score: 950, facts: down }]);
    expect(awards(r)).toEqual({ x: 'D' });
  });

  it('any downgrade predicate is enough, and there is still only one level down', () => {
    const r = run([{ id: 'x', score: 950, facts: { ...good, ...down, publicOutrage: true } }], {
      downgrades: [
        { fact: 'deepSelfCriticism', equals: true, label: 'Kiểm điểm sâu' },
        { fact: 'publicOutrage', equals: true, label: 'Bức xúc dư luận' },
      ],
    });
    expect(awards(r)).toEqual({ x: 'B' });
  });

  it('across a quota: the top-scoring downgraded unit does not take the only A place and takes B', () => {
    const r = run(
      [{ id: 'x', score: 960, facts: { ...good, ...down } }, ...rated(920, 'y'), ...rated(880, 'z')],
      { quotas: { A: 1, B: 1 } },
    );
    // A: candidates y only (x's ceiling is B) → y. B: x (960) and z (880), quota 1 → x; z moves to C.
    expect(awards(r)).toEqual({ x: 'B', y: 'A', z: 'C' });
    expect(r.units.map((u) => [u.unit, u.rank])).toEqual([
      ['x', 1],
      ['y', 2],
      ['z', 3],
    ]);
  });

  it('a downgraded unit below its ceiling still competes with score order at lower levels', () => {
    const r = run(
      [{ id: 'x', score: 960, facts: { ...good, ...down } }, ...rated(955, 'y'), ...rated(950, 'z')],
      { quotas: { A: 1, B: 1, C: 1 } },
    );
    // A: y; B: x (960) before z (950); C: z.
    expect(awards(r)).toEqual({ x: 'B', y: 'A', z: 'C' });
  });

  it('a downgraded unit tied at B with a unit passed over at A goes by votes at B', () => {
    const r = run(
      [{ id: 'x', score: 950, facts: { ...good, ...down } }, ...rated(950, 'y'), ...rated(960, 'z')],
      {
        quotas: { A: 1, B: 1 },
        votes: [v('B', 'x', 2), v('B', 'y', 3)],
      },
    );
    // A: z and y are candidates (x's ceiling is B), z 960 wins. B: x 950, y 950 tied, votes 3 > 2 → y.
    expect(awards(r)).toEqual({ x: 'C', y: 'B', z: 'A' });
  });
});
