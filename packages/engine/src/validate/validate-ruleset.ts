import { dec, sum } from '../model/decimal';
import { type CriterionInput, type Predicate, type Ruleset, rulesetSchema } from '../model/period-schema';
import { indexRuleset, type RulesetIndex } from '../model/ruleset-index';
import { ErrorList, joinPath, type ValidationError } from './errors';
import { MSG } from './messages';
import { parseWith } from './zod-issues';

export interface RulesetValidation {
  ok: boolean;
  errors: ValidationError[];
  ruleset?: Ruleset;
  index?: RulesetIndex;
}

/**
 * Validates a ruleset (SPEC §5, §8): shapes, unique codes, containers equal to the sum of their
 * children, groups within their maximum, kind-specific fields, deduction tiers, predicates.
 * Reports every problem found, each with its JSON path under `basePath`.
 */
export function validateRuleset(raw: unknown, basePath = 'ruleset'): RulesetValidation {
  if (!isDeepFrozen(raw)) return checkRulesetNow(raw, basePath);
  // A deep-frozen ruleset can never change: its validation is kept as long as the object lives (the
  // server freezes the rulesets of issued revisions and validates each save against one).
  let byPath = frozenChecks.get(raw);
  if (!byPath) frozenChecks.set(raw, (byPath = new Map<string, RulesetValidation>()));
  let checked = byPath.get(basePath);
  if (!checked) byPath.set(basePath, (checked = checkRulesetNow(raw, basePath)));
  return checked;
}

const frozenChecks = new WeakMap<object, Map<string, RulesetValidation>>();

/** Whether `value` is an object frozen all the way down (so nothing in it can change). */
function isDeepFrozen(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return false;
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object' && !isDeepFrozen(child)) return false;
  }
  return true;
}

function checkRulesetNow(raw: unknown, basePath: string): RulesetValidation {
  const errors = new ErrorList();
  const ruleset = parseWith(rulesetSchema, raw, basePath, errors);
  if (!ruleset) return { ok: false, errors: errors.items };
  checkRuleset(ruleset, basePath, errors);
  return errors.isEmpty
    ? { ok: true, errors: [], ruleset, index: indexRuleset(ruleset, basePath) }
    : { ok: false, errors: errors.items, ruleset };
}

export function checkRuleset(ruleset: Ruleset, basePath: string, errors: ErrorList): void {
  checkUnique(
    ruleset.groups.map((g, i) => ({ code: g.code, path: `${basePath}.groups[${i}].code` })),
    errors,
  );
  const criteria: { code: string; path: string }[] = [];
  ruleset.groups.forEach((group, g) => {
    const groupPath = `${basePath}.groups[${g}]`;
    group.criteria.forEach((c, i) => checkCriterion(c, `${groupPath}.criteria[${i}]`, criteria, errors));
    const total = sum(group.criteria.map((c) => dec(c.points)));
    if (total.gt(group.maxPoints)) {
      errors.add(`${groupPath}.criteria`, MSG.groupOverMax(group.code, total, dec(group.maxPoints)));
    }
  });
  checkUnique(criteria, errors);
  const items = [
    ...(ruleset.bonusItems ?? []).map((b, i) => ({
      code: b.code,
      path: `${basePath}.bonusItems[${i}].code`,
    })),
    ...(ruleset.deductionItems ?? []).map((d, i) => ({
      code: d.code,
      path: `${basePath}.deductionItems[${i}].code`,
    })),
  ];
  checkUnique(items, errors);
  (ruleset.deductionItems ?? []).forEach((item, i) => {
    const path = `${basePath}.deductionItems[${i}]`;
    if ((item.pointsEach === undefined) === (item.tiers === undefined)) errors.add(path, MSG.deductionKind);
    if (item.tiers !== undefined) checkTiers(item.tiers, `${path}.tiers`, errors);
  });
  const awards = ruleset.awards ?? [];
  checkUnique(
    awards.map((a, i) => ({ code: a.code, path: `${basePath}.awards[${i}].code` })),
    errors,
  );
  awards.forEach((a, i) => checkPredicates(a.requires, `${basePath}.awards[${i}].requires`, errors));
  checkPredicates(ruleset.exclusions, `${basePath}.exclusions`, errors);
  checkPredicates(ruleset.postponements, `${basePath}.postponements`, errors);
  checkPredicates(ruleset.downgrades, `${basePath}.downgrades`, errors);
  if (ruleset.tiePreference !== undefined) {
    checkPredicate(ruleset.tiePreference, `${basePath}.tiePreference`, errors);
  }
}

