import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { showFieldErrors } from '../api/form-errors';
import type { StaffCount, StaffCountInput } from './api';
import { factTexts as t } from './texts';

interface Values {
  staff: number;
  women: number;
  reason?: string;
}

/** A unit's staff and women counts: declared by the unit, corrected by the standing office with a reason. */
export function StaffCountEdit({
  title,
  current,
  reasonNeeded,
  onSave,
  onClose,
}: {
  title: string;
  current: StaffCount | null;
  reasonNeeded: boolean;
  onSave: (input: StaffCountInput) => Promise<unknown>;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = async (values: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      await onSave({
        version: current?.version ?? 0,
        staff: values.staff,
        women: values.women,
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      });
      void message.success(t.saved);
      onClose();
    } catch (error) {
      if (isApiError(error, 'STALE')) setProblem(t.stale);
      else {
        const shown = showFieldErrors(form, error, ['staff', 'women', 'reason']);
        if (shown) setProblem(shown.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={t.save}
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {problem && <Alert role="alert" type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={current ? { staff: current.staff, women: current.women } : undefined}
        onFinish={(values) => void finish(values)}
        disabled={busy}
      >
        <Form.Item
          label={t.staff}
          name="staff"
          rules={[{ required: true, message: `Nhập ${t.staff.toLowerCase()}` }]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          label={t.women}
          name="women"
          extra={t.countsHelp}
          rules={[{ required: true, message: `Nhập ${t.women.toLowerCase()}` }]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          label={t.reason}
          name="reason"
          extra={t.reasonHelp}
          rules={reasonNeeded ? [{ required: true, whitespace: true, message: t.reasonRequired }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
