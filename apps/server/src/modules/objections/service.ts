import {
  criteriaVersions,
  type Database,
  entries,
  type Objection,
  objections,
  type Transaction,
} from '@thidua/db';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { type ClusterAccess, canReview, loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { insertAudited, updateAudited } from '../../http/versioned-update';
import { AppError, forbidden, notFound } from '../../http/errors';
import { offsetOf, pageFrom } from '../../http/pagination';
import { notifyObjectionRaised } from '../../notifications/events';
import { assertWindowOpen } from '../../workflow/deadline-window';
import { loadPeriodForWrite, loadPeriodInStage } from '../../workflow/stage-guards';
import { assertStage, type StageAction, stageOpen } from '../../workflow/stage-table';
import { loadScoringContext, requireLeaf, requireMemberUnit } from '../scoring-shared/context';
import { seesEverything } from '../scoring-shared/policy';
import { presentObjection } from './presenter';
import type {
  objectionAnswerBody,
  objectionBody,
  objectionListQuery,
  objectionView,
  objectionWithdrawBody,
} from './schema';

// Objections (SPEC §4.7): while the proposed table is out for review, a member unit's staff may object
// to it (or to one criterion); the leader, deputies or the standing office answer — never for their
// own unit (SPEC §3). The objection window is the review stage up to its deadline (the cluster's own,
// else the unit type's, else the period's); answers are accepted until the preparatory meeting closes.

type View = z.infer<typeof objectionView>;

function abilitiesFor(access: ClusterAccess, row: Objection) {
  const open = (action: StageAction) =>
    row.status === 'open' && stageOpen(access.periodStage, access.periodArchived, action);
  return {
    answer: open('answerObjection') && answerRefusal(access, row.unitId) === null,
    withdraw: open('withdrawObjection') && access.memberUnitIds.has(row.unitId),
  };
}

function answerRefusal(access: ClusterAccess, unitId: string): AppError | null {
  if (!canReview(access))
    return forbidden('Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được trả lời ý kiến');
  if (access.council.unitIds.has(unitId)) {
    return new AppError(
      'CONFLICT_OF_INTEREST',
      'Không tự trả lời ý kiến của đơn vị mình: do cụm phó hoặc cơ quan thường trực trả lời',
    );
  }
  return null;
}

/** A member unit's staff objects to the proposed table, optionally to one criterion, audited. */
export async function raiseObjection(
  db: Database,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof objectionBody>,
): Promise<View> {
  return db.transaction(async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId);
    const { access } = context;
    requireMemberUnit(access, body.unitId, 'body.unitId');
    if (!access.memberUnitIds.has(body.unitId)) {
      throw forbidden('Chỉ cán bộ của chính đơn vị được gửi ý kiến về kết quả của đơn vị');
    }
    const period = await loadPeriodInStage(tx, access.periodId, 'raiseObjection');
    await assertWindowOpen(
      tx,
      period,
      'review',
      { clusterId, unitId: body.unitId },
      'gửi ý kiến về bảng điểm',
    );
    let entryId: string | null = null;
    if (body.criterionCode) {
      requireLeaf(context, body.criterionCode, 'body.criterionCode');
      // Link the objection to the reviewed value it disputes, when there is one.
      const [agreed] = await tx
        .select({ id: entries.id })
        .from(entries)
        .where(
          and(
            eq(entries.criteriaVersionId, context.version.id),
            eq(entries.unitId, body.unitId),
            eq(entries.criterionCode, body.criterionCode),
            eq(entries.stage, 'agreed'),
          ),
        )
        .limit(1);
      entryId = agreed?.id ?? null;
    }
    const created = await insertAudited(
      tx,
      actor,
      objections,
      {
        criteriaVersionId: context.version.id,
        unitId: body.unitId,
        criterionCode: body.criterionCode ?? null,
        entryId,
        body: body.body,
        raisedBy: actor.userId,
      },
      {
        councilId: access.councilId,
        entityType: 'objection',
      },
    );
    await notifyObjectionRaised(tx, {
      councilId: access.councilId,
      periodId: access.periodId,
      clusterId,
      actorUserId: actor.userId,
      unitId: body.unitId,
      criterionCode: created.criterionCode,
    });
    return presentObjection(created, abilitiesFor(access, created));
  });
}

