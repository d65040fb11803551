import { type Adjustment, adjustments, type Database, entries } from '@thidua/db';
import { and, eq, inArray } from 'drizzle-orm';
import { unitNamesById } from '../organisation/unit-names';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { forbidden, invalid } from '../../http/errors';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { localToday } from '../../kernel/dates';
import { lateTasksReport } from '../work-plans/queries';
import { returnedShareReport } from '../dossiers/reports';
import { adjustmentRefusal } from './policy';
import { amountErrors, requireItem } from './service';
import { loadScoringContext, requireLeaf } from '../scoring-shared/context';
import { writeEntryIn } from '../scoring-shared/entry-write';
import type {
  lateTaskDeductionBody,
  lateTaskDeductionView,
  returnedShareEntriesBody,
  returnedShareEntriesView,
} from './schema';
import { may } from '../../access/permissions';

// Scores that other records decide (SPEC §11): "late tasks of a unit feed the late-task deduction" and
// "the share of returned dossiers feeds criterion III.4 of Bắc Giang". The standing office runs each
// refresh when it closes its figures; the refresh writes through the same rules, stage guards and audit
// as a typed record, in one transaction for the whole cluster.

const DEFAULT_LATE_ITEM = 'CHAM_MUON';

/**
 * Sets every member unit's late-task deduction to its count of late plan tasks on `asOf`: one derived
 * record per unit and item (created, updated when the count changed, removed when it fell to zero),
 * each change audited with the old and new count. Typed records of the same item are left alone.
 */
export async function refreshLateTaskDeductions(
  db: Database,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof lateTaskDeductionBody>,
): Promise<z.infer<typeof lateTaskDeductionView>> {
  return db.transaction(async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId);
    const { access } = context;
    if (!may(access, 'writeFromRecords')) {
      throw forbidden('Chỉ cơ quan thường trực Hội đồng được tổng hợp điểm trừ chậm, muộn');
    }
    const itemCode = body.itemCode ?? DEFAULT_LATE_ITEM;
    const item = requireItem(context, itemCode);
    if (item.kind !== 'deduction') {
      throw invalid([
        { path: 'body.itemCode', message: `"${itemCode}" là khoản cộng, không phải khoản trừ` },
      ]);
    }
    const clusterUnitIds = [...access.seats.keys()];
    // Deductions are the standing office's (adjustments-policy); the same check for every unit.
    for (const unitId of clusterUnitIds) {
      const refusal = adjustmentRefusal(access, item, unitId);
      if (refusal) throw refusal;
    }
    await loadPeriodInStage(tx, access.periodId, 'writeAdjustments', 'tổng hợp điểm trừ chậm, muộn');
    const source = {
      sourceNumber: body.sourceNumber,
      sourceDate: body.sourceDate,
      sourceIssuer: body.sourceIssuer,
    };
    const asOf = body.asOf ?? localToday();
    const report = await lateTasksReport(tx, access.periodId, asOf, undefined);
    const lateOf = new Map(report.items.map((i) => [i.unitId, i.late]));
    const names = await unitNamesById(tx, clusterUnitIds);
    const existing = await tx
      .select()
      .from(adjustments)
      .where(
        and(
          eq(adjustments.criteriaVersionId, context.version.id),
          eq(adjustments.itemCode, item.code),
          eq(adjustments.derivedFrom, 'lateTasks'),
          inArray(adjustments.unitId, clusterUnitIds),
        ),
      )
      .for('update');
    const derivedOf = new Map(existing.map((row) => [row.unitId, row]));
    const reason = body.reason ?? `Tổng hợp số nhiệm vụ chậm, muộn theo kế hoạch công tác đến ngày ${asOf}`;

    const result: z.infer<typeof lateTaskDeductionView>['units'] = [];
    for (const unitId of clusterUnitIds) {
      const late = lateOf.get(unitId) ?? 0;
      const before = derivedOf.get(unitId);
      const row = { unitId, unitName: names.get(unitId) ?? '', late };
      if (!before && late === 0) {
        result.push({ ...row, action: 'none', adjustmentId: null });
        continue;
      }
      if (before && late === 0) {
        await tx.delete(adjustments).where(eq(adjustments.id, before.id));
        await audit(before, undefined, 'delete');
        result.push({ ...row, action: 'removed', adjustmentId: null });
        continue;
      }
      if (before && before.count === late && sameSource(before, source)) {
        result.push({ ...row, action: 'unchanged', adjustmentId: before.id });
        continue;
      }
      const errors = amountErrors(context, item, { ...source, count: late });
      if (errors.length > 0) throw invalid(errors);
      const values = { ...source, count: late, reason, enteredBy: actor.userId };
      if (before) {
        const updated = await updateVersioned(tx, adjustments, before.id, before.version, { ...values });
        await audit(before, updated, 'update');
        result.push({ ...row, action: 'updated', adjustmentId: updated.id });
      } else {
        const [created] = await tx
          .insert(adjustments)
          .values({
            criteriaVersionId: context.version.id,
            unitId,
            kind: 'deduction',
            itemCode: item.code,
            points: null,
            ...values,
            derivedFrom: 'lateTasks',
          })
          .returning();
        await audit(undefined, created, 'create');
        result.push({ ...row, action: 'created', adjustmentId: created!.id });
      }
    }
    return { itemCode: item.code, asOf, units: result };

    async function audit(old: Adjustment | undefined, now: Adjustment | undefined, action: string) {
      await recordAudit(tx, actor, {
        councilId: access.councilId,
        entityType: 'adjustment',
        entityId: (now ?? old)!.id,
        action,
        old,
        new: now,
        reason,
      });
    }
  });
}

