import { type Database, entries, type Entry, objections } from '@thidua/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { canReview } from '../../access/cluster-access';
import { type AuditEvent, recordAuditEvents } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { AppError, type FieldError, forbidden, invalid } from '../../http/errors';
import { notifyReviewChanged } from '../../notifications/events';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { loadScoringContext, requireLeaf, requireMemberUnit } from '../scoring-shared/context';
import { type CellLayers, proposalOf, type ProposalLayer } from '../scoring-shared/review-proposal';
import type { reviewBatchBody, reviewBatchView, SKIP_REASONS } from '../scoring-shared/schema';
import { entryValueErrors, storedEntryValues } from '../scoring-shared/values';

type BatchResult = z.infer<typeof reviewBatchView>;
type BatchBody = z.infer<typeof reviewBatchBody>;
type SkipReason = (typeof SKIP_REASONS)[number];

const cellKey = (unitId: string, code: string) => `${unitId}\u0000${code}`;

/**
 * One review decision with one reason (SPEC §4.7): the values the reviewer changed, then the proposed
 * values accepted in bulk. Changes are checked like single writes (the engine's value checks, conflict
 * of interest, the version of the review value read). Acceptance: for every cell of the scope (a unit's row,
 * a criterion's column, one cell, or the whole sheet) that has a proposal (the best lower layer) and no
 * review value yet, writes the proposal as the agreed value with the batch's reason. Cells of the
 * reviewer's own unit (conflict of interest), cells under an open objection (of the criterion or of the
 * unit's whole table), cells already reviewed and cells without any value are skipped and reported.
 *
 * One transaction: proposals are read under a shared lock and compared with what the reviewer read; any
 * difference (changed, new or reviewed since) is a 409 STALE naming each cell, and nothing is saved.
 * One audit event per cell, all carrying the batch id.
 */
