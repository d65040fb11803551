import { Form, InputNumber } from 'antd';
import type { StaffCount, StaffCountInput } from './api';
import { FactDialog, ReasonItem, useFactSave } from './fact-dialog';
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
  const [form] = Form.useForm<Values>();
  const { problem, busy, save } = useFactSave(form, ['staff', 'women', 'reason'], onClose);

  const finish = (values: Values) =>
    save(() =>
      onSave({
        version: current?.version ?? 0,
        staff: values.staff,
        women: values.women,
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      }),
    );

  return (
    <FactDialog<Values>
      title={title}
      form={form}
      busy={busy}
      problem={problem}
      onClose={onClose}
      initialValues={current ? { staff: current.staff, women: current.women } : undefined}
      onFinish={(values) => void finish(values)}
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
      <ReasonItem reasonNeeded={reasonNeeded} />
    </FactDialog>
  );
}
