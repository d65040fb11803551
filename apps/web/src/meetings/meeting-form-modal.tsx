import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { vi } from '../i18n/vi';
import { DateField } from '../registrations/date-field';
import { meetingCommands, meetingKeys, type MeetingScope } from './api';
import { meetTexts } from './texts';
import { type Meeting, MEETING_KINDS, type MeetingKind } from './types';
import { ProblemAlert } from '../shared/problem-alert';

const t = meetTexts.form;
const FIELDS = ['kind', 'title', 'heldOn', 'place', 'hostUnitId', 'invitedDelegates', 'agenda'];

interface Values {
  kind: MeetingKind;
  title?: string;
  heldOn: string;
  place?: string;
  hostUnitId?: string | null;
  invitedDelegates?: string;
  agenda?: string;
}

const blank = (text: string | undefined) => (text ?? '').trim() || null;

/**
 * Schedules a meeting (kind, date, place, host, invited delegates, agenda) or edits one. The server's
 * message for a field shows beside it; an edit carries the version read (409 STALE: reload).
 */
export function MeetingFormModal({
  scope,
  members,
  meeting,
  onClose,
  onScheduled,
}: {
  scope: MeetingScope;
  members: { unitId: string; name: string }[];
  meeting?: Meeting;
  onClose: () => void;
  onScheduled?: (meeting: Meeting) => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: Values) => {
    setSaving(true);
    setProblem(null);
    const input = {
      kind: values.kind,
      title: blank(values.title),
      heldOn: values.heldOn,
      place: blank(values.place),
      hostUnitId: values.hostUnitId ?? null,
      invitedDelegates: blank(values.invitedDelegates),
      agenda: blank(values.agenda),
    };
    try {
      const saved = meeting
        ? await meetingCommands.update(meeting.id, { ...input, version: meeting.version })
        : await meetingCommands.schedule(scope, input);
      queryClient.setQueryData(meetingKeys.one(saved.id), saved);
      await queryClient.invalidateQueries(meetingKeys.all);
      void message.success(meeting ? t.saved : t.scheduled);
      onClose();
      onScheduled?.(saved);
    } catch (error) {
      if (isApiError(error, 'STALE')) {
        await queryClient.invalidateQueries(meetingKeys.all);
        setProblem({ code: 'STALE', message: meetTexts.detail.stale, details: [] });
      } else setProblem(showFieldErrors(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={meeting ? t.editTitle : t.scheduleTitle}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      width={640}
    >
      <ProblemAlert problem={problem} title={t.notSaved} />
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={saving}
        initialValues={{
          kind: meeting?.kind ?? 'truBi',
          title: meeting?.title ?? '',
          heldOn: meeting?.heldOn ?? '',
          place: meeting?.place ?? '',
          hostUnitId: meeting?.hostUnitId ?? null,
          invitedDelegates: meeting?.invitedDelegates ?? '',
          agenda: meeting?.agenda ?? '',
        }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="kind" label={t.kind} rules={[{ required: true, message: t.required }]}>
          <Select options={MEETING_KINDS.map((kind) => ({ value: kind, label: meetTexts.kinds[kind] }))} />
        </Form.Item>
        <Form.Item name="title" label={t.title}>
          <Input maxLength={300} placeholder={t.titlePlaceholder} />
        </Form.Item>
        <Form.Item name="heldOn" label={t.heldOn} rules={[{ required: true, message: t.required }]}>
          <DateField />
        </Form.Item>
        {members.length > 0 && (
          <Form.Item name="hostUnitId" label={t.host} extra={t.hostHelp}>
            <Select allowClear options={members.map((m) => ({ value: m.unitId, label: m.name }))} />
          </Form.Item>
        )}
        <Form.Item name="place" label={t.place} extra={t.placeHelp}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="invitedDelegates" label={t.delegates}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="agenda" label={t.agenda}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
