import { type NodeKey, isWithin, keyOf, parseKey } from './tree-keys';
import type { CriterionInput, CriterionKind, Group, Ruleset } from './types';

/**
 * Edits of a criteria tree. Each takes the ruleset as it is and returns a new one (the input is never
 * changed, so React sees every edit), with the key of the node the user is working on afterwards.
 */
export interface Edited {
  ruleset: Ruleset;
  key: NodeKey;
}

const clone = (ruleset: Ruleset): Ruleset => structuredClone(ruleset);

/** The list that holds the node at `key` (a group's criteria or a container's children) and its index. */
function slotOf(ruleset: Ruleset, key: NodeKey): { list: CriterionInput[]; index: number } | undefined {
  const { group, path } = parseKey(key);
  if (path.length === 0) return undefined;
  let list = ruleset.groups[group]?.criteria;
  for (const index of path.slice(0, -1)) list = list?.[index]?.children;
  const index = path[path.length - 1]!;
  return list && index < list.length ? { list, index } : undefined;
}

/** The children list of a node: a group's criteria, a container's children (a leaf becomes a container). */
function childrenOf(ruleset: Ruleset, key: NodeKey): CriterionInput[] | undefined {
  const { group, path } = parseKey(key);
  if (path.length === 0) return ruleset.groups[group]?.criteria;
  const slot = slotOf(ruleset, key);
  const node = slot?.list[slot.index];
  if (!node) return undefined;
  if (!node.children) toContainerInPlace(node);
  return node.children;
}

/** Fields that only a leaf has. */
const LEAF_FIELDS = ['kind', 'direction', 'unit', 'overPlanBonus', 'bands', 'options'] as const;

function toContainerInPlace(node: CriterionInput): void {
  for (const field of LEAF_FIELDS) delete node[field];
  node.children = [];
}

/** Replaces the criterion at `key` with `next` (a field edit from the side panel). */
export function replaceCriterion(ruleset: Ruleset, key: NodeKey, next: CriterionInput): Edited {
  const out = clone(ruleset);
  const slot = slotOf(out, key);
  if (slot) slot.list[slot.index] = structuredClone(next);
  return { ruleset: out, key };
}

/** Replaces the fields of the group at `key`, keeping its criteria. */
export function replaceGroup(ruleset: Ruleset, key: NodeKey, next: Omit<Group, 'criteria'>): Edited {
  const out = clone(ruleset);
  const index = parseKey(key).group;
  const group = out.groups[index];
  if (group) out.groups[index] = { ...structuredClone(next), criteria: group.criteria };
  return { ruleset: out, key };
}

/** A new leaf whose code follows its parent's (`I.3` → `I.3.1`, group `II` → `II.4`), unused in the ruleset. */
export function newCriterion(ruleset: Ruleset, parentKey: NodeKey, name: string): CriterionInput {
  const { group, path } = parseKey(parentKey);
  const parentCode =
    path.length === 0
      ? (ruleset.groups[group]?.code ?? 'TC')
      : (criterionOf(ruleset, parentKey)?.code ?? 'TC');
  const used = codesOf(ruleset);
  let n = (childrenCount(ruleset, parentKey) ?? 0) + 1;
  while (used.has(`${parentCode}.${n}`)) n++;
  return { code: `${parentCode}.${n}`, name, points: 0, kind: 'qualitative' };
}

function criterionOf(ruleset: Ruleset, key: NodeKey): CriterionInput | undefined {
  const slot = slotOf(ruleset, key);
  return slot?.list[slot.index];
}

function childrenCount(ruleset: Ruleset, key: NodeKey): number | undefined {
  const { group, path } = parseKey(key);
  if (path.length === 0) return ruleset.groups[group]?.criteria.length;
  return criterionOf(ruleset, key)?.children?.length ?? 0;
}

