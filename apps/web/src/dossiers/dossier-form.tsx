import { Checkbox, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { optionsOf, SelectField, TextField } from '../shared/fields';
import { ProblemAlert } from '../shared/problem-alert';
import { DateField } from '../registrations/date-field';
import { type DossierInput, useFileDossier } from './api';
import { texts } from './texts';

const FIELDS = [
  'unitId',
  'subject',
  'kind',
  'level',
  'candidateName',
  'candidateBars',
  'candidateDisciplineEndedOn',
] as const;

/**
 * What is sent: a person's standing (khoản 4 Điều 4) only for an individual — a collective's is its
 * unit's facts, on the facts screen — and a cleared date as no date.
 */
function toBody(values: DossierInput): DossierInput {
  const { candidateBars, candidateDisciplineEndedOn, ...rest } = values;
  if (values.subject !== 'individual') return rest;
  return {
    ...rest,
    candidateBars: candidateBars ?? [],
    candidateDisciplineEndedOn: candidateDisciplineEndedOn || null,
  };
}

/** Files a dossier in a batch: the unit's own staff for their unit, the standing office for any unit. */
export function DossierForm({
  open,
  batchId,
  units,
  onClose,
  onFiled,
}: {
  open: boolean;
  batchId: string | undefined;
  units: { id: string; name: string }[];
  onClose: () => void;
  onFiled: () => void;
}) {
  const [form] = Form.useForm<DossierInput>();
  const file = useFileDossier(batchId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const subject = Form.useWatch('subject', form);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setProblem(null);
    try {
      await file.mutateAsync(toBody(values));
      form.resetFields();
      onFiled();
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={texts.addDossier}
      okText={texts.save}
      cancelText={texts.cancel}
      confirmLoading={file.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem && <ProblemAlert problem={problem} />}
      <Form
        form={form}
        layout="vertical"
        name="dossier"
        initialValues={{
          subject: 'collective',
          level: 'provincial',
          unitId: units.length === 1 ? units[0]!.id : undefined,
        }}
      >
        <SelectField
          name="unitId"
          label={texts.columns.unit}
          id="dossier-unit"
          required={texts.chooseUnit}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          select={{ showSearch: true, optionFilterProp: 'label', placeholder: texts.chooseUnit }}
        />
        <SelectField
          name="subject"
          label={texts.subject}
          id="dossier-subject"
          options={optionsOf(texts.subjects)}
        />
        <SelectField
          name="kind"
          label={texts.columns.kind}
          id="dossier-kind"
          required={`Cần chọn ${texts.columns.kind.toLowerCase()}`}
          options={optionsOf(texts.kinds)}
        />
        <SelectField
          name="level"
          label={texts.columns.level}
          id="dossier-level"
          options={optionsOf(texts.levels)}
        />
        <TextField
          name="candidateName"
          label={texts.candidateName}
          id="dossier-candidate"
          required
          maxLength={500}
        />
        {subject === 'individual' && <StandingFields />}
      </Form>
    </Modal>
  );
}

/**
 * A person's standing (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP) inside a dossier form: the four bars as
 * boxes and the day a discipline ended. Filing and the later change (standing-modal.tsx) share it.
 */
export function StandingFields() {
  return (
    <fieldset className="dossier-standing">
      <legend>{texts.standing}</legend>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {texts.standingHint}
      </Typography.Paragraph>
      <Form.Item name="candidateBars">
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={texts.bars} />
      </Form.Item>
      <Form.Item
        name="candidateDisciplineEndedOn"
        label={texts.disciplineEndedOn}
        htmlFor="dossier-discipline-ended"
      >
        <DateField id="dossier-discipline-ended" />
      </Form.Item>
    </fieldset>
  );
}
