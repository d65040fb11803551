import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../app/load-error';
import { vi } from '../i18n/vi';
import { ClusterFormModal } from './cluster-form-modal';
import { CopyClustersModal } from './copy-clusters-modal';
import { SeatList } from './seat-list';
import { CLUSTER_KINDS, t } from './texts';
import type { Cluster, Period } from './types';

/** The clusters and blocks of a period with their seats; each opens in its own panel. */
export function ClustersCard({
  period,
  periods,
  clusters,
  loading,
  error,
  retry,
  onOpen,
}: {
  period: Period;
  periods: Period[];
  clusters: Cluster[];
  loading: boolean;
  error: unknown;
  retry: () => void;
  onOpen: (cluster: Cluster) => void;
}) {
  const [adding, setAdding] = useState(false);
  const [copying, setCopying] = useState(false);
  const manage = period.abilities.manageClusters;
  const canCopy = manage && period.stage === 'setup' && clusters.length === 0 && !loading;

  const columns: TableColumnsType<Cluster> = [
    {
      title: t.clusterName,
      key: 'name',
      render: (_, c) => (
        <div className="wrap-anywhere">
          <Typography.Text strong>{c.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {CLUSTER_KINDS[c.kind]} · {t.memberCount(c.members.length)}
            </Typography.Text>
          </div>
          {c.follower && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.follower}: {c.follower.displayName}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: `${t.leader}, ${t.deputies.toLowerCase()}`,
      key: 'seats',
      responsive: ['md'],
      render: (_, c) => <SeatList members={c.members} />,
    },
    {
      title: vi.common.actions,
      key: 'open',
      width: 110,
      align: 'center',
      render: (_, c) => (
        <Button
          onClick={() => onOpen(c)}
          aria-label={manage ? t.manageCluster(c.name) : t.viewCluster(c.name)}
        >
          {manage ? t.manage : t.view}
        </Button>
      ),
    },
  ];

  return (
    <Card
      className="page-card org-card"
      title={t.clustersHeading}
      extra={
        manage && (
          <Flex gap={8} wrap justify="flex-end">
            {canCopy && (
              <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>
                {t.copyClusters}
              </Button>
            )}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t.addCluster}
            </Button>
          </Flex>
        )
      }
    >
      {error ? (
        <LoadError error={error} onRetry={retry} />
      ) : (
        <Table<Cluster>
          rowKey="id"
          columns={columns}
          dataSource={clusters}
          loading={loading}
          locale={{ emptyText: t.noClusters }}
          pagination={false}
          size="middle"
          aria-label={t.clustersHeading}
        />
      )}
      {adding && <ClusterFormModal period={period} onClose={() => setAdding(false)} />}
      {copying && <CopyClustersModal period={period} periods={periods} onClose={() => setCopying(false)} />}
    </Card>
  );
}