function sameSource(
  row: Adjustment,
  source: { sourceNumber: string; sourceDate: string; sourceIssuer: string },
): boolean {
  return (
    row.sourceNumber === source.sourceNumber &&
    row.sourceDate === source.sourceDate &&
    row.sourceIssuer === source.sourceIssuer
  );
}

/**
 * Writes each member unit's share of returned award dossiers (in per cent, exact to two decimals) as the
 * standing office's value of a criterion (Bắc Giang III.4.a), through the same checks as a typed value.
 * A unit that submitted no dossier gets nothing written: the criterion stays for the office to decide.
 */
export async function writeReturnedShareEntries(
  db: Database,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof returnedShareEntriesBody>,
): Promise<z.infer<typeof returnedShareEntriesView>> {
  return db.transaction(async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId);
    const { access } = context;
    if (!may(access, 'writeFromRecords')) {
      throw forbidden('Chỉ cơ quan thường trực được ghi tỷ lệ hồ sơ bị trả lại vào bảng điểm');
    }
    requireLeaf(context, body.criterionCode, 'body.criterionCode');
    const clusterUnitIds = [...access.seats.keys()];
    const names = await unitNamesById(tx, clusterUnitIds);
    const report = await returnedShareReport(tx, access.periodId, body.minLevel, undefined);
    const shareOf = new Map(report.items.map((i) => [i.unitId, i]));
    const current = await tx
      .select({ unitId: entries.unitId, version: entries.version, value: entries.value })
      .from(entries)
      .where(
        and(
          eq(entries.criteriaVersionId, context.version.id),
          eq(entries.criterionCode, body.criterionCode),
          eq(entries.stage, 'standingOffice'),
        ),
      );
    const currentOf = new Map(current.map((row) => [row.unitId, row]));
    const reason =
      body.reason ?? 'Tỷ lệ hồ sơ đề nghị khen thưởng bị trả lại, tổng hợp từ kết quả thẩm định hồ sơ';

    const result: z.infer<typeof returnedShareEntriesView>['units'] = [];
    for (const unitId of clusterUnitIds) {
      const share = shareOf.get(unitId);
      const row = {
        unitId,
        unitName: names.get(unitId) ?? '',
        submitted: share?.submitted ?? 0,
        returned: share?.returned ?? 0,
      };
      if (!share || share.submitted === 0) {
        result.push({ ...row, percent: null, action: 'noDossiers', entryId: null });
        continue;
      }
      const before = currentOf.get(unitId);
      if (before && before.value !== null && Number(before.value) === Number(share.percent)) {
        result.push({ ...row, percent: share.percent, action: 'unchanged', entryId: null });
        continue;
      }
      const { entry } = await writeEntryIn(
        tx,
        actor,
        { clusterId, unitId, criterionCode: body.criterionCode, stage: 'standingOffice' },
        // The percent has at most two decimals: its shortest number text is itself.
        { version: before?.version ?? 0, value: Number(share.percent), reason },
      );
      result.push({ ...row, percent: share.percent, action: 'written', entryId: entry.id });
    }
    return { criterionCode: body.criterionCode, units: result };
  });
}
