import type { Award, BonusItem, CriterionInput, DeductionItem, Group, Ruleset } from './period-schema';

/** A leaf criterion with where it sits: its group and its path in the file. */
export interface LeafRef {
  criterion: CriterionInput;
  groupIndex: number;
  path: string;
}

/** Lookup tables over a ruleset, built once and shared by validation and scoring. */
export interface RulesetIndex {
  ruleset: Ruleset;
  /** Every leaf in ruleset order (groups in order, depth-first). */
  leaves: LeafRef[];
  leafByCode: Map<string, LeafRef>;
  /** Every criterion (containers and leaves) by code, with its path. */
  criterionByCode: Map<string, { criterion: CriterionInput; path: string }>;
  groups: Group[];
  bonusItems: BonusItem[];
  deductionItems: DeductionItem[];
  bonusByCode: Map<string, BonusItem>;
  deductionByCode: Map<string, DeductionItem>;
  awards: Award[];
  awardByCode: Map<string, Award>;
}

export function isContainer(criterion: CriterionInput): boolean {
  return criterion.children !== undefined;
}

/** Builds the index; on duplicate codes the first occurrence wins (validation reports the rest). */
export function indexRuleset(ruleset: Ruleset, basePath = 'ruleset'): RulesetIndex {
  const leaves: LeafRef[] = [];
  const criterionByCode = new Map<string, { criterion: CriterionInput; path: string }>();
  const visit = (criterion: CriterionInput, groupIndex: number, path: string): void => {
    if (!criterionByCode.has(criterion.code)) criterionByCode.set(criterion.code, { criterion, path });
    if (criterion.children !== undefined) {
      criterion.children.forEach((child, i) => visit(child, groupIndex, `${path}.children[${i}]`));
    } else {
      leaves.push({ criterion, groupIndex, path });
    }
  };
  ruleset.groups.forEach((group, g) =>
    group.criteria.forEach((c, i) => visit(c, g, `${basePath}.groups[${g}].criteria[${i}]`)),
  );
  const leafByCode = new Map<string, LeafRef>();
  for (const leaf of leaves)
    if (!leafByCode.has(leaf.criterion.code)) leafByCode.set(leaf.criterion.code, leaf);
  const bonusItems = ruleset.bonusItems ?? [];
  const deductionItems = ruleset.deductionItems ?? [];
  const awards = ruleset.awards ?? [];
  return {
    ruleset,
    leaves,
    leafByCode,
    criterionByCode,
    groups: ruleset.groups,
    bonusItems,
    deductionItems,
    bonusByCode: firstByCode(bonusItems),
    deductionByCode: firstByCode(deductionItems),
    awards,
    awardByCode: firstByCode(awards),
  };
}

function firstByCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.code)) map.set(item.code, item);
  return map;
}