export async function saveReviewBatch(
  db: Database,
  actor: Actor,
  clusterId: string,
  body: BatchBody,
): Promise<BatchResult> {
  return db.transaction(async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId);
    const { access, version, index } = context;
    if (!canReview(access)) {
      throw forbidden('Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được thẩm định điểm');
    }
    const scope = body.accept;
    if (scope?.unitId) {
      requireMemberUnit(access, scope.unitId, 'body.accept.unitId');
      if (access.council.unitIds.has(scope.unitId)) {
        throw new AppError(
          'CONFLICT_OF_INTEREST',
          'Xung đột lợi ích: không thẩm định đơn vị mình (kết quả của đơn vị do cụm phó hoặc cơ quan thường trực thẩm định)',
        );
      }
    }
    if (scope?.criterionCode) requireLeaf(context, scope.criterionCode, 'body.accept.criterionCode');
    const changeErrors = body.changes.flatMap((change, i) => {
      const at = `body.changes[${i}]`;
      requireMemberUnit(access, change.unitId, `${at}.unitId`);
      requireLeaf(context, change.criterionCode, `${at}.criterionCode`);
      if (access.council.unitIds.has(change.unitId)) {
        throw new AppError('CONFLICT_OF_INTEREST', 'Xung đột lợi ích: không thẩm định đơn vị mình');
      }
      return entryValueErrors(version.ruleset, change.criterionCode, change).map((e) => ({
        path: e.path.replace(/^body/, at).replace(/^params\.criterionCode$/, `${at}.criterionCode`),
        message: e.message,
      }));
    });
    if (changeErrors.length > 0) throw invalid(changeErrors);
    await loadPeriodInStage(tx, access.periodId, 'scoreAgreed', 'thẩm định điểm');

    const allUnits = await loadClusterUnits(tx, clusterId);
    const changedUnits = new Set(body.changes.map((c) => c.unitId));
    const units = scope ? allUnits.filter((u) => !scope.unitId || u.id === scope.unitId) : [];
    const codes = index.leaves
      .map((l) => l.criterion.code)
      .filter((code) => !scope?.criterionCode || code === scope.criterionCode);
    const unitIds = allUnits.filter((u) => units.includes(u) || changedUnits.has(u.id)).map((u) => u.id);
    const changedCells = new Set(body.changes.map((c) => cellKey(c.unitId, c.criterionCode)));
    const stored = unitIds.length
      ? await tx
          .select()
          .from(entries)
          .where(and(eq(entries.criteriaVersionId, version.id), inArray(entries.unitId, unitIds)))
          .for('share')
      : [];
    const layers = new Map<string, CellLayers>();
    for (const e of stored) {
      const key = cellKey(e.unitId, e.criterionCode);
      layers.set(key, { ...layers.get(key), [e.stage]: e });
    }
    const open = unitIds.length
      ? await tx
          .select({ unitId: objections.unitId, criterionCode: objections.criterionCode })
          .from(objections)
          .where(
            and(
              eq(objections.criteriaVersionId, version.id),
              eq(objections.status, 'open'),
              inArray(objections.unitId, unitIds),
            ),
          )
      : [];
    const objected = new Set(open.map((o) => cellKey(o.unitId, o.criterionCode ?? '')));
    const read = new Map(
      body.cells.map((c, i) => [cellKey(c.unitId, c.criterionCode), { ...c, i }] as const),
    );

    const toAccept: { unitId: string; code: string; proposal: Entry & { stage: ProposalLayer } }[] = [];
    const skipped: BatchResult['skipped'] = [];
    const conflicts: FieldError[] = [];
    const skip = (unitId: string, criterionCode: string, why: SkipReason) =>
      skipped.push({ unitId, criterionCode, why });
    const unitName = new Map(allUnits.map((u) => [u.id, u.name] as const));
    body.changes.forEach((change, i) => {
      const agreed = layers.get(cellKey(change.unitId, change.criterionCode))?.agreed;
      if ((agreed?.version ?? 0) !== change.version) {
        conflicts.push({
          path: `body.changes[${i}]`,
          message: `${unitName.get(change.unitId)}, tiêu chí ${change.criterionCode}: điểm thẩm định đã thay đổi sau khi bạn mở bảng điểm`,
        });
      }
    });
    for (const unit of units) {
      for (const code of codes) {
        const key = cellKey(unit.id, code);
        if (changedCells.has(key)) continue;
        const cell = layers.get(key) ?? {};
        const proposal = proposalOf(cell);
        const seen = read.get(key);
        const stale = (what: string) =>
          conflicts.push({
            path: seen ? `body.cells[${seen.i}]` : 'body.cells',
            message: `${unit.name}, tiêu chí ${code}: ${what}`,
          });
        if (access.council.unitIds.has(unit.id)) skip(unit.id, code, 'conflictOfInterest');
        else if (objected.has(key) || objected.has(cellKey(unit.id, ''))) skip(unit.id, code, 'objection');
        else if (cell.agreed) {
          if (seen) stale('đã được thẩm định sau khi bạn mở bảng điểm');
          else skip(unit.id, code, 'reviewed');
        } else if (!proposal) {
          if (seen) stale('điểm đề xuất không còn');
          else skip(unit.id, code, 'noProposal');
        } else if (!seen) stale('có điểm đề xuất mới sau khi bạn mở bảng điểm');
        else if (seen.from !== proposal.stage || seen.version !== proposal.version) {
          stale('điểm đề xuất đã thay đổi sau khi bạn mở bảng điểm');
        } else toAccept.push({ unitId: unit.id, code, proposal });
      }
    }
    if (conflicts.length > 0) {
      throw new AppError(
        'STALE',
        `${conflicts.length} ô đã thay đổi sau khi bạn mở bảng điểm; chưa ô nào được lưu. Hãy tải lại bảng điểm rồi đồng ý lại`,
        conflicts,
      );
    }
    if (toAccept.length === 0 && body.changes.length === 0) {
      return { batchId: null, changed: [], accepted: [], skipped };
    }

    const batchId = randomUUID();
    const events: AuditEvent[] = [];
    for (const change of body.changes) {
      const values = {
        ...storedEntryValues(change),
        reason: body.reason,
        enteredBy: actor.userId,
      };
      const before = layers.get(cellKey(change.unitId, change.criterionCode))?.agreed;
      const [row] = before
        ? await tx
            .update(entries)
            .set({ ...values, version: sql`${entries.version} + 1` })
            .where(and(eq(entries.id, before.id), eq(entries.version, change.version)))
            .returning()
        : await tx
            .insert(entries)
            .values({
              criteriaVersionId: version.id,
              unitId: change.unitId,
              criterionCode: change.criterionCode,
              stage: 'agreed',
              ...values,
            })
            .onConflictDoNothing()
            .returning();
      if (!row) throw new AppError('STALE');
      events.push({
        councilId: access.councilId,
        entityType: 'entry',
        entityId: row.id,
        action: before ? 'update' : 'create',
        old: before,
        new: row,
        reason: body.reason,
        batchId,
      });
    }
    const saved =
      toAccept.length === 0
        ? []
        : await tx
            .insert(entries)
            .values(
              toAccept.map(({ unitId, code, proposal }) => ({
                criteriaVersionId: version.id,
                unitId,
                criterionCode: code,
                stage: 'agreed' as const,
                plan: proposal.plan,
                actual: proposal.actual,
                points: proposal.points,
                value: proposal.value,
                rating: proposal.rating,
                done: proposal.done,
                note: null,
                reason: body.reason,
                enteredBy: actor.userId,
              })),
            )
            // A reviewer who saved one of these cells meanwhile leaves no row here: the batch is stale.
            .onConflictDoNothing()
            .returning();
    if (saved.length !== toAccept.length) {
      throw new AppError(
        'STALE',
        'Một số ô vừa được người khác thẩm định; chưa ô nào được lưu. Hãy tải lại bảng điểm rồi đồng ý lại',
      );
    }
    await recordAuditEvents(tx, actor, [
      ...events,
      ...saved.map((entry) => ({
        councilId: access.councilId,
        entityType: 'entry',
        entityId: entry.id,
        action: 'create',
        new: entry,
        reason: body.reason,
        batchId,
      })),
    ]);
    await notifyReviewChanged(tx, {
      councilId: access.councilId,
      periodId: access.periodId,
      clusterId,
      actorUserId: actor.userId,
      cells: [
        ...body.changes.map((c) => ({ unitId: c.unitId, criterionCode: c.criterionCode })),
        ...toAccept.map((a) => ({ unitId: a.unitId, criterionCode: a.code })),
      ],
    });
    return {
      batchId,
      changed: body.changes.map((c) => ({ unitId: c.unitId, criterionCode: c.criterionCode })),
      accepted: toAccept.map((a) => ({ unitId: a.unitId, criterionCode: a.code, from: a.proposal.stage })),
      skipped,
    };
  });
}
