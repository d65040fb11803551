import { useApiItems } from './use-api';

/** A period as the API lists it. */
export interface Period {
  id: string;
  councilId: string;
  name: string;
  year: number;
  calendar: string;
  startsOn: string;
  endsOn: string;
  stage: string;
  stageName: string;
  archivedAt: string | null;
}

/** What every screen reads of a cluster (the API sends more: members, seats, abilities). */
export interface ClusterSummary {
  id: string;
  periodId: string;
  code: string;
  name: string;
  kind: string;
}

/** A cluster with its members and their seats, as the period's list gives it. */
export interface ClusterWithMembers extends ClusterSummary {
  lineageId?: string;
  members?: { unitId: string; code: string; name: string; seat: 'leader' | 'deputy' | 'member' }[];
}

/** A council's periods (a council has a few a year; one page of 500 is all of them). */
export function usePeriods(councilId: string | undefined) {
  return useApiItems<Period>(councilId, `/councils/${councilId}/periods`);
}

/**
 * The clusters and blocks of a period, one query shared by every screen; `C` is the part of the API's
 * cluster a screen reads.
 */
export function useClusters<C extends ClusterSummary = ClusterSummary>(periodId: string | undefined) {
  return useApiItems<C>(periodId, `/periods/${periodId}/clusters`);
}
