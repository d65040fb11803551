import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey, apiQuery, readsOf } from '../api/keys';
import { useApiItems, useApiRead } from '../api/use-api';
import type { Page } from '../api/types';
import type { ClusterResult, Meeting, MeetingInput, MeetingSummary, Vote, VotePurpose } from './types';

export const meetingKeys = {
  /** Every meeting read: each meeting (with its votes) and the meetings of every cluster and period. */
  all: readsOf('meetings'),
  one: (id: string) => apiKey(`/meetings/${id}`),
  votes: (id: string) => apiKey(`/meetings/${id}/votes`),
};

/** Where meetings live: a cluster, or the council itself for a period. */
export type MeetingScope = { clusterId: string } | { periodId: string };

const scopePath = (scope: MeetingScope) =>
  'clusterId' in scope ? `/clusters/${scope.clusterId}/meetings` : `/periods/${scope.periodId}/meetings`;

export function useMeetings(scope: MeetingScope | undefined, page: number, pageSize: number) {
  return useQuery({
    ...apiQuery<Page<MeetingSummary>>(scope ? scopePath(scope) : '/meetings', { page, pageSize }),
    enabled: Boolean(scope),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string | undefined) {
  return useApiRead<Meeting>(id, `/meetings/${id}`);
}

export function useVotes(meetingId: string | undefined) {
  return useApiItems<Vote>(meetingId, `/meetings/${meetingId}/votes`);
}

/** The engine's result for the cluster, read to show how a tie-break vote settled the ranking. */
export function useClusterResult(clusterId: string | undefined, enabled: boolean) {
  return useQuery({
    ...apiQuery<ClusterResult>(`/clusters/${clusterId}/results`),
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
