import type { CriterionInput, FieldProblem, Group, Ruleset } from './types';

/**
 * A node of the criteria tree is named by its position: `"2"` is the third group, `"2/0/4"` the fifth
 * child of the first criterion of that group. Keys change when nodes move; every edit returns the
 * moved node's new key.
 */
export type NodeKey = string;

export interface NodePosition {
  group: number;
  /** Indexes from the group's criteria down to the node; empty for the group itself. */
  path: number[];
}

export const keyOf = (position: NodePosition): NodeKey => [position.group, ...position.path].join('/');

export function parseKey(key: NodeKey): NodePosition {
  const [group = 0, ...path] = key.split('/').map(Number);
  return { group, path };
}

export const isGroupKey = (key: NodeKey) => !key.includes('/');

/** The parent's key (a group's key for a top-level criterion), or null for a group. */
export function parentKey(key: NodeKey): NodeKey | null {
  const cut = key.lastIndexOf('/');
  return cut < 0 ? null : key.slice(0, cut);
}

export function groupAt(ruleset: Ruleset, key: NodeKey): Group | undefined {
  return ruleset.groups[parseKey(key).group];
}

export function criterionAt(ruleset: Ruleset, key: NodeKey): CriterionInput | undefined {
  const { group, path } = parseKey(key);
  let list = ruleset.groups[group]?.criteria;
  let node: CriterionInput | undefined;
  for (const index of path) {
    node = list?.[index];
    list = node?.children;
  }
  return path.length === 0 ? undefined : node;
}

/** Every key of the tree, depth first (groups, then their criteria in order). */
export function allKeys(ruleset: Ruleset): NodeKey[] {
  const out: NodeKey[] = [];
  const visit = (list: CriterionInput[], prefix: string) =>
    list.forEach((c, i) => {
      const key = `${prefix}/${i}`;
      out.push(key);
      if (c.children) visit(c.children, key);
    });
  ruleset.groups.forEach((g, i) => {
    out.push(String(i));
    visit(g.criteria, String(i));
  });
  return out;
}

/** A problem placed on the tree: the node it names and the field within it (`points`, `bands[1].points`). */
export interface PlacedProblem {
  key: NodeKey | null;
  field: string;
  message: string;
}

/**
 * Where a validation path (`body.ruleset.groups[0].criteria[2].children[1].points`, as the engine and
 * the server write them) points in the tree. Paths above the groups (`maxTotal`, `bonusItems`, a missing
 * group) have no node: `key` null.
 */
export function placeProblem(problem: FieldProblem, basePath = 'body.ruleset'): PlacedProblem {
  let rest = problem.path.startsWith(basePath) ? problem.path.slice(basePath.length) : problem.path;
  const group = /^\.groups\[(\d+)\]/.exec(rest);
  if (!group) return { key: null, field: rest.replace(/^\./, ''), message: problem.message };
  const indexes = [Number(group[1])];
  rest = rest.slice(group[0].length);
  const first = /^\.criteria\[(\d+)\]/.exec(rest);
  if (first) {
    indexes.push(Number(first[1]));
    rest = rest.slice(first[0].length);
    for (let child = /^\.children\[(\d+)\]/.exec(rest); child; child = /^\.children\[(\d+)\]/.exec(rest)) {
      indexes.push(Number(child[1]));
      rest = rest.slice(child[0].length);
    }
  }
  return { key: indexes.join('/'), field: rest.replace(/^\./, ''), message: problem.message };
}

/** Problems grouped by node key ('' for the ruleset itself), duplicates (same field and message) once. */
export function problemsByKey(
  problems: readonly FieldProblem[],
  basePath = 'body.ruleset',
): Map<NodeKey, PlacedProblem[]> {
  const out = new Map<NodeKey, PlacedProblem[]>();
  const seen = new Set<string>();
  for (const problem of problems) {
    const placed = placeProblem(problem, basePath);
    const id = `${placed.key ?? ''}|${placed.field}|${placed.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const key = placed.key ?? '';
    out.set(key, [...(out.get(key) ?? []), placed]);
  }
  return out;
}

/** Whether `key` lies inside the subtree of `ancestor` (a node is inside its own subtree). */
export function isWithin(key: NodeKey, ancestor: NodeKey): boolean {
  return key === ancestor || key.startsWith(`${ancestor}/`);
}
