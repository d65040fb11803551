import { useClusters as useClustersOf } from '../api/periods';
import {
  keepPreviousData,
  type QueryKey,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey, apiQuery } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';
import type { Page } from '../api/types';
import type {
  AssignmentInput,
  Assignment,
  Cluster,
  Comparison,
  CriteriaVersion,
  Framework,
  FrameworkCreateInput,
  FrameworkPatch,
  FrameworkSummary,
  IssueInput,
  IssuedVersion,
  RuleProfile,
  Ruleset,
  Validation,
  VersionSummary,
} from './types';

export const frameworksKey = (councilId: string) => apiKey(`/councils/${councilId}/frameworks`);
export const frameworkKey = (id: string) => apiKey(`/frameworks/${id}`);
export const versionsKey = (clusterId: string) => apiKey(`/clusters/${clusterId}/criteria-versions`);
export const versionKey = (id: string) => apiKey(`/criteria-versions/${id}`);

export interface FrameworkListParams {
  status?: string | undefined;
  q?: string | undefined;
  code?: string | undefined;
  page: number;
  pageSize: number;
}

/** One page of the council's frameworks (by code, newest revision first). */
export function useFrameworks(councilId: string | undefined, params: FrameworkListParams) {
  return useQuery({
    ...apiQuery<Page<FrameworkSummary>>(`/councils/${councilId}/frameworks`, { ...params }),
    enabled: Boolean(councilId),
    placeholderData: keepPreviousData,
  });
}

/** Every issued framework of the council (a council has a handful): what a cluster starts from. */
export function useIssuedFrameworks(councilId: string | undefined, enabled = true) {
  return useQuery({
    ...apiQuery<Page<FrameworkSummary>>(`/councils/${councilId}/frameworks`, {
      status: 'issued',
      pageSize: 100,
    }),
    select: (page) => page.items,
    enabled: Boolean(councilId) && enabled,
  });
}

export function useFramework(id: string | undefined) {
  return useApiRead<Framework>(id, `/frameworks/${id}`);
}

export function useProfiles(enabled = true) {
  return useQuery({
    ...apiQuery<{ items: RuleProfile[] }>('/rule-profiles'),
    select: (r) => r.items,
    staleTime: Infinity,
    enabled,
  });
}

/**
 * A write that answers with what it saved: that is stored as the server returned it under `itemKey`, and
 * the list it stands in (`listKey`) is read again.
 */
