import { type Adjustment, adjustments, criteriaVersions, type Database, type Transaction } from '@thidua/db';
import { formatNumber } from '@thidua/engine';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { deleteAudited, insertAudited, updateAudited } from '../../http/versioned-update';
import { AppError, type FieldError, forbidden, invalid, notFound } from '../../http/errors';
import { selectPage } from '../../http/pagination';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { stageOpen } from '../../workflow/stage-table';
import { type AdjustmentItem, adjustmentItem, adjustmentRefusal, adjustmentsRefusal } from './policy';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import {
  loadIssuedVersion,
  loadScoringContext,
  requireMemberUnit,
  type ScoringContext,
} from '../scoring-shared/context';
import { seesRow } from '../scoring-shared/policy';
import { presentAdjustment } from './presenter';
import type { adjustmentBody, adjustmentListQuery, adjustmentPatch, adjustmentView } from './schema';
import type { deleteQuery } from '../scoring-shared/write-fields';
import { adjustmentValueErrors, toDecimalText } from '../scoring-shared/values';

type View = z.infer<typeof adjustmentView>;

/** The item an adjustment names, or a 400 naming `body.itemCode` in the engine's words. */
export function requireItem(context: ScoringContext, code: string): AdjustmentItem {
  const item = adjustmentItem(context.index, context.version.ruleset, code);
  if (item) return item;
  throw invalid([
    { path: 'body.itemCode', message: `không có khoản cộng hoặc khoản trừ mã "${code}" trong bộ tiêu chí` },
  ]);
}

/** Values as the engine checks them, a bonus within its item's maximum, a deduction with its source document. */
export function amountErrors(
  context: ScoringContext,
  item: AdjustmentItem,
  values: Pick<Adjustment, 'sourceNumber' | 'sourceDate' | 'sourceIssuer'> & {
    points?: number;
    count?: number;
  },
): FieldError[] {
  const errors = adjustmentValueErrors(context.version.ruleset, item.code, {
    points: values.points,
    count: values.count,
  });
  if (item.max !== null && values.points !== undefined && values.points > item.max) {
    errors.push({
      path: 'body.points',
      message: `${formatNumber(values.points, 20)} vượt quá mức tối đa ${formatNumber(item.max)} của khoản cộng ${item.code}`,
    });
  }
  if (item.kind === 'deduction') {
    // SPEC §4.6: deductions are recorded with their source document (number, date, issuer).
    const missing: [keyof typeof values, string][] = [
      ['sourceNumber', 'cần số, ký hiệu văn bản căn cứ của điểm trừ'],
      ['sourceDate', 'cần ngày của văn bản căn cứ'],
      ['sourceIssuer', 'cần cơ quan ban hành văn bản căn cứ'],
    ];
    for (const [field, message] of missing)
      if (!values[field]) errors.push({ path: `body.${field}`, message });
  }
  return errors;
}

/** Records a bonus (points) or a deduction (count of occurrences) for a member unit, audited. */
export async function createAdjustment(
  db: Database,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof adjustmentBody>,
): Promise<View> {
  return db.transaction(async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId);
    const early = adjustmentsRefusal(context.access);
    if (early) throw early;
    requireMemberUnit(context.access, body.unitId, 'body.unitId');
    const item = requireItem(context, body.itemCode);
    const refusal = adjustmentRefusal(context.access, item, body.unitId);
    if (refusal) throw refusal;
    await loadPeriodInStage(tx, context.access.periodId, 'writeAdjustments', 'ghi điểm cộng, điểm trừ');
    const source = {
      sourceNumber: body.sourceNumber ?? null,
      sourceDate: body.sourceDate ?? null,
      sourceIssuer: body.sourceIssuer ?? null,
    };
    const errors = amountErrors(context, item, { ...source, points: body.points, count: body.count });
    if (errors.length > 0) throw invalid(errors);
    const created = await insertAudited(
      tx,
      actor,
      adjustments,
      {
        criteriaVersionId: context.version.id,
        unitId: body.unitId,
        kind: item.kind,
        itemCode: item.code,
        points: item.kind === 'bonus' ? toDecimalText(body.points!) : null,
        count: item.kind === 'deduction' ? body.count! : null,
        ...source,
        note: body.note ?? null,
        reason: body.reason ?? null,
        enteredBy: actor.userId,
      },
      {
        councilId: context.access.councilId,
        entityType: 'adjustment',
        reason: body.reason ?? null,
      },
    );
    return presentAdjustment(created, true);
  });
}

