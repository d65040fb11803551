import {
  Alert,
  App,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { showFieldErrors, type FormProblem } from '../api/form-errors';
import { apiQuery } from '../api/keys';
import type { Page } from '../api/types';
import { useQuery } from '@tanstack/react-query';
import { LoadError } from '../app/load-error';
import { formatDate, formatScore } from '../format';
import type { MeetingSummary } from '../meetings/types';
import { useAwardName } from '../ranking/award-names';
import type { Period } from '../ranking/types';
import { type Candidate, type Proposal, useCandidates, useCouncilProposals, useNominate } from './api';
import { ProblemAlert } from '../shared/problem-alert';
import { texts } from './texts';

export interface FlagRules {
  leaders: number;
  limit: number;
  standing: number;
  votePercent: number;
  dossierDue: string;
}

function useFlagRules(periodId: string) {
  return useQuery({
    ...apiQuery<FlagRules>(`/periods/${periodId}/government-flag/rules`),
  });
}

function useCouncilMeetings(periodId: string, enabled: boolean) {
  return useQuery({
    ...apiQuery<Page<MeetingSummary>>(`/periods/${periodId}/meetings`, { pageSize: 100 }),
    select: (page) => page.items,
    enabled,
  });
}

/** Whether a vote reaches the share of all members the law asks (exact integers, as the server checks). */
const reaches = (vote: { inFavour: number; members: number }, percent: number) =>
  vote.inFavour * 100 >= vote.members * percent;

/**
 * The council's Government-flag nominee (Nghị định 152/2025/NĐ-CP Art. 7.1, 33.5, 35.1): the rules with
 * this period's numbers, the candidates (cluster leaders proposed for the provincial flag), the units
 * the council proposed with their recorded vote (or none yet), and — for the standing office — the
 * choice with the council's vote.
 */
export function NomineePanel({ period, isOffice }: { period: Period; isOffice: boolean }) {
  const { message } = App.useApp();
  const nameOf = useAwardName();
  const rules = useFlagRules(period.id);
  const candidates = useCandidates(period.id, true);
  const nominees = useCouncilProposals(period.id, true);
  const meetings = useCouncilMeetings(period.id, isOffice);
  const nominate = useNominate(period.id);
  const [form] = Form.useForm<{
    vote: { inFavour: number; members: number };
    meetingId?: string;
    reason?: string;
  }>();
  const [choosing, setChoosing] = useState<Candidate | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const failed = [rules, candidates, nominees].find((q) => q.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!rules.data || !candidates.data || !nominees.data)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={texts.loading} />
      </Flex>
    );

  const r = rules.data;
  const standing = nominees.data.filter((p) => p.status === 'proposed' || p.status === 'approved');
  const nominated = new Set(standing.map((p) => p.unitId));
  const stageOpen = period.stage === 'summary' || period.stage === 'decision';
  const full = r.standing >= r.limit;

  const submit = async () => {
    if (!choosing) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setProblem(null);
    try {
      await nominate.mutateAsync({
        unitId: choosing.unitId,
        vote: { inFavour: values.vote.inFavour, members: values.vote.members },
        ...(values.meetingId ? { meetingId: values.meetingId } : {}),
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      });
      setChoosing(null);
      void message.success(texts.nominated);
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['vote', 'meetingId', 'reason']));
    }
  };

  return (
    <Flex vertical gap={16}>
      <section aria-labelledby="flag-rules">
        <Typography.Title id="flag-rules" level={3} style={{ fontSize: 16 }}>
          {texts.flagRules}
        </Typography.Title>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          <li>{texts.flagRule1(r.leaders, r.limit)}</li>
          <li>{texts.flagRule2}</li>
          <li>{texts.flagRule3(formatDate(r.dossierDue))}</li>
        </ul>
      </section>

      <section aria-labelledby="flag-nominees">
        <Typography.Title id="flag-nominees" level={3} style={{ fontSize: 16 }}>
          {texts.nominees}
        </Typography.Title>
        <Table<Proposal>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          aria-label={texts.nominees}
          dataSource={nominees.data}
          locale={{ emptyText: texts.noNominees }}
          columns={[
            {
              title: texts.columns.unit,
              key: 'unit',
              render: (_: unknown, p: Proposal) => <span className="wrap-anywhere">{p.unitName}</span>,
            },
            {
              title: texts.columns.final,
              key: 'final',
              render: (_: unknown, p: Proposal) => formatScore(p.finalScore),
            },
            {
              title: texts.columns.vote,
              key: 'vote',
              render: (_: unknown, p: Proposal) =>
                p.vote ? (
                  <span>
                    {p.vote.inFavour}/{p.vote.members}{' '}
                    <Tag color={reaches(p.vote, r.votePercent) ? 'green' : 'red'}>
                      {reaches(p.vote, r.votePercent)
                        ? `đạt ${r.votePercent}%`
                        : `chưa đạt ${r.votePercent}%`}
                    </Tag>
                  </span>
                ) : (
                  <Tag color="orange">{texts.noVote}</Tag>
                ),
            },
            {
              title: texts.columns.proposal,
              key: 'status',
              render: (_: unknown, p: Proposal) => (
                <span>
                  {texts.statuses[p.status]}
                  {p.decision ? ` — ${texts.decisionLine(p.decision.number)}` : ''}
                </span>
              ),
            },
          ]}
        />
      </section>

      <section aria-labelledby="flag-candidates">
        <Typography.Title id="flag-candidates" level={3} style={{ fontSize: 16 }}>
          {texts.candidates}
        </Typography.Title>
        {!isOffice && <Typography.Paragraph type="secondary">{texts.councilOnly}</Typography.Paragraph>}
        {isOffice && full && <Alert type="info" showIcon role="status" title={texts.limitReached(r.limit)} />}
        <Table<Candidate>
          rowKey="proposalId"
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          aria-label={texts.candidates}
          dataSource={candidates.data}
          locale={{ emptyText: texts.noCandidates }}
          columns={[
            {
              title: texts.columns.unit,
              key: 'unit',
              render: (_: unknown, c: Candidate) => <span className="wrap-anywhere">{c.unitName}</span>,
            },
            { title: texts.columns.cluster, dataIndex: 'clusterName', key: 'cluster' },
            {
              title: texts.columns.award,
              key: 'award',
              render: (_: unknown, c: Candidate) => nameOf(c.awardCode),
            },
            {
              title: texts.columns.final,
              key: 'final',
              render: (_: unknown, c: Candidate) => formatScore(c.finalScore),
            },
            ...(isOffice
              ? [
                  {
                    title: texts.columns.actions,
                    key: 'actions',
                    render: (_: unknown, c: Candidate) =>
                      nominated.has(c.unitId) ? (
                        <Tag color="blue">{texts.statuses.proposed}</Tag>
                      ) : (
                        <Button
                          size="small"
                          disabled={!stageOpen || full}
                          title={
                            !stageOpen
                              ? texts.stageClosed(period.stageName)
                              : full
                                ? texts.limitReached(r.limit)
                                : undefined
                          }
                          aria-label={`${texts.nominate}: ${c.unitName}`}
                          onClick={() => {
                            setProblem(null);
                            form.resetFields();
                            setChoosing(c);
                          }}
                        >
                          {texts.nominate}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </section>

      <Modal
        open={choosing !== null}
        title={choosing ? texts.nominateTitle(choosing.unitName) : ''}
        okText={texts.save}
        cancelText={texts.cancel}
        confirmLoading={nominate.isPending}
        onOk={() => void submit()}
        onCancel={() => setChoosing(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{texts.flagRule2}</Typography.Paragraph>
        {problem && <ProblemAlert problem={problem} />}
        <Form form={form} layout="vertical" name="nominee">
          <Form.Item
            name={['vote', 'inFavour']}
            label={texts.inFavour}
            htmlFor="nominee-in-favour"
            rules={[{ required: true, message: `Cần nhập ${texts.inFavour.toLowerCase()}` }]}
          >
            <InputNumber id="nominee-in-favour" min={0} max={1000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name={['vote', 'members']}
            label={texts.members}
            htmlFor="nominee-members"
            rules={[{ required: true, message: `Cần nhập ${texts.members.toLowerCase()}` }]}
          >
            <InputNumber id="nominee-members" min={1} max={1000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="meetingId" label={texts.meeting} htmlFor="nominee-meeting">
            <Select
              id="nominee-meeting"
              allowClear
              placeholder={texts.noMeeting}
              loading={meetings.isPending}
              options={(meetings.data ?? []).map((m) => ({
                value: m.id,
                label: `${m.title ?? texts.meeting} — ${formatDate(m.heldOn)}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="reason" label={texts.note} htmlFor="nominee-reason">
            <Input.TextArea id="nominee-reason" rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
