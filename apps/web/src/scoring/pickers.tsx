import { defaultPeriod } from '../app/default-period';
import { Flex, Select } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useClusters, usePeriods } from '../ranking/api';
import type { Cluster, Period } from '../ranking/types';
import { texts } from './texts';

/** A cluster as the clusters list returns it, with its members (to find the user's own cluster). */
export interface ClusterWithMembers extends Cluster {
  members?: { unitId: string; code: string; name: string; seat: string }[];
}

/**
 * The period and cluster a scoring screen shows, kept in the address (`?ky=…&cum=…`): by default the
 * latest period and the first cluster one of the user's units sits in (else the first cluster).
 */
export function usePeriodAndCluster(councilId: string | undefined, ownUnitIds: ReadonlySet<string>) {
  const [search, setSearch] = useSearchParams();
  const periods = usePeriods(councilId);
  const period = periods.data?.find((p) => p.id === search.get('ky')) ?? defaultPeriod(periods.data ?? []);
  const clusters = useClusters(period?.id);
  const list = (clusters.data ?? []) as ClusterWithMembers[];
  const own = list.filter((c) => c.members?.some((m) => ownUnitIds.has(m.unitId)));
  const cluster = list.find((c) => c.id === search.get('cum')) ?? own[0] ?? list[0];

  const choose = (changes: { ky?: string; cum?: string }) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (changes.ky !== undefined) {
          next.set('ky', changes.ky);
          next.delete('cum');
        }
        if (changes.cum !== undefined) next.set('cum', changes.cum);
        return next;
      },
      { replace: true },
    );
  return { periods, period, clusters, list, own, cluster, choose };
}

export function periodLabel(period: Period): string {
  return period.archivedAt ? `${period.name} (${texts.archived})` : `${period.name} — ${period.stageName}`;
}

export function Pickers({
  idPrefix,
  periods,
  period,
  clusters,
  cluster,
  loadingClusters,
  onChoose,
  extra,
}: {
  idPrefix: string;
  periods: Period[];
  period: Period | undefined;
  clusters: ClusterWithMembers[];
  cluster: ClusterWithMembers | undefined;
  loadingClusters: boolean;
  onChoose: (changes: { ky?: string; cum?: string }) => void;
  extra?: ReactNode;
}) {
  return (
    <Flex wrap gap={12} align="flex-end" className="ranking-pickers">
      <Picker label={texts.period} id={`${idPrefix}-period`}>
        <Select
          id={`${idPrefix}-period`}
          value={period?.id}
          placeholder={texts.choosePeriod}
          options={periods.map((p) => ({ value: p.id, label: periodLabel(p) }))}
          onChange={(id: string) => onChoose({ ky: id })}
          popupMatchSelectWidth={false}
        />
      </Picker>
      <Picker label={texts.cluster} id={`${idPrefix}-cluster`}>
        <Select
          id={`${idPrefix}-cluster`}
          value={cluster?.id}
          placeholder={texts.chooseCluster}
          loading={loadingClusters}
          disabled={!period}
          options={clusters.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(id: string) => onChoose({ cum: id })}
          popupMatchSelectWidth={false}
        />
      </Picker>
      {extra}
    </Flex>
  );
}

export function Picker({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4} className="ranking-picker">
      <label htmlFor={id}>{label}</label>
      {children}
    </Flex>
  );
}
