import {
  type Database,
  type Dossier,
  type DossierBatch,
  dossierBatches,
  dossiers,
  movements,
  type Transaction,
} from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { deleteAudited, findById, updateAudited, updateVersioned } from '../../http/versioned-update';
import { AppError, type FieldError, invalid, notFound } from '../../http/errors';
import { localToday } from '../periods/dates';
import { blankToNull } from '../meetings/text';
import { assertProposable } from '../awards/proposal-bars';
import { assertDossierComplete } from './dossier-requirements';
import { assertNoErrors, assertPeriodWritable, type PlansScope, scopeOf, unitErrors } from './policy';
import type { AppraisalBody, BatchBody, BatchPatch, DossierBody, DossierPatch } from './schema';

type Db = Database | Transaction;

export async function findBatch(
  db: Db,
  actor: Actor,
  batchId: string,
): Promise<{ batch: DossierBatch; scope: PlansScope }> {
  const batch = await findById(db, dossierBatches, batchId, 'đợt xét khen thưởng');
  return { batch, scope: scopeOf(actor, batch.councilId, batch.periodId) };
}

export async function findDossier(
  db: Db,
  actor: Actor,
  dossierId: string,
): Promise<{ dossier: Dossier; batch: DossierBatch; scope: PlansScope }> {
  const [row] = await db
    .select({ dossier: dossiers, batch: dossierBatches })
    .from(dossiers)
    .innerJoin(dossierBatches, eq(dossierBatches.id, dossiers.batchId))
    .where(eq(dossiers.id, dossierId))
    .limit(1);
  if (!row) throw notFound('hồ sơ đề nghị khen thưởng');
  return { ...row, scope: scopeOf(actor, row.batch.councilId, row.batch.periodId) };
}

type BatchColumns = Partial<
  Pick<DossierBatch, 'name' | 'movementId' | 'submissionDueOn' | 'appraisalDueOn' | 'note'>
>;

function batchColumns(body: Partial<BatchBody>): BatchColumns {
  const out: BatchColumns = {};
  if (body.name !== undefined) out.name = body.name;
  if (body.movementId !== undefined) out.movementId = body.movementId;
  if (body.submissionDueOn !== undefined) out.submissionDueOn = body.submissionDueOn;
  if (body.appraisalDueOn !== undefined) out.appraisalDueOn = body.appraisalDueOn;
  if (body.note !== undefined) out.note = blankToNull(body.note) ?? null;
  return out;
}

/** The appraisal deadline is not before the submission deadline; the movement is one of the same period. */
async function checkBatch(tx: Transaction, periodId: string, merged: BatchColumns, sent: Partial<BatchBody>) {
  const errors: FieldError[] = [];
  if (merged.submissionDueOn && merged.appraisalDueOn && merged.submissionDueOn > merged.appraisalDueOn) {
    errors.push({ path: 'body.appraisalDueOn', message: 'không được trước hạn nộp hồ sơ (submissionDueOn)' });
  }
  if (sent.movementId) {
    const [movement] = await tx
      .select({ id: movements.id })
      .from(movements)
      .where(and(eq(movements.id, sent.movementId), eq(movements.periodId, periodId)))
      .limit(1);
    if (!movement)
      errors.push({ path: 'body.movementId', message: 'không phải phong trào thi đua của kỳ này' });
  }
  assertNoErrors(errors);
}

export async function createBatch(
  tx: Transaction,
  actor: Actor,
  scope: PlansScope,
  body: BatchBody,
): Promise<DossierBatch> {
  await assertPeriodWritable(tx, scope.periodId);
  const columns = batchColumns(body);
  await checkBatch(tx, scope.periodId, columns, body);
  const [batch] = await tx
    .insert(dossierBatches)
    .values({ ...columns, name: body.name, councilId: scope.councilId, periodId: scope.periodId })
    .returning();
  await recordAudit(tx, actor, {
    councilId: scope.councilId,
    entityType: 'dossierBatch',
    entityId: batch!.id,
    action: 'create',
    new: batch,
  });
  return batch!;
}

export async function updateBatch(
  tx: Transaction,
  actor: Actor,
  before: DossierBatch,
  body: BatchPatch,
): Promise<DossierBatch> {
  await assertPeriodWritable(tx, before.periodId);
  const { version, reason, ...fields } = body;
  const columns = batchColumns(fields);
  await checkBatch(tx, before.periodId, { ...before, ...columns }, fields);
  const updated = await updateAudited(tx, actor, dossierBatches, before, version, columns, {
    councilId: before.councilId,
    entityType: 'dossierBatch',
    reason,
  });
  return updated;
}

/** A batch is deleted only while it holds no dossier (dossiers feed a criterion and are kept). */
export async function deleteBatch(
  tx: Transaction,
  actor: Actor,
  before: DossierBatch,
  version: number,
  reason: string | undefined,
): Promise<void> {
  await assertPeriodWritable(tx, before.periodId);
  const [held] = await tx
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(eq(dossiers.batchId, before.id))
    .limit(1);
  if (held)
    throw new AppError('PLAN_STATE', 'Đợt xét đã có hồ sơ: xóa hoặc chuyển các hồ sơ trước khi xóa đợt');
  await deleteAudited(tx, actor, dossierBatches, before, version, {
    councilId: before.councilId,
    entityType: 'dossierBatch',
    reason,
  });
}

type DossierColumns = Partial<
  Pick<
    Dossier,
    'unitId' | 'subject' | 'kind' | 'level' | 'awardName' | 'candidateName' | 'submittedOn' | 'note'
  >
>;

