import { App, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import type { UnitResult } from '../ranking/types';
import type { Objection, Sheet } from './api';
import { CompareCells } from './compare-cells';
import { objectionTexts as t } from './texts';
import { ProblemAlert } from '../shared/problem-alert';

interface RaiseValues {
  unitId: string;
  criterionCode: string;
  body: string;
}

interface RaiseObjectionProps {
  units: { id: string; name: string }[];
  sheet: Sheet | undefined;
  results: UnitResult[];
  onRaise: (values: RaiseValues) => Promise<Objection>;
}

/** A member unit's new objection to the agreed score of one criterion, the two scores shown as it is chosen. */
export function RaiseObjection({ units, sheet, results, onRaise }: RaiseObjectionProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RaiseValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const unitId = Form.useWatch('unitId', form) ?? units[0]?.id;
  const code = Form.useWatch('criterionCode', form);
  const row = sheet?.rows.find((r) => r.unit.id === unitId);
  const cell = row?.cells.find((c) => c.criterionCode === code);
  const unitCode = row?.unit.code;

  const submit = async (values: RaiseValues) => {
    setProblem(null);
    setBusy(true);
    try {
      await onRaise({ ...values, unitId: values.unitId ?? units[0]!.id });
      void message.success(t.sent);
      form.resetFields(['criterionCode', 'body']);
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['unitId', 'criterionCode', 'body']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t.raiseTitle} className="page-card">
      <ProblemAlert problem={problem} title={t.notSent} />
      <Form<RaiseValues>
        form={form}
        layout="vertical"
        name="raise-objection"
        initialValues={{ unitId: units[0]?.id }}
        disabled={busy}
        onFinish={(values) => void submit(values)}
      >
        {units.length > 1 && (
          <Form.Item label={t.raiseUnit} name="unitId">
            <Select options={units.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        )}
        <Form.Item
          label={t.criterion}
          name="criterionCode"
          rules={[{ required: true, message: t.criterionRequired }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t.chooseCriterion}
            options={(sheet?.criteria ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        {code && (
          <div style={{ marginBottom: 16 }}>
            <CompareCells
              criterion={sheet?.criteria.find((c) => c.code === code)}
              self={cell?.self ?? null}
              agreed={cell?.agreed ?? null}
              result={results.find((r) => r.unit === unitCode)}
            />
          </div>
        )}
        <Form.Item
          label={t.body}
          name="body"
          extra={t.bodyHelp}
          rules={[{ required: true, whitespace: true, message: t.bodyRequired }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t.send}
        </Button>
      </Form>
    </Card>
  );
}
