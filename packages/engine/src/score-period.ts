import { type Decimal, dec, maxDec, sum, ZERO } from './model/decimal';
import type { Entry, Period } from './model/period-schema';
import type { RulesetIndex } from './model/ruleset-index';
import { allocateAwards, type Allocation } from './rules/allocate-awards';
import { deductionPoints, type DeductionOutcome } from './rules/deductions';
import { rankUnits } from './rules/rank-units';
import { bonusItemPoints, type GroupScore, scoredTotal, scoreGroup } from './rules/score-groups';
import { explainLeaf } from './explain/explain-leaf';
import { scoreLeaf } from './rules/score-leaf';
import { decideStatus, type StatusOutcome } from './rules/unit-status';

/** Everything computed for one unit, exact, before it is turned into the result document. */
/** A leaf's points and the sentence that explains them (explained at once, so no detail is kept). */
export interface ScoredLeaf {
  base: Decimal;
  bonus: Decimal;
  missing: boolean;
  explanation: string;
}

export interface UnitScore {
  index: number;
  leaves: ScoredLeaf[];
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
  const entries = new Map<string, Map<string, Entry>>();
  for (const entry of period.entries) {
    let byCriterion = entries.get(entry.unit);
    if (!byCriterion) entries.set(entry.unit, (byCriterion = new Map<string, Entry>()));
    byCriterion.set(entry.criterion, entry);
  }
  const adjustments = groupAdjustments(period);
  const referencedFacts = factsReferenced(period);

  const units = period.units.map((unit, i): UnitScore => {
    const unitEntries = entries.get(unit.id);
    const leaves = index.leaves.map((leaf): ScoredLeaf => {
      const entry = unitEntries?.get(leaf.criterion.code);
      const score = scoreLeaf(leaf.criterion, entry);
      const explanation = explainLeaf(leaf.criterion, score);
      return { base: score.base, bonus: score.bonus, missing: entry === undefined, explanation };
    });
    const groups = index.groups.map((group, g) =>
      scoreGroup(
        group,
        leaves.filter((_, l) => index.leaves[l]!.groupIndex === g),
      ),
    );
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
      leaves,
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
      missing: index.leaves.filter((_, l) => leaves[l]!.missing).map((l) => l.criterion.code),
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
