import { api } from '../api/client';
import { readsOf } from '../api/keys';
import { useApiItems, useApiWrite } from '../api/use-api';

// The award proposals, the council's decisions and the Government-flag nominee (module awards).

// The shapes come from the contract the server's routes declare (@thidua/contracts).
export type {
  CandidateView as Candidate,
  DecisionRefView as DecisionRef,
  DecisionView as Decision,
  ProposalView as Proposal,
} from '@thidua/contracts/awards';
import type {
  CandidateView as Candidate,
  DecisionView as Decision,
  ProposalView as Proposal,
} from '@thidua/contracts/awards';

export interface ProposalRow {
  unitId: string;
  awardCode: string;
  finalScore: number;
  rank: number;
}

/** The proposals of a cluster (every status), by award then rank. */
export function useClusterProposals(clusterId: string | undefined) {
  return useApiItems<Proposal>(clusterId, `/clusters/${clusterId}/proposals`);
}

/** The council's own proposals of a period (the Government-flag nominees). */
export function useCouncilProposals(periodId: string | undefined, enabled: boolean) {
  return useApiItems<Proposal>(periodId && enabled, `/periods/${periodId}/proposals`, { level: 'council' });
}

export function useDecisions(periodId: string | undefined, enabled = true) {
  return useApiItems<Decision>(periodId && enabled, `/periods/${periodId}/decisions`);
}

export function useCandidates(periodId: string | undefined, enabled: boolean) {
  return useApiItems<Candidate>(periodId && enabled, `/periods/${periodId}/government-flag/candidates`);
}

/** Every proposal write changes lists, candidates and the due panel: read them all again. */
function useProposalWrite<I = void, O = unknown>(write: (input: I) => Promise<O>) {
  return useApiWrite(write, readsOf('proposals', 'government-flag', 'decisions', 'deadlines'));
}

export interface ListInput {
  rows: ProposalRow[];
  note?: string;
  confirmIncomplete?: { unitIds: string[]; reason: string };
}

export function useCreateList(clusterId: string | undefined) {
  return useProposalWrite((input: ListInput) =>
    api.post<{ items: Proposal[] }>(`/clusters/${clusterId}/proposals`, input),
  );
}

export type ProposalAction =
  | { kind: 'adjust'; awardCode?: string; note?: string | null; reason: string }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'return'; reason: string }
  | { kind: 'decide'; outcome: 'approved' | 'rejected'; decisionId: string; reason: string };

/** One change of one proposal, sent with the version read. */
export function useProposalAction() {
  return useProposalWrite(({ proposal, action }: { proposal: Proposal; action: ProposalAction }) => {
    const { kind, ...body } = action;
    const payload = { ...body, version: proposal.version };
    return kind === 'adjust'
      ? api.patch<Proposal>(`/proposals/${proposal.id}`, payload)
      : api.post<Proposal>(`/proposals/${proposal.id}/${kind}`, payload);
  });
}

export interface DecisionInput {
  number: string;
  title: string;
  signedOn?: string | null;
  signer?: string | null;
  note?: string | null;
}

export function useCreateDecision(periodId: string | undefined) {
  return useProposalWrite((input: DecisionInput) =>
    api.post<Decision>(`/periods/${periodId}/decisions`, input),
  );
}

export interface NomineeInput {
  unitId: string;
  vote: { inFavour: number; members: number };
  meetingId?: string;
  reason?: string;
}

export function useNominate(periodId: string | undefined) {
  return useProposalWrite((input: NomineeInput) =>
    api.post<Proposal>(`/periods/${periodId}/government-flag/nominee`, input),
  );
}
