import type { Movement } from '@thidua/db';
import type { z } from 'zod';
import { type PlansScope } from '../plans-shared/policy';
import type { movementView } from './schema';

export function presentMovement(movement: Movement, scope: PlansScope): z.infer<typeof movementView> {
  return {
    id: movement.id,
    councilId: movement.councilId,
    periodId: movement.periodId,
    name: movement.name,
    responsibleDeputyChair: movement.responsibleDeputyChair,
    standingUnitId: movement.standingUnitId,
    standingBody: movement.standingBody,
    startsOn: movement.startsOn,
    endsOn: movement.endsOn,
    reportDueDates: movement.reportDueDates,
    status: movement.status,
    note: movement.note,
    participantUnitIds: movement.participantUnitIds,
    version: movement.version,
    abilities: { update: scope.canWrite },
  };
}
