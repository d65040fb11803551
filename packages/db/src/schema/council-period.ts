import { requiredRef } from './columns';
import { councils, units } from './organisation';
import { periods } from './periods';

/**
 * The council and the period a row belongs to (a plan, a movement, a batch, a programme session, a
 * council decision): both required, both references.
 */
export const councilPeriod = () => ({
  councilId: requiredRef('council_id', () => councils.id),
  periodId: requiredRef('period_id', () => periods.id),
});

/** The unit and the period a row belongs to (a registration, a fact, a staff count): both required. */
export const periodUnit = () => ({
  periodId: requiredRef('period_id', () => periods.id),
  unitId: requiredRef('unit_id', () => units.id),
});