/** Every criterion code of the ruleset. */
export function codesOf(ruleset: Ruleset): Set<string> {
  const out = new Set<string>();
  const visit = (list: CriterionInput[]) =>
    list.forEach((c) => {
      out.add(c.code);
      if (c.children) visit(c.children);
    });
  ruleset.groups.forEach((g) => visit(g.criteria));
  return out;
}

/** Adds `node` as the last child of the node at `parentKey` (a leaf parent becomes a container). */
export function addChild(ruleset: Ruleset, parentKey: NodeKey, node: CriterionInput): Edited {
  const out = clone(ruleset);
  const list = childrenOf(out, parentKey);
  if (!list) return { ruleset, key: parentKey };
  list.push(structuredClone(node));
  return { ruleset: out, key: `${parentKey}/${list.length - 1}` };
}

/** Adds `node` right after the criterion at `key`, at the same level. */
export function addSibling(ruleset: Ruleset, key: NodeKey, node: CriterionInput): Edited {
  const out = clone(ruleset);
  const slot = slotOf(out, key);
  if (!slot) return { ruleset, key };
  slot.list.splice(slot.index + 1, 0, structuredClone(node));
  return { ruleset: out, key: siblingKey(key, slot.index + 1) };
}

const siblingKey = (key: NodeKey, index: number) => {
  const { group, path } = parseKey(key);
  return keyOf({ group, path: [...path.slice(0, -1), index] });
};

/** Removes a criterion (with its children) or a group; the key returned is the nearest remaining node. */
export function removeNode(ruleset: Ruleset, key: NodeKey): Edited {
  const out = clone(ruleset);
  const { group, path } = parseKey(key);
  if (path.length === 0) {
    out.groups.splice(group, 1);
    return { ruleset: out, key: String(Math.max(0, Math.min(group, out.groups.length - 1))) };
  }
  const slot = slotOf(out, key);
  if (!slot) return { ruleset, key };
  slot.list.splice(slot.index, 1);
  if (slot.list.length > 0)
    return { ruleset: out, key: siblingKey(key, Math.min(slot.index, slot.list.length - 1)) };
  return { ruleset: out, key: keyOf({ group, path: path.slice(0, -1) }) };
}

/** Moves a criterion (or a group) one place up (`-1`) or down (`+1`) among its siblings. */
export function moveNode(ruleset: Ruleset, key: NodeKey, step: -1 | 1): Edited {
  const out = clone(ruleset);
  const { group, path } = parseKey(key);
  const list: unknown[] | undefined = path.length === 0 ? out.groups : slotOf(out, key)?.list;
  const index = path.length === 0 ? group : path[path.length - 1]!;
  const target = index + step;
  if (!list || target < 0 || target >= list.length) return { ruleset, key };
  [list[index], list[target]] = [list[target], list[index]];
  return { ruleset: out, key: path.length === 0 ? String(target) : siblingKey(key, target) };
}

/** Makes a criterion the last child of the criterion above it (which becomes a container if it was a leaf). */
export function indentNode(ruleset: Ruleset, key: NodeKey): Edited {
  const { path } = parseKey(key);
  const index = path[path.length - 1];
  if (index === undefined || index === 0) return { ruleset, key };
  const out = clone(ruleset);
  const slot = slotOf(out, key)!;
  const [node] = slot.list.splice(slot.index, 1);
  const previous = slot.list[slot.index - 1]!;
  if (!previous.children) toContainerInPlace(previous);
  previous.children!.push(node!);
  return { ruleset: out, key: `${siblingKey(key, index - 1)}/${previous.children!.length - 1}` };
}

/** Moves a criterion out of its container, right after it. */
export function outdentNode(ruleset: Ruleset, key: NodeKey): Edited {
  const { group, path } = parseKey(key);
  if (path.length < 2) return { ruleset, key };
  const out = clone(ruleset);
  const slot = slotOf(out, key)!;
  const [node] = slot.list.splice(slot.index, 1);
  const parent = keyOf({ group, path: path.slice(0, -1) });
  const parentSlot = slotOf(out, parent)!;
  parentSlot.list.splice(parentSlot.index + 1, 0, node!);
  return { ruleset: out, key: siblingKey(parent, parentSlot.index + 1) };
}

