import { useParams, useSearchParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import type { Council } from '../api/types';
import { useSignedIn } from '../auth/require-session';
import { usePeriodClusters, useCouncilPeriods } from './api';
import type { ClusterDetail, PeriodSummary, Seat } from './types';

/** The user's place in the chosen cluster: the units they work for there and what the UI may offer. */
export interface ClusterRoles {
  /** Member units of the cluster the user works for (usually one). */
  ownUnitIds: string[];
  seats: Set<Seat>;
  standingOffice: boolean;
  councilMember: boolean;
  /** Leader, deputies, standing office and council members follow the whole cluster. */
  followsCluster: boolean;
}

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
 * The period shown first: the latest one that is not archived (else the latest), the one that started
 * last winning, the first listed when two start the same day.
 */
export function defaultPeriod(periods: readonly PeriodSummary[]): PeriodSummary | undefined {
  const latest = (list: readonly PeriodSummary[]) =>
    list.reduce<PeriodSummary | undefined>((a, p) => (!a || p.startsOn > a.startsOn ? p : a), undefined);
  return latest(periods.filter((p) => !p.archivedAt)) ?? latest(periods);
}

/** The cluster shown first: the one a unit of the user sits in, else the first. */
export function defaultCluster(
  clusters: readonly ClusterDetail[],
  unitIds: ReadonlySet<string>,
): ClusterDetail | undefined {
  return clusters.find((c) => c.members.some((m) => unitIds.has(m.unitId))) ?? clusters[0];
}

/** What the user is in a cluster (the server decides every write; this only shapes the screen). */
export function rolesInCluster(
  cluster: ClusterDetail | undefined,
  unitIds: ReadonlySet<string>,
  councilRoles: readonly string[],
  systemAdmin: boolean,
): ClusterRoles {
  const own = (cluster?.members ?? []).filter((m) => unitIds.has(m.unitId));
  const seats = new Set(own.map((m) => m.seat));
  const standingOffice = systemAdmin || councilRoles.includes('standingOffice');
  const councilMember = councilRoles.includes('councilMember');
  return {
    ownUnitIds: own.map((m) => m.unitId),
    seats,
    standingOffice,
    councilMember,
    followsCluster: standingOffice || councilMember || seats.has('leader') || seats.has('deputy'),
  };
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
    setSearch(
      (current) => {
        const next = new URLSearchParams();
        const ky = changes.ky ?? current.get('ky');
        if (ky) next.set('ky', ky);
        const cum = changes.ky !== undefined ? changes.cum : (changes.cum ?? current.get('cum'));
        if (cum) next.set('cum', cum);
        return next;
      },
      { replace: true },
    );

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
