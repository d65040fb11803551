import { useParams, useSearchParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import type { Council } from '../api/types';
import { useSignedIn } from '../auth/require-session';
import { usePeriodClusters, useCouncilPeriods } from './api';
import {
  type ClusterRoles,
  defaultCluster,
  defaultPeriod,
  rolesInCluster,
  nextChoiceParams,
} from './cluster-rules';
import type { ClusterDetail, PeriodSummary } from './types';

export interface ClusterChoice {
  councilId: string;
  council: Council | undefined;
  councilsLoading: boolean;
  councilsError: unknown;
  periods: ReturnType<typeof useCouncilPeriods>;
  clusters: ReturnType<typeof usePeriodClusters>;
  period: PeriodSummary | undefined;
  cluster: ClusterDetail | undefined;
  roles: ClusterRoles;
  choose: (changes: { ky?: string; cum?: string }) => void;
}

/**
 * Council → period → cluster of a council screen, kept in the address (`?ky=…&cum=…`) so a link opens
 * the same cluster. By default the latest open period and the cluster of the user's own unit.
 */
export function useClusterChoice(): ClusterChoice {
  const { councilId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const session = useSignedIn();
  const councils = useCouncils();
  const council = councils.data?.find((c) => c.id === councilId);
  const periods = useCouncilPeriods(council?.id);
  const period = periods.data?.find((p) => p.id === search.get('ky')) ?? defaultPeriod(periods.data ?? []);
  const clusters = usePeriodClusters(period?.id);
  const unitIds = new Set(
    session.memberships.filter((m) => m.councilId === councilId && m.unitId).map((m) => m.unitId!),
  );
  const cluster =
    clusters.data?.find((c) => c.id === search.get('cum')) ?? defaultCluster(clusters.data ?? [], unitIds);

  const choose = (changes: { ky?: string; cum?: string }) =>
    setSearch((current) => nextChoiceParams(current, changes), { replace: true });

  return {
    councilId,
    council,
    councilsLoading: councils.isPending,
    councilsError: councils.error,
    periods,
    clusters,
    period,
    cluster,
    roles: rolesInCluster(cluster, unitIds, council?.roles ?? [], session.user.isSystemAdmin),
    choose,
  };
}
