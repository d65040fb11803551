import { Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { UNIT_TYPES, type UnitType } from '../api/types';
import { vi } from '../i18n/vi';
import { FormModal } from '../shared/form-modal';
import { useCreateFramework, useFrameworks, useProfiles } from './api';
import { percentToRatio } from './numbers';
import { tc } from './texts';
import type { Framework } from './types';

const t = tc.frameworks;

interface Values {
  source: 'profile' | 'framework';
  profileId?: string;
  fromFrameworkId?: string;
  code: string;
  name?: string;
  unitType?: UnitType | 'any';
  ratio?: string;
}

const FIELDS = ['profileId', 'fromFrameworkId', 'code', 'name', 'unitType', 'ratio'];

/** A new framework from a built-in profile (SPEC §9) or a copy of another framework (last year's). */
export function FrameworkCreateModal(props: {
  councilId: string;
  onClose: () => void;
  onCreated: (f: Framework) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const profiles = useProfiles();
  const frameworks = useFrameworks(props.councilId, { page: 1, pageSize: 500 });
  const create = useCreateFramework(props.councilId);
  const source = Form.useWatch('source', form) ?? 'profile';
  const profileId = Form.useWatch('profileId', form);
  const profile = profiles.data?.find((p) => p.id === profileId);

  const submit = async (values: Values) => {
    setProblem(null);
    const ratio = percentToRatio(values.ratio ?? '');
    if (ratio === undefined) {
      form.setFields([{ name: 'ratio', errors: [tc.form.notANumber] }]);
      return;
    }
    try {
      const created = await create.mutateAsync({
        code: values.code.trim(),
        ...(values.name?.trim() ? { name: values.name.trim() } : {}),
        ...(values.unitType ? { unitType: values.unitType === 'any' ? null : values.unitType } : {}),
        ...(values.source === 'profile'
          ? { profileId: values.profileId }
          : { fromFrameworkId: values.fromFrameworkId }),
        ...(values.ratio !== undefined && values.ratio.trim() !== '' ? { maxAddedCriteriaRatio: ratio } : {}),
      });
      props.onCreated(created);
    } catch (error) {
      // The form asks for a percentage; the server names the stored ratio.
      if (isApiError(error))
        for (const field of error.fields)
          if (field.path === 'body.maxAddedCriteriaRatio') field.path = 'body.ratio';
      setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <FormModal
      title={t.createTitle}
      okText={t.create}
      form={form}
      busy={create.isPending}
      onClose={props.onClose}
      problem={problem}
      notSaved={tc.notSaved}
      width={640}
    >
      <Form<Values>
        form={form}
        name="framework-create"
        layout="vertical"
        initialValues={{ source: 'profile' }}
        onFinish={(values) => void submit(values)}
        disabled={create.isPending}
      >
        <Form.Item name="source" label={t.source}>
          <Radio.Group
            options={[
              { value: 'profile', label: t.fromProfile },
              { value: 'framework', label: t.fromFramework },
            ]}
          />
        </Form.Item>
        {source === 'profile' ? (
          <Form.Item
            name="profileId"
            label={t.profile}
            rules={[{ required: true, message: tc.form.required }]}
            extra={
              profile && (
                <Typography.Text type="secondary" className="wrap-anywhere">
                  {profile.source.document} — {profile.source.issuer}.{' '}
                  {t.profileGroups(profile.groups.map((g) => `${g.code} (${g.maxPoints})`).join(', '))}
                </Typography.Text>
              )
            }
          >
            <Select
              loading={profiles.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(profiles.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="fromFrameworkId"
            label={t.sourceFramework}
            rules={[{ required: true, message: tc.form.required }]}
          >
            <Select
              loading={frameworks.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(frameworks.data?.items ?? []).map((f) => ({
                value: f.id,
                label: `${f.name} (${tc.versions.revision(f.revision)}, ${tc.status[f.status]})`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t.code}
          extra={t.codeHelp}
          rules={[{ required: true, whitespace: true, message: tc.form.required }]}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="name" label={t.name} extra={t.nameHelp}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
        </Form.Item>
        <Form.Item name="unitType" label={t.unitType}>
          <Select
            allowClear
            options={[
              { value: 'any', label: t.anyUnitType },
              ...UNIT_TYPES.map((u) => ({ value: u, label: vi.unitTypes[u] })),
            ]}
          />
        </Form.Item>
        <Form.Item name="ratio" label={t.ratio} extra={t.ratioHelp}>
          <Input inputMode="decimal" style={{ width: 120 }} suffix="%" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
