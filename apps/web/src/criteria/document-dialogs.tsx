import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { vi } from '../i18n/vi';
import { tc } from './texts';

const v = tc.versions;

function Problem({ problem }: { problem: FormProblem | null }) {
  if (!problem) return null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={tc.notSaved}
      description={[problem.message, ...problem.details].join('. ')}
      style={{ marginBottom: 16 }}
    />
  );
}

/** Issuing (a framework or a cluster's criteria): the issuing document's number and date. */
export function IssueDialog(props: {
  title: string;
  warning: string;
  onIssue: (input: { documentNumber: string; documentDate: string }) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ documentNumber: string; documentDate: Dayjs }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { documentNumber: string; documentDate: Dayjs }) => {
    setProblem(null);
    setBusy(true);
    try {
      await props.onIssue({
        documentNumber: values.documentNumber,
        documentDate: values.documentDate.format('YYYY-MM-DD'),
      });
      props.onClose();
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['documentNumber', 'documentDate']));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={props.title}
      okText={v.issue}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={busy}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={props.warning} style={{ marginBottom: 16 }} />
      <Problem problem={problem} />
      <Form
        form={form}
        layout="vertical"
        name="issue"
        onFinish={(values) => void submit(values)}
        disabled={busy}
      >
        <Form.Item
          name="documentNumber"
          label={v.documentNumber}
          rules={[{ required: true, whitespace: true, message: tc.form.required }]}
        >
          <Input autoComplete="off" placeholder={tc.documentNumberPlaceholder} />
        </Form.Item>
        <Form.Item
          name="documentDate"
          label={v.documentDate}
          rules={[{ required: true, message: tc.form.required }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A new revision of something issued, with the reason the server requires. */
export function ReviseDialog(props: {
  title: string;
  help: string;
  onRevise: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ reason }: { reason: string }) => {
    setProblem(null);
    setBusy(true);
    try {
      await props.onRevise(reason ?? '');
      props.onClose();
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['reason']));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={props.title}
      okText={v.revise}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={busy}
      mask={{ closable: false }}
    >
      <Alert type="info" showIcon title={props.help} style={{ marginBottom: 16 }} />
      <Problem problem={problem} />
      <Form
        form={form}
        layout="vertical"
        name="revise"
        onFinish={(values) => void submit(values)}
        disabled={busy}
      >
        <Form.Item name="reason" label={v.reason}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The leader records that the members agreed (with a note for the audit: minutes, meeting date). */
export function AgreeDialog(props: {
  onAgree: (note: string | undefined) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ note }: { note?: string }) => {
    setProblem(null);
    setBusy(true);
    try {
      await props.onAgree(note?.trim() ? note.trim() : undefined);
      props.onClose();
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['note']));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={v.agreeTitle}
      okText={v.agree}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={busy}
      mask={{ closable: false }}
    >
      <Problem problem={problem} />
      <Form
        form={form}
        layout="vertical"
        name="agree"
        onFinish={(values) => void submit(values)}
        disabled={busy}
      >
        <Form.Item name="note" label={v.agreeNote}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
