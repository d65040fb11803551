import { Alert, Flex, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { vi } from '../i18n/vi';
import { useSubmit } from '../shared/form-modal';
import { useClusters, usePeriods, useVersions } from './api';
import { tc } from './texts';
import type { CriteriaVersion, Ruleset } from './types';

const v = tc.versions;

/**
 * Replaces a draft's tree with the issued criteria of a cluster of an earlier period (by default the
 * same cluster's lineage): nothing is saved until the user saves, after the live checks.
 */
export function LoadLastYearDialog(props: {
  councilId: string;
  periodId: string;
  clusterId: string;
  onLoad: (ruleset: Ruleset) => void;
  onClose: () => void;
}) {
  const periods = usePeriods(props.councilId);
  const thisYear = useClusters(props.periodId);
  const lineage = thisYear.data?.find((c) => c.id === props.clusterId)?.lineageId;
  const others = (periods.data ?? []).filter((p) => p.id !== props.periodId);
  const [periodId, setPeriodId] = useState<string | undefined>();
  const chosenPeriod = periodId ?? others[0]?.id;
  const clusters = useClusters(chosenPeriod);
  const [clusterId, setClusterId] = useState<string | undefined>();
  const chosenCluster =
    clusterId ?? clusters.data?.find((c) => c.lineageId === lineage)?.id ?? clusters.data?.[0]?.id;
  const versions = useVersions(chosenCluster);
  const issued = (versions.data ?? []).filter((x) => x.status === 'issued');
  const [versionId, setVersionId] = useState<string | undefined>();
  const chosenVersion = versionId ?? issued[0]?.id;
  const {
    problem: error,
    busy,
    run,
  } = useSubmit<string>((e) => (e instanceof Error ? e.message : vi.errors.unexpected), props.onClose);

  const load = async () => {
    if (!chosenVersion) return;
    await run(async () => {
      const source = await api.get<CriteriaVersion>(`/criteria-versions/${chosenVersion}`);
      props.onLoad(source.ruleset);
    });
  };

  return (
    <Modal
      open
      title={v.loadLastYearTitle}
      okText={v.loadLastYear}
      cancelText={vi.common.cancel}
      okButtonProps={{ disabled: !chosenVersion }}
      onOk={() => void load()}
      onCancel={props.onClose}
      confirmLoading={busy}
      mask={{ closable: false }}
    >
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={v.loadLastYearHelp} />
        {error && <Alert type="error" role="alert" showIcon title={error} />}
        <Flex vertical gap={4}>
          <label htmlFor="last-year-period">{v.sourcePeriod}</label>
          <Select
            id="last-year-period"
            value={chosenPeriod}
            loading={periods.isPending}
            options={others.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(id: string) => {
              setPeriodId(id);
              setClusterId(undefined);
              setVersionId(undefined);
            }}
          />
        </Flex>
        <Flex vertical gap={4}>
          <label htmlFor="last-year-cluster">{v.sourceCluster}</label>
          <Select
            id="last-year-cluster"
            value={chosenCluster}
            loading={clusters.isFetching}
            options={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id: string) => {
              setClusterId(id);
              setVersionId(undefined);
            }}
          />
        </Flex>
        <Flex vertical gap={4}>
          <label htmlFor="last-year-version">{v.sourceVersion}</label>
          <Select
            id="last-year-version"
            value={chosenVersion}
            loading={versions.isFetching}
            notFoundContent={v.noIssuedSource}
            options={issued.map((x) => ({ value: x.id, label: `${x.name} — ${v.revision(x.revision)}` }))}
            onChange={setVersionId}
          />
        </Flex>
        {versions.data && issued.length === 0 && <Alert type="warning" showIcon title={v.noIssuedSource} />}
      </Flex>
    </Modal>
  );
}
