import { type Database, type Entry, type EntryStage, type Transaction } from '@thidua/db';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { AppError, invalid } from '../../http/errors';
import { notifyReviewChanged } from '../../notifications/events';
import { loadPeriodForWrite } from '../../workflow/stage-guards';
import { assertStage } from '../../workflow/stage-table';
import { loadScoringContext, ownerOf, requireLeaf, requireMemberUnit } from './context';
import { saveEntryRow } from './entry-row-write';
import { entryWriteRefusal, LAYER_ACTIONS, LAYER_NAMES, WRITE_STAGES } from './policy';
import type { entryBody } from './schema';
import { loadLowerLayers, proposalOf, sameAsStored } from './review-proposal';
import { entryValueErrors, storedEntryValues } from './values';

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
    // The access takes the period's stage lock (shared) in the same statement; the write re-checks the
    // stage when it writes, so a stage change that committed meanwhile is seen (ARCHITECTURE.md).
    const context = await loadScoringContext(tx, actor, address.clusterId, undefined, { forWrite: true });
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
    const what = `ghi điểm (${LAYER_NAMES[address.stage]})`;
    assertStage(access.period, LAYER_ACTIONS[address.stage], what);
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

    const saved = await saveEntryRow(tx, {
      criteriaVersionId: version.id,
      unitId: address.unitId,
      criterionCode: address.criterionCode,
      stage: address.stage,
      values: {
        ...storedEntryValues(body),
        note: body.note ?? null,
        reason: body.reason ?? null,
        enteredBy: actor.userId,
      },
      expectedVersion: body.version,
      periodId: access.periodId,
      allowedStages: WRITE_STAGES[address.stage],
      actorUserId: actor.userId,
      councilId: access.councilId,
    });
    if (saved) {
      if (address.stage === 'agreed') {
        await notifyReviewChanged(tx, {
          councilId: access.councilId,
          periodId: access.periodId,
          clusterId: address.clusterId,
          actorUserId: actor.userId,
          cells: [cellOf(address)],
        });
      }
      return { entry: saved.entry, evidenceCount: saved.evidenceCount };
    }
    // Nothing written: the stage changed since the access was read (say so), or the version is stale.
    assertStage(await loadPeriodForWrite(tx, access.periodId), LAYER_ACTIONS[address.stage], what);
    throw new AppError('STALE');
  }
}

function cellOf(address: EntryAddress) {
  return { unitId: address.unitId, criterionCode: address.criterionCode };
}
