import { type AwardProposal, awardProposals, councilDecisions, type Transaction } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { AppError, invalid } from '../../http/errors';
import { loadPeriodForWrite } from '../../workflow/stage-guards';
import { assertStage, type StageAction } from '../../workflow/stage-table';
import { requireReason } from '../../kernel/reason';
import { blankToNull } from '../../kernel/text';
import { requireIssuedRuleset, unknownAwardMessage } from './issued-ruleset';
import type { ProposalAccess } from './policy';
import { loadQuotas } from './proposal-inputs';
import { activeCounts, assertOpen, auditProposal, lockCluster } from './proposal-rules';
import { checkDrafts } from './proposals-from-result';
import type { DecideBody, ProposalPatch } from '@thidua/contracts/awards';

/** What one command on an open proposal is: its audit action, its stage rule and its words. */
interface ProposalCommand {
  action: string;
  stage: StageAction;
  /** The command's name where the stage refuses it (the stage table's own words when absent). */
  what?: string;
  /** The verb `assertOpen` names when the proposal is no longer open. */
  verb: string;
}

/** The commands on an open proposal, as the audit log, the stage table and the refusals name them. */
const COMMANDS = {
  adjust: {
    action: 'adjust',
    stage: 'writeProposals',
    what: 'điều chỉnh đề nghị khen thưởng',
    verb: 'điều chỉnh',
  },
  withdraw: {
    action: 'withdraw',
    stage: 'writeProposals',
    what: 'rút đề nghị khen thưởng',
    verb: 'rút đề nghị',
  },
  return: { action: 'return', stage: 'writeProposals', what: 'trả lại đề nghị khen thưởng', verb: 'trả lại' },
  approve: { action: 'approve', stage: 'decideProposals', verb: 'duyệt' },
  reject: { action: 'reject', stage: 'decideProposals', verb: 'không duyệt' },
} as const satisfies Record<string, ProposalCommand>;

/**
 * Every command on an open proposal, in the caller's transaction: a reason is required, the stage is
 * read again, the proposal is still open, then `changes` (which may check more, and throws), the
 * versioned update and its audit event.
 */
async function changeOpenProposal(
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  body: { version: number; reason?: string | undefined },
  command: ProposalCommand,
  changes: (reason: string) => Promise<Partial<AwardProposal>> | Partial<AwardProposal>,
): Promise<AwardProposal> {
  const reason = requireReason(body.reason);
  assertStage(await loadPeriodForWrite(tx, before.periodId), command.stage, command.what);
  assertOpen(before, command.verb);
  const set = await changes(reason);
  const updated = await updateVersioned(tx, awardProposals, before.id, body.version, { ...set, reason });
  await auditProposal(tx, actor, access.councilId, command.action, before, updated, reason);
  return updated;
}

/** Changes an open proposal's award level or note, with a reason; quotas still hold. */
export async function adjustProposal(
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  patch: ProposalPatch,
): Promise<AwardProposal> {
  return changeOpenProposal(tx, actor, access, before, patch, COMMANDS.adjust, async () => {
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
    return { awardCode: patch.awardCode, note: blankToNull(patch.note) };
  });
}

/** Withdraws an open proposal, with a reason (e.g. a violation found after the meeting). */
export async function withdrawProposal(
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  body: { version: number; reason?: string | undefined },
): Promise<AwardProposal> {
  return changeOpenProposal(tx, actor, access, before, body, COMMANDS.withdraw, () => ({
    status: 'withdrawn',
  }));
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
  return changeOpenProposal(tx, actor, access, before, body, COMMANDS.return, () => {
    if (!before.clusterId) {
      throw new AppError(
        'PROPOSAL_STATE',
        'Không thể trả lại: đây là đề nghị của Hội đồng, không phải của cụm, khối (rút đề nghị nếu cần)',
      );
    }
    return { status: 'returned' };
  });
}

/** The standing office approves or rejects an open proposal, citing the council's decision. */
export async function decideProposal(
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  body: DecideBody,
): Promise<AwardProposal> {
  const command = body.outcome === 'approved' ? COMMANDS.approve : COMMANDS.reject;
  return changeOpenProposal(tx, actor, access, before, body, command, async () => {
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
    return { status: body.outcome, decisionId: decision.id };
  });
}
