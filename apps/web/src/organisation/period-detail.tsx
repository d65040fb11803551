import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Council } from '../api/types';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { PeriodDocumentsCard } from '../documents/period-documents-card';
import { paths } from '../app/paths';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useClusterList, useCouncilPeriods, usePeriod } from './api';
import { ClusterDrawer } from './cluster-drawer';
import { ClustersCard } from './clusters-card';
import { DeadlinesCard } from './deadlines-card';
import { PageHeader } from '../shared/page-header';
import { PeriodEditModal } from './period-edit-modal';
import { StageCard } from './stage-card';
import { PeriodOverrunAlert } from '../home/period-overrun-alert';
import { t } from './texts';
import { useSetAddressParams } from '../app/address-params';

/**
 * One period: its stage and the moves allowed, its deadlines, its clusters. The open cluster is in the
 * address (`?cum=<id>`), so Back closes it and a link opens it.
 */
export function PeriodDetail({ council }: { council: Council }) {
  const { periodId = '' } = useParams();
  const [search] = useSearchParams();
  const setAddress = useSetAddressParams('push');
  const period = usePeriod(periodId);
  const periods = useCouncilPeriods(council.id);
  const clusters = useClusterList(periodId);
  usePageTitle(period.data?.name ?? t.pageTitle);
  const openId = search.get('cum');
  const [editing, setEditing] = useState(false);

  const setOpen = (clusterId: string | null) => setAddress({ cum: clusterId });

  const back = (
    <Link to={paths.feature(council.id, 'periods')}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t.backToPeriods}
      </Button>
    </Link>
  );

  if (period.isError) {
    return (
      <>
        {back}
        <LoadError error={period.error} onRetry={() => void period.refetch()} />
      </>
    );
  }
  if (!period.data) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  }
  const p = period.data;
  const list = clusters.data ?? [];

  return (
    <>
      {back}
      <PageHeader
        title={
          <>
            {p.name}
            {p.archivedAt && (
              <Tag style={{ marginInlineStart: 8, verticalAlign: 'middle' }}>{t.archived}</Tag>
            )}
          </>
        }
        subtitle={`${vi.calendars[p.calendar]} · ${formatDate(p.startsOn)} – ${formatDate(p.endsOn)} · ${council.name}`}
        extra={
          p.abilities.update && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t.editPeriod}
            </Button>
          )
        }
      />
      {editing && <PeriodEditModal period={p} onClose={() => setEditing(false)} />}
      {!p.abilities.manageClusters && !p.archivedAt && (
        <Alert role="status" type="info" showIcon title={t.readOnly} style={{ marginBottom: 16 }} />
      )}
      {p.abilities.changeStage && <PeriodOverrunAlert period={p} />}
      <StageCard period={p} />
      <DeadlinesCard period={p} clusters={list} />
      <PeriodDocumentsCard council={council} periodId={p.id} />
      <ClustersCard
        period={p}
        periods={periods.data ?? []}
        clusters={list}
        loading={clusters.isPending}
        error={clusters.isError ? clusters.error : null}
        retry={() => void clusters.refetch()}
        onOpen={(c) => setOpen(c.id)}
      />
      {openId && (
        <ClusterDrawer period={p} clusterId={openId} allClusters={list} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
