import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError, isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { StaleAlert } from '../shared/stale-alert';
import { registrationCommands, registrationKeys } from './api';
import {
  buildContent,
  formValuesOf,
  type PlanLeaf,
  type RegistrationFormValues,
  remapFieldErrors,
} from './form-model';
import { regTexts } from './texts';
import type { Registration } from './types';

const t = regTexts.form;
const FIELDS = ['plans', 'titlesSought', 'models', 'topics', 'note'];

interface RegistrationFormProps {
  clusterId: string;
  unitId: string;
  /** The award ladder titles are chosen from. */
  awards: { code: string; name: string }[];
  /** The quantitative criteria of the issued criteria or the draft; none before there is a draft. */
  leaves: PlanLeaf[];
  /** Shown instead of the plan rows when there is no criterion to plan for yet. */
  noPlansText?: string;
  /** The saved registration, or undefined before the first save. */
  saved: Registration | undefined;
  onPrint: (registrationId: string) => void;
}

/**
 * A unit's registration while it may still change it: a plan for each quantitative criterion, the
 * titles sought, models and topics, a note; "Lưu nháp" saves, "Gửi đăng ký" saves then submits. The
 * server checks every value; its message shows beside the plan it names and nothing is saved.
 */
export function RegistrationForm({
  clusterId,
  unitId,
  awards,
  leaves,
  noPlansText,
  saved,
  onPrint,
}: RegistrationFormProps) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RegistrationFormValues>();
  const [problem, setProblem] = useState<{ title: string; problem: FormProblem } | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | 'reload' | null>(null);

  const clearErrors = () => {
    form.setFields(
      form
        .getFieldsError()
        .filter((f) => f.errors.length > 0)
        .map((f) => ({ name: f.name as never, errors: [] })),
    );
    setProblem(null);
    setStale(null);
  };

  const refresh = async (registration: Registration) => {
    queryClient.setQueryData(registrationKeys.one(registration.id), registration);
    await queryClient.invalidateQueries(registrationKeys.all);
  };

  const fail = (title: string, error: unknown, planIndex: number[] = []) => {
    if (isApiError(error, 'STALE')) {
      setStale(error.message || t.stale);
      return;
    }
    const placed = isApiError(error)
      ? new ApiError(error.status, error.code, error.message, remapFieldErrors(error.fields, planIndex))
      : error;
    const shown = showFieldErrors(form, placed, FIELDS);
    setProblem(shown ? { title, problem: shown } : null);
  };

  /** Saves what the form holds; the saved registration, or null when refused (errors shown). */
  const save = async (title: string): Promise<Registration | null> => {
    clearErrors();
    const built = buildContent(leaves, form.getFieldsValue(true) as RegistrationFormValues);
    if (!built.ok) {
      form.setFields(
        built.invalidRows.map((row) => ({ name: ['plans', row, 'plan'], errors: [t.notANumber] })),
      );
      return null;
    }
    try {
      const result = saved
        ? await registrationCommands.update(saved.id, saved.version, built.content)
        : await registrationCommands.create(clusterId, unitId, built.content);
      form.setFieldsValue(formValuesOf(leaves, result));
      await refresh(result);
      return result;
    } catch (error) {
      fail(title, error, built.planIndex);
      return null;
    }
  };

  const onSave = async () => {
    setBusy('save');
    try {
      if (await save(t.notSaved)) void message.success(t.saved);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = async () => {
    setBusy('submit');
    try {
      const current = await save(t.notSubmitted);
      if (!current) return;
      try {
        const submitted = await registrationCommands.submit(current.id, current.version);
        await refresh(submitted);
        void message.success(t.submitted);
      } catch (error) {
        fail(t.notSubmitted, error);
      }
    } finally {
      setBusy(null);
    }
  };

  const confirmSubmit = () =>
    modal.confirm({
      title: t.submitConfirm,
      content: t.submitConfirmText,
      okText: t.submit,
      cancelText: regTexts.print.back,
      onOk: () => onSubmit(),
    });

  const reload = async () => {
    if (!saved) return;
    setBusy('reload');
    try {
      await queryClient.invalidateQueries(registrationKeys.all);
      const fresh = await queryClient.fetchQuery({
        queryKey: registrationKeys.one(saved.id),
        queryFn: () => api.get<Registration>(`/registrations/${saved.id}`),
      });
      form.resetFields();
      form.setFieldsValue(formValuesOf(leaves, fresh));
      setStale(null);
      void message.info(t.reloaded);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Form<RegistrationFormValues>
      form={form}
      name="registration"
      layout="vertical"
      initialValues={formValuesOf(leaves, saved)}
      disabled={busy !== null}
      onFinish={() => void onSave()}
    >
      <StaleAlert
        stale={stale !== null}
        title={t.stale}
        description={stale}
        reloadText={t.reload}
        onReload={() => void reload()}
        loading={busy === 'reload'}
      />
      {problem && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={problem.title}
          description={[problem.problem.message, ...problem.problem.details].join('. ')}
          style={{ marginBottom: 16 }}
        />
      )}

      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t.plansTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t.plansHelp}
      </Typography.Paragraph>
      {leaves.length === 0 ? (
        <Typography.Paragraph>{noPlansText ?? t.noQuantitative}</Typography.Paragraph>
      ) : (
        <div className="plan-rows" role="group" aria-label={t.plansTitle}>
          <div className="plan-row plan-row-head" aria-hidden>
            <span>{t.criterion}</span>
            <span>{t.plan}</span>
            <span>{regTexts.print.colNote}</span>
          </div>
          {leaves.map((leaf, row) => (
            <div className="plan-row" key={leaf.code}>
              <div className="wrap-anywhere plan-criterion">
                <strong>{leaf.code}</strong> {leaf.name}
                {leaf.direction === 'decrease' && (
                  <Typography.Text type="secondary"> ({t.decrease})</Typography.Text>
                )}
              </div>
              <Form.Item name={['plans', row, 'plan']} style={{ marginBottom: 8 }}>
                <Input
                  aria-label={t.planLabel(leaf.code, leaf.name)}
                  inputMode="decimal"
                  suffix={
                    leaf.measureUnit ? <span className="plan-unit">{leaf.measureUnit}</span> : undefined
                  }
                />
              </Form.Item>
              <Form.Item name={['plans', row, 'note']} style={{ marginBottom: 8 }}>
                <Input
                  aria-label={t.noteLabel(leaf.code)}
                  placeholder={regTexts.print.colNote}
                  maxLength={1000}
                />
              </Form.Item>
            </div>
          ))}
        </div>
      )}

      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t.titlesTitle}
      </Typography.Title>
      {awards.length === 0 ? (
        <Typography.Paragraph>{t.noTitles}</Typography.Paragraph>
      ) : (
        <Form.Item name="titlesSought">
          <Checkbox.Group
            aria-label={t.titlesTitle}
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
            options={awards.map((a) => ({ value: a.code, label: a.name }))}
          />
        </Form.Item>
      )}

      <ItemList
        name="models"
        title={t.modelsTitle}
        add={t.addModel}
        nameLabel={t.modelName}
        descriptionLabel={t.modelDescription}
      />
      <ItemList
        name="topics"
        title={t.topicsTitle}
        add={t.addTopic}
        nameLabel={t.topicName}
        descriptionLabel={t.topicDescription}
      />

      <Form.Item name="note" label={t.noteTitle} style={{ marginTop: 16 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
      </Form.Item>

      <Flex wrap gap={8}>
        <Button htmlType="submit" loading={busy === 'save'}>
          {t.saveDraft}
        </Button>
        <Button type="primary" loading={busy === 'submit'} onClick={() => void confirmSubmit()}>
          {t.submit}
        </Button>
        {saved && (
          <Button type="link" onClick={() => onPrint(saved.id)} disabled={false}>
            {t.print}
          </Button>
        )}
      </Flex>
    </Form>
  );
}

function ItemList({
  name,
  title,
  add,
  nameLabel,
  descriptionLabel,
}: {
  name: 'models' | 'topics';
  title: string;
  add: string;
  nameLabel: (i: number) => string;
  descriptionLabel: (i: number) => string;
}) {
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {title}
      </Typography.Title>
      <Form.List name={name}>
        {(fields, { add: addRow, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, i) => (
              <div key={field.key} className="item-row">
                <Form.Item name={[field.name, 'name']} style={{ marginBottom: 0 }}>
                  <Input aria-label={nameLabel(i + 1)} placeholder={t.itemName} maxLength={300} />
                </Form.Item>
                <Form.Item name={[field.name, 'description']} style={{ marginBottom: 0 }}>
                  <Input
                    aria-label={descriptionLabel(i + 1)}
                    placeholder={t.itemDescription}
                    maxLength={4000}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t.removeItem(nameLabel(i + 1))}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            <div>
              <Button icon={<PlusOutlined />} onClick={() => addRow({ name: '', description: '' })}>
                {add}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </>
  );
}
