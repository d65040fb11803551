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
import { notifyDossierReturned } from '../../notifications/events';
import type { Actor } from '../../auth/actor';
import { AppError, type FieldError, invalid, notFound } from '../../http/errors';
import { localToday } from '../../kernel/dates';
import { blankToNull } from '../../kernel/text';
import {
  ARTICLE,
  assertProposable,
  loadPeriodBars,
  notProposable,
  type PeriodBars,
} from '../awards/proposal-bars';
import { assertDossierComplete } from './requirements';
import { assertPostingEnded, postingErrors } from './posting-rules';
import { createPlanRow, deletePlanRow, type PlanRows, updatePlanRow } from '../plans-shared/commands';
import { periodRowCommands } from '../plans-shared/period-rows';
import { assertNoErrors, type PlansScope, scopeOf, unitErrors } from '../plans-shared/policy';
import type { AppraisalBody, BatchBody, DossierBody, DossierPatch } from './schema';

type Db = Database | Transaction;

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
  Pick<
    DossierBatch,
    | 'name'
    | 'movementId'
    | 'submissionDueOn'
    | 'appraisalDueOn'
    | 'note'
    | 'postingStartsOn'
    | 'postingEndsOn'
    | 'postingPlace'
  >
>;

function batchColumns(body: Partial<BatchBody>): BatchColumns {
  const out: BatchColumns = {};
  if (body.name !== undefined) out.name = body.name;
  if (body.movementId !== undefined) out.movementId = body.movementId;
  if (body.submissionDueOn !== undefined) out.submissionDueOn = body.submissionDueOn;
  if (body.appraisalDueOn !== undefined) out.appraisalDueOn = body.appraisalDueOn;
  if (body.note !== undefined) out.note = blankToNull(body.note) ?? null;
  if (body.postingStartsOn !== undefined) out.postingStartsOn = body.postingStartsOn;
  if (body.postingEndsOn !== undefined) out.postingEndsOn = body.postingEndsOn;
  if (body.postingPlace !== undefined) out.postingPlace = blankToNull(body.postingPlace) ?? null;
  return out;
}

/** The appraisal deadline is not before the submission deadline; the movement is one of the same period. */
async function checkBatch(tx: Transaction, periodId: string, merged: BatchColumns, sent: Partial<BatchBody>) {
  const errors: FieldError[] = [];
  if (merged.submissionDueOn && merged.appraisalDueOn && merged.submissionDueOn > merged.appraisalDueOn) {
    errors.push({ path: 'body.appraisalDueOn', message: 'không được trước hạn nộp hồ sơ (submissionDueOn)' });
  }
  errors.push(...postingErrors(merged));
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

const batchCommands = periodRowCommands({
  table: dossierBatches,
  entityType: 'dossierBatch',
  what: 'đợt xét khen thưởng',
  columnsOf: batchColumns,
  requiredOf: (body: BatchBody) => ({ name: body.name }),
  check: (tx, period, merged, sent) => checkBatch(tx, period.id, merged, sent),
  /** A batch is deleted only while it holds no dossier (dossiers feed a criterion and are kept). */
  assertDeletable: async (tx, before) => {
    const [held] = await tx
      .select({ id: dossiers.id })
      .from(dossiers)
      .where(eq(dossiers.batchId, before.id))
      .limit(1);
    if (held)
      throw new AppError('PLAN_STATE', 'Đợt xét đã có hồ sơ: xóa hoặc chuyển các hồ sơ trước khi xóa đợt');
  },
});

export const createBatch = batchCommands.create;
export const updateBatch = batchCommands.update;
export const deleteBatch = batchCommands.remove;

export async function findBatch(
  db: Db,
  actor: Actor,
  batchId: string,
): Promise<{ batch: DossierBatch; scope: PlansScope }> {
  const { row, scope } = await batchCommands.find(db, actor, batchId);
  return { batch: row, scope };
}

type DossierColumns = Partial<
  Pick<
    Dossier,
    | 'unitId'
    | 'subject'
    | 'kind'
    | 'level'
    | 'awardName'
    | 'candidateName'
    | 'submittedOn'
    | 'note'
    | 'candidateBars'
    | 'candidateDisciplineEndedOn'
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
  if (body.candidateBars !== undefined) out.candidateBars = body.candidateBars;
  if (body.candidateDisciplineEndedOn !== undefined)
    out.candidateDisciplineEndedOn = body.candidateDisciplineEndedOn;
  return out;
}

