/**
 * Builders shared by the engine's tests: small `thidua/period@1` documents written inline, and
 * accessors over the normative part of a `thidua/result@1` (SPEC §8).
 */
import {
  type Adjustment,
  type Award,
  type BonusItem,
  type CriterionInput,
  type DeductionItem,
  type Entry,
  evaluatePeriod,
  type Group,
  type Period,
  type Predicate,
  type ResultDocument,
  type Unit,
  type UnitResult,
  type Vote,
} from '../src/index';

/** The values of an entry, without its unit and criterion. */
export type EntryValues = Omit<Entry, 'unit' | 'criterion'>;

/** A period around one ruleset; everything not given is left out (or empty when required). */
export function makePeriod(parts: {
  groups: Group[];
  maxTotal?: number | null;
  bonusItems?: BonusItem[];
  deductionItems?: DeductionItem[];
  awards?: Award[];
  exclusions?: Predicate[];
  postponements?: Predicate[];
  downgrades?: Predicate[];
  units?: Unit[];
  entries?: Entry[];
  adjustments?: Adjustment[];
  quotas?: Record<string, number>;
  votes?: Vote[];
}): Period {
  const period: Period = {
    format: 'thidua/period@1',
    name: 'Kỳ thi đua thử',
    year: 2024,
    ruleset: {
      name: 'Bộ tiêu chí thử',
      maxTotal: parts.maxTotal === undefined ? null : parts.maxTotal,
      groups: parts.groups,
    },
    units: parts.units ?? [{ id: 'u', name: 'Đơn vị U' }],
    entries: parts.entries ?? [],
  };
  const r = period.ruleset;
  if (parts.bonusItems !== undefined) r.bonusItems = parts.bonusItems;
  if (parts.deductionItems !== undefined) r.deductionItems = parts.deductionItems;
  if (parts.awards !== undefined) r.awards = parts.awards;
  if (parts.exclusions !== undefined) r.exclusions = parts.exclusions;
  if (parts.postponements !== undefined) r.postponements = parts.postponements;
  if (parts.downgrades !== undefined) r.downgrades = parts.downgrades;
  if (parts.adjustments !== undefined) period.adjustments = parts.adjustments;
  if (parts.quotas !== undefined) period.quotas = parts.quotas;
  if (parts.votes !== undefined) period.votes = parts.votes;
  return period;
}

/** A unit of a scored period (see scoredPeriod): its final score is `score`. */
export interface ScoredUnit {
  id: string;
  score: number;
  facts?: Record<string, string | number | boolean>;
}

/**
 * A period whose units score exactly what is written: one qualitative criterion of 1000 points, each
 * unit's points its score; `parts` add the awards, predicates, quotas and votes a test is about.
 */
export function scoredPeriod(
  units: ScoredUnit[],
  parts: Omit<Parameters<typeof makePeriod>[0], 'groups' | 'units' | 'entries'> = {},
): Period {
  return makePeriod({
    groups: [group('G', [{ code: 'G.1', name: 'Điểm', points: 1000, kind: 'qualitative' }])],
    units: units.map((u) => ({ id: u.id, name: `Đơn vị ${u.id}`, ...(u.facts ? { facts: u.facts } : {}) })),
    entries: units.map((u) => ({ unit: u.id, criterion: 'G.1', points: u.score })),
    ...parts,
  });
}

/** Each unit's award, by unit id. */
export const awardsOf = (result: ResultDocument): Record<string, string | null> =>
  Object.fromEntries(result.units.map((u) => [u.unit, u.award]));

/** A vote count of the council for one unit at one award level. */
export const vote = (award: string, unit: string, votes: number): Vote => ({ award, unit, votes });

/** Evaluates and fails loudly (with the engine's errors) when the document is not valid. */
export function evaluateOk(period: unknown): ResultDocument {
  const evaluation = evaluatePeriod(period);
  if (!evaluation.ok) throw new Error('unexpected validation errors: ' + JSON.stringify(evaluation.errors));
  return evaluation.result;
}

/** A group holding the given criteria, its maximum exactly the sum of their standard points. */
export function group(code: string, criteria: CriterionInput[], overPlanBonusCap?: number | null): Group {
  const maxPoints = criteria.reduce((acc, c) => acc + c.points, 0);
  const g: Group = { code, name: `Nhóm ${code}`, maxPoints, criteria };
  if (overPlanBonusCap !== undefined) g.overPlanBonusCap = overPlanBonusCap;
  return g;
}

/** Scores one leaf criterion for one unit with one entry (or none): its `{base, bonus}` and `missing`. */
export function scoreOne(
  criterion: CriterionInput,
  entry: EntryValues | undefined,
): { base: number; bonus: number; missing: string[] } {
  const result = evaluateOk(
    makePeriod({
      groups: [group('G', [criterion])],
      entries: entry === undefined ? [] : [{ unit: 'u', criterion: criterion.code, ...entry }],
    }),
  );
  const unit = result.units[0]!;
  return { base: unit.criteria[0]!.base, bonus: unit.criteria[0]!.bonus, missing: unit.missing };
}

export function unitById(result: ResultDocument, id: string): UnitResult {
  const unit = result.units.find((u) => u.unit === id);
  if (!unit) throw new Error(`no unit ${id} in the result`);
  return unit;
}

/** Only the normative fields of SPEC §8 (extras such as explanations left out). */
export function normative(result: ResultDocument) {
  return {
    format: result.format,
    complete: result.complete,
    pendingVotes: result.pendingVotes,
    units: result.units.map((u) => ({
      unit: u.unit,
      name: u.name,
      criteria: u.criteria.map(({ code, base, bonus }) => ({ code, base, bonus })),
      groups: u.groups.map(({ code, base, bonus, score }) => ({ code, base, bonus, score })),
      bonuses: u.bonuses.map(({ code, points }) => ({ code, points })),
      scored: u.scored,
      deductions: u.deductions.map(({ code, points }) => ({ code, points })),
      deductionTotal: u.deductionTotal,
      final: u.final,
      rank: u.rank,
      status: u.status,
      reasons: u.reasons,
      downgraded: u.downgraded,
      award: u.award,
      ...(u.pendingVote !== undefined ? { pendingVote: u.pendingVote } : {}),
    })),
  };
}

/** Letters only Vietnamese has (with their tone marks): a message carrying one is written in Vietnamese. */
export const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** A deep copy of a JSON document. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
