import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Page } from '../api/types';
import type {
  ClusterDetail,
  CriteriaVersion,
  CriteriaVersionSummary,
  PactRow,
  PeriodSummary,
  PrintView,
  Registration,
  RegistrationContent,
  RegistrationPage,
} from './types';

export const registrationKeys = {
  all: ['registrations'] as const,
  list: (clusterId: string) => ['registrations', 'list', clusterId] as const,
  one: (id: string) => ['registrations', 'one', id] as const,
  print: (id: string) => ['registrations', 'print', id] as const,
  pacts: (clusterId: string) => ['registrations', 'pacts', clusterId] as const,
};

/** A council's periods (a council has a few a year; one page of 500 is all of them). */
export function useCouncilPeriods(councilId: string | undefined) {
  return useQuery({
    queryKey: ['cluster-context', 'periods', councilId],
    queryFn: ({ signal }) =>
      api
        .get<Page<PeriodSummary>>(`/councils/${councilId}/periods`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(councilId),
  });
}

/** The clusters and blocks of a period, each with its members and their seats. */
export function usePeriodClusters(periodId: string | undefined) {
  return useQuery({
    queryKey: ['cluster-context', 'clusters', periodId],
    queryFn: ({ signal }) =>
      api
        .get<Page<ClusterDetail>>(`/periods/${periodId}/clusters`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(periodId),
  });
}

/** The cluster's latest issued criteria (what a new registration is made against), or null. */
export function useIssuedCriteria(clusterId: string | undefined) {
  return useQuery({
    queryKey: ['cluster-context', 'issued-criteria', clusterId],
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<CriteriaVersionSummary>>(`/clusters/${clusterId}/criteria-versions`, {
        signal,
        query: { pageSize: 100 },
      });
      const issued = page.items
        .filter((v) => v.status === 'issued')
        .sort((a, b) => b.revision - a.revision)[0];
      return issued ? api.get<CriteriaVersion>(`/criteria-versions/${issued.id}`, { signal }) : null;
    },
    enabled: Boolean(clusterId),
  });
}

/** One criteria version (the one a registration was made under). */
export function useCriteriaVersion(versionId: string | undefined) {
  return useQuery({
    queryKey: ['cluster-context', 'criteria-version', versionId],
    queryFn: ({ signal }) => api.get<CriteriaVersion>(`/criteria-versions/${versionId}`, { signal }),
    enabled: Boolean(versionId),
  });
}

export function useRegistrationList(clusterId: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...registrationKeys.list(clusterId ?? ''), page, pageSize],
    queryFn: ({ signal }) =>
      api.get<RegistrationPage>(`/clusters/${clusterId}/registrations`, {
        signal,
        query: { page, pageSize },
      }),
    enabled: Boolean(clusterId),
  });
}

export function useRegistration(id: string | undefined) {
  return useQuery({
    queryKey: registrationKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.get<Registration>(`/registrations/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

export function usePrintView(id: string | undefined) {
  return useQuery({
    queryKey: registrationKeys.print(id ?? ''),
    queryFn: ({ signal }) => api.get<PrintView>(`/registrations/${id}/print`, { signal }),
    enabled: Boolean(id),
  });
}

export function usePacts(clusterId: string | undefined) {
  return useQuery({
    queryKey: registrationKeys.pacts(clusterId ?? ''),
    queryFn: ({ signal }) =>
      api
        .get<Page<PactRow>>(`/clusters/${clusterId}/pacts`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(clusterId),
  });
}

export const registrationCommands = {
  create: (clusterId: string, unitId: string, content: RegistrationContent) =>
    api.post<Registration>(`/clusters/${clusterId}/registrations`, { unitId, ...content }),
  update: (id: string, version: number, content: RegistrationContent) =>
    api.patch<Registration>(`/registrations/${id}`, { version, ...content }),
  submit: (id: string, version: number) => api.post<Registration>(`/registrations/${id}/submit`, { version }),
  reopen: (id: string, version: number, reason: string) =>
    api.post<Registration>(`/registrations/${id}/reopen`, { version, reason }),
};
