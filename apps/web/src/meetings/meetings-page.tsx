import { Alert, Button, Card, Descriptions, Flex, Grid, List, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { type ClusterChoice, useClusterChoice } from '../registrations/cluster-context';
import { nextChoiceParams } from '../registrations/cluster-rules';
import { ClusterPickers } from '../registrations/cluster-pickers';
import { choiceBlocker } from '../app/period-cluster-picker';
import { regTexts } from '../registrations/texts';
import { type MeetingScope, useMeeting, useMeetings } from './api';
import { AttendanceCard } from './attendance-card';
import { MeetingFormModal } from './meeting-form-modal';
import { MinutesCard } from './minutes-card';
import { meetTexts } from './texts';
import type { Meeting, MeetingSummary } from './types';
import { VotesCard } from './votes-card';
import { ScreenHeader } from '../shared/page-header';

const t = meetTexts;
/** `?cum=hoi-dong`: the council's own meetings of the period instead of a cluster's. */
const COUNCIL_SCOPE = 'hoi-dong';

/**
 * Meetings of a cluster (or of the council): the list and scheduling at the screen's address, one
 * meeting — attendance with the live quorum, minutes, votes — at `<meetingId>`; the period and
 * cluster stay in the address.
 */
function MeetingsScreen() {
  return (
    <Routes>
      <Route index element={<MeetingsFrame />} />
      <Route path=":meetingId" element={<MeetingsFrame />} />
      <Route path="*" element={<MeetingsFrame />} />
    </Routes>
  );
}

function MeetingsFrame() {
  usePageTitle(t.pageTitle);
  const chosen = useClusterChoice({ extraClusterValues: [COUNCIL_SCOPE] });
  const { meetingId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  // Choosing another period or cluster from a meeting goes back to that cluster's list.
  const choice: ClusterChoice = meetingId
    ? {
        ...chosen,
        choose: (changes) =>
          void navigate({
            pathname: paths.feature(chosen.councilId, 'meetings'),
            search: nextChoiceParams(search, changes).toString(),
          }),
      }
    : chosen;
  const councilScope = search.get('cum') === COUNCIL_SCOPE;
  const { council, period, cluster, roles } = choice;

  if (choice.councilsLoading) return <FullPageSpin />;
  if (choice.councilsError) return <LoadError error={choice.councilsError} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={regTexts.pickers.noCouncil} />;

  const readsCouncil = roles.standingOffice || roles.councilMember;
  let body;
  const blocker = choiceBlocker(choice);
  if (blocker || !period || (!councilScope && !cluster)) body = blocker;
  else {
    const scope: MeetingScope = councilScope ? { periodId: period.id } : { clusterId: cluster!.id };
    const canWrite = councilScope
      ? roles.standingOffice
      : roles.standingOffice || roles.seats.has('leader') || roles.seats.has('deputy');
    body = meetingId ? (
      <MeetingDetail meetingId={meetingId} choice={choice} councilScope={councilScope} scope={scope} />
    ) : (
      <MeetingList
        scope={scope}
        scopeName={councilScope ? t.councilScope : cluster!.name}
        canWrite={canWrite && !period.archivedAt}
        members={councilScope ? [] : cluster!.members}
        councilId={council.id}
      />
    );
  }

  return (
    <>
      <ScreenHeader
        title={t.heading}
        subtitle={council.name}
        pickers={
          <ClusterPickers
            choice={choice}
            idPrefix="meetings"
            extraClusters={readsCouncil ? [{ value: COUNCIL_SCOPE, label: t.councilScope }] : []}
          />
        }
      />
      {body}
    </>
  );
}

function MeetingList({
  scope,
  scopeName,
  canWrite,
  members,
  councilId,
}: {
  scope: MeetingScope;
  scopeName: string;
  canWrite: boolean;
  members: { unitId: string; name: string }[];
  councilId: string;
}) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const compact = !(screens.md ?? true);
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const meetings = useMeetings(scope, page, pageSize);
  const [scheduling, setScheduling] = useState(false);
  const linkTo = (id: string) => ({
    pathname: paths.feature(councilId, 'meetings', id),
    search: search.toString(),
  });
  const subject = (m: MeetingSummary) => m.title ?? t.kinds[m.kind];

  let body;
  if (meetings.isError) body = <LoadError error={meetings.error} onRetry={() => void meetings.refetch()} />;
  else if (meetings.isPending)
    body = (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  else if (compact)
    body = (
      <List
        bordered
        dataSource={meetings.data.items}
        locale={{ emptyText: t.list.empty }}
        pagination={
          meetings.data.total > pageSize
            ? { current: page, pageSize, total: meetings.data.total, onChange: setPage }
            : false
        }
        renderItem={(m) => (
          <List.Item>
            <Link to={linkTo(m.id)} className="wrap-anywhere">
              <strong>{formatDate(m.heldOn)}</strong> · {t.kinds[m.kind]}
              {m.title && <div>{m.title}</div>}
            </Link>
          </List.Item>
        )}
      />
    );
  else
    body = (
      <Table<MeetingSummary>
        size="middle"
        rowKey="id"
        dataSource={meetings.data.items}
        locale={{ emptyText: t.list.empty }}
        caption={<span className="visually-hidden">{t.list.caption(scopeName)}</span>}
        pagination={
          meetings.data.total > pageSize
            ? {
                current: page,
                pageSize,
                total: meetings.data.total,
                onChange: setPage,
                showSizeChanger: false,
              }
            : false
        }
        columns={[
          { title: t.list.heldOn, dataIndex: 'heldOn', width: 120, render: (d: string) => formatDate(d) },
          { title: t.list.kind, dataIndex: 'kind', width: 180, render: (k: Meeting['kind']) => t.kinds[k] },
          {
            title: t.list.subject,
            key: 'subject',
            render: (_, m) => <span className="wrap-anywhere">{m.title ?? ''}</span>,
          },
          {
            title: t.list.place,
            dataIndex: 'place',
            render: (p: string | null) => <span className="wrap-anywhere">{p ?? ''}</span>,
          },
          {
            title: vi.common.actions,
            key: 'open',
            width: 90,
            render: (_, m) => (
              <Button
                size="small"
                onClick={() => void navigate(linkTo(m.id))}
                aria-label={t.list.openMeeting(subject(m), formatDate(m.heldOn))}
              >
                {t.list.open}
              </Button>
            ),
          },
        ]}
      />
    );

  return (
    <Card className="page-card" style={{ marginBottom: 16 }}>
      <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} className="wrap-anywhere">
          {t.list.title} — {scopeName}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" onClick={() => setScheduling(true)}>
            {t.list.schedule}
          </Button>
        )}
      </Flex>
      {body}
      {scheduling && (
        <MeetingFormModal
          scope={scope}
          members={members}
          onClose={() => setScheduling(false)}
          onScheduled={(meeting) => void navigate(linkTo(meeting.id))}
        />
      )}
    </Card>
  );
}

