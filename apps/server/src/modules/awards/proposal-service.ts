import { type AwardProposal, awardProposals, councilDecisions, type Transaction } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { AppError, invalid } from '../../http/errors';
import { loadPeriodForWrite } from '../../workflow/stage-guards';
import { assertStage } from '../../workflow/stage-table';
import { requireReason } from '../../kernel/reason';
import { blankToNull } from '../../kernel/text';
import { requireIssuedRuleset, unknownAwardMessage } from './issued-ruleset';
import type { ProposalAccess } from './policy';
import { loadQuotas } from './proposal-inputs';
import { activeCounts, assertOpen, auditProposal, lockCluster } from './proposal-rules';
import { checkDrafts } from './proposals-from-result';
import type { DecideBody, ProposalPatch } from '@thidua/contracts/awards';

/** Changes an open proposal's award level or note, with a reason; quotas still hold. */
export async function adjustProposal(
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  patch: ProposalPatch,
): Promise<AwardProposal> {
  const reason = requireReason(patch.reason);
  assertStage(
    await loadPeriodForWrite(tx, before.periodId),
    'writeProposals',
    'điều chỉnh đề nghị khen thưởng',
  );
  assertOpen(before, 'điều chỉnh');
  if (patch.awardCode && patch.awardCode !== before.awardCode) {
    if (!before.clusterId) {
      throw invalid([
        { path: 'body.awardCode', message: 'đề nghị của Hội đồng chỉ là Cờ thi đua của Chính phủ' },
      ]);
    }
    await lockCluster(tx, before.clusterId);
    const issued = await requireIssuedRuleset(tx, before.clusterId);
    const problems = checkDrafts(
      [{ unitId: before.unitId, awardCode: patch.awardCode, finalScore: '0', rank: 1, source: 0 }],
      {
        isMember: () => true,
        awardCodes: new Set(issued.awards.map((a) => a.code)),
        unknownAwardMessage: unknownAwardMessage(issued),
        quotas: await loadQuotas(tx, before.clusterId),
        activeCounts: await activeCounts(tx, before.clusterId, before.id),
      },
    );
    if (problems.length > 0)
      throw invalid(problems.map((p) => ({ path: 'body.awardCode', message: p.message })));
  }
  const updated = await updateVersioned(tx, awardProposals, before.id, patch.version, {
    awardCode: patch.awardCode,
    note: blankToNull(patch.note),
    reason,
  });
  await auditProposal(tx, actor, access.councilId, 'adjust', before, updated, reason);
  return updated;
}

/** Withdraws an open proposal, with a reason (e.g. a violation found after the meeting). */
export async function withdrawProposal(
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  body: { version: number; reason?: string | undefined },
): Promise<AwardProposal> {
  const reason = requireReason(body.reason);
  assertStage(await loadPeriodForWrite(tx, before.periodId), 'writeProposals', 'rút đề nghị khen thưởng');
  assertOpen(before, 'rút đề nghị');
  const updated = await updateVersioned(tx, awardProposals, before.id, body.version, {
    status: 'withdrawn',
    reason,
  });
  await auditProposal(tx, actor, access.councilId, 'withdraw', before, updated, reason);
  return updated;
}

/**
 * The standing office returns an open cluster proposal with the reason the cluster must address (data to
 * complete, a dossier to fix); the place it held is freed and the cluster may propose the unit again.
 */
export async function returnProposal(
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  body: { version: number; reason?: string | undefined },
): Promise<AwardProposal> {
  const reason = requireReason(body.reason);
  assertStage(await loadPeriodForWrite(tx, before.periodId), 'writeProposals', 'trả lại đề nghị khen thưởng');
  assertOpen(before, 'trả lại');
  if (!before.clusterId) {
    throw new AppError(
      'PROPOSAL_STATE',
      'Không thể trả lại: đây là đề nghị của Hội đồng, không phải của cụm, khối (rút đề nghị nếu cần)',
    );
  }
  const updated = await updateVersioned(tx, awardProposals, before.id, body.version, {
    status: 'returned',
    reason,
  });
  await auditProposal(tx, actor, access.councilId, 'return', before, updated, reason);
  return updated;
}

/** The standing office approves or rejects an open proposal, citing the council's decision. */
export async function decideProposal(
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  body: DecideBody,
): Promise<AwardProposal> {
  const reason = requireReason(body.reason);
  assertStage(await loadPeriodForWrite(tx, before.periodId), 'decideProposals');
  assertOpen(before, body.outcome === 'approved' ? 'duyệt' : 'không duyệt');
  const [decision] = await tx
    .select({ id: councilDecisions.id })
    .from(councilDecisions)
    .where(and(eq(councilDecisions.id, body.decisionId), eq(councilDecisions.periodId, before.periodId)))
    .limit(1);
  if (!decision) {
    throw invalid([
      { path: 'body.decisionId', message: 'không phải quyết định của Hội đồng trong kỳ thi đua này' },
    ]);
  }
  const updated = await updateVersioned(tx, awardProposals, before.id, body.version, {
    status: body.outcome,
    decisionId: decision.id,
    reason,
  });
  await auditProposal(
    tx,
    actor,
    access.councilId,
    body.outcome === 'approved' ? 'approve' : 'reject',
    before,
    updated,
    reason,
  );
  return updated;
}
