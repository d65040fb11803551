import { Checkbox, Form, Typography } from 'antd';
import { optionsOf, SelectField, TextField } from '../shared/fields';
import { ModalForm } from '../shared/form-modal';
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
  const subject = Form.useWatch('subject', form);
  if (!open) return null;
  return (
    <ModalForm<DossierInput>
      title={texts.addDossier}
      okText={texts.save}
      name="dossier"
      fields={FIELDS}
      form={form}
      onClose={onClose}
      initialValues={{
        subject: 'collective',
        level: 'provincial',
        ...(units.length === 1 ? { unitId: units[0]!.id } : {}),
      }}
      save={async (values) => {
        await file.mutateAsync(toBody(values));
        onFiled();
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
    </ModalForm>
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
