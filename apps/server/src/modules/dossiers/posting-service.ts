import {
  type Database,
  type DossierBatch,
  type DossierPostingComment,
  dossierBatches,
  dossierPostingComments,
  dossiers,
  type Transaction,
} from '@thidua/db';
import {
  ANONYMOUS_SENDER,
  nthWorkingDay,
  POSTING_MIN_WORKING_DAYS,
  requiresPublicPosting,
} from '@thidua/vocabulary';
import { and, asc, eq, lt, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { AppError, notFound } from '../../http/errors';
import { blankToNull } from '../../kernel/text';
import { createPlanRow, deletePlanRow, type PlanRows, updatePlanRow } from '../plans-shared/commands';
import { type PlansScope, scopeOf } from '../plans-shared/policy';
import { postingWorkingDays } from './posting-rules';
import type { PostingCommentBody, PostingCommentPatch, postingCommentView, postingView } from './schema';

type Db = Database | Transaction;

export async function findPostingComment(
  db: Db,
  actor: Actor,
  commentId: string,
): Promise<{ comment: DossierPostingComment; batch: DossierBatch; scope: PlansScope }> {
  const [row] = await db
    .select({ comment: dossierPostingComments, batch: dossierBatches })
    .from(dossierPostingComments)
    .innerJoin(dossierBatches, eq(dossierBatches.id, dossierPostingComments.batchId))
    .where(eq(dossierPostingComments.id, commentId))
    .limit(1);
  if (!row) throw notFound('ý kiến nhận được khi công khai');
  return { ...row, scope: scopeOf(actor, row.batch.councilId, row.batch.periodId) };
}

/** The comments of a batch's posting, oldest first. */
export async function loadPostingComments(db: Db, batchId: string): Promise<DossierPostingComment[]> {
  return db
    .select()
    .from(dossierPostingComments)
    .where(eq(dossierPostingComments.batchId, batchId))
    .orderBy(asc(dossierPostingComments.receivedOn), asc(dossierPostingComments.createdAt));
}

/** Whether a dossier of the batch has been appraised (approved or returned): the comments are closed. */
async function batchAppraised(db: Db, batchId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.batchId, batchId), ne(dossiers.outcome, 'pending')))
    .limit(1);
  return row !== undefined;
}

export const senderName = (sender: string | null): string => sender ?? ANONYMOUS_SENDER;

export function presentPostingComment(c: DossierPostingComment): z.infer<typeof postingCommentView> {
  return {
    id: c.id,
    batchId: c.batchId,
    receivedOn: c.receivedOn,
    sender: c.sender,
    senderName: senderName(c.sender),
    content: c.content,
    response: c.response,
    version: c.version,
  };
}

/** The batch's posting as the screen shows it: dates, place, working days, comments, who may change. */
export async function loadPosting(
  db: Db,
  batch: DossierBatch,
  scope: PlansScope,
): Promise<z.infer<typeof postingView>> {
  const held = await db
    .select({ kind: dossiers.kind, awardName: dossiers.awardName })
    .from(dossiers)
    .where(eq(dossiers.batchId, batch.id));
  const comments = await loadPostingComments(db, batch.id);
  return {
    batchId: batch.id,
    batchVersion: batch.version,
    required: held.some(requiresPublicPosting),
    startsOn: batch.postingStartsOn,
    endsOn: batch.postingEndsOn,
    place: batch.postingPlace,
    workingDays: postingWorkingDays(batch),
    minWorkingDays: POSTING_MIN_WORKING_DAYS,
    earliestEndOn: batch.postingStartsOn
      ? nthWorkingDay(batch.postingStartsOn, POSTING_MIN_WORKING_DAYS)
      : null,
    comments: comments.map(presentPostingComment),
    abilities: { change: scope.canWrite && !(await batchAppraised(db, batch.id)) },
  };
}

/** Comments change while the period is open and before any dossier of the batch is appraised. */
async function assertNotAppraised(tx: Transaction, batch: DossierBatch): Promise<void> {
  if (await batchAppraised(tx, batch.id)) throw new AppError('POSTING_CLOSED');
}

/** A batch's posting comments belong to the batch's council and period. */
const commentRows = (batch: DossierBatch): PlanRows<typeof dossierPostingComments> => ({
  table: dossierPostingComments,
  entityType: 'dossierPostingComment',
  owner: batch,
});

export async function createPostingComment(
  tx: Transaction,
  actor: Actor,
  batch: DossierBatch,
  body: PostingCommentBody,
): Promise<DossierPostingComment> {
  return createPlanRow(tx, actor, commentRows(batch), async () => {
    await assertNotAppraised(tx, batch);
    return {
      batchId: batch.id,
      receivedOn: body.receivedOn,
      sender: blankToNull(body.sender) ?? null,
      content: body.content,
      response: blankToNull(body.response) ?? null,
    };
  });
}

export async function updatePostingComment(
  tx: Transaction,
  actor: Actor,
  before: DossierPostingComment,
  batch: DossierBatch,
  body: PostingCommentPatch,
): Promise<DossierPostingComment> {
  return updatePlanRow(tx, actor, commentRows(batch), before, body, async () => {
    await assertNotAppraised(tx, batch);
    const set: Partial<DossierPostingComment> = {};
    if (body.receivedOn !== undefined) set.receivedOn = body.receivedOn;
    if (body.sender !== undefined) set.sender = blankToNull(body.sender) ?? null;
    if (body.content !== undefined) set.content = body.content;
    if (body.response !== undefined) set.response = blankToNull(body.response) ?? null;
    return set;
  });
}

export async function deletePostingComment(
  tx: Transaction,
  actor: Actor,
  before: DossierPostingComment,
  batch: DossierBatch,
  version: number,
  reason: string | undefined,
): Promise<void> {
  await deletePlanRow(tx, actor, commentRows(batch), before, { version, reason }, () =>
    assertNotAppraised(tx, batch),
  );
}

/**
 * The postings a meeting's minutes report under "Kết quả công khai": those of the batches of the
 * meeting's period that ended before the meeting (the council deliberates after the posting, Art. 44),
 * each with its comments and their handling.
 */
export async function loadPostingsForMinutes(db: Db, periodId: string, heldOn: string) {
  const batches = await db
    .select()
    .from(dossierBatches)
    .where(and(eq(dossierBatches.periodId, periodId), lt(dossierBatches.postingEndsOn, heldOn)))
    .orderBy(asc(dossierBatches.postingStartsOn), asc(dossierBatches.createdAt));
  const out = [];
  for (const batch of batches) {
    const comments = await loadPostingComments(db, batch.id);
    out.push({
      batchName: batch.name,
      startsOn: batch.postingStartsOn!,
      endsOn: batch.postingEndsOn!,
      workingDays: postingWorkingDays(batch)!,
      place: batch.postingPlace!,
      comments: comments.map((c) => ({
        receivedOn: c.receivedOn,
        senderName: senderName(c.sender),
        content: c.content,
        response: c.response,
      })),
    });
  }
  return out;
}
