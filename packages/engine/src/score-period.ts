import { type Decimal, dec, maxDec, sum, toJsonNumber, ZERO } from './model/decimal';
import type { CriterionInput, Entry, Period } from './model/period-schema';
import type { RulesetIndex } from './model/ruleset-index';
import { allocateAwards, type Allocation } from './rules/allocate-awards';
import { deductionPoints, type DeductionOutcome } from './rules/deductions';
import { rankUnits } from './rules/rank-units';
import { bonusItemPoints, type GroupScore, scoredTotal, scoreGroupSums } from './rules/score-groups';
import { explainLeaf } from './explain/explain-leaf';
import { flat } from './explain/format';
import { scoreLeaf } from './rules/score-leaf';
import { decideStatus, type StatusOutcome } from './rules/unit-status';

/**
 * A leaf's row of the result document: its points (already rounded to two decimals, so as JSON
 * numbers) and the sentence that explains them. Built while scoring, so no per-leaf detail is kept
 * and the result document reuses the row.
 */
export interface CriterionResult {
  code: string;
  base: number;
  bonus: number;
  explanation: string;
}

/** Everything computed for one unit, exact, before it is turned into the result document. */
export interface UnitScore {
  index: number;
  criteria: CriterionResult[];
  groups: GroupScore[];
  bonuses: { points: Decimal; uncapped: Decimal }[];
  scored: Decimal;
  uncappedTotal: Decimal;
  deductions: DeductionOutcome[];
  deductionCounts: number[];
  deductionTotal: Decimal;
  final: Decimal;
  status: StatusOutcome;
  rank: number;
  missing: string[];
  missingFacts: string[];
}

export interface PeriodScore {
  period: Period;
  index: RulesetIndex;
  /** Per unit, in input order. */
  units: UnitScore[];
  /** Input indices in ranking order. */
  order: number[];
  allocation: Allocation;
}

/**
 * Scores a validated period (SPEC §6 and §7): every leaf, group, bonus and deduction of every unit,
 * the final scores, the ranking, eligibility and the award allocation. Pure and exact.
 */
export function scorePeriod(period: Period, index: RulesetIndex): PeriodScore {
  const ruleset = period.ruleset;
  const entries = entriesByUnit(period, index);
  const adjustments = groupAdjustments(period);
  const referencedFacts = factsReferenced(period);
  const groupCount = index.groups.length;
  // Discrete kinds (every kind but quantitative) score and explain the same way for the same value:
  // each leaf keeps one scored row per value seen, so most leaves build no decimals and no text.
  const seen = index.leaves.map(() => new Map<unknown, ScoredValue>());

  const units = period.units.map((unit, i): UnitScore => {
    const unitEntries = entries[i];
    const base: Decimal[] = new Array<Decimal>(groupCount).fill(ZERO);
    const bonus: Decimal[] = new Array<Decimal>(groupCount).fill(ZERO);
    const missing: string[] = [];
    const criteria = index.leaves.map((leaf, l): CriterionResult => {
      const entry = unitEntries?.[l];
      if (entry === undefined) missing.push(leaf.criterion.code);
      const scored = scoreValue(leaf.criterion, entry, seen[l]!);
      const g = leaf.groupIndex;
      if (!scored.base.isZero()) base[g] = base[g]!.plus(scored.base);
      if (!scored.bonus.isZero()) bonus[g] = bonus[g]!.plus(scored.bonus);
      return {
        code: leaf.criterion.code,
        base: scored.baseNumber,
        bonus: scored.bonusNumber,
        explanation: scored.explanation,
      };
    });
    const groups = index.groups.map((group, g) => scoreGroupSums(group, base[g]!, bonus[g]!));
    const awarded = adjustments.get(unit.id);
    const bonuses = index.bonusItems.map((item) =>
      bonusItemPoints(item.max, awarded?.points.get(item.code) ?? []),
    );
    const { scored, uncapped } = scoredTotal(
      [...groups.map((g) => g.score), ...bonuses.map((b) => b.points)],
      ruleset.maxTotal,
    );
    const deductionCounts = index.deductionItems.map((item) => awarded?.counts.get(item.code) ?? 0);
    const deductions = index.deductionItems.map((item, d) => deductionPoints(item, deductionCounts[d]!));
    const deductionTotal = sum(deductions.map((d) => d.points));
    const facts = unit.facts ?? {};
    return {
      index: i,
      criteria,
      groups,
      bonuses,
      scored,
      uncappedTotal: uncapped,
      deductions,
      deductionCounts,
      deductionTotal,
      final: maxDec(ZERO, scored.minus(deductionTotal)),
      status: decideStatus(ruleset, facts),
      rank: 0,
      missing,
      missingFacts: referencedFacts.filter((fact) => !Object.hasOwn(facts, fact)),
    };
  });

  const { order, ranks } = rankUnits(units.map((u) => u.final));
  units.forEach((u, i) => (u.rank = ranks[i]!));
  const votes = new Map<string, number>();
  for (const vote of period.votes ?? []) votes.set(`${vote.award}\u0000${vote.unit}`, vote.votes);
  const allocation = allocateAwards(
    index.awards,
    units.map((u, i) => ({
      final: u.final,
      eligible: u.status.status === 'eligible',
      downgraded: u.status.downgraded,
      facts: period.units[i]!.facts ?? {},
    })),
    period.quotas ?? {},
    (award, i) => votes.get(`${award}\u0000${period.units[i]!.id}`) ?? 0,
    ruleset.tiePreference,
  );
  return { period, index, units, order, allocation };
}

