import { Alert, App, Form, Select } from 'antd';
import { problemOf } from '../api/form-errors';
import { ModalForm } from '../shared/form-modal';
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
  const { copyClusters } = usePeriodMutations(period.councilId, period.id);
  const sources = periods.filter((p) => p.id !== period.id);

  return (
    <ModalForm<{ sourcePeriodId: string }>
      title={t.copyTitle}
      okText={t.copyClusters}
      notSaved={t.notSaved}
      fields={[]}
      initialValues={{ sourcePeriodId: defaultCopySource(periods, period)?.id }}
      before={<Alert type="info" showIcon title={t.copyHelp} style={{ marginBottom: 16 }} />}
      onClose={onClose}
      refusal={problemOf}
      save={async ({ sourcePeriodId }) => {
        const result = await copyClusters.mutateAsync(sourcePeriodId);
        void message.success(t.copied(result.clusters, result.members, result.elected));
      }}
    >
      <Form.Item
        label={t.copySource}
        name="sourcePeriodId"
        rules={[{ required: true, message: t.copySourceRequired }]}
      >
        <Select options={sources.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
    </ModalForm>
  );
}
