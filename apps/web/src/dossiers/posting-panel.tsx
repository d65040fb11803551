import { countWorkingDays, nthWorkingDay } from '@thidua/vocabulary';
import { Alert, App, Button, Card, Flex, Form, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { formatDate } from '../format';
import { ProblemAlert } from '../shared/problem-alert';
import { DateField } from '../registrations/date-field';
import {
  type Batch,
  type Posting,
  type PostingComment,
  type PostingInput,
  useDeletePostingComment,
  usePosting,
  useRecordPosting,
} from './api';
import { PostingCommentModal } from './posting-comment-modal';
import { texts } from './texts';

const t = texts.posting;
const FIELDS = ['postingStartsOn', 'postingEndsOn', 'postingPlace'] as const;

/** "Còn N ngày làm việc" while the posting runs, "Đã đủ 10 ngày làm việc" once it has ended. */
function postingStatus(posting: Posting, today: string): string {
  const { startsOn, endsOn } = posting;
  if (!startsOn || !endsOn) return t.notRecorded;
  if (today > endsOn) return t.done(posting.minWorkingDays);
  if (today < startsOn) return t.notStarted(formatDate(startsOn));
  return t.remaining(countWorkingDays(today, endsOn));
}

/**
 * The batch's public posting (Nghị định 152/2025/NĐ-CP Art. 44): its period, place and working days,
 * and the comments received with their handling. The standing office records them; everyone else who
 * sees the batch reads them. The server checks the 10 working days and says the earliest valid end.
 */
export function PostingPanel({ batch }: { batch: Batch }) {
  const posting = usePosting(batch.id);
  const record = useRecordPosting();
  const remove = useDeletePostingComment();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostingInput>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [editing, setEditing] = useState<PostingComment | null | 'new'>(null);
  const startsOn = Form.useWatch('postingStartsOn', form);
  const data = posting.data;
  if (!data) return null;
  const today = dayjs().format('YYYY-MM-DD');

  const submit = async (input: PostingInput) => {
    setProblem(null);
    try {
      await record.mutateAsync({ batchId: batch.id, version: batch.version, input });
      void message.success(texts.saved);
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <Card className="page-card" style={{ marginTop: 16 }}>
      <section aria-labelledby="posting-heading">
        <Typography.Title level={2} id="posting-heading" style={{ fontSize: 18 }}>
          {t.heading}
        </Typography.Title>
        <Typography.Paragraph type={data.required ? undefined : 'secondary'}>
          {data.required ? t.required : t.notRequired}
        </Typography.Paragraph>
        {data.startsOn && data.endsOn && data.place ? (
          <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="posting-summary">
            <span>{t.period(formatDate(data.startsOn), formatDate(data.endsOn), data.workingDays ?? 0)}</span>
            <span className="wrap-anywhere">{t.place(data.place)}</span>
            <span>
              <Tag color={today > data.endsOn ? 'green' : 'blue'}>{postingStatus(data, today)}</Tag>
            </span>
          </Flex>
        ) : (
          <Alert
            role="status"
            type={data.required ? 'warning' : 'info'}
            showIcon
            title={t.notRecorded}
            style={{ marginBottom: 12 }}
          />
        )}
        {batch.abilities.update && (
          <>
            {problem && <ProblemAlert problem={problem} />}
            <Form
              form={form}
              layout="vertical"
              name="posting"
              // The batch as listed (the panel is keyed by its version): the posting's fields as saved.
              initialValues={{
                postingStartsOn: batch.postingStartsOn ?? undefined,
                postingEndsOn: batch.postingEndsOn ?? undefined,
                postingPlace: batch.postingPlace ?? undefined,
              }}
              onFinish={(values) => void submit({ ...values, postingPlace: values.postingPlace.trim() })}
            >
              <Flex wrap gap={12} align="flex-start">
                <Form.Item
                  name="postingStartsOn"
                  label={t.startsOn}
                  htmlFor="posting-starts"
                  rules={[{ required: true, message: t.required_(t.startsOn) }]}
                >
                  <DateField id="posting-starts" />
                </Form.Item>
                <Form.Item
                  name="postingEndsOn"
                  label={t.endsOn}
                  htmlFor="posting-ends"
                  rules={[{ required: true, message: t.required_(t.endsOn) }]}
                  extra={
                    startsOn
                      ? t.earliestEnd(formatDate(nthWorkingDay(startsOn, data.minWorkingDays)))
                      : undefined
                  }
                >
                  <DateField id="posting-ends" />
                </Form.Item>
                <Form.Item
                  name="postingPlace"
                  label={t.placeLabel}
                  htmlFor="posting-place"
                  style={{ flex: '1 1 260px' }}
                  rules={[{ required: true, whitespace: true, message: t.required_(t.placeLabel) }]}
                >
                  <Input id="posting-place" maxLength={1000} placeholder={t.placePlaceholder} />
                </Form.Item>
              </Flex>
              <Button htmlType="submit" loading={record.isPending}>
                {t.record}
              </Button>
            </Form>
          </>
        )}
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
            {t.comments}
          </Typography.Title>
          {data.abilities.change && <Button onClick={() => setEditing('new')}>{t.addComment}</Button>}
        </Flex>
        <Table<PostingComment>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          style={{ marginTop: 8 }}
          aria-label={t.comments}
          dataSource={data.comments}
          locale={{ emptyText: t.noComments }}
          columns={[
            { title: t.receivedOn, key: 'on', render: (_: unknown, c) => formatDate(c.receivedOn) },
            { title: t.sender, key: 'sender', render: (_: unknown, c) => c.senderName },
            {
              title: t.content,
              key: 'content',
              render: (_: unknown, c) => <span className="wrap-anywhere">{c.content}</span>,
            },
            {
              title: t.response,
              key: 'response',
              render: (_: unknown, c) =>
                c.response ? (
                  <span className="wrap-anywhere">{c.response}</span>
                ) : (
                  <Tag color="orange">{t.noResponse}</Tag>
                ),
            },
            ...(data.abilities.change
              ? [
                  {
                    title: t.actions,
                    key: 'actions',
                    render: (_: unknown, c: PostingComment) => (
                      <Flex gap={4} wrap>
                        <Button
                          size="small"
                          aria-label={`${t.editComment}: ${c.content}`}
                          onClick={() => setEditing(c)}
                        >
                          {t.editComment}
                        </Button>
                        <Popconfirm
                          title={t.deleteConfirm}
                          okText={t.deleteComment}
                          cancelText={texts.cancel}
                          onConfirm={() =>
                            remove.mutate(c, {
                              onSuccess: () => void message.success(texts.saved),
                              onError: (error) =>
                                void message.error(error instanceof Error ? error.message : String(error)),
                            })
                          }
                        >
                          <Button size="small" danger aria-label={`${t.deleteComment}: ${c.content}`}>
                            {t.deleteComment}
                          </Button>
                        </Popconfirm>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
      <PostingCommentModal
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
        batchId={batch.id}
        comment={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
