/**
 * Tie preference, SPEC §7 (Nghị định 152/2025/NĐ-CP Art. 4.6: among equally qualified collectives,
 * those with at least 70 % women come first). Scores are set through one qualitative criterion of
 * 1000 points, so every unit's final is the number written in the test. `p` marks a unit the
 * preference holds for.
 */
import { describe, expect, it } from 'vitest';
import { type Award, evaluatePeriod, type Period, type Predicate, type Vote } from '../src/index';
import { awardsOf, evaluateOk, scoredPeriod, unitById, vote } from './helpers';

const WOMEN: Predicate = { fact: 'womenShare70', equals: true, label: 'Tập thể có từ 70% nữ trở lên' };
const LADDER: Award[] = [
  { code: 'A', name: 'Cờ thi đua của UBND tỉnh', minScore: 900 },
  { code: 'B', name: 'Bằng khen của Chủ tịch UBND tỉnh', minScore: 850 },
];

interface U {
  id: string;
  score: number;
  p?: boolean;
}

function period(
  units: U[],
  quotas: Record<string, number>,
  votes: Vote[] = [],
  pref: Predicate | null = WOMEN,
) {
  const p = scoredPeriod(
    units.map((u) => ({
      id: u.id,
      score: u.score,
      ...(u.p === undefined ? {} : { facts: { womenShare70: u.p } }),
    })),
    { awards: LADDER, quotas, votes },
  );
  if (pref) p.ruleset.tiePreference = pref;
  return p;
}

const run = (...args: Parameters<typeof period>) => evaluateOk(period(...args));
const awards = awardsOf;
const v = vote;
/** Units the preference holds for (`p`) or not, each scoring `score`, in the order given. */
const preferred = (score: number, ...ids: string[]): U[] => ids.map((id) => ({ id, score, p: true }));
const others = (score: number, ...ids: string[]): U[] => ids.map((id) => ({ id, score, p: false }));

