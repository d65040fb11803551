import { type Decimal, HUNDRED, decCached } from '../model/decimal';
import type { Band, CriterionInput } from '../model/period-schema';
import { type Ratio, ratio, roundHalfUp2 } from '../model/ratio';
import type { OverPlanBonusOutcome } from '../rules/over-plan-bonus';
import type { LeafScore } from '../rules/score-leaf';
import { approxMark, formatNumber as n } from './format';

/** A ratio for people: exact when it has at most two decimals, otherwise `≈` and two decimals. */
function showRatio(r: Ratio): string {
  const shown = roundHalfUp2(r);
  return approxMark(shown.times(r.d).eq(r.n)) + n(shown);
}

/** `= 113%` when exact, `≈ 115,36%` when rounded for display. */
function percentOfPlan(actual: Decimal, plan: Decimal): string {
  const shown = showRatio(ratio(actual.times(HUNDRED), plan));
  return (shown.startsWith('≈') ? shown : `= ${shown}`) + '%';
}

/**
 * The Vietnamese sentence that explains one leaf's points, e.g.
 * `Thực hiện 113/100 = 113% kế hoạch → 300 điểm; vượt 13% → thưởng 13% × 300 = 39, tối đa 10% = 30`.
 */
export function explainLeaf(criterion: CriterionInput, score: LeafScore): string {
  const standard = decCached(criterion.points);
  const detail = score.detail;
  switch (detail.kind) {
    case 'missing':
      return 'Chưa có số liệu → 0 điểm';
    case 'qualitative':
      return `Điểm chấm ${n(detail.points)}/${n(standard)} → ${n(score.base)} điểm`;
    case 'yesno':
      return detail.done ? `Đã thực hiện → ${n(score.base)} điểm` : 'Chưa thực hiện → 0 điểm';
    case 'rating':
      return `Xếp loại ${detail.rating} → ${n(score.base)} điểm`;
    case 'bands': {
      const band = criterion.bands?.[detail.band];
      return band
        ? `Giá trị ${n(detail.value, 20)} thuộc mức ${describeBand(band)} → ${n(score.base)} điểm`
        : `Giá trị ${n(detail.value, 20)} không thuộc mức nào → 0 điểm`;
    }
    case 'quantitative': {
      const { plan, actual, outcome } = detail;
      const figures = `${n(actual, 20)}/${n(plan, 20)}`;
      let text: string;
      switch (outcome.rule) {
        case 'reached':
          text =
            detail.direction === 'increase'
              ? `Thực hiện ${figures} ${percentOfPlan(actual, plan)} kế hoạch → ${n(score.base)} điểm`
              : `Tiêu chí tính ngược: thực hiện ${n(actual, 20)}, kế hoạch ${n(plan, 20)} (không vượt kế hoạch) → ${n(score.base)} điểm`;
          break;
        case 'proportional':
          text = `Thực hiện ${figures} ${percentOfPlan(actual, plan)} kế hoạch → ${n(standard)} × ${figures} = ${n(score.base)} điểm`;
          break;
        case 'zeroPlanMet':
          text = `Tiêu chí tính ngược, kế hoạch 0 và thực hiện 0 → ${n(score.base)} điểm`;
          break;
        case 'zeroPlanMissed':
          text = `Tiêu chí tính ngược, kế hoạch 0 nhưng thực hiện ${n(actual, 20)} → 0 điểm`;
          break;
        case 'worseThanPlan':
          text = `Tiêu chí tính ngược: thực hiện ${n(actual, 20)} vượt kế hoạch ${n(plan, 20)} → ${n(standard)} × (2 × ${n(plan, 20)} − ${n(actual, 20)})/${n(plan, 20)} = ${n(score.base)} điểm`;
          break;
      }
      return detail.bonus
        ? `${text}; ${explainOverPlan(criterion, detail.direction, detail.outcome.over, detail.bonus)}`
        : text;
    }
  }
}

function explainOverPlan(
  criterion: CriterionInput,
  direction: 'increase' | 'decrease',
  over: Ratio,
  bonus: OverPlanBonusOutcome,
): string {
  const rule = criterion.overPlanBonus!;
  const standard = decCached(criterion.points);
  const verb = direction === 'increase' ? 'vượt' : 'giảm';
  const counted = showRatio(bonus.counted);
  const overText =
    (rule.step ?? 'whole') === 'whole' && !bonus.counted.n.times(over.d).eq(over.n.times(bonus.counted.d))
      ? `${verb} ${showRatio(over)}% (tính tròn ${counted}%)`
      : `${verb} ${counted}%`;
  const formula =
    rule.per === 'percentOfPoints'
      ? `${counted}% × ${rule.amount === 1 ? '' : n(rule.amount) + ' × '}${n(standard)}`
      : `${n(rule.amount)} điểm × ${counted}`;
  const capText = bonus.capped ? `, tối đa ${n(rule.capPercentOfPoints)}% = ${n(bonus.cap)}` : '';
  const uncapped = showRatio(bonus.uncapped);
  return `${overText} → thưởng ${formula} ${uncapped.startsWith('≈') ? uncapped : `= ${uncapped}`}${capText}`;
}

/** A band's bounds in words: `≥ 90`, `từ 10 đến dưới 20`, `≤ 0`, `mọi giá trị`. */
export function describeBand(band: Band): string {
  const lower =
    band.min === undefined ? undefined : `${band.minExclusive ? 'trên' : 'từ'} ${n(band.min, 20)}`;
  const upper =
    band.max === undefined ? undefined : `${band.maxExclusive ? 'dưới' : 'đến'} ${n(band.max, 20)}`;
  if (lower && upper) return `"${lower} ${upper}"`;
  if (lower) return band.minExclusive ? `"${lower}"` : `"${lower} trở lên"`;
  if (upper) return band.maxExclusive ? `"${upper}"` : `"không quá ${n(band.max!, 20)}"`;
  return '"còn lại"';
}