type Candidate = Pick<
  Dossier,
  'subject' | 'unitId' | 'candidateName' | 'candidateBars' | 'candidateDisciplineEndedOn'
>;

/**
 * A person's standing (Art. 4.4) is recorded on an individual dossier only: a collective's is its unit's
 * facts of the period, entered on the facts screen. `merged` is the dossier as it would be saved; the
 * refusal (400) names the field that was sent, or `subject` when an individual with a recorded standing
 * is turned into a collective.
 */
function checkCandidateStanding(merged: Candidate, sent: Partial<DossierBody>): void {
  if (merged.subject !== 'collective') return;
  const errors: FieldError[] = [];
  const elsewhere =
    'tình trạng của tập thể là thông tin xét khen thưởng của đơn vị trong kỳ, ghi ở màn hình "Thông tin xét khen thưởng"';
  if (sent.candidateBars?.length) {
    errors.push({
      path: 'body.candidateBars',
      message: `chỉ ghi cho hồ sơ cá nhân (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP); ${elsewhere}`,
    });
  }
  if (sent.candidateDisciplineEndedOn) {
    errors.push({
      path: 'body.candidateDisciplineEndedOn',
      message: `chỉ ghi cho hồ sơ cá nhân; ngày chấm dứt kỷ luật của tập thể là ${elsewhere}`,
    });
  }
  if (
    errors.length === 0 &&
    (merged.candidateBars.length > 0 || merged.candidateDisciplineEndedOn !== null)
  ) {
    errors.push({
      path: 'body.subject',
      message:
        'hồ sơ đã ghi tình trạng của cá nhân (khoản 4 Điều 4): bỏ các tình trạng và ngày chấm dứt kỷ luật trước khi đổi sang tập thể',
    });
  }
  assertNoErrors(errors);
}

/** Why a dossier may not be approved now: its person's recorded standing, or its unit's facts. */
export function dossierBarringReasons(bars: PeriodBars, dossier: Candidate): string[] {
  return dossier.subject === 'individual'
    ? bars.person(dossier.candidateBars, dossier.candidateDisciplineEndedOn)
    : bars.unit(dossier.unitId);
}

/** Reads the period's bars once for the dossiers of `batch` (of the given units, or all of them). */
export async function dossierBarsOf(
  db: Db,
  batch: DossierBatch,
  unitIds?: readonly string[],
): Promise<(dossier: Candidate) => string[]> {
  const bars = await loadPeriodBars(db, batch.periodId, unitIds);
  return (dossier) => dossierBarringReasons(bars, dossier);
}

/**
 * Nghị định 152/2025/NĐ-CP khoản 4 Điều 4: nobody under disciplinary review, investigation, inspection
 * or check, or with a complaint or press-reported wrongdoing being verified, is proposed; after a
 * discipline ends, achievements count from that date. A collective's standing is its unit's facts of the
 * batch's period (409 NOT_PROPOSABLE naming `body.unitId`); an individual's is recorded on the dossier
 * (409 naming `body.candidateBars` for the bars and `body.candidateDisciplineEndedOn` for a discipline
 * that ended after the period started, each message naming the person).
 */
async function assertDossierProposable(
  tx: Transaction,
  batch: DossierBatch,
  dossier: Candidate,
): Promise<void> {
  if (dossier.subject === 'collective') {
    await assertProposable(tx, batch.periodId, [{ unitId: dossier.unitId, path: 'body.unitId' }]);
    return;
  }
  const bars = await loadPeriodBars(tx, batch.periodId, []);
  const fields: FieldError[] = [];
  const barred = bars.person(dossier.candidateBars, null);
  if (barred.length > 0) {
    fields.push({ path: 'body.candidateBars', message: notProposable(dossier.candidateName, barred) });
  }
  const late = bars.person([], dossier.candidateDisciplineEndedOn);
  if (late.length > 0) {
    fields.push({
      path: 'body.candidateDisciplineEndedOn',
      message: notProposable(dossier.candidateName, late),
    });
  }
  if (fields.length > 0) {
    throw new AppError(
      'NOT_PROPOSABLE',
      `Cá nhân ${dossier.candidateName} chưa được đề nghị khen thưởng ${ARTICLE}`,
      fields,
    );
  }
}

