import { Flex, Select } from 'antd';
import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import type { Council, Session } from '../api/types';
import { useSignedIn } from '../auth/require-session';
import { useClusters, usePeriods } from '../ranking/api';
import type { Period } from '../ranking/types';
import { defaultPeriod, myUnits } from './periods';
import { choiceTexts as t } from './texts';

/** A cluster of a period, with its members and seats (GET /periods/:id/clusters). */
export interface ClusterWithMembers {
  id: string;
  periodId: string;
  code: string;
  name: string;
  kind: string;
  lineageId?: string;
  members?: { unitId: string; code: string; name: string; seat: 'leader' | 'deputy' | 'member' }[];
}

/** The council, period and cluster a council screen works on, kept in the address (`?ky=…&cum=…`). */
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
  const session = useSignedIn();
  const { councilId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const councils = useCouncils();
  const council = councils.data?.find((c) => c.id === councilId);
  const periods = usePeriods(council?.id);
  const period = periods.data?.find((p) => p.id === search.get('ky')) ?? defaultPeriod(periods.data ?? []);
  const clustersQuery = useClusters(period?.id);
  const clusters = (clustersQuery.data ?? []) as ClusterWithMembers[];
  const mine = myUnits(session, council?.id);
  const cluster =
    clusters.find((c) => c.id === search.get('cum')) ??
    clusters.find((c) => c.members?.some((m) => mine.has(m.unitId))) ??
    clusters[0];

  const choose = (changes: { ky?: string; cum?: string }) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (changes.ky !== undefined) {
          next.set('ky', changes.ky);
          next.delete('cum');
          next.delete('donVi');
        }
        if (changes.cum !== undefined) {
          next.set('cum', changes.cum);
          next.delete('donVi');
        }
        return next;
      },
      { replace: true },
    );

  const pickers = (
    <Flex wrap gap={12} align="flex-end">
      <Flex vertical gap={4} className="ranking-picker">
        <label htmlFor={`${idPrefix}-period`}>{t.period}</label>
        <Select
          id={`${idPrefix}-period`}
          value={period?.id}
          placeholder={t.choosePeriod}
          loading={periods.isPending}
          options={(periods.data ?? []).map((p) => ({
            value: p.id,
            label: p.archivedAt ? `${p.name} (${t.archived})` : `${p.name} — ${p.stageName}`,
          }))}
          onChange={(id: string) => choose({ ky: id })}
          popupMatchSelectWidth={false}
        />
      </Flex>
      <Flex vertical gap={4} className="ranking-picker">
        <label htmlFor={`${idPrefix}-cluster`}>{t.cluster}</label>
        <Select
          id={`${idPrefix}-cluster`}
          value={cluster?.id}
          placeholder={t.chooseCluster}
          loading={clustersQuery.isFetching}
          disabled={!period}
          options={clusters.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(id: string) => choose({ cum: id })}
          popupMatchSelectWidth={false}
        />
      </Flex>
    </Flex>
  );

  return {
    council,
    councilsLoading: councils.isPending,
    councilsError: councils.error,
    period,
    cluster,
    clusters,
    loading: periods.isPending || (Boolean(period) && clustersQuery.isPending),
    error: periods.error ?? clustersQuery.error,
    retry: () => {
      void periods.refetch();
      void clustersQuery.refetch();
    },
    myUnitIds: new Set(cluster?.members?.filter((m) => mine.has(m.unitId)).map((m) => m.unitId)),
    pickers,
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
