import type { Adjustment } from '@thidua/db';
import type { z } from 'zod';
import type { adjustmentView } from './schema';
import { toNumber } from '../scoring-shared/values';

/** A bonus or deduction record, with whether the actor may change it now. */
export function presentAdjustment(row: Adjustment, canChange: boolean): z.infer<typeof adjustmentView> {
  return {
    id: row.id,
    criteriaVersionId: row.criteriaVersionId,
    unitId: row.unitId,
    kind: row.kind,
    itemCode: row.itemCode,
    points: toNumber(row.points),
    count: row.count,
    sourceNumber: row.sourceNumber,
    sourceDate: row.sourceDate,
    sourceIssuer: row.sourceIssuer,
    note: row.note,
    reason: row.reason,
    enteredBy: row.enteredBy,
    derivedFrom: row.derivedFrom === 'lateTasks' ? 'lateTasks' : null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: { update: canChange, delete: canChange },
  };
}