/** An open objection, locked, with the actor's access to its cluster. */
async function loadOpen(tx: Transaction, actor: Actor, objectionId: string) {
  const [row] = await tx
    .select({ objection: objections, clusterId: criteriaVersions.clusterId })
    .from(objections)
    .innerJoin(criteriaVersions, eq(criteriaVersions.id, objections.criteriaVersionId))
    .where(eq(objections.id, objectionId))
    .for('update', { of: objections })
    .limit(1);
  if (!row) throw notFound('ý kiến');
  const access = await loadClusterAccess(tx, actor, row.clusterId);
  return { before: row.objection, access };
}

/** What one command on an open objection is: its audit action, its stage rule, who may run it. */
interface ObjectionCommand {
  action: string;
  stage: StageAction;
  /** Refuses an actor who may not run the command on this objection (throws). */
  authorise: (access: ClusterAccess, before: Objection) => void;
}

/**
 * Every command on an open objection, in one transaction: the objection (locked) with the actor's
 * access, `authorise`, the stage read again, still open, then the versioned update and its audit event.
 */
async function changeOpenObjection(
  db: Database,
  actor: Actor,
  objectionId: string,
  version: number,
  command: ObjectionCommand,
  changes: () => Partial<Objection>,
): Promise<View> {
  return db.transaction(async (tx) => {
    const { before, access } = await loadOpen(tx, actor, objectionId);
    command.authorise(access, before);
    assertStage(await loadPeriodForWrite(tx, access.periodId), command.stage);
    if (before.status !== 'open') throw new AppError('OBJECTION_CLOSED');
    const updated = await updateAudited(tx, actor, objections, before, version, changes(), {
      councilId: access.councilId,
      entityType: 'objection',
      action: () => command.action,
    });
    return presentObjection(updated, abilitiesFor(access, updated));
  });
}

const ANSWER: ObjectionCommand = {
  action: 'answer',
  stage: 'answerObjection',
  authorise: (access, before) => {
    const refusal = answerRefusal(access, before.unitId);
    if (refusal) throw refusal;
  },
};

const WITHDRAW: ObjectionCommand = {
  action: 'withdraw',
  stage: 'withdrawObjection',
  authorise: (access, before) => {
    if (!access.memberUnitIds.has(before.unitId)) {
      throw forbidden('Chỉ cán bộ của đơn vị gửi ý kiến được rút ý kiến');
    }
  },
};

/** The leader, a deputy or the standing office answers an open objection, audited. */
export async function answerObjection(
  db: Database,
  actor: Actor,
  objectionId: string,
  body: z.infer<typeof objectionAnswerBody>,
): Promise<View> {
  return changeOpenObjection(db, actor, objectionId, body.version, ANSWER, () => ({
    status: 'answered',
    answer: body.answer,
    answeredBy: actor.userId,
    answeredAt: new Date(),
  }));
}

/** The unit's staff withdraws its own open objection, audited. */
export async function withdrawObjection(
  db: Database,
  actor: Actor,
  objectionId: string,
  body: z.infer<typeof objectionWithdrawBody>,
): Promise<View> {
  return changeOpenObjection(db, actor, objectionId, body.version, WITHDRAW, () => ({
    status: 'withdrawn',
  }));
}

/**
 * Objections of the cluster (all revisions): everything for the leader, deputies, standing office and
 * follower; a member unit's staff see their own unit's only.
 */
export async function listObjections(
  db: Database,
  actor: Actor,
  clusterId: string,
  query: z.infer<typeof objectionListQuery>,
): Promise<{ items: View[]; total: number; page: number; pageSize: number }> {
  const access = await loadClusterAccess(db, actor, clusterId);
  const all = seesEverything(access);
  if (!all && access.memberUnitIds.size === 0) throw forbidden('Bạn không được xem ý kiến của cụm, khối này');
  const unitIds = all ? null : [...access.memberUnitIds];
  const where = and(
    eq(criteriaVersions.clusterId, clusterId),
    unitIds ? inArray(objections.unitId, unitIds) : undefined,
    query.unitId ? eq(objections.unitId, query.unitId) : undefined,
    query.status ? eq(objections.status, query.status) : undefined,
  );
  return pageFrom(
    query,
    db
      .select({ objection: objections })
      .from(objections)
      .innerJoin(criteriaVersions, eq(criteriaVersions.id, objections.criteriaVersionId))
      .where(where)
      .orderBy(asc(objections.createdAt), asc(objections.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db
      .select({ n: count() })
      .from(objections)
      .innerJoin(criteriaVersions, eq(criteriaVersions.id, objections.criteriaVersionId))
      .where(where),
    ({ objection }) => presentObjection(objection, abilitiesFor(access, objection)),
  );
}