function dossierColumns(body: Partial<DossierBody>): DossierColumns {
  const out: DossierColumns = {};
  if (body.unitId !== undefined) out.unitId = body.unitId;
  if (body.subject !== undefined) out.subject = body.subject;
  if (body.kind !== undefined) out.kind = body.kind;
  if (body.level !== undefined) out.level = body.level;
  if (body.awardName !== undefined) out.awardName = blankToNull(body.awardName) ?? null;
  if (body.candidateName !== undefined) out.candidateName = body.candidateName;
  if (body.submittedOn !== undefined) out.submittedOn = body.submittedOn;
  if (body.note !== undefined) out.note = blankToNull(body.note) ?? null;
  return out;
}

/**
 * Nghị định 152/2025/NĐ-CP khoản 4 Điều 4: a collective under disciplinary review, investigation,
 * inspection or check, or with a complaint or press-reported wrongdoing being verified, is not proposed —
 * its dossier is refused with the reason (409 NOT_PROPOSABLE naming `body.unitId`). The facts are the
 * unit's facts of the batch's period; an individual's own record is not held by the product, so an
 * individual dossier is not checked here.
 */
async function assertCollectiveProposable(
  tx: Transaction,
  batch: DossierBatch,
  subject: Dossier['subject'],
  unitId: string,
): Promise<void> {
  if (subject !== 'collective') return;
  await assertProposable(tx, batch.periodId, [{ unitId, path: 'body.unitId' }]);
}

export async function createDossier(
  tx: Transaction,
  actor: Actor,
  batch: DossierBatch,
  body: DossierBody,
): Promise<Dossier> {
  await assertPeriodWritable(tx, batch.periodId);
  assertNoErrors(await unitErrors(tx, batch.councilId, [{ path: 'body.unitId', unitId: body.unitId }]));
  await assertCollectiveProposable(tx, batch, body.subject, body.unitId);
  const [dossier] = await tx
    .insert(dossiers)
    .values({
      ...dossierColumns(body),
      unitId: body.unitId,
      subject: body.subject,
      kind: body.kind,
      level: body.level,
      candidateName: body.candidateName,
      submittedOn: body.submittedOn ?? localToday(),
      batchId: batch.id,
    })
    .returning();
  await recordAudit(tx, actor, {
    councilId: batch.councilId,
    entityType: 'dossier',
    entityId: dossier!.id,
    action: 'create',
    new: dossier,
  });
  return dossier!;
}

export async function updateDossier(
  tx: Transaction,
  actor: Actor,
  before: Dossier,
  batch: DossierBatch,
  body: DossierPatch,
): Promise<Dossier> {
  await assertPeriodWritable(tx, batch.periodId);
  const { version, reason, ...fields } = body;
  if (fields.unitId) {
    assertNoErrors(await unitErrors(tx, batch.councilId, [{ path: 'body.unitId', unitId: fields.unitId }]));
  }
  await assertCollectiveProposable(
    tx,
    batch,
    fields.subject ?? before.subject,
    fields.unitId ?? before.unitId,
  );
  const updated = await updateAudited(
    tx,
    actor,
    dossiers,
    before,
    version,
    { ...dossierColumns(fields) },
    { councilId: batch.councilId, entityType: 'dossier', reason },
  );
  return updated;
}

export async function deleteDossier(
  tx: Transaction,
  actor: Actor,
  before: Dossier,
  batch: DossierBatch,
  version: number,
  reason: string | undefined,
): Promise<void> {
  await assertPeriodWritable(tx, batch.periodId);
  await deleteAudited(tx, actor, dossiers, before, version, {
    councilId: batch.councilId,
    entityType: 'dossier',
    reason,
  });
}

/**
 * Records the appraisal: approved, returned (with the reason, which goes to the unit and the audit log),
 * or back to pending. The date defaults to today (Asia/Ho_Chi_Minh) and is not before the submission.
 */
export async function appraiseDossier(
  tx: Transaction,
  actor: Actor,
  before: Dossier,
  batch: DossierBatch,
  body: AppraisalBody,
): Promise<Dossier> {
  await assertPeriodWritable(tx, batch.periodId);
  const reason = body.reason?.trim() ?? '';
  if (body.outcome === 'returned' && reason === '') {
    throw new AppError('REASON_REQUIRED', 'Trả lại hồ sơ cần nêu lý do', [
      { path: 'body.reason', message: 'cần nêu lý do trả lại hồ sơ' },
    ]);
  }
  // The unit's facts may have changed since it filed (an investigation opened): checked again here.
  if (body.outcome === 'approved') {
    // A stale request is told so first: the rules below read the dossier as it is now.
    if (body.version !== before.version) throw new AppError('STALE');
    await assertCollectiveProposable(tx, batch, before.subject, before.unitId);
    await assertDossierComplete(tx, before);
  }
  const appraisedOn = body.outcome === 'pending' ? null : (body.appraisedOn ?? localToday());
  if (appraisedOn !== null && appraisedOn < before.submittedOn) {
    throw invalid([
      { path: 'body.appraisedOn', message: `không được trước ngày nộp hồ sơ (${before.submittedOn})` },
    ]);
  }
  const updated = await updateVersioned(tx, dossiers, before.id, body.version, {
    outcome: body.outcome,
    appraisedOn,
    returnReason: body.outcome === 'returned' ? reason : null,
  });
  await recordAudit(tx, actor, {
    councilId: batch.councilId,
    entityType: 'dossier',
    entityId: before.id,
    action: 'appraise',
    old: before,
    new: updated,
    reason: reason === '' ? null : reason,
  });
  return updated;
}