/** An adjustment with the scoring context of its cluster, locked for a change under the current revision. */
async function loadForChange(tx: Transaction, actor: Actor, adjustmentId: string) {
  const [row] = await tx
    .select({ adjustment: adjustments, clusterId: criteriaVersions.clusterId })
    .from(adjustments)
    .innerJoin(criteriaVersions, eq(criteriaVersions.id, adjustments.criteriaVersionId))
    .where(eq(adjustments.id, adjustmentId))
    .for('update', { of: adjustments })
    .limit(1);
  if (!row) throw notFound('khoản cộng, trừ điểm');
  const context = await loadScoringContext(tx, actor, row.clusterId);
  const before = row.adjustment;
  const item = adjustmentItem(context.index, context.version.ruleset, before.itemCode);
  if (context.version.id !== before.criteriaVersionId || !item) throw new AppError('CRITERIA_SUPERSEDED');
  const refusal = adjustmentRefusal(context.access, item, before.unitId);
  if (refusal) throw refusal;
  await loadPeriodInStage(tx, context.access.periodId, 'writeAdjustments', 'sửa điểm cộng, điểm trừ');
  return { before, context, item };
}

/** Changes an adjustment at the version the client read, with a reason, audited. */
export async function updateAdjustment(
  db: Database,
  actor: Actor,
  adjustmentId: string,
  patch: z.infer<typeof adjustmentPatch>,
): Promise<View> {
  return db.transaction(async (tx) => {
    const { before, context, item } = await loadForChange(tx, actor, adjustmentId);
    const source = {
      sourceNumber: patch.sourceNumber === undefined ? before.sourceNumber : patch.sourceNumber,
      sourceDate: patch.sourceDate === undefined ? before.sourceDate : patch.sourceDate,
      sourceIssuer: patch.sourceIssuer === undefined ? before.sourceIssuer : patch.sourceIssuer,
    };
    const amount =
      item.kind === 'bonus'
        ? { points: patch.points ?? Number(before.points), count: patch.count }
        : { points: patch.points, count: patch.count ?? before.count! };
    const errors = amountErrors(context, item, { ...source, ...amount });
    if (errors.length > 0) throw invalid(errors);
    const updated = await updateAudited(
      tx,
      actor,
      adjustments,
      before,
      patch.version,
      {
        ...source,
        points: item.kind === 'bonus' ? toDecimalText(amount.points) : null,
        count: item.kind === 'deduction' ? amount.count : null,
        note: patch.note === undefined ? before.note : patch.note,
        reason: patch.reason,
        enteredBy: actor.userId,
      },
      {
        councilId: context.access.councilId,
        entityType: 'adjustment',
        reason: patch.reason,
      },
    );
    return presentAdjustment(updated, true);
  });
}

/** Deletes an adjustment at the version the client read, with a reason; the audit keeps the old row. */
export async function deleteAdjustment(
  db: Database,
  actor: Actor,
  adjustmentId: string,
  query: z.infer<typeof deleteQuery>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { before, context } = await loadForChange(tx, actor, adjustmentId);
    await deleteAudited(tx, actor, adjustments, before, query.version, {
      councilId: context.access.councilId,
      entityType: 'adjustment',
      reason: query.reason,
    });
  });
}

/** The adjustments of the units whose rows the actor sees, paginated, in unit order then entry order. */
export async function listAdjustments(
  db: Database,
  actor: Actor,
  clusterId: string,
  query: z.infer<typeof adjustmentListQuery>,
): Promise<{ items: View[]; total: number; page: number; pageSize: number }> {
  const context = await loadScoringContext(db, actor, clusterId, query.criteriaVersionId);
  const { access } = context;
  const visible = (await loadClusterUnits(db, clusterId))
    .filter((u) => seesRow(access, u.id))
    .map((u) => u.id);
  if (visible.length === 0) throw forbidden('Bạn chưa được xem điểm cộng, điểm trừ của cụm, khối này');
  const unitIds = query.unitId ? visible.filter((id) => id === query.unitId) : visible;
  if (unitIds.length === 0) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const where = and(
    eq(adjustments.criteriaVersionId, context.version.id),
    inArray(adjustments.unitId, unitIds),
    query.kind ? eq(adjustments.kind, query.kind) : undefined,
  );
  // Abilities for the UI: the current revision, a stage that takes adjustments, a role for the item.
  const writable =
    (await loadIssuedVersion(db, clusterId)).id === context.version.id &&
    stageOpen(access.periodStage, access.periodArchived, 'writeAdjustments');
  return selectPage(
    db,
    adjustments,
    where,
    [asc(adjustments.createdAt), asc(adjustments.id)],
    query,
    (row) => {
      const item = adjustmentItem(context.index, context.version.ruleset, row.itemCode);
      return presentAdjustment(
        row,
        writable && item !== null && adjustmentRefusal(access, item, row.unitId) === null,
      );
    },
  );
}
