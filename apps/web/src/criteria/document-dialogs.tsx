import { Alert, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { ModalForm } from '../shared/form-modal';
import { blank, DATE_FORMAT } from '../shared/form-values';
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
  return (
    <ModalForm<{ documentNumber: string; documentDate: Dayjs }>
      title={props.title}
      okText={v.issue}
      notSaved={tc.notSaved}
      name="issue"
      fields={['documentNumber', 'documentDate']}
      before={<Alert type="warning" showIcon title={props.warning} style={{ marginBottom: 16 }} />}
      onClose={props.onClose}
      save={(values) =>
        props.onIssue({
          documentNumber: values.documentNumber,
          documentDate: values.documentDate.format('YYYY-MM-DD'),
        })
      }
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
        <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
      </Form.Item>
    </ModalForm>
  );
}

/** A new revision of something issued, with the reason the server requires. */
export function ReviseDialog(props: {
  title: string;
  help: string;
  onRevise: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  return (
    <ModalForm<{ reason?: string }>
      title={props.title}
      okText={v.revise}
      notSaved={tc.notSaved}
      name="revise"
      fields={['reason']}
      before={<Alert type="info" showIcon title={props.help} style={{ marginBottom: 16 }} />}
      onClose={props.onClose}
      save={({ reason }) => props.onRevise(reason ?? '')}
    >
      <NoteItem name="reason" label={v.reason} />
    </ModalForm>
  );
}

/** The leader records that the members agreed (with a note for the audit: minutes, meeting date). */
export function AgreeDialog(props: {
  onAgree: (note: string | undefined) => Promise<unknown>;
  onClose: () => void;
}) {
  return (
    <ModalForm<{ note?: string }>
      title={v.agreeTitle}
      okText={v.agree}
      notSaved={tc.notSaved}
      name="agree"
      fields={['note']}
      onClose={props.onClose}
      save={({ note }) => props.onAgree(blank(note) ?? undefined)}
    >
      <NoteItem name="note" label={v.agreeNote} />
    </ModalForm>
  );
}
