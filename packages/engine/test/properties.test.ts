/**
 * Properties of the engine over random valid `thidua/period@1` documents (fast-check): a few groups
 * with nested containers, leaves of every kind, random entries (some missing), adjustments, facts,
 * predicates, award ladders with quotas and votes. The last property compares everything with an
 * independent exact-rational model of SPEC §6–§7 (reference-model.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Adjustment,
  type Award,
  type Band,
  type BonusItem,
  type CriterionInput,
  type DeductionItem,
  type Entry,
  evaluatePeriod,
  type FactValue,
  type Group,
  type Period,
  type Predicate,
  type ResultDocument,
  type Ruleset,
  type Unit,
  type Vote,
} from '../src/index';
import { clone, type EntryValues } from './helpers';
import { cmp, fromNumber, leavesOf, type Q, referenceResult, show } from './reference-model';

type Gen = fc.GeneratorValue;

const RUNS = { numRuns: 250 };

/** A decimal in [min, max] with exactly `places` decimals at most, as the JSON number that writes it. */
function decimal(g: Gen, min: number, max: number, places: number): number {
  const scale = 10 ** places;
  const k = g(fc.integer, { min: Math.ceil(min * scale), max: Math.floor(max * scale) });
  // k / 10^places is correctly rounded, so it is the same double as the text `k·10^-places`.
  return k / scale;
}

const pick = <T>(g: Gen, items: readonly T[]): T => items[g(fc.integer, { min: 0, max: items.length - 1 })]!;
const chance = (g: Gen, percent: number): boolean => g(fc.integer, { min: 1, max: 100 }) <= percent;

const FACTS = ['f1', 'f2', 'f3'] as const;
const PREFERENCE_FACT = 'womenShare70';
const FACT_VALUES: FactValue[] = ['x', 'y', true, false, 1];

function predicate(g: Gen): Predicate {
  const fact = pick(g, FACTS);
  const op = pick(g, ['equals', 'in', 'notIn'] as const);
  const p: Predicate = { fact };
  if (op === 'equals') p.equals = pick(g, FACT_VALUES);
  else p[op] = g(fc.subarray<FactValue>, FACT_VALUES, { minLength: 1, maxLength: 3 });
  if (chance(g, 60)) p.label = `Điều kiện ${fact} ${op}`;
  return p;
}

let counter = 0;

/** A leaf of a random kind with standard points S (given in thousandths, so sums stay exact). */
function leaf(g: Gen, code: string, sMilli: number): CriterionInput {
  const points = sMilli / 1000;
  const kind = pick(g, ['increase', 'decrease', 'qualitative', 'bands', 'rating', 'yesno'] as const);
  const c: CriterionInput = { code, name: `Tiêu chí ${code}`, points };
  switch (kind) {
    case 'increase':
    case 'decrease': {
      c.kind = 'quantitative';
      if (kind === 'decrease') c.direction = 'decrease';
      else if (chance(g, 50)) c.direction = 'increase';
      if (chance(g, 70)) {
        const step = pick(g, [undefined, 'whole', 'exact'] as const);
        c.overPlanBonus = {
          per: pick(g, ['percentOfPoints', 'points'] as const),
          amount: pick(g, [0.5, 1, 1, 2, 0.25, 1.5]),
          capPercentOfPoints: pick(g, [10, 10, 5, 20, 0, 12.5, 100]),
          ...(step ? { step } : {}),
        };
      }
      break;
    }
    case 'bands': {
      c.kind = 'bands';
      const edges = [0, 10, 20, 50, 80, 90, 100];
      c.bands = Array.from({ length: g(fc.integer, { min: 1, max: 4 }) }, () => {
        const band: Band = { points: decimal(g, 0, points, pick(g, [0, 2, 3])) };
        if (chance(g, 60)) band.min = pick(g, edges);
        if (chance(g, 50)) band.max = pick(g, edges);
        if (band.min !== undefined && band.max !== undefined && band.min > band.max)
          [band.min, band.max] = [band.max, band.min];
        if (band.min !== undefined && chance(g, 40)) band.minExclusive = chance(g, 70);
        if (band.max !== undefined && chance(g, 40)) band.maxExclusive = chance(g, 70);
        return band;
      });
      break;
    }
    case 'rating': {
      c.kind = 'rating';
      c.options = Object.fromEntries(
        ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']
          .slice(0, g(fc.integer, { min: 1, max: 4 }))
          .map((o) => [o, decimal(g, 0, points, pick(g, [0, 2, 3]))]),
      );
      break;
    }
    case 'qualitative':
    case 'yesno':
      c.kind = kind;
      break;
  }
  return c;
}