interface ScoredValue {
  base: Decimal;
  bonus: Decimal;
  baseNumber: number;
  bonusNumber: number;
  explanation: string;
}

/** One leaf scored and explained (SPEC §6), from the leaf's cache when its kind allows. */
function scoreValue(
  criterion: CriterionInput,
  entry: Entry | undefined,
  cache: Map<unknown, ScoredValue>,
): ScoredValue {
  const key =
    entry === undefined
      ? MISSING
      : criterion.kind === 'quantitative'
        ? undefined
        : valueKey(criterion, entry);
  const cached = key === undefined ? undefined : cache.get(key);
  if (cached) return cached;
  const score = scoreLeaf(criterion, entry);
  const scored = {
    base: score.base,
    bonus: score.bonus,
    baseNumber: toJsonNumber(score.base),
    bonusNumber: toJsonNumber(score.bonus),
    explanation: flat(explainLeaf(criterion, score)),
  };
  if (key !== undefined) cache.set(key, scored);
  return scored;
}

const MISSING = Symbol('missing');

/** The one field of the entry a discrete kind's score reads (as score-leaf.ts reads it). */
function valueKey(criterion: CriterionInput, entry: Entry): unknown {
  switch (criterion.kind) {
    case 'bands':
      return entry.value ?? 0;
    case 'rating':
      return entry.rating ?? '';
    case 'yesno':
      return entry.done === true;
    case 'qualitative':
    case 'quantitative':
    case undefined:
      return entry.points ?? 0;
  }
}

/** Entries by unit (input order) and leaf (ruleset order); the last of duplicates wins. */
function entriesByUnit(period: Period, index: RulesetIndex): (Entry | undefined)[][] {
  const unitIndex = new Map<string, number>();
  period.units.forEach((unit, i) => unitIndex.set(unit.id, i));
  const leafIndex = new Map<string, number>();
  index.leaves.forEach((leaf, l) => leafIndex.set(leaf.criterion.code, l));
  const byUnit: (Entry | undefined)[][] = [];
  for (const entry of period.entries) {
    const u = unitIndex.get(entry.unit);
    const l = leafIndex.get(entry.criterion);
    if (u === undefined || l === undefined) continue;
    (byUnit[u] ??= new Array<Entry | undefined>(index.leaves.length))[l] = entry;
  }
  return byUnit;
}

interface UnitAdjustments {
  points: Map<string, Decimal[]>;
  counts: Map<string, number>;
}

/** Adjustments by unit: bonus points listed per item, deduction counts added up per item. */
function groupAdjustments(period: Period): Map<string, UnitAdjustments> {
  const byUnit = new Map<string, UnitAdjustments>();
  for (const adj of period.adjustments ?? []) {
    let unit = byUnit.get(adj.unit);
    if (!unit) byUnit.set(adj.unit, (unit = { points: new Map(), counts: new Map() }));
    if (adj.points !== undefined)
      unit.points.set(adj.code, [...(unit.points.get(adj.code) ?? []), dec(adj.points)]);
    if (adj.count !== undefined) unit.counts.set(adj.code, (unit.counts.get(adj.code) ?? 0) + adj.count);
  }
  return byUnit;
}

/** Every fact name any predicate of the ruleset reads, in first-use order. */
function factsReferenced(period: Period): string[] {
  const r = period.ruleset;
  const predicates = [
    ...(r.exclusions ?? []),
    ...(r.postponements ?? []),
    ...(r.downgrades ?? []),
    ...(r.awards ?? []).flatMap((a) => a.requires ?? []),
    ...(r.tiePreference ? [r.tiePreference] : []),
  ];
  return [...new Set(predicates.map((p) => p.fact))];
}
