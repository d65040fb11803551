import type { CriteriaRevision, RulesetCriterion } from './types';

/** What the screens read from a revision's ruleset: group names, measures and rating points per leaf. */
export interface RulesetInfo {
  groupNames: Map<string, string>;
  measures: Map<string, string>;
  ratingPoints: Map<string, Record<string, number>>;
  leafCount: number;
}

export function rulesetInfo(revision: CriteriaRevision | undefined): RulesetInfo {
  const info: RulesetInfo = {
    groupNames: new Map(),
    measures: new Map(),
    ratingPoints: new Map(),
    leafCount: 0,
  };
  const walk = (criteria: RulesetCriterion[] | undefined) => {
    for (const c of criteria ?? []) {
      if (c.children && c.children.length > 0) {
        walk(c.children);
        continue;
      }
      info.leafCount += 1;
      if (c.unit) info.measures.set(c.code, c.unit);
      if (c.options) info.ratingPoints.set(c.code, c.options);
    }
  };
  for (const group of revision?.ruleset.groups ?? []) {
    info.groupNames.set(group.code, group.name);
    walk(group.criteria);
  }
  return info;
}
