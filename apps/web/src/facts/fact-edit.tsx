import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { showFieldErrors } from '../api/form-errors';
import type { FactCell, FactInput } from './api';
import { FACT_CHOICES, factTexts as t, valueLabel } from './texts';

interface Values {
  value: string;
  reason?: string;
}

/** What the value field offers: yes / no for facts that are, a rating scale, or free text. */
function choicesOf(name: string, current: FactCell['value']): string[] | null {
  if (FACT_CHOICES[name]) return FACT_CHOICES[name];
  if (current === null || typeof current === 'boolean') return ['true', 'false'];
  return null;
}

/**
 * Typing (or, for a fact the records decide, overriding) one fact of one unit: the standing office
 * chooses the value and gives a reason (required when changing a value or overriding).
 */
export function FactEdit({
  title,
  cell,
  override,
  onSave,
  onClose,
}: {
  title: string;
  cell: FactCell;
  override: boolean;
  onSave: (input: FactInput) => Promise<unknown>;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = choicesOf(cell.name, cell.value);
  const reasonNeeded = override || cell.version > 0;
  const initial = cell.value === null ? undefined : String(cell.value);

  const finish = async (values: Values) => {
    setBusy(true);
    setProblem(null);
    const raw = values.value.trim();
    const value: FactInput['value'] = raw === 'true' ? true : raw === 'false' ? false : raw;
    try {
      await onSave({
        version: override && cell.origin !== 'override' ? 0 : cell.version,
        value,
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
        ...(override ? { override: true } : {}),
      });
      void message.success(t.saved);
      onClose();
    } catch (error) {
      if (isApiError(error, 'STALE')) setProblem(t.stale);
      else {
        const shown = showFieldErrors(form, error, ['value', 'reason']);
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
      {override && (
        <Alert
          type="warning"
          showIcon
          title={t.overrideHelp(cell.derivedSource ?? cell.source)}
          style={{ marginBottom: 16 }}
        />
      )}
      {problem && <Alert role="alert" type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ value: initial }}
        onFinish={(values) => void finish(values)}
        disabled={busy}
      >
        <Form.Item
          label={t.value}
          name="value"
          rules={[{ required: true, whitespace: true, message: t.valueRequired }]}
        >
          {choices ? (
            <Select
              aria-label={t.value}
              showSearch={{ optionFilterProp: 'label' }}
              options={choices.map((c) => ({
                value: c,
                label: c === 'true' ? t.yes : c === 'false' ? t.no : valueLabel(c),
              }))}
            />
          ) : (
            <Input maxLength={200} />
          )}
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
