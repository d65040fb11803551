import { useQuery } from '@tanstack/react-query';
import { apiQuery } from './keys';
import type { Page } from './types';

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
  return useQuery({
    ...apiQuery<Page<Period>>(`/councils/${councilId}/periods`, { pageSize: 500 }),
    select: (page) => page.items,
    enabled: Boolean(councilId),
  });
}

/**
 * The clusters and blocks of a period, one query shared by every screen; `C` is the part of the API's
 * cluster a screen reads.
 */
export function useClusters<C extends ClusterSummary = ClusterSummary>(periodId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<C>>(`/periods/${periodId}/clusters`, { pageSize: 500 }),
    select: (page) => page.items,
    enabled: Boolean(periodId),
  });
}
