import type { Period, StageDeadline, UnitType } from '@thidua/db';
import type { z } from 'zod';
import { stageIndex } from '../../workflow/stage-guards';
import { daysBetween } from '../../kernel/dates';
import { presentDeadline } from './presenter';
import type { dueItemView } from '@thidua/contracts/periods';

/** Which deadlines to resolve: those that apply to one cluster and/or one unit type. */
export interface DueScope {
  clusterId?: string | undefined;
  unitType?: UnitType | undefined;
}

const specificity = (row: StageDeadline) => (row.clusterId ? 2 : 0) + (row.unitType ? 1 : 0);

/**
 * The deadlines that apply to a scope: a row for another cluster or unit type does not apply, and of
 * the rows that do, the most specific per stage wins (cluster over unit type over period-wide). A
 * dimension the scope leaves open is not resolved: each of its rows is kept.
 */
export function effectiveDeadlines(rows: StageDeadline[], scope: DueScope): StageDeadline[] {
  const best = new Map<string, StageDeadline>();
  for (const row of rows) {
    if (scope.clusterId && row.clusterId && row.clusterId !== scope.clusterId) continue;
    if (scope.unitType && row.unitType && row.unitType !== scope.unitType) continue;
    const key = [
      row.stage,
      scope.clusterId ? '' : (row.clusterId ?? ''),
      scope.unitType ? '' : (row.unitType ?? ''),
    ].join('|');
    const current = best.get(key);
    if (!current || specificity(row) > specificity(current)) best.set(key, row);
  }
  return [...best.values()].sort(
    (a, b) => stageIndex(a.stage) - stageIndex(b.stage) || a.dueOn.localeCompare(b.dueOn),
  );
}

/**
 * What is due and what is late on `asOf` (a local date). A deadline is for finishing its stage: it is
 * met once the period has moved past the stage, and late when its day has passed before that.
 */
export function dueItem(row: StageDeadline, period: Period, asOf: string): z.infer<typeof dueItemView> {
  const here = stageIndex(period.stage);
  const there = stageIndex(row.stage);
  const status = here > there ? 'done' : here === there ? 'current' : 'upcoming';
  return {
    ...presentDeadline(row),
    status,
    late: status !== 'done' && asOf > row.dueOn,
    daysLeft: daysBetween(asOf, row.dueOn),
  };
}
