import { Alert, Flex, Select, Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ClusterSummary, Period } from '../api/periods';
import { LoadError } from './load-error';
import { vi } from '../i18n/vi';
import type { WorkChoice } from './use-work-choice';

const t = vi.choice;

/** "Năm 2026 — Tự chấm điểm", "Năm 2025 (đã lưu trữ)". */
export function periodLabel(period: Period): string {
  return period.archivedAt ? `${period.name} (${t.archived})` : `${period.name} — ${period.stageName}`;
}

/**
 * The council (for users of several), period and cluster pickers every council screen shows, over
 * `useWorkChoice`. `extraClusters` adds the screen's own choices to the cluster list; `extra` more
 * pickers of the screen after these.
 */
export function PeriodClusterPicker<C extends ClusterSummary>({
  choice,
  idPrefix,
  extraClusters = [],
  showStage = false,
  extra,
}: {
  choice: WorkChoice<C>;
  idPrefix: string;
  extraClusters?: { value: string; label: string }[];
  showStage?: boolean;
  extra?: ReactNode;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const { period, clusters, councils } = choice;
  // Another council: the same screen there, opened where the user works in it.
  const otherCouncil = (id: string) =>
    void navigate(location.pathname.replace(`/hoi-dong/${choice.councilId}`, `/hoi-dong/${id}`));
  return (
    <Flex wrap gap={12} align="flex-end" className="ranking-pickers">
      {councils.length > 1 && (
        <Picker label={t.council} id={`${idPrefix}-council`}>
          <Select
            id={`${idPrefix}-council`}
            value={choice.councilId}
            options={councils.map((c) => ({ value: c.id, label: c.name }))}
            onChange={otherCouncil}
            popupMatchSelectWidth={false}
          />
        </Picker>
      )}
      <PeriodPicker choice={choice} id={`${idPrefix}-period`} />
      <Picker label={t.cluster} id={`${idPrefix}-cluster`}>
        <Select
          id={`${idPrefix}-cluster`}
          value={choice.clusterValue}
          placeholder={t.chooseCluster}
          loading={clusters.isFetching}
          disabled={!period}
          options={[...choice.clusterOptions.map((c) => ({ value: c.id, label: c.name })), ...extraClusters]}
          onChange={(id: string) => choice.choose({ cum: id })}
          popupMatchSelectWidth={false}
        />
      </Picker>
      {extra}
      {showStage && period && !period.archivedAt && <Tag color="blue">{t.stage(period.stageName)}</Tag>}
    </Flex>
  );
}

/**
 * The period picker alone, for screens whose second choice is their own (a plan, a dossier batch) or
 * that have none (the council's work programme). Changing it keeps the address (`?ky=…`).
 */
export function PeriodPicker<C extends ClusterSummary>({
  choice,
  id,
}: {
  choice: WorkChoice<C>;
  id: string;
}) {
  return (
    <Picker label={t.period} id={id}>
      <Select
        id={id}
        value={choice.period?.id}
        placeholder={t.choosePeriod}
        loading={choice.periods.isPending}
        options={choice.periodOptions.map((p) => ({ value: p.id, label: periodLabel(p) }))}
        onChange={(ky: string) => choice.choose({ ky })}
        popupMatchSelectWidth={false}
      />
    </Picker>
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

/**
 * What a screen shows instead of its content while its choice is not made: the load error, a spinner,
 * or why there is nothing to choose (no period where the user works, no cluster they may open). Null
 * when a period and a cluster (or one of the screen's extra choices) are chosen.
 */
export function choiceBlocker<C extends ClusterSummary>(choice: WorkChoice<C>): ReactNode {
  if (choice.error) return <LoadError error={choice.error} onRetry={choice.retry} />;
  if (choice.periods.isPending || (choice.periods.data && !choice.period && choice.loading))
    return <Spinner />;
  if (!choice.period) return <Alert role="status" type="info" showIcon title={t.noPeriods} />;
  if (choice.clusters.isPending) return <Spinner />;
  if (!choice.clusterValue) return <Alert role="status" type="info" showIcon title={t.noClusters} />;
  return null;
}

function Spinner() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin description={vi.app.loading} />
    </Flex>
  );
}
