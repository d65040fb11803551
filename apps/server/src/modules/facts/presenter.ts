import type { UnitFact } from '@thidua/db';
import type { z } from 'zod';
import type { factView } from './schema';

/** One fact of a unit in a period. */
export function presentFact(row: UnitFact): z.infer<typeof factView> {
  return {
    id: row.id,
    periodId: row.periodId,
    unitId: row.unitId,
    name: row.name,
    value: row.value,
    note: row.note,
    enteredBy: row.enteredBy,
    overrideReason: row.overrideReason,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