describe('tie preference at a quota (SPEC §7)', () => {
  it('one place, one preferred unit among three tied: it takes the place without a vote', () => {
    const r = run([...others(950, 'x'), ...preferred(950, 'y'), ...others(950, 'z')], { A: 1, B: 0 }, [
      v('A', 'x', 9),
      v('A', 'z', 9),
    ]);
    expect(awards(r)).toEqual({ x: null, y: 'A', z: null });
    expect([r.complete, r.pendingVotes]).toEqual([true, []]);
    expect(unitById(r, 'y').explanation.award).toBe(
      'Đề nghị Cờ thi đua của UBND tỉnh: 950 điểm ≥ 900; bằng điểm, ưu tiên theo khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP: tập thể có từ 70% nữ trở lên, được chọn trước các đơn vị bằng điểm',
    );
  });

  it('more preferred than places: the places go by votes among the preferred alone; the others move down', () => {
    const r = run([...others(950, 'x'), ...preferred(950, 'y', 'z')], { A: 1 }, [
      v('A', 'x', 20),
      v('A', 'y', 3),
      v('A', 'z', 4),
    ]);
    expect(awards(r)).toEqual({ x: 'B', y: 'B', z: 'A' });
    expect(unitById(r, 'z').explanation.award).toContain(
      'được chọn theo số phiếu bình xét trong số các đơn vị được ưu tiên',
    );
    expect(unitById(r, 'x').explanation.award).toContain('ưu tiên theo khoản 6 Điều 4');
  });

  it('fewer preferred than places: all preferred awarded, the rest by votes among the others', () => {
    const r = run(
      [...others(990, 's'), ...others(950, 'a'), ...preferred(950, 'b'), ...others(950, 'c', 'd')],
      { A: 3 },
      [v('A', 'a', 1), v('A', 'b', 0), v('A', 'c', 7), v('A', 'd', 2)],
    );
    expect(awards(r)).toEqual({ s: 'A', a: 'B', b: 'A', c: 'A', d: 'B' });
  });

  it('the shipped example: a flag among two preferred by votes, then one preferred and one by votes for two certificates', () => {
    const r = run(
      [
        ...preferred(950, 'yte'),
        ...others(950, 'taichinh'),
        ...preferred(950, 'giaoduc'),
        ...others(950, 'xaydung'),
        ...others(870, 'noivu'),
      ],
      { A: 1, B: 2 },
      [v('A', 'giaoduc', 9), v('A', 'yte', 6), v('B', 'xaydung', 7), v('B', 'taichinh', 5)],
    );
    expect(awards(r)).toEqual({ yte: 'B', taichinh: null, giaoduc: 'A', xaydung: 'B', noivu: null });
  });

  it('votes not separating the preferred: only the preferred are pending, the others get nothing, allocation stops', () => {
    const r = run([...others(950, 'x'), ...preferred(950, 'y', 'z'), ...others(870, 'w')], { A: 1 }, [
      v('A', 'x', 9),
      v('A', 'y', 4),
      v('A', 'z', 4),
    ]);
    expect(awards(r)).toEqual({ x: null, y: null, z: null, w: null });
    expect(r.complete).toBe(false);
    expect(r.pendingVotes).toEqual([{ award: 'A', places: 1, units: ['y', 'z'] }]);
    expect(unitById(r, 'x').pendingVote).toBeUndefined();
    expect(unitById(r, 'y').pendingVote).toBe('A');
  });

  it('votes not separating the others: the preferred keep their award, the rest is pending with the places left', () => {
    const r = run([...others(990, 's'), ...preferred(950, 'a'), ...others(950, 'b', 'c', 'd')], { A: 3 }, [
      v('A', 'b', 5),
      v('A', 'c', 5),
      v('A', 'd', 1),
    ]);
    expect(awards(r)).toEqual({ s: 'A', a: 'A', b: null, c: null, d: null });
    expect(r.pendingVotes).toEqual([{ award: 'A', places: 1, units: ['b', 'c', 'd'] }]);
    expect(r.complete).toBe(false);
  });

  it('exactly as many preferred as places: they take them, no vote needed', () => {
    const r = run([...preferred(950, 'x'), ...others(950, 'y'), ...preferred(950, 'z')], { A: 2 });
    expect(awards(r)).toEqual({ x: 'A', y: 'B', z: 'A' });
    expect(r.complete).toBe(true);
  });

  it('a missing fact is not preferred; a unit above the tie is not affected by the preference', () => {
    const r = run([...others(990, 'top'), { id: 'x', score: 950 }, ...preferred(950, 'y')], { A: 2 });
    expect(awards(r)).toEqual({ top: 'A', x: 'B', y: 'A' });
  });

  it('no tie at the quota: the preference changes nothing (a preferred unit with a lower score gets nothing)', () => {
    const units: U[] = [...others(960, 'x'), ...preferred(950, 'y')];
    expect(awards(run(units, { A: 1, B: 0 }))).toEqual({ x: 'A', y: null });
    expect(awards(run(units, { A: 1, B: 0 }, [], null))).toEqual({ x: 'A', y: null });
  });

  it('without tiePreference the same tie goes by votes among all', () => {
    const r = run([...others(950, 'x'), ...preferred(950, 'y')], { A: 1 }, [v('A', 'x', 3)], null);
    expect(awards(r)).toEqual({ x: 'A', y: 'B' });
  });

  it('lists the preference fact among the missing facts of a unit that lacks it', () => {
    const r = run([{ id: 'x', score: 950 }], {});
    expect(unitById(r, 'x').missingFacts).toEqual(['womenShare70']);
  });
});

describe('tie preference validation', () => {
  const base = (): Period => period([{ id: 'x', score: 950, p: true }], {});

  it('a predicate without an operator is refused at ruleset.tiePreference', () => {
    const p = base();
    p.ruleset.tiePreference = { fact: 'womenShare70' };
    const e = evaluatePeriod(p);
    expect(e.ok).toBe(false);
    if (e.ok) return;
    expect(e.errors.map((x) => x.path)).toEqual(['ruleset.tiePreference']);
    expect(e.errors[0]!.message).toBe('điều kiện phải có đúng một trong "equals", "in", "notIn"');
  });

  it('an empty or non-text fact is refused at ruleset.tiePreference.fact, in Vietnamese', () => {
    for (const fact of ['', 7]) {
      const p = base() as unknown as { ruleset: { tiePreference: unknown } };
      p.ruleset.tiePreference = { fact, equals: true };
      const e = evaluatePeriod(p);
      expect(e.ok).toBe(false);
      if (e.ok) continue;
      expect(e.errors.map((x) => x.path)).toEqual(['ruleset.tiePreference.fact']);
      expect(e.errors[0]!.message).toMatch(
        /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i,
      );
    }
  });

  it('a tiePreference that is not an object is refused at its path', () => {
    const p = base() as unknown as { ruleset: { tiePreference: unknown } };
    p.ruleset.tiePreference = 'womenShare70';
    const e = evaluatePeriod(p);
    expect(e.ok ? [] : e.errors.map((x) => x.path)).toEqual(['ruleset.tiePreference']);
  });
});
