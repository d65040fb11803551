import type { RulesetIndex } from '@thidua/engine';
import type { FieldError } from '../../http/errors';
import { REGISTRATION_MSG as M } from './messages';

/** A plan as posted. */
export interface PlanInput {
  criterionCode: string;
  plan: number;
}

/**
 * Plans name quantitative leaves of the cluster's issued criteria, once each, with a plan ≥ 0 and,
 * for an increase criterion, > 0 (SPEC §6 divides by P). Every problem is reported with its path.
 */
export function checkPlans(index: RulesetIndex, plans: PlanInput[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  plans.forEach((item, i) => {
    const path = `body.plans[${i}]`;
    const leaf = index.leafByCode.get(item.criterionCode)?.criterion;
    if (!leaf && index.criterionByCode.has(item.criterionCode)) {
      errors.push({ path: `${path}.criterionCode`, message: M.containerPlan(item.criterionCode) });
    } else if (!leaf) {
      errors.push({ path: `${path}.criterionCode`, message: M.unknownCriterion(item.criterionCode) });
    } else if (leaf.kind !== 'quantitative') {
      errors.push({ path: `${path}.criterionCode`, message: M.notQuantitative(item.criterionCode) });
    } else if (seen.has(item.criterionCode)) {
      errors.push({ path: `${path}.criterionCode`, message: M.duplicatePlan(item.criterionCode) });
    } else if (item.plan === 0 && (leaf.direction ?? 'increase') === 'increase') {
      errors.push({ path: `${path}.plan`, message: M.planPositive(item.criterionCode) });
    }
    seen.add(item.criterionCode);
    if (item.plan < 0) errors.push({ path: `${path}.plan`, message: M.negativePlan(item.plan) });
  });
  return errors;
}

/** Titles sought are award codes of the ruleset's ladder, each once. */
export function checkTitles(index: RulesetIndex, titles: string[]): FieldError[] {
  const known = index.awards.map((a) => a.code);
  const seen = new Set<string>();
  return titles.flatMap((code, i) => {
    const path = `body.titlesSought[${i}]`;
    if (!index.awardByCode.has(code)) return [{ path, message: M.unknownTitle(code, known) }];
    if (seen.has(code)) return [{ path, message: M.duplicateTitle(code) }];
    seen.add(code);
    return [];
  });
}

/** Quantitative leaves without a plan: a registration is complete only when every target is set. */
export function missingPlans(index: RulesetIndex, planned: Iterable<string>): string[] {
  const have = new Set(planned);
  return index.leaves
    .filter((leaf) => leaf.criterion.kind === 'quantitative' && !have.has(leaf.criterion.code))
    .map((leaf) => leaf.criterion.code);
}
