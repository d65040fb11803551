import { api } from '../api/client';
import { useLatestIssuedVersion } from '../criteria/api';
import { apiKey, readsOf } from '../api/keys';
import { useApiItems, useApiRead } from '../api/use-api';
import type {
  ClusterDetail,
  CriteriaVersion,
  PactAgreements,
  PactRow,
  PeriodSummary,
  PrintView,
  Registration,
  RegistrationBasis,
  RegistrationContent,
  RegistrationPage,
} from './types';

export const registrationKeys = {
  /** Every registration read: each one, its print view, and every cluster's list and pacts. */
  all: readsOf('registrations', 'pacts', 'pact-agreements'),
  one: (id: string) => apiKey(`/registrations/${id}`),
  pacts: (clusterId: string) => apiKey(`/clusters/${clusterId}/pacts`),
  agreements: (clusterId: string) => apiKey(`/clusters/${clusterId}/pact-agreements`),
};

/** A council's periods (a council has a few a year; one page of 500 is all of them). */
export function useCouncilPeriods(councilId: string | undefined) {
  return useApiItems<PeriodSummary>(councilId, `/councils/${councilId}/periods`);
}

/** The clusters and blocks of a period, each with its members and their seats. */
export function usePeriodClusters(periodId: string | undefined) {
  return useApiItems<ClusterDetail>(periodId, `/periods/${periodId}/clusters`);
}

/** The cluster's latest issued criteria, or null. */
export const useIssuedCriteria = (clusterId: string | undefined) =>
  useLatestIssuedVersion<CriteriaVersion>(clusterId);

/**
 * What a new registration is made against: the cluster's latest issued criteria, before issue its
 * current draft, or none yet (issue #14 §3).
 */
export function useRegistrationBasis(clusterId: string | undefined) {
  return useApiRead<RegistrationBasis>(clusterId, `/clusters/${clusterId}/registration-basis`);
}

/** One criteria version (the one a registration's targets are against: issued, or the draft before issue). */
export function useCriteriaVersion(versionId: string | undefined) {
  return useApiRead<CriteriaVersion>(versionId, `/criteria-versions/${versionId}`);
}

export function useRegistrationList(clusterId: string | undefined, page: number, pageSize: number) {
  return useApiRead<RegistrationPage>(clusterId, `/clusters/${clusterId}/registrations`, { page, pageSize });
}

export function useRegistration(id: string | undefined) {
  return useApiRead<Registration>(id, `/registrations/${id}`);
}

export function usePrintView(id: string | undefined) {
  return useApiRead<PrintView>(id, `/registrations/${id}/print`);
}

export function usePacts(clusterId: string | undefined) {
  return useApiItems<PactRow>(clusterId, `/clusters/${clusterId}/pacts`);
}

/** Whether the follower and the standing office agreed to the cluster's pact signing. */
export function usePactAgreements(clusterId: string | undefined) {
  return useApiRead<PactAgreements>(clusterId, `/clusters/${clusterId}/pact-agreements`);
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
