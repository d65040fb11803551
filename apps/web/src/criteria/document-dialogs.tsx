import { Alert, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal, useFormSubmit } from '../shared/form-modal';
import { tc } from './texts';

const v = tc.versions;

/** A reason or note: free text up to 2,000 characters. */
function NoteItem({ name, label }: { name: string; label: string }) {
  return (
    <Form.Item name={name} label={label}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
    </Form.Item>
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
  const { problem, busy, run } = useFormSubmit(form, ['documentNumber', 'documentDate'], props.onClose);
  const submit = (values: { documentNumber: string; documentDate: Dayjs }) =>
    run(() =>
      props.onIssue({
        documentNumber: values.documentNumber,
        documentDate: values.documentDate.format('YYYY-MM-DD'),
      }),
    );
  return (
    <FormModal
      title={props.title}
      okText={v.issue}
      form={form}
      busy={busy}
      onClose={props.onClose}
      problem={problem}
      notSaved={tc.notSaved}
      before={<Alert type="warning" showIcon title={props.warning} style={{ marginBottom: 16 }} />}
    >
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
    </FormModal>
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
  const { problem, busy, run } = useFormSubmit(form, ['reason'], props.onClose);
  return (
    <FormModal
      title={props.title}
      okText={v.revise}
      form={form}
      busy={busy}
      onClose={props.onClose}
      problem={problem}
      notSaved={tc.notSaved}
      before={<Alert type="info" showIcon title={props.help} style={{ marginBottom: 16 }} />}
    >
      <Form
        form={form}
        layout="vertical"
        name="revise"
        onFinish={({ reason }) => void run(() => props.onRevise(reason ?? ''))}
        disabled={busy}
      >
        <NoteItem name="reason" label={v.reason} />
      </Form>
    </FormModal>
  );
}

/** The leader records that the members agreed (with a note for the audit: minutes, meeting date). */
export function AgreeDialog(props: {
  onAgree: (note: string | undefined) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const { problem, busy, run } = useFormSubmit(form, ['note'], props.onClose);
  return (
    <FormModal
      title={v.agreeTitle}
      okText={v.agree}
      form={form}
      busy={busy}
      onClose={props.onClose}
      problem={problem}
      notSaved={tc.notSaved}
    >
      <Form
        form={form}
        layout="vertical"
        name="agree"
        onFinish={({ note }) => void run(() => props.onAgree(note?.trim() ? note.trim() : undefined))}
        disabled={busy}
      >
        <NoteItem name="note" label={v.agreeNote} />
      </Form>
    </FormModal>
  );
}
