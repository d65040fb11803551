import type { Entry } from '../src/scoring/types';

/** One layer of a cell as the scoring sheet sends it: empty, self-scored, with `values` over it. */
export const anEntry = (values: Partial<Entry>): Entry => ({
  id: 'e',
  unitId: 'u',
  criterionCode: 'I.1',
  criteriaVersionId: 'v',
  stage: 'self',
  plan: null,
  actual: null,
  points: null,
  value: null,
  rating: null,
  done: null,
  note: null,
  reason: null,
  enteredBy: null,
  updatedAt: '2026-10-15T03:00:00.000Z',
  version: 1,
  evidenceCount: 0,
  ...values,
});
