import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { formatScore } from '../format';
import type { Adjustment, AdjustmentInput, BonusItem, DeductionItem } from './api';
import { adjustmentTexts as t } from './texts';
import { decimalInput, deductionRule, textOrNull } from './values';
import { ProblemAlert } from '../shared/problem-alert';
import { StaleAlert } from '../shared/stale-alert';

interface FormValues {
  unitId: string;
  itemCode: string;
  points?: string;
  count?: string;
  sourceNumber?: string;
  sourceDate?: Dayjs | null;
  sourceIssuer?: string;
  note?: string;
  reason?: string;
}

const FIELDS = [
  'unitId',
  'itemCode',
  'points',
  'count',
  'sourceNumber',
  'sourceDate',
  'sourceIssuer',
  'note',
  'reason',
];

interface AdjustmentFormProps {
  units: { unitId: string; name: string }[];
  bonusItems: BonusItem[];
  deductionItems: DeductionItem[];
  /** The record to edit, or null to add one. */
  adjustment: Adjustment | null;
  defaultUnitId?: string;
  onSave: (input: AdjustmentInput, editing: Adjustment | null) => Promise<unknown>;
  onReload: (editing: Adjustment) => Promise<Adjustment | undefined>;
  onClose: () => void;
}

function valuesOf(a: Adjustment): FormValues {
  return {
    unitId: a.unitId,
    itemCode: a.itemCode,
    points: a.points === null ? undefined : formatScore(a.points),
    count: a.count === null ? undefined : String(a.count),
    sourceNumber: a.sourceNumber ?? undefined,
    sourceDate: a.sourceDate ? dayjs(a.sourceDate) : null,
    sourceIssuer: a.sourceIssuer ?? undefined,
    note: a.note ?? undefined,
  };
}

/**
 * Adds or edits a bonus (points) or a deduction (occurrences with its source document). The server
 * decides what is valid and its messages show beside the fields; an edit needs a reason and carries the
 * version read, so a concurrent change is a 409 offered for reload.
 */
export function AdjustmentForm(props: AdjustmentFormProps) {
  const { units, bonusItems, deductionItems, onClose } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [editing, setEditing] = useState<Adjustment | null>(props.adjustment);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const itemCode = Form.useWatch('itemCode', form);
  const bonus = bonusItems.find((i) => i.code === itemCode);
  const deduction = deductionItems.find((i) => i.code === itemCode);

  const finish = async (values: FormValues) => {
    setProblem(null);
    setStale(false);
    const points = bonus ? decimalInput(values.points) : null;
    const count = deduction ? decimalInput(values.count) : null;
    if (bonus && points === null) return form.setFields([{ name: 'points', errors: [t.notNumber] }]);
    if (deduction && count === null) return form.setFields([{ name: 'count', errors: [t.notNumber] }]);
    const input: AdjustmentInput = {
      ...(bonus ? { points: points! } : { count: count! }),
      sourceNumber: textOrNull(values.sourceNumber),
      sourceDate: values.sourceDate ? values.sourceDate.format('YYYY-MM-DD') : null,
      sourceIssuer: textOrNull(values.sourceIssuer),
      note: textOrNull(values.note),
    };
    const reason = textOrNull(values.reason);
    if (reason) input.reason = reason;
    if (editing) input.version = editing.version;
    else Object.assign(input, { unitId: values.unitId, itemCode: values.itemCode });
    setBusy(true);
    try {
      await props.onSave(input, editing);
      void message.success(editing ? t.updated : t.created);
      onClose();
    } catch (error) {
      if (isApiError(error, 'STALE')) setStale(true);
      else setProblem(showFieldErrors(form, error, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    if (!editing) return;
    const fresh = await props.onReload(editing);
    if (!fresh) {
      void message.warning(t.staleGone);
      onClose();
      return;
    }
    setEditing(fresh);
    form.setFieldsValue({ ...valuesOf(fresh), reason: form.getFieldValue('reason') as string });
    setStale(false);
  };

  return (
    <Modal
      open
      title={editing ? t.editTitle : t.addTitle}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      mask={{ closable: false }}
      width={640}
    >
      <StaleAlert stale={stale} title={t.stale} reloadText={t.staleReload} onReload={() => void reload()} />
      <ProblemAlert problem={problem} title={t.notSaved} />
      <Form<FormValues>
        form={form}
        name="adjustment"
        layout="vertical"
        disabled={busy}
        initialValues={editing ? valuesOf(editing) : { unitId: props.defaultUnitId }}
        onFinish={(values) => void finish(values)}
      >
        <Form.Item label={t.unit} name="unitId" rules={[{ required: true, message: t.unitRequired }]}>
          <Select
            disabled={Boolean(editing)}
            placeholder={t.chooseUnit}
            showSearch={{ optionFilterProp: 'label' }}
            options={units.map((u) => ({ value: u.unitId, label: u.name }))}
          />
        </Form.Item>
        <Form.Item label={t.item} name="itemCode" rules={[{ required: true, message: t.itemRequired }]}>
          <Select
            disabled={Boolean(editing)}
            placeholder={t.chooseItem}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              {
                label: t.bonusItems,
                options: bonusItems.map((i) => ({ value: i.code, label: `${t.bonus}: ${i.name}` })),
              },
              {
                label: t.deductionItems,
                options: deductionItems.map((i) => ({ value: i.code, label: `${t.deduction}: ${i.name}` })),
              },
            ]}
          />
        </Form.Item>
        {bonus && (
          <Form.Item
            label={t.points}
            name="points"
            extra={bonus.max !== undefined ? t.pointsHelp(formatScore(bonus.max)) : undefined}
            rules={[{ required: true, whitespace: true, message: t.pointsRequired }]}
          >
            <Input inputMode="decimal" autoComplete="off" />
          </Form.Item>
        )}
        {deduction && (
          <>
            <Form.Item
              label={t.count}
              name="count"
              extra={t.countHelp(deductionRule(deduction))}
              rules={[{ required: true, whitespace: true, message: t.countRequired }]}
            >
              <Input inputMode="numeric" autoComplete="off" />
            </Form.Item>
            <Alert type="info" showIcon title={t.sourceNeeded} style={{ marginBottom: 16 }} />
          </>
        )}
        <fieldset className="adjustment-source">
          <legend>{t.source}</legend>
          <Form.Item label={t.sourceNumber} name="sourceNumber">
            <Input placeholder={t.sourceNumberPlaceholder} maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item label={t.sourceDate} name="sourceDate">
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t.sourceIssuer} name="sourceIssuer">
            <Input maxLength={300} autoComplete="off" />
          </Form.Item>
        </fieldset>
        <Form.Item label={t.note} name="note">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
        </Form.Item>
        <Form.Item
          label={t.reason}
          name="reason"
          extra={editing ? t.reasonEditHelp : undefined}
          rules={editing ? [{ required: true, whitespace: true, message: t.reasonRequired }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
