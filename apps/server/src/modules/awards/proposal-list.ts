import { type AwardProposal, awardProposals, type Transaction } from '@thidua/db';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { AppError, type FieldError, invalid } from '../../http/errors';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { blankToNull } from '../../kernel/text';
import { requireIssuedRuleset, unknownAwardMessage } from './issued-ruleset';
import { assertProposable } from './proposal-bars';
import { assertDataComplete, storedGaps } from './proposal-completeness';
import { checkMeeting, draftsFromRequest, loadMemberCodes, loadQuotas } from './proposal-inputs';
import { ACTIVE, activeCounts, auditProposal, lockCluster, STATUS_NAMES } from './proposal-rules';
import { checkDrafts } from './proposals-from-result';
import type { ProposalListBody } from '@thidua/contracts/awards';
import { may } from '../../access/permissions';

/** A proposal withdrawn by its cluster or returned by the standing office may be proposed again. */
const REVIVABLE: readonly string[] = ['withdrawn', 'returned'];

/**
 * Creates the cluster's proposal list from a computed result (rows, a result document, or a period
 * document scored here).
 * Every draft is checked before anything is written: member units, award codes of the issued ladder,
 * one award per unit, quotas. A unit+award withdrawn earlier is proposed again (the same row, audited);
 * one that is still active or was decided is a conflict. Returns the stored proposals.
 */
export async function createProposalList(
  tx: Transaction,
  actor: Actor,
  access: ClusterAccess,
  body: ProposalListBody,
): Promise<AwardProposal[]> {
  await loadPeriodInStage(tx, access.periodId, 'writeProposals', 'lập danh sách đề nghị khen thưởng');
  await lockCluster(tx, access.clusterId);
  await checkMeeting(tx, body.meetingId, { periodId: access.periodId, clusterId: access.clusterId });
  const issued = await requireIssuedRuleset(tx, access.clusterId);
  const members = await loadMemberCodes(tx, access.clusterId);
  const { drafts, pathOf, gaps } = await draftsFromRequest(tx, access, body, issued, members);

  const memberIds = new Set(members.map((m) => m.unitId));
  const problems = checkDrafts(drafts, {
    isMember: (id) => memberIds.has(id),
    awardCodes: new Set(issued.awards.map((a) => a.code)),
    unknownAwardMessage: unknownAwardMessage(issued),
    quotas: await loadQuotas(tx, access.clusterId),
    activeCounts: await activeCounts(tx, access.clusterId),
  });
  if (problems.length > 0) {
    throw invalid(
      problems.map((p) => ({
        path: p.field ? `${pathOf(p.source)}.${p.field}` : pathOf(p.source),
        message: p.message,
      })),
    );
  }
  // Issue #11 §2: a unit whose data is not all in is proposed only on the standing office's confirmation.
  const confirmations = assertDataComplete(
    drafts.map((d) => ({ unitId: d.unitId, path: `${pathOf(d.source)}.unitId` })),
    drafts.length === 0 ? new Map() : (gaps ?? (await storedGaps(tx, actor, access.clusterId, members))),
    new Map(members.map((m) => [m.unitId, m.name])),
    body.confirmIncomplete,
    may(access, 'decideProposals'),
  );
  if (drafts.length === 0) return [];
  // Nghị định 152/2025/NĐ-CP Art. 4.4: nobody under review, investigation or verification is proposed.
  await assertProposable(
    tx,
    access.periodId,
    drafts.map((d) => ({ unitId: d.unitId, path: `${pathOf(d.source)}.unitId` })),
  );

  // What the period already holds for these units: revivable (withdrawn, returned) or conflicting.
  const existing = await tx
    .select()
    .from(awardProposals)
    .where(
      and(
        eq(awardProposals.periodId, access.periodId),
        inArray(
          awardProposals.unitId,
          drafts.map((d) => d.unitId),
        ),
        isNotNull(awardProposals.clusterId),
      ),
    );
  const conflicts: FieldError[] = [];
  for (const draft of drafts) {
    for (const row of existing.filter((e) => e.unitId === draft.unitId)) {
      const same = row.awardCode === draft.awardCode;
      if (
        (same && !REVIVABLE.includes(row.status)) ||
        (!same && (ACTIVE as readonly string[]).includes(row.status))
      ) {
        conflicts.push({
          path: `${pathOf(draft.source)}.unitId`,
          message: `đơn vị đã có đề nghị ${row.awardCode} (${STATUS_NAMES[row.status]}) trong kỳ`,
        });
      }
    }
  }
  if (conflicts.length > 0)
    throw new AppError('DUPLICATE', 'Một số đơn vị đã có đề nghị khen thưởng trong kỳ', conflicts);

  const stored: AwardProposal[] = [];
  for (const draft of drafts) {
    const values = {
      clusterId: access.clusterId,
      criteriaVersionId: issued.versionId,
      finalScore: draft.finalScore,
      rank: draft.rank,
      meetingId: body.meetingId ?? null,
      proposedBy: actor.userId,
      note: blankToNull(body.note) ?? null,
      incompleteConfirmation: confirmations.get(draft.unitId) ?? null,
    };
    const confirmation = confirmations.get(draft.unitId);
    const withdrawn = existing.find((e) => e.unitId === draft.unitId && e.awardCode === draft.awardCode);
    if (withdrawn) {
      const [revived] = await tx
        .update(awardProposals)
        .set({ ...values, status: 'proposed', reason: null, version: sql`${awardProposals.version} + 1` })
        .where(eq(awardProposals.id, withdrawn.id))
        .returning();
      await auditProposal(tx, actor, access.councilId, 'repropose', withdrawn, revived!, confirmation);
      stored.push(revived!);
      continue;
    }
    const [created] = await tx
      .insert(awardProposals)
      .values({ ...values, periodId: access.periodId, unitId: draft.unitId, awardCode: draft.awardCode })
      .returning();
    await auditProposal(tx, actor, access.councilId, 'create', undefined, created!, confirmation);
    stored.push(created!);
  }
  return stored;
}
