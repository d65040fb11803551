import { Alert, Form, Input, Select } from 'antd';
import type { FactCell, FactInput } from './api';
import { FactDialog, ReasonItem, useFactSave } from './fact-dialog';
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
  const [form] = Form.useForm<Values>();
  const { problem, busy, save } = useFactSave(form, ['value', 'reason'], onClose);
  const choices = choicesOf(cell.name, cell.value);
  const reasonNeeded = override || cell.version > 0;
  const initial = cell.value === null ? undefined : String(cell.value);

  const finish = (values: Values) => {
    const raw = values.value.trim();
    const value: FactInput['value'] = raw === 'true' ? true : raw === 'false' ? false : raw;
    return save(() =>
      onSave({
        version: override && cell.origin !== 'override' ? 0 : cell.version,
        value,
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
        ...(override ? { override: true } : {}),
      }),
    );
  };

  return (
    <FactDialog<Values>
      title={title}
      form={form}
      busy={busy}
      problem={problem}
      onClose={onClose}
      initialValues={{ value: initial }}
      onFinish={(values) => void finish(values)}
      before={
        override && (
          <Alert
            type="warning"
            showIcon
            title={t.overrideHelp(cell.derivedSource ?? cell.source)}
            style={{ marginBottom: 16 }}
          />
        )
      }
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
      <ReasonItem reasonNeeded={reasonNeeded} />
    </FactDialog>
  );
}
