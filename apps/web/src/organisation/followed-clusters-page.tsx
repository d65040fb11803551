import { seatName } from '@thidua/vocabulary';
import { BarChartOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Spin, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { useSignedIn } from '../auth/require-session';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useClusterList, useCouncilPeriods, useDue } from './api';
import { DueTags } from './deadlines-card';
import { latestOpenPeriod } from './deadlines';
import { LeadershipHistory } from './leadership-history';
import { NoPermission } from './no-permission';
import { PageHeader } from '../shared/page-header';
import { SeatList } from './seat-list';
import { StageTag } from './stage-tag';
import { CLUSTER_KINDS, STAGE_NAMES, t } from './texts';
import type { Cluster, ClusterMember, DueItem, Period } from './types';

/**
 * Cụm, khối theo dõi: the clusters a council member follows in a period (by default the latest one not
 * archived), each with its members, seats, stage and deadlines, read-only, linked to its ranking.
 */
function FollowedClustersPage() {
  usePageTitle(t.followedTitle);
  const session = useSignedIn();
  const { councilId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const councils = useCouncils();
  const council = councils.data?.find((c) => c.id === councilId);
  const periods = useCouncilPeriods(council?.id);
  const period =
    periods.data?.find((p) => p.id === search.get('ky')) ??
    latestOpenPeriod(periods.data ?? [], dayjs().format('YYYY-MM-DD'));
  const clusters = useClusterList(period?.id);

  if (councils.isPending) return <FullPageSpin />;
  if (councils.isError) return <LoadError error={councils.error} onRetry={() => void councils.refetch()} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={t.noCouncil} />;
  if (!council.roles.includes('councilMember') && !session.user.isSystemAdmin) {
    return <NoPermission title={t.noPermissionTitle} body={t.followedNoPermission} />;
  }

  const mine = (clusters.data ?? []).filter((c) => c.follower?.userId === session.user.id);

  let body;
  if (periods.isError) body = <LoadError error={periods.error} onRetry={() => void periods.refetch()} />;
  else if (periods.data?.length === 0)
    body = <Alert role="status" type="info" showIcon title={t.noPeriods} />;
  else if (clusters.isError)
    body = <LoadError error={clusters.error} onRetry={() => void clusters.refetch()} />;
  else if (!clusters.data || !period)
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  else if (mine.length === 0) body = <Alert role="status" type="info" showIcon title={t.noFollowed} />;
  else
    body = (
      <Flex vertical gap={16}>
        {mine.map((c) => (
          <FollowedCluster key={c.id} councilId={council.id} period={period} cluster={c} />
        ))}
      </Flex>
    );

  return (
    <>
      <PageHeader title={t.followedHeading} subtitle={council.name} />
      <Card className="page-card org-card" style={{ marginBottom: 16 }}>
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t.followedIntro}</Typography.Text>
          <Flex gap={8} align="center" wrap>
            <label htmlFor="followed-period" style={{ fontWeight: 500 }}>
              {t.period}
            </label>
            <Select
              id="followed-period"
              value={period?.id}
              placeholder={t.choosePeriod}
              loading={periods.isPending}
              options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              onChange={(id: string) => setSearch({ ky: id }, { replace: true })}
              style={{ minWidth: 220 }}
            />
            {period && <StageTag period={period} />}
          </Flex>
        </Flex>
      </Card>
      {body}
    </>
  );
}

function FollowedCluster({
  councilId,
  period,
  cluster,
}: {
  councilId: string;
  period: Period;
  cluster: Cluster;
}) {
  const due = useDue(period.id, cluster.id);
  const rankingLink = `${paths.ranking(councilId)}?${new URLSearchParams({ ky: period.id, cum: cluster.id }).toString()}`;
  const memberColumns: TableColumnsType<ClusterMember> = [
    {
      title: t.members,
      key: 'name',
      render: (_, m) => <span className="wrap-anywhere">{m.name}</span>,
    },
    {
      title: t.seat,
      key: 'seat',
      width: 130,
      render: (_, m) =>
        m.seat === 'member' ? (
          <Tag>{seatName('member', cluster.kind)}</Tag>
        ) : (
          <Tag color={m.seat === 'leader' ? 'gold' : 'blue'}>
            {seatName(m.seat, cluster.kind)}
            {m.seat === 'deputy' && m.deputyRank ? ` ${m.deputyRank}` : ''}
          </Tag>
        ),
    },
  ];
  const dueColumns: TableColumnsType<DueItem> = [
    {
      title: t.stage,
      key: 'stage',
      render: (_, d) => (
        <div className="wrap-anywhere">
          {STAGE_NAMES[d.stage]}
          <span className="show-on-phone">
            <br />
            <span className="score">{formatDate(d.dueOn)}</span> <DueTags item={d} />
          </span>
          {d.note && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.note}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { title: t.dueOn, key: 'dueOn', width: 110, responsive: ['sm'], render: (_, d) => formatDate(d.dueOn) },
    {
      title: t.status,
      key: 'status',
      width: 170,
      responsive: ['sm'],
      render: (_, d) => (
        <Flex vertical gap={4} align="flex-start">
          <DueTags item={d} />
        </Flex>
      ),
    },
  ];
  return (
    <Card
      className="page-card org-card"
      title={
        <Typography.Title
          level={2}
          style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}
          className="wrap-anywhere"
        >
          {cluster.name}
        </Typography.Title>
      }
      extra={
        <Link to={rankingLink} aria-label={t.toRankingOf(cluster.name)}>
          {/* The link is the control (named above); the button inside is only its look. */}
          <Button icon={<BarChartOutlined />} tabIndex={-1} aria-hidden>
            <span className="hide-on-phone">{t.toRanking}</span>
          </Button>
        </Link>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">
          {CLUSTER_KINDS[cluster.kind]} · {t.memberCount(cluster.members.length)}
          {cluster.helperOffice ? ` · ${t.helperOffice}: ${cluster.helperOffice}` : ''}
        </Typography.Text>
        <SeatList members={cluster.members} />
        <Table<ClusterMember>
          rowKey="unitId"
          columns={memberColumns}
          dataSource={cluster.members}
          pagination={false}
          size="small"
          aria-label={`${t.members} — ${cluster.name}`}
        />
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {t.deadlinesOfCluster}
        </Typography.Title>
        {due.isError ? (
          <LoadError error={due.error} onRetry={() => void due.refetch()} />
        ) : (
          <Table<DueItem>
            rowKey="id"
            columns={dueColumns}
            dataSource={due.data?.items ?? []}
            loading={due.isPending}
            pagination={false}
            size="small"
            locale={{ emptyText: t.noDeadlines }}
            aria-label={`${t.deadlinesOfCluster} — ${cluster.name}`}
          />
        )}
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {t.historyHeading}
        </Typography.Title>
        <LeadershipHistory clusterId={cluster.id} />
      </Flex>
    </Card>
  );
}

export { FollowedClustersPage as Component };
