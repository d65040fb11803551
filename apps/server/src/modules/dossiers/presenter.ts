import type { Dossier, DossierBatch } from '@thidua/db';
import type { z } from 'zod';
import { canWriteDossier, type PlansScope } from '../plans-shared/policy';
import type { batchView, dossierView } from './schema';

export function presentBatch(batch: DossierBatch, scope: PlansScope): z.infer<typeof batchView> {
  return {
    id: batch.id,
    councilId: batch.councilId,
    periodId: batch.periodId,
    movementId: batch.movementId,
    name: batch.name,
    submissionDueOn: batch.submissionDueOn,
    appraisalDueOn: batch.appraisalDueOn,
    note: batch.note,
    postingStartsOn: batch.postingStartsOn,
    postingEndsOn: batch.postingEndsOn,
    postingPlace: batch.postingPlace,
    version: batch.version,
    abilities: { update: scope.canWrite },
  };
}

/** `barringReasons`: why the dossier may not be approved now (dossier-service's `dossierBarsOf`). */
export function presentDossier(
  dossier: Dossier,
  scope: PlansScope,
  batch: DossierBatch,
  barringReasons: string[],
): z.infer<typeof dossierView> {
  return {
    id: dossier.id,
    batchId: dossier.batchId,
    unitId: dossier.unitId,
    subject: dossier.subject,
    kind: dossier.kind,
    level: dossier.level,
    awardName: dossier.awardName,
    candidateName: dossier.candidateName,
    submittedOn: dossier.submittedOn,
    outcome: dossier.outcome,
    appraisedOn: dossier.appraisedOn,
    returnReason: dossier.returnReason,
    note: dossier.note,
    candidateBars: dossier.candidateBars,
    candidateDisciplineEndedOn: dossier.candidateDisciplineEndedOn,
    barringReasons,
    version: dossier.version,
    abilities: { update: canWriteDossier(scope, batch, dossier) },
  };
}