/** A criterion (leaf, or container of 1–3 children) with points in thousandths. */
function criterion(g: Gen, code: string, depth: number): { c: CriterionInput; milli: number } {
  if (depth < 2 && chance(g, 25)) {
    const children = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, (_, i) =>
      criterion(g, `${code}.${i + 1}`, depth + 1),
    );
    const milli = children.reduce((acc, ch) => acc + ch.milli, 0);
    return {
      c: { code, name: `Tiêu chí ${code}`, points: milli / 1000, children: children.map((ch) => ch.c) },
      milli,
    };
  }
  const milli = g(fc.integer, { min: 1, max: 300 }) * pick(g, [1000, 1000, 100, 10, 1]);
  return { c: leaf(g, code, milli), milli };
}

function entryFor(g: Gen, c: CriterionInput): EntryValues {
  const S = c.points;
  switch (c.kind) {
    case 'quantitative': {
      const places = pick(g, [0, 1, 2, 3]);
      const scale = 10 ** places;
      // An actual exactly k % away from the plan: over is then a whole number, where binary floating
      // point tends to land just below it (100 × (1.13 − 1) / 1 = 12.999…).
      const exactPercent = (plan: number, k: number): number =>
        (Math.round(plan * scale) * (100 + k)) / (100 * scale);
      if (c.direction === 'decrease') {
        const plan = chance(g, 20) ? 0 : decimal(g, 0.001, 100, places);
        const actual = chance(g, 20)
          ? 0
          : chance(g, 15)
            ? plan
            : chance(g, 25)
              ? exactPercent(plan, -g(fc.integer, { min: 1, max: 100 }))
              : decimal(g, 0, 2.5 * plan + 1, places);
        return { plan, actual };
      }
      const plan = decimal(g, 1 / scale, 500, places);
      const actual = chance(g, 15)
        ? plan
        : chance(g, 25)
          ? exactPercent(plan, g(fc.integer, { min: 1, max: 60 }))
          : decimal(g, 0, 1.6 * plan, places);
      return { plan, actual };
    }
    case 'qualitative':
      return { points: decimal(g, 0, S, pick(g, [0, 1, 2, 3])) };
    case 'bands': {
      const edges = c.bands!.flatMap((b) => [b.min, b.max]).filter((v) => v !== undefined);
      const value = chance(g, 60) && edges.length > 0 ? pick(g, edges) : decimal(g, -5, 110, pick(g, [0, 2]));
      return { value };
    }
    case 'rating':
      return { rating: pick(g, Object.keys(c.options!)) };
    case 'yesno':
      return { done: g(fc.boolean) };
    case undefined:
      throw new Error('not a leaf');
  }
}

