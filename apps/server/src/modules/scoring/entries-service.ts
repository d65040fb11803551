import {
  type Database,
  type Entry,
  entries,
  type EntryStage,
  evidenceFiles,
  type Transaction,
} from '@thidua/db';
import { and, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertUpdated } from '../../http/concurrency';
import { AppError, invalid } from '../../http/errors';
import { assertStageIn, loadPeriodForWrite } from '../../workflow/stage-guards';
import { loadScoringContext, ownerOf, requireLeaf, requireMemberUnit } from './context';
import { entryWriteRefusal, LAYER_NAMES, WRITE_STAGES } from './policy';
import type { entryBody } from './schema-entries';
import { loadLowerLayers, proposalOf, sameAsStored } from './review-proposal';
import { entryValueErrors, toDecimalText } from './values';

/** Which cell and layer a write addresses. */
export interface EntryAddress {
  clusterId: string;
  unitId: string;
  criterionCode: string;
  stage: EntryStage;
}

/**
 * Writes one layer of one cell (SPEC §4.6–§4.7): checks, in this order, the cell (404), the actor's role
 * (403, conflict of interest), the period's stage (409, re-read under lock), the values against the
 * criterion as the engine checks them (400), then the reason a review needs when it does not simply
 * agree with the proposed value (the best lower layer; 400); then creates (version 0)
 * or updates the row at the version the client read (409 STALE otherwise), audited. Nothing is
 * recomputed: results are computed on read.
 */
export async function writeEntry(
  db: Database,
  actor: Actor,
  address: EntryAddress,
  body: z.infer<typeof entryBody>,
): Promise<{ entry: Entry; evidenceCount: number }> {
  return db.transaction((tx) => writeEntryIn(tx, actor, address, body));
}

/** `writeEntry` inside a transaction the caller holds (a batch of cells commits or fails together). */
export async function writeEntryIn(
  tx: Transaction,
  actor: Actor,
  address: EntryAddress,
  body: z.infer<typeof entryBody>,
): Promise<{ entry: Entry; evidenceCount: number }> {
  {
    const context = await loadScoringContext(tx, actor, address.clusterId);
    const { access, version } = context;
    requireMemberUnit(access, address.unitId);
    requireLeaf(context, address.criterionCode);
    const cell = {
      unitId: address.unitId,
      code: address.criterionCode,
      ...ownerOf(context, address.criterionCode),
    };
    const refusal = entryWriteRefusal(access, address.stage, cell);
    if (refusal) throw refusal;
    const period = await loadPeriodForWrite(tx, access.periodId);
    assertStageIn(period, WRITE_STAGES[address.stage], `ghi điểm (${LAYER_NAMES[address.stage]})`);
    const errors = entryValueErrors(version.ruleset, address.criterionCode, body);
    if (errors.length > 0) throw invalid(errors);
    if (address.stage === 'agreed' && !body.reason) {
      const proposal = proposalOf(
        await loadLowerLayers(tx, { criteriaVersionId: version.id, ...cellOf(address) }),
      );
      if (!proposal || !sameAsStored(body, proposal)) {
        throw new AppError('REASON_REQUIRED', 'Cần nêu lý do khi điểm thẩm định khác điểm đề xuất', [
          {
            path: 'body.reason',
            message: proposal
              ? `cần nêu lý do: điểm thẩm định khác điểm ${LAYER_NAMES[proposal.stage]}`
              : 'cần nêu lý do: ô này chưa có điểm tự chấm hay điểm chấm nào để đồng ý',
          },
        ]);
      }
    }

    const values = {
      plan: toDecimalText(body.plan),
      actual: toDecimalText(body.actual),
      points: toDecimalText(body.points),
      value: toDecimalText(body.value),
      rating: body.rating ?? null,
      done: body.done ?? null,
      note: body.note ?? null,
      reason: body.reason ?? null,
      enteredBy: actor.userId,
    };
    const key = and(
      eq(entries.criteriaVersionId, version.id),
      eq(entries.unitId, address.unitId),
      eq(entries.criterionCode, address.criterionCode),
      eq(entries.stage, address.stage),
    );
    let before: Entry | null = null;
    let saved: Entry;
    if (body.version === 0) {
      // ON CONFLICT DO NOTHING: a concurrent creator that committed first leaves us no row → STALE.
      saved = assertUpdated(
        await tx
          .insert(entries)
          .values({
            criteriaVersionId: version.id,
            unitId: address.unitId,
            criterionCode: address.criterionCode,
            stage: address.stage,
            ...values,
          })
          .onConflictDoNothing()
          .returning(),
      );
    } else {
      // Locked, so the old value audited is the one this update replaces.
      [before = null] = await tx.select().from(entries).where(key).for('update').limit(1);
      saved = assertUpdated(
        await tx
          .update(entries)
          .set({ ...values, version: sql`${entries.version} + 1` })
          .where(and(key, eq(entries.version, body.version)))
          .returning(),
      );
    }
    await recordAudit(tx, actor, {
      councilId: access.councilId,
      entityType: 'entry',
      entityId: saved.id,
      action: before ? 'update' : 'create',
      old: before ?? undefined,
      new: saved,
      reason: body.reason ?? null,
    });
    const [files] = await tx
      .select({ n: count() })
      .from(evidenceFiles)
      .where(eq(evidenceFiles.entryId, saved.id));
    return { entry: saved, evidenceCount: files?.n ?? 0 };
  }
}

function cellOf(address: EntryAddress) {
  return { unitId: address.unitId, criterionCode: address.criterionCode };
}
