import type { CriterionInput, Ruleset } from '@thidua/engine';
import { findProfile } from '@thidua/profiles';
import { FIGURES } from './data/figures';
import { FOCAL, type FrameworkKey } from './data/province';

/** The profile each framework starts from (SPEC §9). */
export const FRAMEWORK_PROFILES: Record<FrameworkKey, string> = {
  localities: 'bac-giang-2022-huyen-thanh-pho',
  departments: 'bac-giang-2022-so-ban-nganh',
  schools: 'ba-dinh-2022-truong-hoc',
};

export function profileRuleset(key: FrameworkKey): Ruleset {
  const profile = findProfile(FRAMEWORK_PROFILES[key]);
  if (!profile) throw new Error(`built-in profile ${FRAMEWORK_PROFILES[key]} is missing`);
  // Profiles are frozen and shared: every stored ruleset is a copy.
  return structuredClone<Ruleset>(profile.ruleset);
}

export interface Leaf {
  code: string;
  points: number;
  group: string;
  criterion: CriterionInput;
}

/** The leaf criteria of a ruleset in table order, with the code of their content group. */
export function leavesOf(ruleset: Ruleset): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (c: CriterionInput, group: string) => {
    if (c.children && c.children.length > 0) c.children.forEach((child) => walk(child, group));
    else leaves.push({ code: c.code, points: c.points, group, criterion: c });
  };
  for (const group of ruleset.groups) group.criteria.forEach((c) => walk(c, group.code));
  return leaves;
}

/**
 * A cluster's criteria: the framework's, with the measuring unit of each quantitative criterion filled
 * in (what a cluster's specialisation typically adds) and the cluster's own title.
 */
export function clusterRuleset(framework: Ruleset, key: FrameworkKey, title: string): Ruleset {
  const ruleset = structuredClone(framework);
  ruleset.name = title;
  for (const leaf of leavesOf(ruleset)) {
    const figure = FIGURES[key][leaf.code];
    if (figure) leaf.criterion.unit = figure.unit;
  }
  return ruleset;
}

export type Owner = { owner: 'self' } | { owner: 'standingOffice' } | { owner: 'focalUnit'; unit: string };

// Focal departments score their own field for everyone (SPEC §1); content III is the standing office's.
const FOCAL_CRITERIA: Record<FrameworkKey, Record<string, string>> = {
  localities: { 'I.1': FOCAL.finance, 'I.11': FOCAL.police, 'I.12.a': FOCAL.military },
  departments: { 'I.5': FOCAL.police, 'I.6': FOCAL.military },
  schools: { 'I.1.a': FOCAL.education, 'I.1.b': FOCAL.finance, 'I.1.c': FOCAL.police },
};

/** Who scores a leaf of a framework's block. */
export function ownerOf(key: FrameworkKey, leaf: Leaf): Owner {
  const focal = FOCAL_CRITERIA[key][leaf.code];
  if (focal) return { owner: 'focalUnit', unit: focal };
  if (leaf.group === 'III') return { owner: 'standingOffice' };
  return { owner: 'self' };
}