/** A random valid period. */
function randomPeriod(g: Gen): Period {
  counter++;
  let maxPossible = 0;
  const groups: Group[] = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, (_, gi) => {
    const made = Array.from({ length: g(fc.integer, { min: 1, max: 4 }) }, (_, ci) =>
      criterion(g, `${gi + 1}.${ci + 1}`, 0),
    );
    const milli = made.reduce((acc, m) => acc + m.milli, 0);
    maxPossible += milli / 1000;
    const group: Group = {
      code: `N${gi + 1}`,
      name: `Nhóm ${gi + 1}`,
      maxPoints: (milli + pick(g, [0, 0, 500, 10000])) / 1000,
      criteria: made.map((m) => m.c),
    };
    const cap = pick(g, ['absent', null, 0, 5, 12.5, 30] as const);
    if (cap !== 'absent') group.overPlanBonusCap = cap;
    return group;
  });
  const leaves = leavesOf(groups.flatMap((gr) => gr.criteria));

  const bonusItems: BonusItem[] = Array.from({ length: g(fc.integer, { min: 0, max: 2 }) }, (_, i) => ({
    code: `T${i + 1}`,
    name: `Điểm thưởng ${i + 1}`,
    max: decimal(g, 0, 20, pick(g, [0, 2])),
  }));
  const deductionItems: DeductionItem[] = Array.from(
    { length: g(fc.integer, { min: 0, max: 2 }) },
    (_, i) => {
      const item: DeductionItem = { code: `D${i + 1}`, name: `Điểm trừ ${i + 1}` };
      if (chance(g, 50)) item.pointsEach = decimal(g, 0, 3, pick(g, [0, 1, 2, 3]));
      else {
        let upTo = 0;
        const n = g(fc.integer, { min: 1, max: 3 });
        item.tiers = Array.from({ length: n }, (_, t) => {
          const tier: NonNullable<DeductionItem['tiers']>[number] = {
            pointsEach: decimal(g, 0, 2, pick(g, [1, 2, 3])),
          };
          if (t < n - 1) tier.upTo = upTo += g(fc.integer, { min: 1, max: 6 });
          return tier;
        });
      }
      if (chance(g, 50)) item.cap = decimal(g, 0, 10, pick(g, [0, 1, 2]));
      return item;
    },
  );

  const ladderSize = g(fc.integer, { min: 0, max: 4 });
  const awards: Award[] = Array.from({ length: ladderSize }, (_, i) => {
    const award: Award = {
      code: `K${i + 1}`,
      name: `Khen thưởng ${i + 1}`,
      // A third of the levels are open to everyone, so quotas, ties and votes come into play often.
      minScore: chance(g, 35) ? 0 : decimal(g, 0, 0.8 * maxPossible, pick(g, [0, 2])),
    };
    if (chance(g, 30)) award.requires = [predicate(g)];
    return award;
  });
  if (chance(g, 80)) awards.sort((a, b) => b.minScore - a.minScore);

  const unitCount = g(fc.integer, { min: 1, max: 7 });
  const units: Unit[] = Array.from({ length: unitCount }, (_, i) => {
    const unit: Unit = { id: `dv${i + 1}`, name: `Đơn vị ${i + 1}` };
    const facts: Record<string, FactValue> = {};
    for (const f of FACTS) if (chance(g, 60)) facts[f] = pick(g, FACT_VALUES);
    if (Object.keys(facts).length > 0 || chance(g, 50)) unit.facts = facts;
    return unit;
  });

  // Entries: each unit either copies an earlier unit's entries and facts (to make ties) or draws its own.
  const entries: Entry[] = [];
  const copies = new Map<string, string>();
  units.forEach((u, i) => {
    const copyOf = i > 0 && chance(g, 40) ? units[g(fc.integer, { min: 0, max: i - 1 })]!.id : null;
    if (copyOf !== null) {
      copies.set(u.id, copyOf);
      const facts = units.find((v) => v.id === copyOf)!.facts;
      if (facts !== undefined) u.facts = { ...facts };
      else delete u.facts;
    }
    for (const c of leaves) {
      if (copyOf !== null) {
        const source = entries.find((e) => e.unit === copyOf && e.criterion === c.code);
        if (source) entries.push({ ...source, unit: u.id });
      } else if (chance(g, 85)) entries.push({ unit: u.id, criterion: c.code, ...entryFor(g, c) });
    }
  });

  // The tie-preference fact is drawn per unit after the copies, so tied units often differ in it.
  for (const u of units) {
    if (chance(g, 25)) continue;
    u.facts = { ...u.facts, [PREFERENCE_FACT]: pick(g, [true, true, false, 'x']) };
  }

  const adjustments: Adjustment[] = [];
  for (const u of units) {
    const copyOf = copies.get(u.id);
    if (copyOf !== undefined && chance(g, 70)) {
      for (const a of adjustments.filter((x) => x.unit === copyOf)) adjustments.push({ ...a, unit: u.id });
      continue;
    }
    for (const item of bonusItems)
      for (let k = g(fc.integer, { min: 0, max: 3 }); k > 0; k--)
        adjustments.push({ unit: u.id, code: item.code, points: decimal(g, 0, 12, pick(g, [0, 1, 2])) });
    for (const item of deductionItems)
      for (let k = g(fc.integer, { min: 0, max: 3 }); k > 0; k--)
        adjustments.push({ unit: u.id, code: item.code, count: g(fc.integer, { min: 0, max: 12 }) });
  }

  const quotas: Record<string, number> = {};
  for (const a of awards) if (chance(g, 60)) quotas[a.code] = g(fc.integer, { min: 0, max: 3 });
  const votes: Vote[] = [];
  for (const a of awards)
    for (const u of units)
      if (chance(g, 40)) votes.push({ award: a.code, unit: u.id, votes: g(fc.integer, { min: 0, max: 3 }) });

  const ruleset: Ruleset = {
    name: `Bộ tiêu chí ngẫu nhiên ${counter}`,
    maxTotal: chance(g, 40) ? decimal(g, 0, maxPossible + 30, pick(g, [0, 2])) : null,
    groups,
  };
  if (bonusItems.length > 0) ruleset.bonusItems = bonusItems;
  if (deductionItems.length > 0) ruleset.deductionItems = deductionItems;
  if (awards.length > 0 || chance(g, 50)) ruleset.awards = awards;
  if (chance(g, 50)) ruleset.exclusions = [predicate(g)];
  if (chance(g, 50)) ruleset.postponements = [predicate(g)];
  if (chance(g, 60))
    ruleset.downgrades = Array.from({ length: g(fc.integer, { min: 1, max: 2 }) }, () => predicate(g));

  if (chance(g, 60)) {
    ruleset.tiePreference = { fact: PREFERENCE_FACT, equals: true };
    if (chance(g, 50)) ruleset.tiePreference.label = 'Tập thể có từ 70% nữ trở lên';
  }

  const period: Period = {
    format: 'thidua/period@1',
    name: 'Kỳ thi đua ngẫu nhiên',
    year: 2024,
    ruleset,
    units,
    entries,
  };
  if (adjustments.length > 0 || chance(g, 50)) period.adjustments = adjustments;
  if (Object.keys(quotas).length > 0 || chance(g, 30)) period.quotas = quotas;
  if (votes.length > 0 || chance(g, 30)) period.votes = votes;
  return period;
}

