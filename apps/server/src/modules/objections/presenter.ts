import type { Objection } from '@thidua/db';
import type { z } from 'zod';
import type { objectionView } from './schema';

/** An objection and its answer, with what the actor may do with it now. */
export function presentObjection(
  row: Objection,
  abilities: { answer: boolean; withdraw: boolean },
): z.infer<typeof objectionView> {
  return {
    id: row.id,
    criteriaVersionId: row.criteriaVersionId,
    unitId: row.unitId,
    criterionCode: row.criterionCode,
    entryId: row.entryId,
    body: row.body,
    status: row.status,
    raisedBy: row.raisedBy,
    answer: row.answer,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    abilities,
  };
}
