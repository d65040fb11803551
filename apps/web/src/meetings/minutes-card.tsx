import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { DownloadButtons } from '../documents/download-buttons';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { meetingCommands, meetingKeys } from './api';
import { meetTexts } from './texts';
import type { Meeting } from './types';
import { ProblemAlert } from '../shared/problem-alert';

const t = meetTexts.minutes;

/** The minutes (biên bản) and decisions of a meeting, saved with the meeting's current version. */
export function MinutesCard({ meeting }: { meeting: Meeting }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ minutes: string; decisions: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const editable = meeting.abilities.update;

  const onFinish = async (values: { minutes: string; decisions: string }) => {
    setSaving(true);
    setProblem(null);
    try {
      const current = queryClient.getQueryData<Meeting>(meetingKeys.one(meeting.id)) ?? meeting;
      const saved = await meetingCommands.update(meeting.id, {
        version: current.version,
        minutes: values.minutes?.trim() || null,
        decisions: values.decisions?.trim() || null,
      });
      queryClient.setQueryData(meetingKeys.one(saved.id), saved);
      void message.success(t.saved);
    } catch (error) {
      if (isApiError(error, 'STALE')) {
        await queryClient.invalidateQueries({ queryKey: meetingKeys.one(meeting.id) });
        setProblem({ code: 'STALE', message: meetTexts.detail.stale, details: [] });
      } else setProblem(showFieldErrors(form, error, ['minutes', 'decisions']));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card className="page-card" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t.title}
      </Typography.Title>
      <DownloadButtons path={`/meetings/${meeting.id}/documents/minutes`} title={t.title} />
      <ProblemAlert problem={problem} title={t.notSaved} />
      {!editable ? (
        <Flex vertical gap={8}>
          <Typography.Text strong>{t.minutes}</Typography.Text>
          <Typography.Paragraph className="pre-wrap wrap-anywhere">
            {meeting.minutes ?? meetTexts.detail.none}
          </Typography.Paragraph>
          <Typography.Text strong>{t.decisions}</Typography.Text>
          <Typography.Paragraph className="pre-wrap wrap-anywhere">
            {meeting.decisions ?? meetTexts.detail.none}
          </Typography.Paragraph>
        </Flex>
      ) : (
        <Form
          form={form}
          layout="vertical"
          disabled={saving}
          initialValues={{ minutes: meeting.minutes ?? '', decisions: meeting.decisions ?? '' }}
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item name="minutes" label={t.minutes}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 20 }} maxLength={200000} />
          </Form.Item>
          <Form.Item name="decisions" label={t.decisions}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={50000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t.save}
          </Button>
        </Form>
      )}
    </Card>
  );
}