function useStoringWrite<I, S extends { id: string }>(
  listKey: QueryKey,
  itemKey: (id: string) => QueryKey,
  call: (input: I) => Promise<S>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (saved) => {
      queryClient.setQueryData(itemKey(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}

/** Every write to a framework refreshes the council's lists and the framework itself. */
const useFrameworkWrite = <I>(councilId: string, call: (input: I) => Promise<Framework>) =>
  useStoringWrite(frameworksKey(councilId), frameworkKey, call);

export const useCreateFramework = (councilId: string) =>
  useFrameworkWrite(councilId, (input: FrameworkCreateInput) =>
    api.post<Framework>(`/councils/${councilId}/frameworks`, input),
  );
export const useUpdateFramework = (councilId: string, id: string) =>
  useFrameworkWrite(councilId, (patch: FrameworkPatch) => api.patch<Framework>(`/frameworks/${id}`, patch));
export const useIssueFramework = (councilId: string, id: string) =>
  useFrameworkWrite(councilId, (input: IssueInput) => api.post<Framework>(`/frameworks/${id}/issue`, input));
export const useReviseFramework = (councilId: string, id: string) =>
  useFrameworkWrite(councilId, (reason: string) =>
    api.post<Framework>(`/frameworks/${id}/revisions`, { reason }),
  );

export { usePeriods } from '../api/periods';

/** The period's clusters with their members and abilities (the criteria screens need both). */
export const useClusters = (periodId: string | undefined) => useClustersOf<Cluster>(periodId);

/** A cluster's criteria revisions, newest first (outsiders see only the issued ones). */
export function useVersions(clusterId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<VersionSummary>>(`/clusters/${clusterId}/criteria-versions`, { pageSize: 100 }),
    select: (page) => page.items,
    enabled: Boolean(clusterId),
  });
}

/**
 * The cluster's latest issued criteria version, whole, or null when none is issued; `V` is the part of it
 * a screen reads. Read in two steps (the list, then the version), so its key sits below the list's:
 * whatever refreshes the list (a version issued) refreshes it.
 */
export function useLatestIssuedVersion<V>(clusterId: string | undefined) {
  return useQuery({
    queryKey: [...versionsKey(clusterId ?? ''), 'latest-issued'],
    queryFn: async ({ signal }) => {
      const list = await api.get<Page<VersionSummary>>(`/clusters/${clusterId}/criteria-versions`, {
        signal,
        query: { pageSize: 500 },
      });
      const issued = list.items
        .filter((v) => v.status === 'issued')
        .reduce<VersionSummary | undefined>((a, v) => (!a || v.revision > a.revision ? v : a), undefined);
      return issued ? api.get<V>(`/criteria-versions/${issued.id}`, { signal }) : null;
    },
    enabled: Boolean(clusterId),
  });
}

export function useVersion(id: string | undefined) {
  return useApiRead<CriteriaVersion>(id, `/criteria-versions/${id}`);
}

/** Every write to a revision refreshes the cluster's list and stores the revision as the server returned it. */
const useVersionWrite = <I, V extends CriteriaVersion = CriteriaVersion>(
  clusterId: string,
  call: (input: I) => Promise<V>,
) => useStoringWrite(versionsKey(clusterId), versionKey, call);

export const useCreateVersion = (clusterId: string) =>
  useVersionWrite(clusterId, (frameworkId: string) =>
    api.post<CriteriaVersion>(`/clusters/${clusterId}/criteria-versions`, { frameworkId }),
  );
export const useSaveVersion = (clusterId: string, id: string) =>
  useVersionWrite(clusterId, (input: { version: number; ruleset: Ruleset }) =>
    api.patch<CriteriaVersion>(`/criteria-versions/${id}`, input),
  );
export const useAgreeVersion = (clusterId: string, id: string) =>
  useVersionWrite(clusterId, (input: { version: number; note?: string }) =>
    api.post<CriteriaVersion>(`/criteria-versions/${id}/agree`, input),
  );
export const useIssueVersion = (clusterId: string, id: string) =>
  useVersionWrite(clusterId, (input: IssueInput) =>
    api.post<IssuedVersion>(`/criteria-versions/${id}/issue`, input),
  );
export const useReviseVersion = (clusterId: string, id: string) =>
  useVersionWrite(clusterId, (reason: string) =>
    api.post<CriteriaVersion>(`/criteria-versions/${id}/revisions`, { reason }),
  );

/** The server's check of a ruleset against the engine and the framework's rules (nothing saved). */
export function validateVersion(id: string, ruleset: Ruleset, signal?: AbortSignal): Promise<Validation> {
  return api.post<Validation>(`/criteria-versions/${id}/validate`, { ruleset }, { signal });
}

export function useComparison(
  clusterId: string | undefined,
  from: string | undefined,
  to: string | undefined,
) {
  return useApiRead<Comparison>(
    clusterId && from && to && from !== to,
    `/clusters/${clusterId}/criteria-versions/compare`,
    { from, to },
  );
}

export function useAssignments(versionId: string | undefined) {
  return useApiItems<Assignment>(versionId, `/criteria-versions/${versionId}/assignments`);
}

export function useSaveAssignments(clusterId: string, versionId: string) {
  return useApiWrite(
    (input: { version: number; assignments: AssignmentInput[] }) =>
      api.put<{ criteriaVersion: { id: string; version: number; status: string }; items: Assignment[] }>(
        `/criteria-versions/${versionId}/assignments`,
        input,
      ),
    { queryKey: versionKey(versionId) },
    { queryKey: versionsKey(clusterId) },
  );
}
