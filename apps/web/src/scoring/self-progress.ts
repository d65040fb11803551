import type { Cell, SheetCriterion } from './types';

/**
 * Whether a unit has done its part of a criterion it scores itself: its own value, and a file where the
 * criterion requires evidence (as the home's progress counts it).
 */
export function selfDone(
  criterion: Pick<SheetCriterion, 'evidenceRequired'>,
  cell: Pick<Cell, 'self'> | undefined,
) {
  return Boolean(cell?.self) && (!criterion.evidenceRequired || (cell?.self?.evidenceCount ?? 0) > 0);
}

/**
 * The criteria the self-scoring screen shows: all of them, or with `onlyToDo` exactly those the progress
 * counter does not count as done — the unit's own criteria without a value or without the evidence they
 * require (never a criterion another body scores).
 */
export function selfCriteriaShown<C extends Pick<SheetCriterion, 'code' | 'owner' | 'evidenceRequired'>>(
  criteria: readonly C[],
  cells: ReadonlyMap<string, Pick<Cell, 'self'>>,
  onlyToDo: boolean,
): C[] {
  return criteria.filter((c) => !onlyToDo || (c.owner === 'self' && !selfDone(c, cells.get(c.code))));
}
