import { criteriaVersions, criterionAssignments, type Transaction } from '@thidua/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { AppError } from '../../http/errors';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import type { CarriedRegistration } from '@thidua/contracts/registrations';
import { carryOverRegistrations } from '../registrations/carry-over';
import { CRITERIA_MSG as M } from './messages';
import { requireDrafter, requireIssuer, criteriaAction } from './policy';
import { assertLatestOf, insertRevision, issueDocument } from './revisions';
import { requireReason } from '../../kernel/reason';
import type { issueBody, reviseBody } from '@thidua/contracts/criteria-shared';
import {
  guardVersionWrite,
  type LoadedVersion,
  loadVersion,
  requireValidClusterRuleset,
} from './version-service';
import type { agreeBody } from '@thidua/contracts/criteria-versions';

/** Leader (or standing office), the period's stage for this revision, and not issued. */
const guardLeaderWrite = (tx: Transaction, loaded: LoadedVersion, what: string) =>
  guardVersionWrite(tx, loaded, what, requireIssuer);

/** The leader records that the members agreed to the draft (draft → agreed); the note goes to the audit. */
export async function agreeVersion(
  tx: Transaction,
  actor: Actor,
  versionId: string,
  body: z.infer<typeof agreeBody>,
): Promise<LoadedVersion> {
  const loaded = await loadVersion(tx, actor, versionId);
  await guardLeaderWrite(tx, loaded, 'ghi nhận thống nhất bộ tiêu chí');
  if (loaded.row.status !== 'draft') throw new AppError('CRITERIA_STATUS', M.versionNotDraftForAgree);
  const updated = await updateVersioned(tx, criteriaVersions, versionId, body.version, {
    status: 'agreed',
    agreedAt: new Date(),
  });
  await recordAudit(tx, actor, {
    councilId: loaded.access.councilId,
    entityType: 'criteriaVersion',
    entityId: versionId,
    action: 'agree',
    old: { status: loaded.row.status, version: loaded.row.version },
    new: { status: updated.status, version: updated.version },
    reason: body.note ?? null,
  });
  return { ...loaded, row: updated };
}

/**
 * The leader issues an agreed revision with its document number and date. The ruleset is checked
 * once more against the framework, then the database locks the row (and its assignments) for good.
 * Registrations made before issue are carried over to it in the same transaction (issue #14 §3).
 */
export async function issueVersion(
  tx: Transaction,
  actor: Actor,
  versionId: string,
  body: z.infer<typeof issueBody>,
): Promise<LoadedVersion & { registrationsCarriedOver: CarriedRegistration[] }> {
  const loaded = await loadVersion(tx, actor, versionId);
  await guardLeaderWrite(tx, loaded, 'ban hành bộ tiêu chí');
  if (loaded.row.status !== 'agreed') throw new AppError('CRITERIA_STATUS', M.versionNotAgreed);
  requireValidClusterRuleset(loaded.row.ruleset, loaded.framework);
  const issued = await issueDocument(tx, actor, criteriaVersions, loaded.row, body, {
    councilId: loaded.access.councilId,
    entityType: 'criteriaVersion',
  });
  const registrationsCarriedOver = await carryOverRegistrations(tx, actor, loaded.access.councilId, issued);
  return { ...loaded, row: issued, registrationsCarriedOver };
}

/**
 * A change after issue (SPEC §4.2): a new draft revision copying the issued ruleset and its
 * assignments, with a required reason. The issued revision stays as it is, so scores computed under
 * it stay reproducible. Only the latest revision may be revised.
 */
export async function reviseVersion(
  tx: Transaction,
  actor: Actor,
  versionId: string,
  body: z.infer<typeof reviseBody>,
): Promise<LoadedVersion> {
  const loaded = await loadVersion(tx, actor, versionId);
  const source = loaded.row;
  requireDrafter(loaded.access);
  const reason = requireReason(body.reason);
  await loadPeriodInStage(
    tx,
    loaded.access.periodId,
    criteriaAction(source.revision + 1),
    'tạo phiên bản mới của bộ tiêu chí',
  );
  if (source.status !== 'issued') throw new AppError('CRITERIA_STATUS', M.versionDraftNoRevision);
  await assertLatestOf(
    tx,
    criteriaVersions,
    eq(criteriaVersions.clusterId, source.clusterId),
    source.revision,
  );
  const row = await insertRevision(
    tx,
    actor,
    criteriaVersions,
    source,
    {
      clusterId: source.clusterId,
      frameworkId: source.frameworkId,
      revision: source.revision + 1,
      ruleset: source.ruleset,
      supersedesId: source.id,
      changeReason: reason,
      createdBy: actor.userId,
    },
    { councilId: loaded.access.councilId, entityType: 'criteriaVersion', reason },
  );
  const assignments = await tx
    .select()
    .from(criterionAssignments)
    .where(eq(criterionAssignments.criteriaVersionId, source.id));
  if (assignments.length > 0) {
    await tx.insert(criterionAssignments).values(
      assignments.map((a) => ({
        criteriaVersionId: row.id,
        criterionCode: a.criterionCode,
        owner: a.owner,
        focalUnitId: a.focalUnitId,
        evidenceRequired: a.evidenceRequired,
        evidenceHint: a.evidenceHint,
      })),
    );
  }
  return { ...loaded, row };
}
