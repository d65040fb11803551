import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Page } from '../api/types';
import type { ClusterResult, Meeting, MeetingInput, MeetingSummary, Vote, VotePurpose } from './types';

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (scope: string) => ['meetings', 'list', scope] as const,
  one: (id: string) => ['meetings', 'one', id] as const,
  votes: (id: string) => ['meetings', 'votes', id] as const,
};

/** Where meetings live: a cluster, or the council itself for a period. */
export type MeetingScope = { clusterId: string } | { periodId: string };

const scopePath = (scope: MeetingScope) =>
  'clusterId' in scope ? `/clusters/${scope.clusterId}/meetings` : `/periods/${scope.periodId}/meetings`;
const scopeKey = (scope: MeetingScope) =>
  'clusterId' in scope ? scope.clusterId : `council:${scope.periodId}`;

export function useMeetings(scope: MeetingScope | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...meetingKeys.list(scope ? scopeKey(scope) : ''), page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<MeetingSummary>>(scopePath(scope!), { signal, query: { page, pageSize } }),
    enabled: Boolean(scope),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.get<Meeting>(`/meetings/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useVotes(meetingId: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.votes(meetingId ?? ''),
    queryFn: ({ signal }) =>
      api
        .get<Page<Vote>>(`/meetings/${meetingId}/votes`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(meetingId),
  });
}

/** The engine's result for the cluster, read to show how a tie-break vote settled the ranking. */
export function useClusterResult(clusterId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['meetings', 'cluster-result', clusterId],
    queryFn: ({ signal }) => api.get<ClusterResult>(`/clusters/${clusterId}/results`, { signal }),
    enabled: Boolean(clusterId) && enabled,
    retry: false,
  });
}

export const meetingCommands = {
  schedule: (scope: MeetingScope, input: MeetingInput) => api.post<Meeting>(scopePath(scope), input),
  update: (
    id: string,
    patch: Partial<MeetingInput> & { version: number; minutes?: string | null; decisions?: string | null },
  ) => api.patch<Meeting>(`/meetings/${id}`, patch),
  attendance: (
    id: string,
    version: number,
    items: { unitId: string; present: boolean; delegates?: string | null }[],
  ) => api.put<Meeting>(`/meetings/${id}/attendance`, { version, items }),
  recordVote: (
    meetingId: string,
    body: {
      purpose: VotePurpose;
      awardCode?: string;
      position?: string;
      unitId: string;
      votes: number;
      note?: string | null;
    },
  ) => api.post<Vote>(`/meetings/${meetingId}/votes`, body),
  correctVote: (id: string, body: { version: number; votes: number; note?: string | null; reason: string }) =>
    api.patch<Vote>(`/votes/${id}`, body),
};
