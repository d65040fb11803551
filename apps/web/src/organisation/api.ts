import { useQuery } from '@tanstack/react-query';
import type { UserView } from '@thidua/contracts/users';
import { api } from '../api/client';
import { apiKey, apiQuery } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';
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

export const periodsKey = (councilId: string) => apiKey(`/councils/${councilId}/periods`);
/** A period and everything read under it (its clusters, deadlines, plans, progress…). */
export const periodKey = (periodId: string) => apiKey(`/periods/${periodId}`);

/** Every period of a council (a few a year: one page of 500 holds them all), newest first. */
export function useCouncilPeriods(councilId: string | undefined) {
  return useApiItems<Period>(councilId, `/councils/${councilId}/periods`);
}

export function usePeriod(periodId: string | undefined) {
  return useApiRead<Period>(periodId, `/periods/${periodId}`);
}

export function usePeriodProfiles() {
  return useQuery({
    ...apiQuery<{ items: PeriodProfile[] }>('/period-profiles'),
    select: (r) => r.items,
    staleTime: Infinity,
  });
}

/** The deadlines of a period with what is done, current, upcoming and late (judged by the server). */
export function useDue(periodId: string | undefined, clusterId?: string) {
  return useApiRead<DueList>(periodId, `/periods/${periodId}/deadlines/due`, { pageSize: 500, clusterId });
}

export function useClusterList(periodId: string | undefined) {
  return useApiItems<Cluster>(periodId, `/periods/${periodId}/clusters`);
}

export function useCluster(clusterId: string | undefined) {
  return useApiRead<Cluster>(clusterId, `/clusters/${clusterId}`);
}

/** Who led and deputised the cluster's lineage in each period, newest first. */
export function useClusterHistory(clusterId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<HistoryItem>>(`/clusters/${clusterId}/history`, { pageSize: 100 }),
    select: (page) => page.items,
    enabled: Boolean(clusterId),
  });
}

/** Every unit of the council (for choosing members); one page of 500 holds a province's units. */
export function useAllUnits(councilId: string | undefined) {
  return useApiItems<Unit>(councilId, `/councils/${councilId}/units`);
}

/** A council member as the users list gives it (`GET /councils/:id/users`, the contract's user). */
export type CouncilPerson = Pick<UserView, 'id' | 'username' | 'displayName'>;

/** The council members (Thành viên Hội đồng) who may follow a cluster. */
export function useCouncilMembers(councilId: string | undefined) {
  return useApiItems<CouncilPerson>(councilId, `/councils/${councilId}/users`, { role: 'councilMember' });
}

/**
 * After any write to a period, what is read of it is read again (the server's answer is the truth): the
 * council's periods, the period and everything under it, and the clusters (each with its history).
 */
function useWrite<I, O>(councilId: string, periodId: string | undefined, fn: (input: I) => Promise<O>) {
  return useApiWrite(
    fn,
    { queryKey: periodsKey(councilId) },
    ...(periodId ? [{ queryKey: periodKey(periodId) }] : []),
    { queryKey: apiKey('/clusters') },
  );
}

const removeMemberUrl = (id: string, unitId: string, version: number, reason?: string) =>
  `/clusters/${id}/members/${unitId}?${new URLSearchParams({
    version: String(version),
    ...(reason ? { reason } : {}),
  }).toString()}`;

export function usePeriodMutations(councilId: string, periodId: string | undefined) {
  return {
    createPeriod: useWrite(councilId, periodId, (input: PeriodInput) =>
      api.post<Period>(`/councils/${councilId}/periods`, input),
    ),
    updatePeriod: useWrite(
      councilId,
      periodId,
      (input: { version: number; name?: string; startsOn?: string; endsOn?: string }) =>
        api.patch<Period>(`/periods/${periodId}`, input),
    ),
    changeStage: useWrite(
      councilId,
      periodId,
      (input: { version: number; stage: PeriodStage; reason?: string }) =>
        api.post<Period>(`/periods/${periodId}/stage`, input),
    ),
    setDeadline: useWrite(councilId, periodId, (input: DeadlineInput) =>
      api.put(`/periods/${periodId}/deadlines`, input),
    ),
    deleteDeadline: useWrite(councilId, periodId, (deadline: { id: string; version: number }) =>
      api.delete(`/periods/${periodId}/deadlines/${deadline.id}`, undefined, {
        query: { version: deadline.version },
      }),
    ),
    createCluster: useWrite(councilId, periodId, (input: ClusterInput) =>
      api.post<Cluster>(`/periods/${periodId}/clusters`, input),
    ),
    copyClusters: useWrite(councilId, periodId, (sourcePeriodId: string) =>
      api.post<{ clusters: number; members: number; elected: number }>(`/periods/${periodId}/clusters/copy`, {
        sourcePeriodId,
      }),
    ),
    updateCluster: useWrite(
      councilId,
      periodId,
      ({ id, ...patch }: Partial<ClusterInput> & { id: string; version: number }) =>
        api.patch<Cluster>(`/clusters/${id}`, patch),
    ),
    addMembers: useWrite(
      councilId,
      periodId,
      ({ id, ...body }: { id: string; version: number; unitIds: string[]; reason?: string }) =>
        api.post<Cluster>(`/clusters/${id}/members`, body),
    ),
    removeMember: useWrite(
      councilId,
      periodId,
      (input: { id: string; unitId: string; version: number; reason?: string }) =>
        api.delete<Cluster>(removeMemberUrl(input.id, input.unitId, input.version, input.reason)),
    ),
    setLeadership: useWrite(
      councilId,
      periodId,
      ({ id, ...body }: { id: string; version: number; seats: SeatInput[]; reason?: string }) =>
        api.put<Cluster>(`/clusters/${id}/leadership`, body),
    ),
  };
}
