import type { CriterionInput, Ruleset } from '@thidua/engine';
import { sameJson } from './canonical-json';

/** One field that differs between two versions: its name and both values (null when absent). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** A criterion as the comparison lists it. */
export interface CriterionSummary {
  code: string;
  name: string;
  groupCode: string;
  parentCode: string | null;
  points: number;
  /** null for a container criterion. */
  kind: string | null;
}

/** What changed from one ruleset to another: criteria, groups, and the other parts by name. */
export interface RulesetComparison {
  added: CriterionSummary[];
  removed: CriterionSummary[];
  changed: (CriterionSummary & { changes: FieldChange[] })[];
  groups: {
    added: string[];
    removed: string[];
    changed: { code: string; changes: FieldChange[] }[];
  };
  /** Top-level parts other than groups that differ (`maxTotal`, `bonusItems`, `awards`…). */
  otherChanges: string[];
}

const CRITERION_FIELDS = [
  'name',
  'description',
  'points',
  'kind',
  'direction',
  'unit',
  'overPlanBonus',
  'bands',
  'options',
] as const satisfies readonly (keyof CriterionInput)[];
const GROUP_FIELDS = ['name', 'maxPoints', 'overPlanBonusCap'] as const;
const OTHER_PARTS = [
  'name',
  'description',
  'maxTotal',
  'bonusItems',
  'deductionItems',
  'awards',
  'exclusions',
  'postponements',
  'downgrades',
  'tiePreference',
] as const satisfies readonly (keyof Ruleset)[];

interface Flat {
  summary: CriterionSummary;
  criterion: CriterionInput;
}

/** Every criterion of a ruleset by code, in ruleset order, with its group and parent. */
function flatten(ruleset: Ruleset): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const visit = (criterion: CriterionInput, groupCode: string, parentCode: string | null) => {
    out.set(criterion.code, {
      criterion,
      summary: {
        code: criterion.code,
        name: criterion.name,
        groupCode,
        parentCode,
        points: criterion.points,
        kind: criterion.children === undefined ? (criterion.kind ?? null) : null,
      },
    });
    criterion.children?.forEach((child) => visit(child, groupCode, criterion.code));
  };
  for (const group of ruleset.groups) for (const c of group.criteria) visit(c, group.code, null);
  return out;
}

function fieldChanges<T extends object>(
  from: T,
  to: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields.flatMap((field) =>
    sameJson(from[field] ?? null, to[field] ?? null)
      ? []
      : [{ field, from: from[field] ?? null, to: to[field] ?? null }],
  );
}

/**
 * Compares two versions of a cluster's criteria (SPEC §4.2): the criteria added and removed, and for
 * those in both the fields that differ — including a move to another group or parent.
 */
export function compareRulesets(from: Ruleset, to: Ruleset): RulesetComparison {
  const before = flatten(from);
  const after = flatten(to);
  const changed: RulesetComparison['changed'] = [];
  for (const [code, next] of after) {
    const previous = before.get(code);
    if (!previous) continue;
    const changes = fieldChanges(previous.criterion, next.criterion, CRITERION_FIELDS);
    for (const field of ['groupCode', 'parentCode'] as const) {
      if (previous.summary[field] !== next.summary[field]) {
        changes.push({ field, from: previous.summary[field], to: next.summary[field] });
      }
    }
    if (changes.length > 0) changed.push({ ...next.summary, changes });
  }
  const groupsBefore = new Map(from.groups.map((g) => [g.code, g]));
  const groupsAfter = new Map(to.groups.map((g) => [g.code, g]));
  return {
    added: [...after.values()].filter((c) => !before.has(c.summary.code)).map((c) => c.summary),
    removed: [...before.values()].filter((c) => !after.has(c.summary.code)).map((c) => c.summary),
    changed,
    groups: {
      added: [...groupsAfter.keys()].filter((code) => !groupsBefore.has(code)),
      removed: [...groupsBefore.keys()].filter((code) => !groupsAfter.has(code)),
      changed: [...groupsAfter.values()].flatMap((group) => {
        const previous = groupsBefore.get(group.code);
        const changes = previous ? fieldChanges(previous, group, GROUP_FIELDS) : [];
        return changes.length > 0 ? [{ code: group.code, changes }] : [];
      }),
    },
    otherChanges: OTHER_PARTS.filter((part) => !sameJson(from[part] ?? null, to[part] ?? null)),
  };
}