/** A batch's dossiers belong to the batch's council and period. */
const dossierRows = (batch: DossierBatch): PlanRows<typeof dossiers> => ({
  table: dossiers,
  entityType: 'dossier',
  owner: batch,
});

export async function createDossier(
  tx: Transaction,
  actor: Actor,
  batch: DossierBatch,
  body: DossierBody,
): Promise<Dossier> {
  return createPlanRow(tx, actor, dossierRows(batch), async () => {
    const candidate: Candidate = {
      subject: body.subject,
      unitId: body.unitId,
      candidateName: body.candidateName,
      candidateBars: body.candidateBars ?? [],
      candidateDisciplineEndedOn: body.candidateDisciplineEndedOn ?? null,
    };
    checkCandidateStanding(candidate, body);
    assertNoErrors(await unitErrors(tx, batch.councilId, [{ path: 'body.unitId', unitId: body.unitId }]));
    await assertDossierProposable(tx, batch, candidate);
    return {
      ...dossierColumns(body),
      unitId: body.unitId,
      subject: body.subject,
      kind: body.kind,
      level: body.level,
      candidateName: body.candidateName,
      submittedOn: body.submittedOn ?? localToday(),
      batchId: batch.id,
    };
  });
}

export async function updateDossier(
  tx: Transaction,
  actor: Actor,
  before: Dossier,
  batch: DossierBatch,
  body: DossierPatch,
): Promise<Dossier> {
  const { version, reason, ...fields } = body;
  return updatePlanRow(tx, actor, dossierRows(batch), before, { version, reason }, async () => {
    const columns = dossierColumns(fields);
    const merged = { ...before, ...columns };
    checkCandidateStanding(merged, fields);
    if (fields.unitId) {
      assertNoErrors(await unitErrors(tx, batch.councilId, [{ path: 'body.unitId', unitId: fields.unitId }]));
    }
    // A collective's unit is checked again (a dossier is not moved onto a barred unit). A person's
    // standing may be recorded after filing (a complaint arrived): it is stored and audited like any
    // other change, and holds the dossier back at approval.
    if (merged.subject === 'collective') await assertDossierProposable(tx, batch, merged);
    return columns;
  });
}

export async function deleteDossier(
  tx: Transaction,
  actor: Actor,
  before: Dossier,
  batch: DossierBatch,
  version: number,
  reason: string | undefined,
): Promise<void> {
  await deletePlanRow(tx, actor, dossierRows(batch), before, { version, reason });
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
  const reason = body.reason?.trim() ?? '';
  const meta = { version: body.version, reason: reason === '' ? undefined : reason };
  const updated = await updatePlanRow(
    tx,
    actor,
    dossierRows(batch),
    before,
    meta,
    async () => {
      if (body.outcome === 'returned' && reason === '') {
        throw new AppError('REASON_REQUIRED', 'Trả lại hồ sơ cần nêu lý do', [
          { path: 'body.reason', message: 'cần nêu lý do trả lại hồ sơ' },
        ]);
      }
      // The unit's facts or the person's recorded standing may have changed since filing (an
      // investigation opened, a complaint arrived): checked again here. Returning the dossier stays
      // possible.
      if (body.outcome === 'approved') {
        // A stale request is told so first: the rules below read the dossier as it is now.
        if (body.version !== before.version) throw new AppError('STALE');
        await assertDossierProposable(tx, batch, before);
        await assertDossierComplete(tx, before);
      }
      const appraisedOn = body.outcome === 'pending' ? null : (body.appraisedOn ?? localToday());
      if (appraisedOn !== null && appraisedOn < before.submittedOn) {
        throw invalid([
          { path: 'body.appraisedOn', message: `không được trước ngày nộp hồ sơ (${before.submittedOn})` },
        ]);
      }
      if (body.outcome === 'approved') assertPostingEnded(batch, before, appraisedOn!);
      return {
        outcome: body.outcome,
        appraisedOn,
        returnReason: body.outcome === 'returned' ? reason : null,
      };
    },
    () => 'appraise',
  );
  if (updated.outcome === 'returned') await notifyDossierReturned(tx, batch, updated, actor.userId);
  return updated;
}
