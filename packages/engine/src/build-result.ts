import {
  explainAward,
  explainBonus,
  explainDeduction,
  explainGroup,
  explainStatus,
  explainTotal,
} from './explain/explain-unit';
import { flat } from './explain/format';
import { sum, toJsonNumber as num } from './model/decimal';
import { RESULT_FORMAT } from './model/period-schema';
import type { PeriodScore } from './score-period';
import type { UnitStatus } from './rules/unit-status';

/** One unit of a `thidua/result@1` document; fields after `rank` are extras (SPEC §8 allows them). */
export interface UnitResult {
  unit: string;
  name: string;
  criteria: { code: string; base: number; bonus: number; explanation: string }[];
  groups: { code: string; base: number; bonus: number; score: number; explanation: string }[];
  bonuses: { code: string; points: number; explanation: string }[];
  /** Extra: the sum of the bonus items, as shown in a ranking table. */
  bonusTotal: number;
  scored: number;
  deductions: { code: string; points: number; count: number; explanation: string }[];
  deductionTotal: number;
  final: number;
  status: UnitStatus;
  reasons: string[];
  downgraded: boolean;
  award: string | null;
  rank: number;
  pendingVote?: string;
  missing: string[];
  missingFacts: string[];
  explanation: { total: string; status: string; award: string };
}

export interface ResultDocument {
  format: typeof RESULT_FORMAT;
  complete: boolean;
  units: UnitResult[];
  pendingVotes: { award: string; places: number; units: string[] }[];
}

/** Turns an exact period score into the `thidua/result@1` document with its explanations. */
export function buildResult(score: PeriodScore): ResultDocument {
  const { period, index, allocation } = score;
  const ladder = index.awards;
  const units = score.order.map((i): UnitResult => {
    const unit = period.units[i]!;
    const u = score.units[i]!;
    const level = allocation.award[i];
    const note = allocation.notes[i]!;
    return {
      unit: unit.id,
      name: unit.name,
      criteria: u.criteria,
      groups: index.groups.map((group, g) => ({
        code: group.code,
        base: num(u.groups[g]!.base),
        bonus: num(u.groups[g]!.bonus),
        score: num(u.groups[g]!.score),
        explanation: flat(explainGroup(group, u.groups[g]!)),
      })),
      bonuses: index.bonusItems.map((item, b) => ({
        code: item.code,
        points: num(u.bonuses[b]!.points),
        explanation: flat(explainBonus(item, u.bonuses[b]!.points, u.bonuses[b]!.uncapped)),
      })),
      bonusTotal: num(sum(u.bonuses.map((b) => b.points))),
      scored: num(u.scored),
      deductions: index.deductionItems.map((item, d) => ({
        code: item.code,
        points: num(u.deductions[d]!.points),
        count: u.deductionCounts[d]!,
        explanation: flat(explainDeduction(item, u.deductionCounts[d]!, u.deductions[d]!)),
      })),
      deductionTotal: num(u.deductionTotal),
      final: num(u.final),
      status: u.status.status,
      reasons: u.status.reasons,
      downgraded: u.status.downgraded,
      award: level === null || level === undefined ? null : ladder[level]!.code,
      rank: u.rank,
      ...(note.kind === 'pendingVote' ? { pendingVote: ladder[note.level]!.code } : {}),
      missing: u.missing,
      missingFacts: u.missingFacts,
      explanation: {
        total: flat(explainTotal(period.ruleset, u.uncappedTotal, u.scored, u.deductionTotal, u.final)),
        status: flat(explainStatus(u.status)),
        award: flat(
          explainAward(ladder, note, allocation.natural[i] ?? null, u.final, period.ruleset.tiePreference),
        ),
      },
    };
  });
  return {
    format: RESULT_FORMAT,
    complete: allocation.complete,
    units,
    pendingVotes: allocation.pendingVotes.map((p) => ({
      award: p.award,
      places: p.places,
      units: p.units.map((i) => period.units[i]!.id),
    })),
  };
}
