import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Select, Spin, Table, Typography } from 'antd';
import { DownloadButtons } from '../documents/download-buttons';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { LoadError } from '../app/load-error';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';
import { useIssuedCriteria } from '../registrations/api';
import type { ClusterDetail } from '../registrations/types';
import { readsOf } from '../api/keys';
import { resultsKey } from '../scoring/api';
import { meetingCommands, meetingKeys, useClusterResult, useVotes } from './api';
import { meetTexts } from './texts';
import type { ElectionPosition, Meeting, Vote, VotePurpose } from './types';
import { countLeaders, groupVotes, parseBallotCount, type VoteGroup } from './vote-groups';
import { ProblemAlert } from '../shared/problem-alert';

const t = meetTexts.votes;
const FIELDS = ['purpose', 'awardCode', 'position', 'unitId', 'votes', 'note'];

interface VoteValues {
  purpose: VotePurpose;
  awardCode?: string;
  position?: ElectionPosition;
  unitId?: string;
  votes?: string;
  note?: string;
}

/**
 * Ballot counts at a cluster meeting: record one unit's count on a subject (breaking a tie at an award
 * level, or electing next year's leader or a deputy), read the counts by subject, and see how a tie
 * settled on the ranking (the engine's allocation, read from the cluster's results).
 */
