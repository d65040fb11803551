import type { Decimal } from '../model/decimal';
import type { Award, BonusItem, DeductionItem, Group, Predicate, Ruleset } from '../model/period-schema';
import type { AwardNote } from '../rules/allocate-awards';
import type { DeductionOutcome } from '../rules/deductions';
import type { GroupScore } from '../rules/score-groups';
import type { StatusOutcome } from '../rules/unit-status';
import { formatNumber as n } from './format';

/** `Điểm cơ bản 580 + điểm thưởng vượt kế hoạch 48 (tối đa 30 → 30) = 610`. */
export function explainGroup(group: Group, score: GroupScore): string {
  if (score.uncappedBonus.isZero()) return `Tổng điểm các tiêu chí: ${n(score.score)}`;
  const parts = [`Điểm cơ bản ${n(score.base)}`];
  {
    const capped = !score.bonus.eq(score.uncappedBonus);
    parts.push(
      capped
        ? `điểm thưởng vượt kế hoạch ${n(score.uncappedBonus)} (tối đa ${n(group.overPlanBonusCap ?? 0)} → ${n(score.bonus)})`
        : `điểm thưởng vượt kế hoạch ${n(score.bonus)}`,
    );
  }
  return `${parts.join(' + ')} = ${n(score.score)}`;
}

export function explainBonus(item: BonusItem, points: Decimal, uncapped: Decimal): string {
  if (uncapped.isZero()) return 'Không được cộng điểm';
  if (!points.eq(uncapped)) return `Được cộng ${n(uncapped)} điểm, tối đa ${n(item.max)} → ${n(points)}`;
  return `Được cộng ${n(points)} điểm (tối đa ${n(item.max)})`;
}

/** `13 lần: 10 × 0,3 + 3 × 0,2 = 3,6`; with the cap when it applies. */
export function explainDeduction(item: DeductionItem, count: number, outcome: DeductionOutcome): string {
  if (count === 0) return 'Không bị trừ điểm';
  const slices = outcome.slices.map((s) => `${s.count} × ${n(s.pointsEach, 20)}`).join(' + ');
  const capText = outcome.capped ? `, tối đa ${n(item.cap ?? 0)} → ${n(outcome.points)}` : '';
  return `${count} lần: ${slices} = ${n(outcome.uncapped, 20)}${capText}`;
}

/** The unit's path from the scored total to its final score. */
export function explainTotal(
  ruleset: Ruleset,
  uncapped: Decimal,
  scored: Decimal,
  deductionTotal: Decimal,
  final: Decimal,
): string {
  const capped = !scored.eq(uncapped);
  const head = capped
    ? `Tổng điểm chấm ${n(uncapped)}, tối đa ${n(ruleset.maxTotal ?? 0)} → ${n(scored)}`
    : `Tổng điểm chấm ${n(scored)}`;
  if (deductionTotal.isZero()) return `${head}; không bị trừ điểm → điểm cuối cùng ${n(final)}`;
  return `${head}; trừ ${n(deductionTotal)} → điểm cuối cùng ${n(final)}`;
}

export function explainStatus(status: StatusOutcome): string {
  switch (status.status) {
    case 'excluded':
      return `Không xem xét khen thưởng: ${status.reasons.join('; ')}`;
    case 'postponed':
      return `Chưa xem xét khen thưởng: ${status.reasons.join('; ')}`;
    case 'eligible':
      return status.downgraded
        ? `Đủ điều kiện xem xét khen thưởng, bị hạ một mức: ${status.downgradeReasons.join('; ')}`
        : 'Đủ điều kiện xem xét khen thưởng';
  }
}

/** Why the unit has its award, or none. */
export function explainAward(
  ladder: readonly Award[],
  note: AwardNote,
  natural: number | null,
  final: Decimal,
  tiePreference?: Predicate,
): string {
  const name = (level: number) => ladder[level]?.name ?? '';
  const lowest = ladder[ladder.length - 1];
  switch (note.kind) {
    case 'awarded': {
      const award = ladder[note.level]!;
      const lowered =
        natural !== null && natural < note.level ? ` (mức cao nhất đạt được: ${name(natural)})` : '';
      if (note.byPreference && tiePreference) {
        const how = note.byVote
          ? 'được chọn theo số phiếu bình xét trong số các đơn vị được ưu tiên'
          : 'được chọn trước các đơn vị bằng điểm';
        return `Đề nghị ${award.name}: ${n(final)} điểm ≥ ${n(award.minScore)}${lowered}; bằng điểm, ${preferenceText(tiePreference)}, ${how}`;
      }
      const vote = note.byVote ? ', được chọn theo số phiếu bình xét khi bằng điểm' : '';
      const yielded =
        note.preferenceLevels.length > 0 && tiePreference
          ? `; ${yieldedText(note.preferenceLevels.map(name), tiePreference)}`
          : '';
      return `Đề nghị ${award.name}: ${n(final)} điểm ≥ ${n(award.minScore)}${lowered}${vote}${yielded}`;
    }
    case 'notEligible':
      return 'Không được đề nghị khen thưởng vì không đủ điều kiện xem xét';
    case 'belowLadder':
      return lowest
        ? `Không đạt mức khen thưởng nào (thấp nhất: ${lowest.name} từ ${n(lowest.minScore)} điểm và các điều kiện kèm theo)`
        : 'Bộ tiêu chí không có hình thức khen thưởng';
    case 'downgradedOffLadder':
      return `Đạt ${name(note.natural)} nhưng bị hạ một mức, không còn mức khen thưởng thấp hơn`;
    case 'quotaFull': {
      const full = `Hết chỉ tiêu khen thưởng ở mức: ${note.levels.map(name).join(', ')}`;
      if (note.preferenceLevels.length === 0 || !tiePreference) return full;
      return `${full} (${yieldedText(note.preferenceLevels.map(name), tiePreference)})`;
    }
    case 'noLevelBelowCeiling':
      return `Không đáp ứng điều kiện của mức khen thưởng từ ${name(note.ceiling)} trở xuống`;
    case 'pendingVote':
      return `Bằng điểm khi xét ${name(note.level)}: chờ bỏ phiếu bình xét`;
    case 'stopped':
      return `Chưa xét vì việc xét ${name(note.level)} đang chờ bỏ phiếu`;
  }
}

/** The legal ground of the tie preference, with the predicate's label: `Ưu tiên theo khoản 6 Điều 4 …: tập thể …`. */
export function preferenceText(tiePreference: Predicate): string {
  return `ưu tiên theo khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP: ${lowerFirst(tiePreference.label ?? tiePreference.fact)}`;
}

/** Why a tied unit did not get a level: the places went to the units the preference holds for. */
function yieldedText(levels: string[], tiePreference: Predicate): string {
  return `${levels.join(', ')}: bằng điểm, chỉ tiêu dành cho đơn vị được ${preferenceText(tiePreference)}`;
}

/** `Tập thể có…` → `tập thể có…`, but an abbreviation (`HTTNV`) stays as written. */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = [...text];
  return second !== '' &&
    second === second.toLocaleLowerCase('vi') &&
    second !== second.toLocaleUpperCase('vi')
    ? first.toLocaleLowerCase('vi') + text.slice(first.length)
    : text;
}
