import type { RulesetIndex } from '@thidua/engine';
import type { FieldError } from '../../http/errors';
import type { RegistrationBasis, TitleRef } from './load';
import { REGISTRATION_MSG as M } from './messages';

/** A plan as posted. */
export interface PlanInput {
  criterionCode: string;
  plan: number;
}

/**
 * Plans name quantitative leaves of the registration's criteria (issued, or the cluster's draft before
 * issue), once each, with a plan ≥ 0 and, for an increase criterion, > 0 (SPEC §6 divides by P). Without
 * a draft there is nothing to key targets by: they wait for it. Every problem is reported with its path.
 */
export function checkPlans(basis: RegistrationBasis, plans: PlanInput[]): FieldError[] {
  const { index } = basis;
  if (plans.length === 0) return [];
  if (!index) return [{ path: 'body.plans', message: M.noDraftForPlans(basis.kind) }];
  const where = M.basisName[basis.kind === 'issued' ? 'issued' : 'draft'];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  plans.forEach((item, i) => {
    const path = `body.plans[${i}]`;
    const leaf = index.leafByCode.get(item.criterionCode)?.criterion;
    if (!leaf && index.criterionByCode.has(item.criterionCode)) {
      errors.push({ path: `${path}.criterionCode`, message: M.containerPlan(item.criterionCode) });
    } else if (!leaf) {
      errors.push({ path: `${path}.criterionCode`, message: M.unknownCriterion(item.criterionCode, where) });
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

/** Titles sought are award codes of the basis' ladder, each once. */
export function checkTitles(ladder: TitleRef[], titles: string[]): FieldError[] {
  const known = ladder.map((a) => a.code);
  const seen = new Set<string>();
  return titles.flatMap((code, i) => {
    const path = `body.titlesSought[${i}]`;
    if (!known.includes(code)) return [{ path, message: M.unknownTitle(code, known) }];
    if (seen.has(code)) return [{ path, message: M.duplicateTitle(code) }];
    seen.add(code);
    return [];
  });
}

/** Quantitative leaves without a plan: a registration is complete only when every target is set. */
export function missingPlans(index: RulesetIndex | null, planned: Iterable<string>): string[] {
  if (!index) return [];
  const have = new Set(planned);
  return index.leaves
    .filter((leaf) => leaf.criterion.kind === 'quantitative' && !have.has(leaf.criterion.code))
    .map((leaf) => leaf.criterion.code);
}