export function VotesCard({
  meeting,
  cluster,
  councilId,
}: {
  meeting: Meeting;
  cluster: ClusterDetail;
  councilId: string;
}) {
  const votes = useVotes(meeting.id);
  const criteria = useIssuedCriteria(cluster.id);
  const awards = criteria.data?.ruleset.awards ?? [];
  const awardName = (code: string | null) => awards.find((a) => a.code === code)?.name ?? code ?? '';
  const positions = cluster.kind === 'khoi' ? t.positionsKhoi : t.positions;
  const groups = groupVotes(votes.data ?? []);
  const hasTieBreaks = groups.some((g) => g.purpose === 'tieBreak');
  const result = useClusterResult(cluster.id, hasTieBreaks);
  const [editing, setEditing] = useState<Vote | null>(null);
  const rankingLink = `${paths.ranking(councilId)}?ky=${cluster.periodId}&cum=${cluster.id}`;

  const subject = (group: VoteGroup) =>
    group.purpose === 'election'
      ? t.subjectElection(positions[group.position ?? 'leader'])
      : t.subjectTieBreak(awardName(group.awardCode));

  return (
    <Card className="page-card" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t.title}
      </Typography.Title>
      <Flex vertical gap={16}>
        <DownloadButtons path={`/meetings/${meeting.id}/documents/vote-count`} title={t.title} />
        {meeting.abilities.update && !meeting.abilities.recordVotes && (
          <Alert role="status" type="info" showIcon title={t.needQuorum} />
        )}
        {meeting.abilities.recordVotes && (
          <VoteForm meeting={meeting} cluster={cluster} awards={awards} positions={positions} />
        )}
        {votes.isError ? (
          <LoadError error={votes.error} onRetry={() => void votes.refetch()} />
        ) : votes.isPending ? (
          <Spin description={vi.app.loading} />
        ) : groups.length === 0 ? (
          <Typography.Text type="secondary">{t.empty}</Typography.Text>
        ) : (
          groups.map((group) => {
            const { leaders, decided } = countLeaders(group.votes);
            return (
              <section key={group.key} aria-label={subject(group)} className="vote-group">
                <Typography.Title level={3} style={{ fontSize: 16 }}>
                  {subject(group)}
                </Typography.Title>
                <Table<Vote>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={group.votes}
                  caption={<span className="visually-hidden">{t.caption(subject(group))}</span>}
                  columns={[
                    {
                      title: t.unit,
                      dataIndex: 'unitName',
                      render: (name: string) => <span className="wrap-anywhere">{name}</span>,
                    },
                    { title: t.count, dataIndex: 'votes', width: 100, align: 'right' },
                    { title: t.note, dataIndex: 'note', responsive: ['md'] },
                    {
                      title: vi.common.actions,
                      key: 'edit',
                      width: 90,
                      render: (_, vote) =>
                        vote.abilities.update && meeting.abilities.recordVotes ? (
                          <Button size="small" onClick={() => setEditing(vote)}>
                            {t.edit}
                          </Button>
                        ) : null,
                    },
                  ]}
                />
                <Typography.Paragraph strong style={{ marginTop: 8 }} data-testid="vote-outcome">
                  {group.purpose === 'election' && group.position === 'deputy'
                    ? // One or two deputies are elected: the count's order is the outcome, not one winner.
                      t.order(group.votes.map((v) => t.orderItem(v.unitName, v.votes)).join(', '))
                    : decided
                      ? t.leading(leaders[0]!.unitName, leaders[0]!.votes)
                      : t.level(leaders.map((v) => v.unitName).join(', '), leaders[0]?.votes ?? 0)}
                </Typography.Paragraph>
                {group.purpose === 'tieBreak' && (
                  <TieOutcome group={group} cluster={cluster} result={result} awardName={awardName} />
                )}
              </section>
            );
          })
        )}
        <div>
          <Link to={rankingLink}>{t.ranking}</Link>
        </div>
      </Flex>
      {editing && <CorrectVoteModal vote={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

/** How the engine placed the units of a tie-break, from the cluster's result. */
function TieOutcome({
  group,
  cluster,
  result,
  awardName,
}: {
  group: VoteGroup;
  cluster: ClusterDetail;
  result: ReturnType<typeof useClusterResult>;
  awardName: (code: string | null) => string;
}) {
  if (result.isError) return <Typography.Text type="secondary">{t.resultsUnavailable}</Typography.Text>;
  if (!result.data) return null;
  const codeOf = new Map(cluster.members.map((m) => [m.unitId, m.code]));
  const pending = result.data.pendingVotes.some((p) => p.award === group.awardCode);
  const lines = group.votes.map((vote) => {
    const unit = result.data.units.find((u) => u.unit === codeOf.get(vote.unitId));
    return unit?.award === group.awardCode
      ? t.awarded(vote.unitName, awardName(group.awardCode))
      : t.notAwarded(vote.unitName);
  });
  return (
    <div>
      <Typography.Text>{t.rankingOutcome}</Typography.Text>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {pending ? (
          <li>{t.pending(awardName(group.awardCode))}</li>
        ) : (
          lines.map((line) => <li key={line}>{line}</li>)
        )}
      </ul>
    </div>
  );
}

function VoteForm({
  meeting,
  cluster,
  awards,
  positions,
}: {
  meeting: Meeting;
  cluster: ClusterDetail;
  awards: { code: string; name: string }[];
  positions: Record<ElectionPosition, string>;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<VoteValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const purpose = Form.useWatch('purpose', form) ?? 'election';

  const onFinish = async (values: VoteValues) => {
    setProblem(null);
    const count = parseBallotCount(values.votes);
    if (count === null) {
      form.setFields([{ name: 'votes', errors: [t.countInvalid] }]);
      return;
    }
    setSaving(true);
    try {
      await meetingCommands.recordVote(meeting.id, {
        purpose: values.purpose,
        ...(values.purpose === 'tieBreak' ? { awardCode: values.awardCode } : { position: values.position }),
        unitId: values.unitId ?? '',
        votes: count,
        note: values.note?.trim() || null,
      });
      await queryClient.invalidateQueries({ queryKey: meetingKeys.votes(meeting.id) });
      await queryClient.invalidateQueries({ queryKey: resultsKey(cluster.id) });
      void message.success(t.recorded);
      form.setFieldsValue({ unitId: undefined, votes: '', note: '' });
    } catch (error) {
      const shown = showFieldErrors(form, error, FIELDS);
      setProblem(shown);
      if (isApiError(error, 'NO_QUORUM'))
        await queryClient.invalidateQueries({ queryKey: meetingKeys.one(meeting.id) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<VoteValues>
      form={form}
      layout="vertical"
      disabled={saving}
      initialValues={{ purpose: 'election', position: 'leader', awardCode: awards[0]?.code }}
      onFinish={(values) => void onFinish(values)}
      className="vote-form"
    >
      <ProblemAlert problem={problem} title={t.notSaved} />
      <Flex wrap gap={12} align="flex-start">
        <Form.Item name="purpose" label={t.purpose} style={{ minWidth: 240 }}>
          <Select
            options={(['election', 'tieBreak'] as const).map((p) => ({ value: p, label: t.purposes[p] }))}
          />
        </Form.Item>
        {purpose === 'tieBreak' ? (
          <Form.Item name="awardCode" label={t.award} style={{ minWidth: 240 }}>
            <Select options={awards.map((a) => ({ value: a.code, label: a.name }))} />
          </Form.Item>
        ) : (
          <Form.Item name="position" label={t.position} style={{ minWidth: 160 }}>
            <Select
              options={(['leader', 'deputy'] as const).map((p) => ({ value: p, label: positions[p] }))}
            />
          </Form.Item>
        )}
        <Form.Item name="unitId" label={t.unit} style={{ minWidth: 240 }}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={cluster.members.map((m) => ({ value: m.unitId, label: m.name }))}
          />
        </Form.Item>
        <Form.Item name="votes" label={t.count} style={{ width: 120 }}>
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="note" label={t.note} style={{ minWidth: 200, flex: 1 }}>
          <Input maxLength={2000} />
        </Form.Item>
      </Flex>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t.record}
      </Button>
    </Form>
  );
}

function CorrectVoteModal({ vote, onClose }: { vote: Vote; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ votes: string; note: string; reason: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: { votes: string; note: string; reason: string }) => {
    const count = parseBallotCount(values.votes);
    if (count === null) {
      form.setFields([{ name: 'votes', errors: [t.countInvalid] }]);
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await meetingCommands.correctVote(vote.id, {
        version: vote.version,
        votes: count,
        note: values.note?.trim() || null,
        reason: values.reason ?? '',
      });
      await queryClient.invalidateQueries({ queryKey: meetingKeys.votes(vote.meetingId) });
      await queryClient.invalidateQueries(readsOf('results'));
      void message.success(t.updated);
      onClose();
    } catch (error) {
      if (isApiError(error, 'STALE')) {
        await queryClient.invalidateQueries({ queryKey: meetingKeys.votes(vote.meetingId) });
        setProblem({ code: 'STALE', message: meetTexts.detail.stale, details: [] });
      } else setProblem(showFieldErrors(form, error, ['votes', 'note', 'reason']));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t.editTitle(vote.unitName)}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
    >
      <ProblemAlert problem={problem} title={t.notSaved} />
      <Form
        form={form}
        layout="vertical"
        disabled={saving}
        initialValues={{ votes: String(vote.votes), note: vote.note ?? '', reason: '' }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="votes" label={t.count}>
          <Input inputMode="numeric" style={{ maxWidth: 160 }} />
        </Form.Item>
        <Form.Item name="note" label={t.note}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="reason" label={t.reason}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
