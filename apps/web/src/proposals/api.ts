import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiQuery, readsOf } from '../api/keys';
import type { Page } from '../api/types';

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

const ALL = { pageSize: 500 };

/** The proposals of a cluster (every status), by award then rank. */
export function useClusterProposals(clusterId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<Proposal>>(`/clusters/${clusterId}/proposals`, ALL),
    select: (page) => page.items,
    enabled: Boolean(clusterId),
  });
}

/** The council's own proposals of a period (the Government-flag nominees). */
export function useCouncilProposals(periodId: string | undefined, enabled: boolean) {
  return useQuery({
    ...apiQuery<Page<Proposal>>(`/periods/${periodId}/proposals`, { ...ALL, level: 'council' }),
    select: (page) => page.items,
    enabled: Boolean(periodId) && enabled,
  });
}

export function useDecisions(periodId: string | undefined, enabled = true) {
  return useQuery({
    ...apiQuery<Page<Decision>>(`/periods/${periodId}/decisions`, ALL),
    select: (page) => page.items,
    enabled: Boolean(periodId) && enabled,
  });
}

export function useCandidates(periodId: string | undefined, enabled: boolean) {
  return useQuery({
    ...apiQuery<Page<Candidate>>(`/periods/${periodId}/government-flag/candidates`, ALL),
    select: (page) => page.items,
    enabled: Boolean(periodId) && enabled,
  });
}

/** Every proposal write changes lists, candidates and the due panel: read them all again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries(readsOf('proposals', 'government-flag', 'decisions', 'deadlines'));
}

export interface ListInput {
  rows: ProposalRow[];
  note?: string;
  confirmIncomplete?: { unitIds: string[]; reason: string };
}

export function useCreateList(clusterId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ListInput) =>
      api.post<{ items: Proposal[] }>(`/clusters/${clusterId}/proposals`, input),
    onSuccess: refresh,
  });
}

export type ProposalAction =
  | { kind: 'adjust'; awardCode?: string; note?: string | null; reason: string }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'return'; reason: string }
  | { kind: 'decide'; outcome: 'approved' | 'rejected'; decisionId: string; reason: string };

/** One change of one proposal, sent with the version read. */
export function useProposalAction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ proposal, action }: { proposal: Proposal; action: ProposalAction }) => {
      const { kind, ...body } = action;
      const payload = { ...body, version: proposal.version };
      return kind === 'adjust'
        ? api.patch<Proposal>(`/proposals/${proposal.id}`, payload)
        : api.post<Proposal>(`/proposals/${proposal.id}/${kind}`, payload);
    },
    onSuccess: refresh,
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
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: DecisionInput) => api.post<Decision>(`/periods/${periodId}/decisions`, input),
    onSuccess: refresh,
  });
}

export interface NomineeInput {
  unitId: string;
  vote: { inFavour: number; members: number };
  meetingId?: string;
  reason?: string;
}

export function useNominate(periodId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: NomineeInput) =>
      api.post<Proposal>(`/periods/${periodId}/government-flag/nominee`, input),
    onSuccess: refresh,
  });
}
