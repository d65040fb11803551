import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Page, Unit } from '../api/types';
import type {
  Cluster,
  ClusterInput,
  DeadlineInput,
  DueList,
  HistoryItem,
  Period,
  PeriodInput,
  PeriodProfile,
  PeriodStage,
  SeatInput,
} from './types';

// Query keys: `periods` is shared with the ranking screen's list of a council's periods.
export const periodsKey = (councilId: string) => ['periods', councilId] as const;
export const periodKey = (periodId: string) => ['period', periodId] as const;
export const clustersKey = (periodId: string) => ['clusters', periodId] as const;
export const dueKey = (periodId: string) => ['deadlines-due', periodId] as const;

/** Every period of a council (a few a year: one page of 500 holds them all), newest first. */
export function useCouncilPeriods(councilId: string | undefined) {
  return useQuery({
    queryKey: periodsKey(councilId ?? ''),
    queryFn: ({ signal }) =>
      api
        .get<Page<Period>>(`/councils/${councilId}/periods`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(councilId),
  });
}

export function usePeriod(periodId: string | undefined) {
  return useQuery({
    queryKey: periodKey(periodId ?? ''),
    queryFn: ({ signal }) => api.get<Period>(`/periods/${periodId}`, { signal }),
    enabled: Boolean(periodId),
  });
}

export function usePeriodProfiles() {
  return useQuery({
    queryKey: ['period-profiles'],
    queryFn: ({ signal }) =>
      api.get<{ items: PeriodProfile[] }>('/period-profiles', { signal }).then((r) => r.items),
    staleTime: Infinity,
  });
}

/** The deadlines of a period with what is done, current, upcoming and late (judged by the server). */
export function useDue(periodId: string | undefined, clusterId?: string) {
  return useQuery({
    queryKey: [...dueKey(periodId ?? ''), clusterId ?? null],
    queryFn: ({ signal }) =>
      api.get<DueList>(`/periods/${periodId}/deadlines/due`, {
        signal,
        query: { pageSize: 500, clusterId },
      }),
    enabled: Boolean(periodId),
  });
}

export function useClusterList(periodId: string | undefined) {
  return useQuery({
    queryKey: clustersKey(periodId ?? ''),
    queryFn: ({ signal }) =>
      api
        .get<Page<Cluster>>(`/periods/${periodId}/clusters`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(periodId),
  });
}

export function useCluster(clusterId: string | undefined) {
  return useQuery({
    queryKey: ['cluster', clusterId],
    queryFn: ({ signal }) => api.get<Cluster>(`/clusters/${clusterId}`, { signal }),
    enabled: Boolean(clusterId),
  });
}

/** Who led and deputised the cluster's lineage in each period, newest first. */
export function useClusterHistory(clusterId: string | undefined) {
  return useQuery({
    queryKey: ['cluster-history', clusterId],
    queryFn: ({ signal }) =>
      api
        .get<Page<HistoryItem>>(`/clusters/${clusterId}/history`, { signal, query: { pageSize: 100 } })
        .then((page) => page.items),
    enabled: Boolean(clusterId),
  });
}

/** Every unit of the council (for choosing members); one page of 500 holds a province's units. */
export function useAllUnits(councilId: string | undefined) {
  return useQuery({
    queryKey: ['units', councilId ?? '', 'all'],
    queryFn: ({ signal }) =>
      api
        .get<Page<Unit>>(`/councils/${councilId}/units`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(councilId),
  });
}

export interface CouncilPerson {
  id: string;
  username: string;
  displayName: string;
}

/** The council members (Thành viên Hội đồng) who may follow a cluster. */
export function useCouncilMembers(councilId: string | undefined) {
  return useQuery({
    queryKey: ['users', councilId ?? '', 'councilMember'],
    queryFn: ({ signal }) =>
      api
        .get<Page<CouncilPerson>>(`/councils/${councilId}/users`, {
          signal,
          query: { role: 'councilMember', pageSize: 500 },
        })
        .then((page) => page.items),
    enabled: Boolean(councilId),
  });
}

/** After any write to a period, its lists are read again (the server's answer is the truth). */
function useRefresh(periodId: string | undefined) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['periods'] }),
      queryClient.invalidateQueries({ queryKey: periodKey(periodId ?? '') }),
      queryClient.invalidateQueries({ queryKey: clustersKey(periodId ?? '') }),
      queryClient.invalidateQueries({ queryKey: dueKey(periodId ?? '') }),
      queryClient.invalidateQueries({ queryKey: ['cluster'] }),
      queryClient.invalidateQueries({ queryKey: ['cluster-history'] }),
    ]);
  };
}

/** A write whose success reads the period's lists again. */
function useWrite<I, O>(periodId: string | undefined, fn: (input: I) => Promise<O>) {
  const refresh = useRefresh(periodId);
  return useMutation({ mutationFn: fn, onSuccess: refresh });
}

const removeMemberUrl = (id: string, unitId: string, version: number, reason?: string) =>
  `/clusters/${id}/members/${unitId}?${new URLSearchParams({
    version: String(version),
    ...(reason ? { reason } : {}),
  }).toString()}`;

export function usePeriodMutations(councilId: string, periodId: string | undefined) {
  return {
    createPeriod: useWrite(periodId, (input: PeriodInput) =>
      api.post<Period>(`/councils/${councilId}/periods`, input),
    ),
    updatePeriod: useWrite(
      periodId,
      (input: { version: number; name?: string; startsOn?: string; endsOn?: string }) =>
        api.patch<Period>(`/periods/${periodId}`, input),
    ),
    changeStage: useWrite(periodId, (input: { version: number; stage: PeriodStage; reason?: string }) =>
      api.post<Period>(`/periods/${periodId}/stage`, input),
    ),
    setDeadline: useWrite(periodId, (input: DeadlineInput) =>
      api.put(`/periods/${periodId}/deadlines`, input),
    ),
    deleteDeadline: useWrite(periodId, (deadline: { id: string; version: number }) =>
      api.delete(`/periods/${periodId}/deadlines/${deadline.id}`, undefined, {
        query: { version: deadline.version },
      }),
    ),
    createCluster: useWrite(periodId, (input: ClusterInput) =>
      api.post<Cluster>(`/periods/${periodId}/clusters`, input),
    ),
    copyClusters: useWrite(periodId, (sourcePeriodId: string) =>
      api.post<{ clusters: number; members: number }>(`/periods/${periodId}/clusters/copy`, {
        sourcePeriodId,
      }),
    ),
    updateCluster: useWrite(
      periodId,
      ({ id, ...patch }: Partial<ClusterInput> & { id: string; version: number }) =>
        api.patch<Cluster>(`/clusters/${id}`, patch),
    ),
    addMembers: useWrite(
      periodId,
      ({ id, ...body }: { id: string; version: number; unitIds: string[]; reason?: string }) =>
        api.post<Cluster>(`/clusters/${id}/members`, body),
    ),
    removeMember: useWrite(
      periodId,
      (input: { id: string; unitId: string; version: number; reason?: string }) =>
        api.delete<Cluster>(removeMemberUrl(input.id, input.unitId, input.version, input.reason)),
    ),
    setLeadership: useWrite(
      periodId,
      ({ id, ...body }: { id: string; version: number; seats: SeatInput[]; reason?: string }) =>
        api.put<Cluster>(`/clusters/${id}/leadership`, body),
    ),
  };
}