function checkCriterion(
  c: CriterionInput,
  path: string,
  seen: { code: string; path: string }[],
  errors: ErrorList,
): void {
  seen.push({ code: c.code, path: `${path}.code` });
  if (c.children !== undefined) {
    if (c.kind !== undefined) errors.add(`${path}.kind`, MSG.bothChildrenAndKind);
    if (c.children.length === 0) errors.add(`${path}.children`, MSG.emptyChildren);
    c.children.forEach((child, i) => checkCriterion(child, `${path}.children[${i}]`, seen, errors));
    const total = sum(c.children.map((child) => dec(child.points)));
    if (c.children.length > 0 && !total.eq(c.points)) {
      errors.add(`${path}.points`, MSG.containerSum(c.code, dec(c.points), total));
    }
    return;
  }
  if (c.kind === undefined) {
    errors.add(`${path}.kind`, MSG.missingKind);
    return;
  }
  const foreign: (keyof CriterionInput)[] = [];
  if (c.kind !== 'quantitative') foreign.push('direction', 'overPlanBonus');
  if (c.kind !== 'bands') foreign.push('bands');
  if (c.kind !== 'rating') foreign.push('options');
  for (const field of foreign) {
    if (c[field] !== undefined) errors.add(`${path}.${field}`, MSG.fieldNotForKind(field, c.kind));
  }
  if (c.kind === 'bands') {
    if (!c.bands || c.bands.length === 0) errors.add(`${path}.bands`, MSG.bandsRequired);
    c.bands?.forEach((band, i) => {
      if (band.points > c.points) {
        errors.add(`${path}.bands[${i}].points`, MSG.bandOverPoints(band.points, c.points, c.code));
      }
      if (band.min !== undefined && band.max !== undefined && band.min > band.max) {
        errors.add(`${path}.bands[${i}]`, MSG.bandMinOverMax(band.min, band.max));
      }
    });
  }
  if (c.kind === 'rating') {
    const options = Object.entries(c.options ?? {});
    if (options.length === 0) errors.add(`${path}.options`, MSG.optionsRequired);
    for (const [option, points] of options) {
      if (points > c.points) {
        errors.add(
          joinPath(`${path}.options`, option),
          MSG.optionOverPoints(option, points, c.points, c.code),
        );
      }
    }
  }
}

function checkTiers(tiers: { upTo?: number | undefined }[], path: string, errors: ErrorList): void {
  if (tiers.length === 0) errors.add(path, MSG.tiersEmpty);
  let previous = 0;
  tiers.forEach((tier, i) => {
    if (tier.upTo === undefined) {
      if (i < tiers.length - 1) errors.add(`${path}[${i}].upTo`, MSG.tierUpToMissing);
      return;
    }
    if (tier.upTo <= previous) errors.add(`${path}[${i}].upTo`, MSG.tierUpToOrder(tier.upTo, previous));
    previous = tier.upTo;
  });
}

function checkPredicates(predicates: Predicate[] | undefined, path: string, errors: ErrorList): void {
  predicates?.forEach((p, i) => checkPredicate(p, `${path}[${i}]`, errors));
}

function checkPredicate(p: Predicate, path: string, errors: ErrorList): void {
  const given = [p.equals, p.in, p.notIn].filter((v) => v !== undefined).length;
  if (given !== 1) errors.add(path, MSG.predicateShape);
}

/** Reports every code used twice, pointing at the later use and naming the first. */
export function checkUnique(items: { code: string; path: string }[], errors: ErrorList): void {
  const first = new Map<string, string>();
  for (const item of items) {
    const previous = first.get(item.code);
    if (previous !== undefined) errors.add(item.path, MSG.duplicateCode(item.code, previous));
    else first.set(item.code, item.path);
  }
}
