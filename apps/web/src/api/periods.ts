import type { ClusterMemberView, ClusterView } from '@thidua/contracts/periods-clusters';
import type { PeriodView } from '@thidua/contracts/periods';
import { useApiItems } from './use-api';

/** A period as the API lists it (what the screens read of the contract's period). */
export type Period = Pick<
  PeriodView,
  | 'id'
  | 'councilId'
  | 'name'
  | 'year'
  | 'calendar'
  | 'startsOn'
  | 'endsOn'
  | 'stage'
  | 'stageName'
  | 'archivedAt'
>;

/** What every screen reads of a cluster (the API sends more: members, seats, abilities). */
export type ClusterSummary = Pick<ClusterView, 'id' | 'periodId' | 'code' | 'name' | 'kind'>;

/** A cluster with its members and their seats, as the period's list gives it. */
export type ClusterWithMembers = ClusterSummary &
  Partial<Pick<ClusterView, 'lineageId'>> & {
    members?: Pick<ClusterMemberView, 'unitId' | 'code' | 'name' | 'seat'>[];
  };

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