function score(period: Period): ResultDocument {
  const evaluation = evaluatePeriod(period);
  if (!evaluation.ok) throw new Error('generated period rejected: ' + JSON.stringify(evaluation.errors));
  return evaluation.result;
}

const q = (x: number): Q => fromNumber(x);

/** Every number anywhere in the document, with its path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

/** The normative numbers, statuses and awards of each unit, keyed by unit id. */
function byUnit(result: ResultDocument) {
  return Object.fromEntries(
    result.units.map((u) => [
      u.unit,
      {
        criteria: u.criteria.map(({ code, base, bonus }) => [code, base, bonus]),
        groups: u.groups.map(({ code, base, bonus, score: s }) => [code, base, bonus, s]),
        bonuses: u.bonuses.map(({ code, points }) => [code, points]),
        scored: u.scored,
        deductions: u.deductions.map(({ code, points }) => [code, points]),
        deductionTotal: u.deductionTotal,
        final: u.final,
        rank: u.rank,
        status: u.status,
        reasons: u.reasons,
        downgraded: u.downgraded,
        award: u.award,
        pendingVote: u.pendingVote,
        missing: u.missing,
      },
    ]),
  );
}

describe('properties over random valid periods', () => {
  it('the generator only makes valid periods', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const evaluation = evaluatePeriod(randomPeriod(g));
        expect(evaluation.ok ? [] : evaluation.errors).toEqual([]);
      }),
      RUNS,
    );
  });

  it('final ≥ 0 for every unit', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        for (const u of score(randomPeriod(g)).units) expect(u.final).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("raising the actual of an increase criterion never lowers that unit's final", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const period = randomPeriod(g);
        const increase = new Set(
          leavesOf(period.ruleset.groups.flatMap((gr) => gr.criteria))
            .filter((c) => c.kind === 'quantitative' && c.direction !== 'decrease')
            .map((c) => c.code),
        );
        const targets = period.entries.filter((e) => increase.has(e.criterion));
        fc.pre(targets.length > 0);
        const target = pick(g, targets);
        const before = score(period).units.find((u) => u.unit === target.unit)!.final;
        const raised = clone(period);
        const entry = raised.entries.find((e) => e.unit === target.unit && e.criterion === target.criterion)!;
        entry.actual = (entry.actual as number) + decimal(g, 0, 300, pick(g, [0, 1, 2, 3]));
        const after = score(raised).units.find((u) => u.unit === target.unit)!.final;
        expect(cmp(q(after), q(before))).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('never gives more awards of a level than its quota', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const period = randomPeriod(g);
        const result = score(period);
        for (const [award, quota] of Object.entries(period.quotas ?? {}))
          expect(result.units.filter((u) => u.award === award).length).toBeLessThanOrEqual(quota);
      }),
      RUNS,
    );
  });

  it('never awards excluded or postponed units; a unit has at most one award, from the ladder', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const period = randomPeriod(g);
        const codes = (period.ruleset.awards ?? []).map((a) => a.code);
        for (const u of score(period).units) {
          if (u.status !== 'eligible') expect(u.award).toBeNull();
          if (u.award !== null) expect(codes).toContain(u.award);
        }
      }),
      RUNS,
    );
  });

  it('ranks agree with finals: 1 + the number of units strictly above, listed by rank', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const units = score(randomPeriod(g)).units;
        for (const a of units) {
          expect(a.rank).toBe(1 + units.filter((b) => cmp(q(b.final), q(a.final)) > 0).length);
          for (const b of units) {
            const c = cmp(q(a.final), q(b.final));
            if (c > 0) expect(a.rank).toBeLessThanOrEqual(b.rank);
            if (c === 0) expect(a.rank).toBe(b.rank);
          }
        }
        for (let i = 1; i < units.length; i++)
          expect(units[i]!.rank).toBeGreaterThanOrEqual(units[i - 1]!.rank);
      }),
      RUNS,
    );
  });

  it('lists every input unit exactly once, equal finals in input order', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const period = randomPeriod(g);
        const ids = period.units.map((u) => u.id);
        const listed = score(period).units;
        expect([...listed.map((u) => u.unit)].sort()).toEqual([...ids].sort());
        expect(new Set(listed.map((u) => u.unit)).size).toBe(ids.length);
        for (let i = 1; i < listed.length; i++) {
          if (listed[i]!.final === listed[i - 1]!.final)
            expect(ids.indexOf(listed[i]!.unit)).toBeGreaterThan(ids.indexOf(listed[i - 1]!.unit));
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of entries, adjustments or votes', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const period = randomPeriod(g);
        const shuffled = clone(period);
        const shuffle = <T>(list: T[]): T[] => g(fc.shuffledSubarray<T>, list, { minLength: list.length });
        shuffled.entries = shuffle(shuffled.entries);
        if (shuffled.adjustments) shuffled.adjustments = shuffle(shuffled.adjustments);
        if (shuffled.votes) shuffled.votes = shuffle(shuffled.votes);
        const a = score(period);
        const b = score(shuffled);
        expect(byUnit(b)).toEqual(byUnit(a));
        expect(b.units.map((u) => u.unit)).toEqual(a.units.map((u) => u.unit));
        expect([b.complete, b.pendingVotes]).toEqual([a.complete, a.pendingVotes]);
      }),
      RUNS,
    );
  });

  it('writes every number of the result with at most two decimals', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        for (const [path, n] of numbersIn(score(randomPeriod(g)))) {
          expect(Number.isFinite(n), path).toBe(true);
          expect(String(n), path).toMatch(/^-?\d+(\.\d{1,2})?$/);
        }
      }),
      RUNS,
    );
  });

  describe('tie preference (Nghị định 152/2025/NĐ-CP Art. 4.6, SPEC §7)', () => {
    const without = (period: Period): Period => {
      const copy = clone(period);
      delete copy.ruleset.tiePreference;
      return copy;
    };
    const levelOf = (period: Period, award: string | null): number =>
      award === null ? Infinity : (period.ruleset.awards ?? []).findIndex((a) => a.code === award);

    it('removing tiePreference from a period without ties changes nothing', () => {
      let checked = 0;
      fc.assert(
        fc.property(fc.gen(), (g) => {
          const period = randomPeriod(g);
          if (!period.ruleset.tiePreference) return;
          const result = score(period);
          const eligible = result.units.filter((u) => u.status === 'eligible').map((u) => String(u.final));
          if (new Set(eligible).size !== eligible.length) return;
          checked++;
          expect(byUnit(score(without(period)))).toEqual(byUnit(result));
          expect(score(without(period)).pendingVotes).toEqual(result.pendingVotes);
        }),
        RUNS,
      );
      expect(checked).toBeGreaterThan(20);
    });

    it('a unit the preference holds for is never worse off than without it (when nothing is pending)', () => {
      fc.assert(
        fc.property(fc.gen(), (g) => {
          const period = randomPeriod(g);
          const pref = period.ruleset.tiePreference;
          if (!pref) return;
          const withPref = score(period);
          if (!withPref.complete) return;
          const plain = score(without(period));
          for (const u of period.units) {
            if (u.facts?.[pref.fact] !== pref.equals) continue;
            const a = withPref.units.find((x) => x.unit === u.id)!.award;
            const b = plain.units.find((x) => x.unit === u.id)!.award;
            expect(levelOf(period, a)).toBeLessThanOrEqual(levelOf(period, b));
          }
        }),
        { numRuns: 500 },
      );
    });
  });

  it('equals the exact-rational model of SPEC §6–§7 (BigInt fractions), unit by unit', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const period = randomPeriod(g);
        const result = score(period);
        const ref = referenceResult(period);
        const s = (x: number) => show(fromNumber(x));
        expect(result.units.map((u) => u.unit)).toEqual(ref.order);
        for (const r of ref.units) {
          const u = result.units.find((x) => x.unit === r.unit)!;
          expect({
            criteria: u.criteria.map((c) => [c.code, s(c.base), s(c.bonus)]),
            missing: u.missing,
            groups: u.groups.map((x) => [x.code, s(x.base), s(x.bonus), s(x.score)]),
            bonuses: u.bonuses.map((x) => [x.code, s(x.points)]),
            scored: s(u.scored),
            deductions: u.deductions.map((x) => [x.code, s(x.points)]),
            deductionTotal: s(u.deductionTotal),
            final: s(u.final),
            rank: u.rank,
            status: u.status,
            reasons: u.reasons,
            downgraded: u.downgraded,
            award: u.award,
            pendingVote: u.pendingVote,
          }).toEqual({
            criteria: r.leaves.map((l) => [l.code, show(l.base), show(l.bonus)]),
            missing: r.leaves.filter((l) => l.missing).map((l) => l.code),
            groups: r.groups.map((x) => [x.code, show(x.base), show(x.bonus), show(x.score)]),
            bonuses: r.bonuses.map((x) => [x.code, show(x.points)]),
            scored: show(r.scored),
            deductions: r.deductions.map((x) => [x.code, show(x.points)]),
            deductionTotal: show(r.deductionTotal),
            final: show(r.final),
            rank: r.rank,
            status: r.status,
            reasons: r.reasons,
            downgraded: r.downgraded,
            award: r.award,
            pendingVote: r.pendingVote,
          });
        }
        expect(result.pendingVotes).toEqual(ref.pendingVotes);
        expect(result.complete).toBe(ref.complete);
      }),
      { numRuns: 500 },
    );
  });
});
