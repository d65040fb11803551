import type { RulesetDocument } from '@thidua/db';
import type { Group, Ruleset } from '@thidua/engine';
import type { FieldError } from '../../http/errors';
import { sameJson } from './canonical-json';
import { CRITERIA_MSG as M } from './messages';

/** What a framework imposes on the clusters that specialise it. */
export interface FrameworkRules {
  /** The framework's ruleset (validated when it was saved). */
  ruleset: RulesetDocument;
  /** Groups (or bonus items) clusters may not change (Ba Đình III and IV). */
  fixedGroupCodes: string[];
  /** numeric(5,4) as PostgreSQL returns it ('0.3000'), or null for no limit. */
  maxAddedCriteriaRatio: string | null;
}

/**
 * How many top-level criteria a cluster may list in a group the framework gives `base` criteria:
 * base + ceil(ratio × base) (Bắc Giang: 30 %). Integer arithmetic on the ratio's four decimals, so
 * ceil(0.3 × 10) is exactly 3, never 4 through a binary rounding.
 */
export function addedCriteriaLimit(base: number, ratio: string): { added: number; max: number } {
  const [whole = '0', fraction = ''] = ratio.split('.');
  const scaled = Number(whole) * 10_000 + Number(fraction.padEnd(4, '0').slice(0, 4));
  const added = Math.floor((scaled * base + 9_999) / 10_000);
  return { added, max: base + added };
}

/**
 * The framework rules of SPEC §5 for a cluster's ruleset: the framework's groups (no more, no fewer)
 * with its maxima and total; fixed groups and fixed bonus items exactly as the framework has them;
 * at most ceil(ratio × n) added top-level criteria per group when the framework sets a ratio.
 */
export function checkFrameworkRules(
  cluster: Ruleset,
  framework: FrameworkRules,
  basePath: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const base = framework.ruleset as unknown as Ruleset;
  const fixed = new Set(framework.fixedGroupCodes);
  const baseGroups = new Map(base.groups.map((g) => [g.code, g]));
  const seen = new Set<string>();
  cluster.groups.forEach((group, i) => {
    const path = `${basePath}.groups[${i}]`;
    const frameworkGroup = baseGroups.get(group.code);
    if (!frameworkGroup) {
      errors.push({ path: `${path}.code`, message: M.extraGroup(group.code) });
      return;
    }
    seen.add(group.code);
    errors.push(...checkGroup(group, frameworkGroup, fixed.has(group.code), framework, path));
  });
  for (const group of base.groups) {
    if (!seen.has(group.code))
      errors.push({ path: `${basePath}.groups`, message: M.missingGroup(group.code) });
  }
  if (cluster.maxTotal !== base.maxTotal) {
    errors.push({ path: `${basePath}.maxTotal`, message: M.maxTotal(cluster.maxTotal, base.maxTotal) });
  }
  errors.push(...checkFixedBonusItems(cluster, base, fixed, basePath));
  return errors;
}

function checkGroup(
  group: Group,
  frameworkGroup: Group,
  isFixed: boolean,
  framework: FrameworkRules,
  path: string,
): FieldError[] {
  if (isFixed) {
    return sameJson(group, frameworkGroup) ? [] : [{ path, message: M.fixedGroupChanged(group.code) }];
  }
  const errors: FieldError[] = [];
  if (group.maxPoints !== frameworkGroup.maxPoints) {
    errors.push({
      path: `${path}.maxPoints`,
      message: M.groupMax(group.code, group.maxPoints, frameworkGroup.maxPoints),
    });
  }
  if (framework.maxAddedCriteriaRatio !== null) {
    const count = frameworkGroup.criteria.length;
    const limit = addedCriteriaLimit(count, framework.maxAddedCriteriaRatio);
    if (group.criteria.length > limit.max) {
      errors.push({
        path: `${path}.criteria`,
        message: M.tooManyCriteria(group.code, group.criteria.length, count, limit.added, limit.max),
      });
    }
  }
  return errors;
}

function checkFixedBonusItems(cluster: Ruleset, base: Ruleset, fixed: Set<string>, basePath: string) {
  const errors: FieldError[] = [];
  const items = cluster.bonusItems ?? [];
  for (const item of base.bonusItems ?? []) {
    if (!fixed.has(item.code)) continue;
    const index = items.findIndex((b) => b.code === item.code);
    if (index < 0) {
      errors.push({ path: `${basePath}.bonusItems`, message: M.fixedBonusMissing(item.code) });
    } else if (!sameJson(items[index], item)) {
      errors.push({ path: `${basePath}.bonusItems[${index}]`, message: M.fixedBonusChanged(item.code) });
    }
  }
  return errors;
}
