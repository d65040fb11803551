import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Grid, Progress, Spin, Table, Tag, Typography } from 'antd';
import { LoadError } from '../app/load-error';
import { vi } from '../i18n/vi';
import type { ClusterProgress, ProgressUnit, ProgressView } from './api';
import { homeTexts as t } from './texts';

type Flag = 'registered' | 'pactSigned' | 'selfScored' | 'reviewed';
const FLAGS: Flag[] = ['registered', 'pactSigned', 'selfScored', 'reviewed'];

function Count({ done, total, label }: { done: number; total: number; label: string }) {
  return (
    <Flex vertical gap={0} style={{ minWidth: 72 }} aria-label={`${label}: ${t.ofTotal(done, total)}`}>
      <span data-testid="progress-count">{t.ofTotal(done, total)}</span>
      <Progress
        percent={total === 0 ? 0 : Math.round((done / total) * 100)}
        showInfo={false}
        size="small"
        status={done === total && total > 0 ? 'success' : 'normal'}
        aria-hidden
      />
    </Flex>
  );
}

function Mark({ done, label }: { done: boolean; label: string }) {
  return done ? (
    <CheckCircleFilled style={{ color: '#3a9d5d' }} aria-label={`${label}: ${t.yes}`} role="img" />
  ) : (
    <MinusCircleOutlined style={{ color: '#999' }} aria-label={`${label}: ${t.no}`} role="img" />
  );
}

function UnitsOf({ cluster }: { cluster: ClusterProgress }) {
  return (
    <Table<ProgressUnit>
      rowKey="unitId"
      size="small"
      pagination={false}
      dataSource={cluster.members}
      aria-label={t.unitsOfCluster(cluster.name)}
      columns={[
        {
          title: vi.ranking.unit,
          key: 'unit',
          render: (_, u) => (
            <span className="wrap-anywhere">
              {u.name} {u.seat !== 'member' && <Tag>{t.seats[u.seat]}</Tag>}
            </span>
          ),
        },
        ...FLAGS.map((flag) => ({
          title: t[flag],
          key: flag,
          align: 'center' as const,
          render: (_: unknown, u: ProgressUnit) => <Mark done={u[flag]} label={`${u.name} — ${t[flag]}`} />,
        })),
      ]}
    />
  );
}

/** Each cluster's progress through the year: how many units have done each step, and which. */
export function ProgressPanel({
  progress,
  mineId,
}: {
  progress: {
    data?: ProgressView;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  mineId: string | undefined;
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  const clusters = progress.data?.clusters ?? [];
  const name = (c: ClusterProgress) => (
    <span className="wrap-anywhere">
      {c.name} {c.id === mineId && <Tag color="blue">{t.mine}</Tag>}
    </span>
  );
  return (
    <Card size="small" className="page-card" title={t.progressTitle} data-testid="progress-panel">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t.progressIntro}
      </Typography.Paragraph>
      {progress.isError ? (
        <LoadError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : progress.isPending ? (
        <Spin description={vi.app.loading} />
      ) : clusters.length === 0 ? (
        <Typography.Text type="secondary">{t.noClusters}</Typography.Text>
      ) : wide ? (
        <Table<ClusterProgress>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={clusters}
          onRow={(c) => ({ 'data-cluster': c.name }) as React.HTMLAttributes<HTMLElement>}
          expandable={{ expandedRowRender: (c) => <UnitsOf cluster={c} /> }}
          columns={[
            { title: t.cluster, key: 'name', render: (_, c) => name(c) },
            { title: t.members, dataIndex: 'memberCount', key: 'members', align: 'right', width: 90 },
            ...FLAGS.map((flag) => ({
              title: t[flag],
              key: flag,
              width: 120,
              render: (_: unknown, c: ClusterProgress) => (
                <Count done={c[flag]} total={c.memberCount} label={t[flag]} />
              ),
            })),
          ]}
        />
      ) : (
        <ul className="ranking-cards">
          {clusters.map((c) => (
            <li key={c.id} data-cluster={c.name}>
              <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{name(c)}</span>}>
                <Flex wrap gap={16}>
                  {FLAGS.map((flag) => (
                    <Flex key={flag} vertical>
                      <Typography.Text type="secondary">{t[flag]}</Typography.Text>
                      <Count done={c[flag]} total={c.memberCount} label={t[flag]} />
                    </Flex>
                  ))}
                </Flex>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
