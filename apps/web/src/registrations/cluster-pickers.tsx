import { Flex, Select, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useCouncils } from '../api/organisation';
import type { ClusterChoice } from './cluster-context';
import { regTexts } from './texts';
import type { PeriodSummary } from './types';

const t = regTexts.pickers;

export function periodLabel(period: PeriodSummary): string {
  return period.archivedAt ? `${period.name} (${t.archived})` : `${period.name} — ${period.stageName}`;
}

/**
 * The period and cluster pickers of a cluster screen (and the council, for users of several). `extra`
 * adds choices to the cluster list (the council's own meetings).
 */
export function ClusterPickers({
  choice,
  idPrefix,
  councilPath,
  extraClusters = [],
  clusterValue,
}: {
  choice: ClusterChoice;
  idPrefix: string;
  councilPath: (councilId: string) => string;
  extraClusters?: { value: string; label: string }[];
  clusterValue?: string;
}) {
  const navigate = useNavigate();
  const councils = useCouncils();
  const { period, cluster, periods, clusters } = choice;
  return (
    <Flex wrap gap={12} align="flex-end" className="ranking-pickers">
      {(councils.data?.length ?? 0) > 1 && (
        <Picker label={t.council} id={`${idPrefix}-council`}>
          <Select
            id={`${idPrefix}-council`}
            value={choice.councilId}
            options={(councils.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id: string) => void navigate(councilPath(id))}
            popupMatchSelectWidth={false}
          />
        </Picker>
      )}
      <Picker label={t.period} id={`${idPrefix}-period`}>
        <Select
          id={`${idPrefix}-period`}
          value={period?.id}
          placeholder={t.choosePeriod}
          loading={periods.isPending}
          options={(periods.data ?? []).map((p) => ({ value: p.id, label: periodLabel(p) }))}
          onChange={(id: string) => choice.choose({ ky: id })}
          popupMatchSelectWidth={false}
        />
      </Picker>
      <Picker label={t.cluster} id={`${idPrefix}-cluster`}>
        <Select
          id={`${idPrefix}-cluster`}
          value={clusterValue ?? cluster?.id}
          placeholder={t.chooseCluster}
          loading={clusters.isFetching}
          disabled={!period}
          options={[...(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name })), ...extraClusters]}
          onChange={(id: string) => choice.choose({ cum: id })}
          popupMatchSelectWidth={false}
        />
      </Picker>
      {period && !period.archivedAt && <Tag color="blue">{t.stage(period.stageName)}</Tag>}
    </Flex>
  );
}

function Picker({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4} className="ranking-picker">
      <label htmlFor={id}>{label}</label>
      {children}
    </Flex>
  );
}
