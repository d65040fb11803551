import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { adjustmentTexts as t } from './texts';

/** Deleting a record needs a reason (kept in the audit log) and the version read. */
export function DeleteAdjustment({
  label,
  onDelete,
  onClose,
}: {
  label: string;
  onDelete: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      await onDelete(reason.trim());
      void message.success(t.deleted);
      onClose();
    } catch (error) {
      if (isApiError(error, 'STALE')) setProblem(t.stale);
      else if (isApiError(error) && error.fields.length > 0)
        form.setFields([{ name: 'reason', errors: error.fields.map((f) => f.message) }]);
      else setProblem(error instanceof Error ? error.message : t.notSaved);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t.deleteTitle}
      okText={t.deleteConfirm}
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <p className="wrap-anywhere">{label}</p>
      {problem && <Alert role="alert" type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void finish(values)} disabled={busy}>
        <Form.Item
          label={t.reason}
          name="reason"
          extra={t.reasonEditHelp}
          rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
