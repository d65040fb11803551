import { Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { texts } from './texts';

/**
 * Asks why a review changes a score before it is saved (the reason goes to the audit log). Without a
 * reason nothing is sent; the server's own refusal is shown the same way.
 */
export function ReasonModal({
  open,
  subject,
  serverError,
  saving,
  onSubmit,
  onCancel,
  title = texts.reasonTitle,
  help = texts.reasonHelp,
  placeholder = texts.reasonPlaceholder,
}: {
  open: boolean;
  subject: string;
  title?: string;
  help?: string;
  placeholder?: string;
  serverError?: string | undefined;
  saving: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setReason('');
      setError(null);
    }
  }, [open]);
  const shown = error ?? serverError ?? null;
  return (
    <Modal
      open={open}
      title={title}
      okText={texts.save}
      cancelText={texts.cancel}
      confirmLoading={saving}
      onCancel={onCancel}
      onOk={() => {
        if (reason.trim() === '') {
          setError(texts.errors.reasonRequired);
          return;
        }
        onSubmit(reason.trim());
      }}
      destroyOnHidden
    >
      <Typography.Paragraph className="wrap-anywhere" strong>
        {subject}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label={texts.fields.reason}
          htmlFor="score-reason"
          required
          validateStatus={shown ? 'error' : undefined}
          help={shown ? <span role="alert">{shown}</span> : undefined}
        >
          <Input.TextArea
            id="score-reason"
            autoFocus
            rows={3}
            maxLength={2000}
            value={reason}
            placeholder={placeholder}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
