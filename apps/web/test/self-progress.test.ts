import { describe, expect, it } from 'vitest';
import { selfCriteriaShown, selfDone } from '../src/scoring/self-progress';
import type { Cell, SheetCriterion } from '../src/scoring/types';

type Criterion = Pick<SheetCriterion, 'code' | 'owner' | 'evidenceRequired'>;
const criteria: Criterion[] = [
  { code: 'I.1', owner: 'self', evidenceRequired: false }, // scored
  { code: 'I.2', owner: 'self', evidenceRequired: true }, // scored, no file
  { code: 'I.3', owner: 'self', evidenceRequired: true }, // scored with a file
  { code: 'I.4', owner: 'self', evidenceRequired: false }, // not scored
  { code: 'II.1', owner: 'standingOffice', evidenceRequired: false }, // another body scores it
];
const self = (evidenceCount: number) => ({ self: { evidenceCount } }) as unknown as Pick<Cell, 'self'>;
const cells = new Map<string, Pick<Cell, 'self'>>([
  ['I.1', self(0)],
  ['I.2', self(0)],
  ['I.3', self(1)],
  ['I.4', { self: null }],
  ['II.1', { self: null }],
]);

describe('self-scoring progress and its filter', () => {
  it('counts a criterion done with its value and, where required, a file', () => {
    const done = criteria.filter((c) => c.owner === 'self' && selfDone(c, cells.get(c.code)));
    expect(done.map((c) => c.code)).toEqual(['I.1', 'I.3']);
  });

  it('shows under "not yet scored" exactly the unit’s own criteria the counter does not count', () => {
    // I.2 has a value but lacks its file: the counter leaves it out, so the filter must show it.
    expect(selfCriteriaShown(criteria, cells, true).map((c) => c.code)).toEqual(['I.2', 'I.4']);
    expect(selfCriteriaShown(criteria, cells, false)).toHaveLength(criteria.length);
  });
});
