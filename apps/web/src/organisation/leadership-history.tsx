import { Table, type TableColumnsType, Typography } from 'antd';
import { LoadError } from '../app/load-error';
import { useClusterHistory } from './api';
import { STAGE_NAMES, t } from './texts';
import type { HistoryItem } from './types';

/** Who led and deputised the cluster's lineage in each period (the rotation), newest first. */
export function LeadershipHistory({ clusterId }: { clusterId: string }) {
  const history = useClusterHistory(clusterId);
  if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  const columns: TableColumnsType<HistoryItem> = [
    {
      title: t.historyPeriod,
      key: 'period',
      width: 170,
      render: (_, h) => (
        <div className="wrap-anywhere">
          <Typography.Text strong>{h.periodName}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {STAGE_NAMES[h.stage]}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t.leader,
      key: 'leader',
      render: (_, h) => <span className="wrap-anywhere">{h.leader?.name ?? t.notSeated}</span>,
    },
    {
      title: t.deputies,
      key: 'deputies',
      render: (_, h) => (
        <span className="wrap-anywhere">
          {h.deputies.length > 0 ? h.deputies.map((d) => d.name).join('; ') : t.notSeated}
        </span>
      ),
    },
  ];
  return (
    <Table<HistoryItem>
      rowKey="clusterId"
      columns={columns}
      dataSource={history.data ?? []}
      loading={history.isPending}
      pagination={false}
      size="small"
      locale={{ emptyText: t.noHistory }}
      aria-label={t.historyHeading}
    />
  );
}
