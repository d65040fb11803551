import type { AdjustmentKind } from '@thidua/db';
import type { RulesetIndex } from '@thidua/engine';
import type { ClusterAccess } from '../../access/cluster-access';
import { AppError, forbidden } from '../../http/errors';
import { may } from '../../access/permissions';

// Who records bonuses and deductions (SPEC §4.6, §6). The ruleset names its items but not who awards
// them, so each item is classified once here:
// - deductions: the standing office (they rest on the council's documents: criticism, late tasks…);
// - bonus items awarded by the cluster (Bắc Giang "điểm thưởng theo quy chế hoạt động của cụm, khối"):
//   the leader and deputies (never for their own unit) and the standing office;
// - every other bonus item (Ba Đình IV, Long Biên, Bắc Giang council and reporting bonuses): the
//   standing office.
// A ruleset may say it explicitly with `awardedBy: "cluster" | "council"` on a bonus item (unknown keys
// are kept in the stored ruleset and ignored by the engine); otherwise an item whose name mentions the
// cluster ("cụm", "khối") is a cluster bonus.

/** An item of the ruleset that an adjustment names. */
export interface AdjustmentItem {
  kind: AdjustmentKind;
  code: string;
  name: string;
  /** Bonus items: the most points a unit gets from the item. */
  max: number | null;
  awardedByCluster: boolean;
}

const CLUSTER_WORD = /(^|[^\p{L}])(cụm|khối)([^\p{L}]|$)/iu;

/** The bonus or deduction item `code` of a revision's ruleset, or null when there is none. */
export function adjustmentItem(
  index: RulesetIndex,
  rawRuleset: unknown,
  code: string,
): AdjustmentItem | null {
  const bonus = index.bonusByCode.get(code);
  if (bonus) {
    const declared = declaredAwarder(rawRuleset, code);
    return {
      kind: 'bonus',
      code,
      name: bonus.name,
      max: bonus.max,
      awardedByCluster: declared ? declared === 'cluster' : CLUSTER_WORD.test(bonus.name),
    };
  }
  const deduction = index.deductionByCode.get(code);
  if (deduction) return { kind: 'deduction', code, name: deduction.name, max: null, awardedByCluster: false };
  return null;
}

/** `awardedBy` of a bonus item as the stored ruleset spells it, if it does. */
function declaredAwarder(rawRuleset: unknown, code: string): 'cluster' | 'council' | null {
  const items = (rawRuleset as { bonusItems?: unknown } | null)?.bonusItems;
  if (!Array.isArray(items)) return null;
  const item = items.find((i) => (i as { code?: unknown } | null)?.code === code) as
    { awardedBy?: unknown } | undefined;
  return item?.awardedBy === 'cluster' || item?.awardedBy === 'council' ? item.awardedBy : null;
}

/**
 * Refused before the item is even looked at: only the standing office, the leader and the deputies
 * record anything here, so nobody else learns which item codes a revision has.
 */
export function adjustmentsRefusal(access: ClusterAccess): AppError | null {
  if ((['standingOffice', 'leader', 'deputy'] as const).some((role) => access.roles.has(role))) return null;
  return forbidden('Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được ghi điểm cộng, điểm trừ');
}

/** Why the actor may not record `item` for `unitId`, or null when they may. */
export function adjustmentRefusal(
  access: ClusterAccess,
  item: AdjustmentItem,
  unitId: string,
): AppError | null {
  if (may(access, 'writeAnyAdjustment')) return null;
  // The cluster's own bonus items: those who review its scores (never for their own unit).
  if (item.awardedByCluster && may(access, 'reviewScores')) {
    if (!access.council.unitIds.has(unitId)) return null;
    return new AppError(
      'CONFLICT_OF_INTEREST',
      'Đơn vị không được tự chấm điểm thưởng cho chính mình: do cụm phó hoặc cơ quan thường trực ghi nhận',
    );
  }
  return forbidden(
    item.awardedByCluster
      ? `Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được ghi "${item.name}"`
      : `Chỉ cơ quan thường trực Hội đồng được ghi "${item.name}"`,
  );
}
