import { validateRuleset } from '@thidua/engine';
import { describe, expect, it } from 'vitest';
import {
  addChild,
  addSibling,
  dropNode,
  indentNode,
  moveNode,
  newCriterion,
  outdentNode,
  removeNode,
  withKind,
} from '../src/criteria/tree-edit';
import { allKeys, criterionAt, placeProblem, problemsByKey } from '../src/criteria/tree-keys';
import type { Ruleset } from '../src/criteria/types';

/** Group I: I.1 (leaf 10), I.2 (container 20: I.2.a 12, I.2.b 8), I.3 (leaf 5); group II: II.1 (leaf 30). */
function sample(): Ruleset {
  return {
    name: 'Bộ tiêu chí mẫu',
    maxTotal: 100,
    groups: [
      {
        code: 'I',
        name: 'Nhóm I',
        maxPoints: 40,
        criteria: [
          { code: 'I.1', name: 'Thu ngân sách', points: 10, kind: 'quantitative', direction: 'increase' },
          {
            code: 'I.2',
            name: 'Cải cách hành chính',
            points: 20,
            children: [
              { code: 'I.2.a', name: 'Một cửa', points: 12, kind: 'qualitative' },
              { code: 'I.2.b', name: 'Số hóa', points: 8, kind: 'yesno' },
            ],
          },
          { code: 'I.3', name: 'Trồng cây', points: 5, kind: 'qualitative' },
        ],
      },
      {
        code: 'II',
        name: 'Nhóm II',
        maxPoints: 30,
        criteria: [{ code: 'II.1', name: 'Pháp luật', points: 30, kind: 'qualitative' }],
      },
    ],
  };
}

const codesAt = (ruleset: Ruleset) => allKeys(ruleset).map((k) => criterionAt(ruleset, k)?.code ?? `G${k}`);

describe('tree keys', () => {
  it('names every node depth first, groups included', () => {
    expect(codesAt(sample())).toEqual(['G0', 'I.1', 'I.2', 'I.2.a', 'I.2.b', 'I.3', 'G1', 'II.1']);
  });

  it.each([
    ['body.ruleset.groups[0].criteria[1].children[1].points', '0/1/1', 'points'],
    ['body.ruleset.groups[1].criteria', '1', 'criteria'],
    ['body.ruleset.groups[0].maxPoints', '0', 'maxPoints'],
    ['body.ruleset.groups[0].criteria[2].bands[1].points', '0/2', 'bands[1].points'],
    ['body.ruleset.groups[0].criteria[0].overPlanBonus.amount', '0/0', 'overPlanBonus.amount'],
    ['body.ruleset.maxTotal', null, 'maxTotal'],
    ['body.ruleset.groups', null, 'groups'],
  ])('places %s on node %s, field %s', (path, key, field) => {
    expect(placeProblem({ path, message: 'm' })).toEqual({ key, field, message: 'm' });
  });

  it('puts the engine’s container-sum message on the container that no longer sums', () => {
    const ruleset = sample();
    ruleset.groups[0]!.criteria[1]!.children![0]!.points = 14;
    const { errors } = validateRuleset(ruleset, 'body.ruleset');
    const byKey = problemsByKey(errors);
    expect([...byKey.keys()]).toEqual(['0/1']);
    expect(byKey.get('0/1')![0]).toMatchObject({ field: 'points' });
    expect(byKey.get('0/1')![0]!.message).toContain('I.2');
  });

  it('lists a problem reported twice (engine and server) once', () => {
    const p = { path: 'body.ruleset.groups[0].criteria', message: 'vượt quá' };
    expect(problemsByKey([p, { ...p }]).get('0')).toHaveLength(1);
  });
});

describe('tree edits', () => {
  it('never changes the ruleset it is given', () => {
    const ruleset = sample();
    const before = JSON.stringify(ruleset);
    moveNode(ruleset, '0/0', 1);
    removeNode(ruleset, '0/1');
    indentNode(ruleset, '0/2');
    dropNode(ruleset, '0/0', '1/0', 'after');
    expect(JSON.stringify(ruleset)).toBe(before);
  });

  it('moves a criterion down and up, returning its new key', () => {
    const down = moveNode(sample(), '0/0', 1);
    expect(codesAt(down.ruleset).slice(1, 3)).toEqual(['I.2', 'I.2.a']);
    expect(criterionAt(down.ruleset, down.key)?.code).toBe('I.1');
    expect(moveNode(sample(), '0/0', -1).key).toBe('0/0');
  });

  it('indents a criterion under the one above, which becomes a container', () => {
    const edited = indentNode(sample(), '0/1');
    const parent = criterionAt(edited.ruleset, '0/0')!;
    expect(parent.kind).toBeUndefined();
    expect(parent.direction).toBeUndefined();
    expect(parent.children?.map((c) => c.code)).toEqual(['I.2']);
    expect(edited.key).toBe('0/0/0');
  });

  it('outdents a child to right after its container', () => {
    const edited = outdentNode(sample(), '0/1/0');
    expect(edited.ruleset.groups[0]!.criteria.map((c) => c.code)).toEqual(['I.1', 'I.2', 'I.2.a', 'I.3']);
    expect(edited.key).toBe('0/2');
  });

  it('adds a child with a fresh code, and a sibling right after', () => {
    const ruleset = sample();
    const child = addChild(ruleset, '0/1', newCriterion(ruleset, '0/1', 'Mới'));
    expect(criterionAt(child.ruleset, child.key)).toMatchObject({ code: 'I.2.3', name: 'Mới', points: 0 });
    const sibling = addSibling(ruleset, '0/0', newCriterion(ruleset, '0', 'Mới'));
    expect(sibling.key).toBe('0/1');
    expect(criterionAt(sibling.ruleset, '0/1')?.code).toBe('I.4');
  });

  it('removes a criterion with its children and selects the nearest node', () => {
    const edited = removeNode(sample(), '0/1');
    expect(codesAt(edited.ruleset)).toEqual(['G0', 'I.1', 'I.3', 'G1', 'II.1']);
    expect(edited.key).toBe('0/1');
  });

  it('drops a criterion into another group, before, after or inside a node', () => {
    const after = dropNode(sample(), '0/0', '1/0', 'after');
    expect(after.ruleset.groups[1]!.criteria.map((c) => c.code)).toEqual(['II.1', 'I.1']);
    expect(after.key).toBe('1/1');
    const inside = dropNode(sample(), '0/2', '0/1', 'inside');
    expect(criterionAt(inside.ruleset, inside.key)?.code).toBe('I.3');
    expect(inside.key).toBe('0/1/2');
    const before = dropNode(sample(), '0/2', '0/0', 'before');
    expect(before.ruleset.groups[0]!.criteria.map((c) => c.code)).toEqual(['I.3', 'I.1', 'I.2']);
  });

  it('refuses to drop a container into its own subtree', () => {
    const ruleset = sample();
    expect(dropNode(ruleset, '0/1', '0/1/0', 'inside').ruleset).toBe(ruleset);
  });

  it('keeps only the fields of the new kind, so the engine accepts the leaf', () => {
    const leaf = withKind(sample().groups[0]!.criteria[0]!, 'rating');
    expect(leaf).toEqual({ code: 'I.1', name: 'Thu ngân sách', points: 10, kind: 'rating', options: {} });
    const bands = withKind(leaf, 'bands');
    expect(bands.bands).toEqual([{ points: 10 }]);
    const ruleset = sample();
    ruleset.groups[0]!.criteria[0] = bands;
    expect(validateRuleset(ruleset).errors).toEqual([]);
  });
});
