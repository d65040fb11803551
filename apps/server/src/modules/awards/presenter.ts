import {
  type AwardProposal,
  awardProposals,
  clusters,
  type CouncilDecision,
  councilDecisions,
  type Database,
  type Quota,
  type Transaction,
  units,
} from '@thidua/db';
import { eq, type SQL } from 'drizzle-orm';
import type { DecisionView, ProposalView, QuotaView } from '@thidua/contracts/awards';

/** Points are stored as exact decimal text ('912.50'); with two decimals the JSON number is exact too. */
const points = (value: string | null): number | null => (value === null ? null : Number(value));

export function presentQuota(quota: Quota, awardName: string | null, canUpdate: boolean): QuotaView {
  return {
    id: quota.id,
    clusterId: quota.clusterId,
    awardCode: quota.awardCode,
    awardName,
    quota: quota.quota,
    sourceNumber: quota.sourceNumber,
    note: quota.note,
    version: quota.version,
    abilities: { update: canUpdate },
  };
}

export function presentDecision(decision: CouncilDecision, canUpdate: boolean): DecisionView {
  return {
    id: decision.id,
    councilId: decision.councilId,
    periodId: decision.periodId,
    number: decision.number,
    title: decision.title,
    signedOn: decision.signedOn,
    signer: decision.signer,
    note: decision.note,
    version: decision.version,
    abilities: { update: canUpdate },
  };
}

/** A proposal with the names the list shows next to it. */
export interface ProposalRow {
  proposal: AwardProposal;
  unitName: string;
  clusterName: string | null;
  decision: CouncilDecision | null;
}

/** The query every proposal list and view starts from. */
export function selectProposals(db: Database | Transaction, where: SQL | undefined) {
  return db
    .select({
      proposal: awardProposals,
      unitName: units.name,
      clusterName: clusters.name,
      decision: councilDecisions,
    })
    .from(awardProposals)
    .innerJoin(units, eq(units.id, awardProposals.unitId))
    .leftJoin(clusters, eq(clusters.id, awardProposals.clusterId))
    .leftJoin(councilDecisions, eq(councilDecisions.id, awardProposals.decisionId))
    .where(where);
}

/** Only a proposal still `proposed` can be adjusted, withdrawn or decided. */
export function presentProposal(
  row: ProposalRow,
  may: { canAdjust: boolean; canDecide: boolean },
): ProposalView {
  const { proposal, decision } = row;
  const open = proposal.status === 'proposed';
  return {
    id: proposal.id,
    periodId: proposal.periodId,
    clusterId: proposal.clusterId,
    clusterName: row.clusterName,
    unitId: proposal.unitId,
    unitName: row.unitName,
    awardCode: proposal.awardCode,
    criteriaVersionId: proposal.criteriaVersionId,
    finalScore: points(proposal.finalScore),
    rank: proposal.rank,
    vote:
      proposal.voteInFavour === null || proposal.voteMembers === null
        ? null
        : { inFavour: proposal.voteInFavour, members: proposal.voteMembers },
    status: proposal.status,
    meetingId: proposal.meetingId,
    decision: decision
      ? {
          id: decision.id,
          number: decision.number,
          title: decision.title,
          signedOn: decision.signedOn,
          signer: decision.signer,
        }
      : null,
    note: proposal.note,
    reason: proposal.reason,
    incompleteConfirmation: proposal.incompleteConfirmation,
    version: proposal.version,
    abilities: {
      adjust: may.canAdjust && open,
      withdraw: may.canAdjust && open,
      decide: may.canDecide && open,
      return: may.canDecide && open && proposal.clusterId !== null,
    },
  };
}
