import type { ReactNode } from 'react';
import type { ClusterWithMembers } from '../api/periods';
import type { Council, Session } from '../api/types';
import { PeriodClusterPicker } from '../app/period-cluster-picker';
import { useWorkChoice } from '../app/use-work-choice';
import type { Period } from '../ranking/types';
import { myUnits } from './periods';

export type { ClusterWithMembers };

/** The council, period and cluster a council screen works on (app/use-work-choice.ts). */
export interface ClusterChoice {
  council: Council | undefined;
  councilsLoading: boolean;
  councilsError: unknown;
  period: Period | undefined;
  cluster: ClusterWithMembers | undefined;
  clusters: ClusterWithMembers[];
  loading: boolean;
  error: unknown;
  retry: () => void;
  /** The units of the cluster the user works for (their own rows). */
  myUnitIds: Set<string>;
  pickers: ReactNode;
}

export function useClusterChoice(idPrefix: string): ClusterChoice {
  const choice = useWorkChoice<ClusterWithMembers>();
  const { cluster, ownUnitIds } = choice;
  return {
    council: choice.council,
    councilsLoading: choice.councilsLoading,
    councilsError: choice.councilsError,
    period: choice.period,
    cluster,
    clusters: choice.clusterOptions,
    loading: choice.loading,
    error: choice.error,
    retry: choice.retry,
    myUnitIds: new Set(cluster?.members?.filter((m) => ownUnitIds.has(m.unitId)).map((m) => m.unitId)),
    pickers: <PeriodClusterPicker choice={choice} idPrefix={idPrefix} />,
  };
}

/** Whether the user reviews this cluster: the standing office, or staff of its leader or a deputy. */
export function reviewsCluster(
  session: Session,
  council: Council | undefined,
  cluster: ClusterWithMembers | undefined,
): boolean {
  if (session.user.isSystemAdmin) return true;
  if (council?.roles.includes('standingOffice')) return true;
  const mine = myUnits(session, council?.id);
  return Boolean(cluster?.members?.some((m) => mine.has(m.unitId) && m.seat !== 'member'));
}
