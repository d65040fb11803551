import { type Period, PERIOD_STAGES, type StageDeadline } from '@thidua/db';
import type { z } from 'zod';
import type { CouncilAccess } from '../../access/council-access';
import { STAGE_NAMES, stageIndex } from '../../workflow/stage-guards';
import { canManageClusters, canManagePeriods, isArchived } from './policy';
import type { deadlineView, periodView } from '@thidua/contracts/periods';

/** The only shape of a period that leaves the API, with what the actor may do to it. */
export function presentPeriod(period: Period, access: CouncilAccess): z.infer<typeof periodView> {
  const archived = isArchived(period);
  const index = stageIndex(period.stage);
  return {
    id: period.id,
    councilId: period.councilId,
    name: period.name,
    year: period.year,
    calendar: period.calendar,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    stage: period.stage,
    stageName: STAGE_NAMES[period.stage],
    nextStage: archived ? null : (PERIOD_STAGES[index + 1] ?? null),
    previousStage: archived ? null : (PERIOD_STAGES[index - 1] ?? null),
    archivedAt: period.archivedAt?.toISOString() ?? null,
    version: period.version,
    abilities: {
      update: !archived && canManagePeriods(access),
      changeStage: !archived && canManagePeriods(access),
      manageClusters: !archived && canManageClusters(access),
    },
  };
}

export function presentDeadline(row: StageDeadline): z.infer<typeof deadlineView> {
  return {
    id: row.id,
    periodId: row.periodId,
    stage: row.stage,
    stageName: STAGE_NAMES[row.stage],
    clusterId: row.clusterId,
    unitType: row.unitType,
    dueOn: row.dueOn,
    note: row.note,
    version: row.version,
  };
}
