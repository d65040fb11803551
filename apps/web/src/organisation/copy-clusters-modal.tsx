import { Alert, App, Form, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import type { FormProblem } from '../api/form-errors';
import { vi } from '../i18n/vi';
import { FormModal } from '../shared/form-modal';
import { usePeriodMutations } from './api';
import { defaultCopySource } from './deadlines';
import { t } from './texts';
import type { Period } from './types';

/** Copies the clusters of another period (usually last year's) into this empty period in setup. */
export function CopyClustersModal({
  period,
  periods,
  onClose,
}: {
  period: Period;
  periods: Period[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ sourcePeriodId: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const { copyClusters } = usePeriodMutations(period.councilId, period.id);
  const sources = periods.filter((p) => p.id !== period.id);

  const onFinish = async ({ sourcePeriodId }: { sourcePeriodId: string }) => {
    setProblem(null);
    try {
      const result = await copyClusters.mutateAsync(sourcePeriodId);
      void message.success(t.copied(result.clusters, result.members, result.elected));
      onClose();
    } catch (error) {
      setProblem(
        isApiError(error)
          ? { code: error.code, message: error.message, details: error.fields.map((f) => f.message) }
          : { code: 'BAD_RESPONSE', message: vi.errors.unexpected, details: [] },
      );
    }
  };

  return (
    <FormModal
      title={t.copyTitle}
      okText={t.copyClusters}
      form={form}
      busy={copyClusters.isPending}
      onClose={onClose}
      problem={problem}
      notSaved={t.notSaved}
      before={<Alert type="info" showIcon title={t.copyHelp} style={{ marginBottom: 16 }} />}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ sourcePeriodId: defaultCopySource(periods, period)?.id }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          label={t.copySource}
          name="sourcePeriodId"
          rules={[{ required: true, message: t.copySourceRequired }]}
        >
          <Select options={sources.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
