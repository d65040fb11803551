import { App, Alert, Button, Card, Flex, Form, Input, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { formatDateTime } from '../format';
import type { UnitResult } from '../ranking/types';
import type { Entry, Objection, SheetCriterion } from './api';
import { CompareCells } from './compare-cells';
import { objectionTexts as t } from './texts';

const STATUS_COLORS: Record<string, string> = { open: 'gold', answered: 'green', withdrawn: 'default' };

interface ThreadProps {
  objection: Objection;
  unitName: string;
  criterion: SheetCriterion | undefined;
  self: Entry | null;
  agreed: Entry | null;
  result: UnitResult | undefined;
  onAnswer: (answer: string) => Promise<unknown>;
  onWithdraw: () => Promise<unknown>;
  onReload: () => Promise<unknown>;
}

/** One objection: what the unit said, the two scores of its criterion, and the answer (or the way to give it). */
export function ObjectionThread(props: ThreadProps) {
  const { objection, unitName, criterion } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string }>();
  const [problem, setProblem] = useState<{ message: string; stale: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const title = objection.criterionCode
    ? `${objection.criterionCode}${criterion ? ` — ${criterion.name}` : ''}`
    : t.wholeTable;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setProblem(null);
    setBusy(true);
    try {
      await action();
      void message.success(done);
    } catch (error) {
      if (isApiError(error, 'STALE') || isApiError(error, 'OBJECTION_CLOSED')) {
        setProblem({ message: `${t.stale} ${error.message}`, stale: true });
      } else if (isApiError(error) && error.fields.some((f) => f.path === 'body.answer')) {
        form.setFields([{ name: 'answer', errors: error.fields.map((f) => f.message) }]);
      } else {
        setProblem({ message: error instanceof Error ? error.message : t.notDone, stale: false });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      className="objection-thread"
      data-testid="objection-thread"
      title={
        <Flex vertical gap={2} style={{ whiteSpace: 'normal', paddingBlock: 8 }}>
          <span className="wrap-anywhere">{title}</span>
          <Typography.Text type="secondary" className="wrap-anywhere" style={{ fontWeight: 400 }}>
            {unitName}
          </Typography.Text>
        </Flex>
      }
      extra={<Tag color={STATUS_COLORS[objection.status]}>{t.statuses[objection.status]}</Tag>}
    >
      <Flex vertical gap={12}>
        {problem && (
          <Alert
            role="alert"
            type={problem.stale ? 'warning' : 'error'}
            showIcon
            title={problem.message}
            action={
              problem.stale ? (
                <Button size="small" onClick={() => void props.onReload().then(() => setProblem(null))}>
                  {t.staleReload}
                </Button>
              ) : undefined
            }
          />
        )}
        <div className="objection-message">
          <Typography.Text strong>{t.unitSays}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {t.raisedAt(formatDateTime(objection.createdAt))}
          </Typography.Text>
          <Typography.Paragraph className="wrap-anywhere" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {objection.body}
          </Typography.Paragraph>
        </div>
        {objection.criterionCode && (
          <CompareCells criterion={criterion} self={props.self} agreed={props.agreed} result={props.result} />
        )}
        {objection.answer && (
          <div className="objection-message objection-answer">
            <Typography.Text strong>{t.answerLabel}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {objection.answeredAt && t.answeredAt(formatDateTime(objection.answeredAt))}
            </Typography.Text>
            <Typography.Paragraph className="wrap-anywhere" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {objection.answer}
            </Typography.Paragraph>
          </div>
        )}
        {objection.abilities.answer && (
          <Form
            form={form}
            layout="vertical"
            disabled={busy}
            onFinish={({ answer }) =>
              void run(() => props.onAnswer(answer), t.answered).then(() => form.resetFields())
            }
          >
            <Form.Item
              label={t.answerLabel}
              name="answer"
              extra={t.answerHelp}
              rules={[{ required: true, whitespace: true, message: t.answerRequired }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t.sendAnswer}
            </Button>
          </Form>
        )}
        {objection.abilities.withdraw && (
          <Popconfirm
            title={t.withdrawConfirm}
            okText={t.withdraw}
            cancelText="Không"
            onConfirm={() => void run(props.onWithdraw, t.withdrawn)}
          >
            <Button danger loading={busy} style={{ alignSelf: 'flex-start' }}>
              {t.withdraw}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Card>
  );
}