export type DropPosition = 'before' | 'after' | 'inside';

/**
 * Drag and drop: moves the criterion at `from` before, after or inside the node at `to` (a group
 * accepts criteria only inside). Dropping a node into its own subtree does nothing.
 */
export function dropNode(ruleset: Ruleset, from: NodeKey, to: NodeKey, position: DropPosition): Edited {
  if (parseKey(from).path.length === 0 || isWithin(to, from)) return { ruleset, key: from };
  const toGroup = parseKey(to).path.length === 0;
  if (toGroup && position !== 'inside') return { ruleset, key: from };
  const out = clone(ruleset);
  const source = slotOf(out, from)!;
  const node = source.list[source.index]!;
  // Mark the target before removing the source, whose removal may shift the target's indexes.
  const marker: CriterionInput = { code: '\u0000', name: '', points: 0 };
  if (position === 'inside') {
    const list = childrenOf(out, to);
    if (!list) return { ruleset, key: from };
    list.push(marker);
  } else {
    const target = slotOf(out, to);
    if (!target) return { ruleset, key: from };
    target.list.splice(position === 'before' ? target.index : target.index + 1, 0, marker);
  }
  source.list.splice(source.list.indexOf(node), 1);
  const found = findCode(out, '\u0000');
  const slot = slotOf(out, found!)!;
  slot.list[slot.index] = node;
  return { ruleset: out, key: found! };
}

function findCode(ruleset: Ruleset, code: string): NodeKey | undefined {
  let found: NodeKey | undefined;
  const visit = (list: CriterionInput[], prefix: string) =>
    list.forEach((c, i) => {
      if (found) return;
      if (c.code === code) found = `${prefix}/${i}`;
      else if (c.children) visit(c.children, `${prefix}/${i}`);
    });
  ruleset.groups.forEach((g, i) => visit(g.criteria, String(i)));
  return found;
}

/** A leaf of another kind: the fields the new kind does not use are dropped, the ones it needs added. */
export function withKind(node: CriterionInput, kind: CriterionKind): CriterionInput {
  const { code, name, points, description, unit } = node;
  const base: CriterionInput = { code, name, points, kind };
  if (description !== undefined) base.description = description;
  switch (kind) {
    case 'quantitative':
      return {
        ...base,
        direction: node.direction ?? 'increase',
        ...(unit !== undefined ? { unit } : {}),
        ...(node.overPlanBonus ? { overPlanBonus: node.overPlanBonus } : {}),
      };
    case 'bands':
      return { ...base, bands: node.bands ?? [{ points }] };
    case 'rating':
      return { ...base, options: node.options ?? {} };
    case 'qualitative':
    case 'yesno':
      return base;
  }
}

/** A container made a leaf again (its children dropped), or a leaf made a container (with one child). */
export function withChildren(node: CriterionInput, childName: string): CriterionInput {
  const { code, name, points, description } = node;
  return {
    code,
    name,
    points,
    ...(description !== undefined ? { description } : {}),
    children: [{ code: `${code}.1`, name: childName, points, kind: node.kind ?? 'qualitative' }],
  };
}

export function asLeaf(node: CriterionInput): CriterionInput {
  const { code, name, points, description } = node;
  return { code, name, points, ...(description !== undefined ? { description } : {}), kind: 'qualitative' };
}

/** A new empty group (frameworks only: a cluster keeps the framework's groups). */
export function addGroup(ruleset: Ruleset, group: Group): Edited {
  const out = clone(ruleset);
  out.groups.push(structuredClone(group));
  return { ruleset: out, key: String(out.groups.length - 1) };
}