function MeetingDetail({
  meetingId,
  choice,
  councilScope,
  scope,
}: {
  meetingId: string;
  choice: ClusterChoice;
  councilScope: boolean;
  scope: MeetingScope;
}) {
  const meeting = useMeeting(meetingId);
  const [search] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const back = { pathname: paths.feature(choice.councilId, 'meetings'), search: search.toString() };
  const cluster = choice.cluster;

  if (meeting.isError)
    return (
      <>
        <Link to={back}>{t.detail.back}</Link>
        <LoadError error={meeting.error} onRetry={() => void meeting.refetch()} />
      </>
    );
  if (!meeting.data) return <FullPageSpin />;
  // An archived period is read-only: the server refuses every write, so nothing offers one.
  const m: Meeting = choice.period?.archivedAt
    ? { ...meeting.data, abilities: { update: false, recordAttendance: false, recordVotes: false } }
    : meeting.data;
  const inCluster = !councilScope && cluster && m.clusterId === cluster.id;

  return (
    <>
      <Card className="page-card" style={{ marginBottom: 16 }}>
        <Flex vertical gap={12}>
          <Link to={back}>← {t.detail.back}</Link>
          <Flex wrap gap={12} align="center" justify="space-between">
            <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }} className="wrap-anywhere">
              {m.title ?? t.kinds[m.kind]}
            </Typography.Title>
            {m.abilities.update && <Button onClick={() => setEditing(true)}>{t.detail.edit}</Button>}
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'kind',
                label: meetTexts.form.kind,
                children: <Tag color="blue">{t.kinds[m.kind]}</Tag>,
              },
              {
                key: 'date',
                label: t.detail.heldOn,
                children: (
                  <Flex vertical gap={4}>
                    {formatDate(m.heldOn)}
                    {m.warnings.map((warning) => (
                      <Alert key={warning} role="alert" type="warning" showIcon title={warning} />
                    ))}
                  </Flex>
                ),
              },
              { key: 'place', label: t.detail.place, children: m.place ?? t.detail.none },
              { key: 'host', label: t.detail.host, children: m.hostUnitName ?? t.detail.none },
              {
                key: 'delegates',
                label: t.detail.delegates,
                span: 'filled',
                children: (
                  <span className="pre-wrap wrap-anywhere">{m.invitedDelegates ?? t.detail.none}</span>
                ),
              },
              {
                key: 'agenda',
                label: t.detail.agenda,
                span: 'filled',
                children: <span className="pre-wrap wrap-anywhere">{m.agenda ?? t.detail.none}</span>,
              },
            ]}
          />
        </Flex>
      </Card>
      {inCluster ? (
        <AttendanceCard key={m.id} meeting={m} kind={cluster.kind} />
      ) : (
        <Alert role="status" type="info" showIcon title={t.attendance.council} style={{ marginBottom: 16 }} />
      )}
      <MinutesCard key={`minutes-${m.id}`} meeting={m} />
      {inCluster ? (
        <VotesCard meeting={m} cluster={cluster} councilId={choice.councilId} />
      ) : (
        <Alert role="status" type="info" showIcon title={t.votes.council} />
      )}
      {editing && (
        <MeetingFormModal
          scope={scope}
          members={inCluster ? cluster.members : []}
          meeting={m}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  );
}

export { MeetingsScreen as Component };
