import { Alert, App, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client';
import { showFieldErrors } from '../api/form-errors';
import { vi } from '../i18n/vi';
import { ModalForm } from '../shared/form-modal';
import { periodKey, usePeriodMutations } from './api';
import { PeriodDateFields } from './period-form-modal';
import { t } from './texts';
import type { Period } from './types';

const FIELDS = ['name', 'startsOn', 'endsOn'];

interface Values {
  name: string;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
}

/**
 * Renames a period or moves its dates, with the version read. If someone saved it in between, the
 * newer version is loaded into the form and the user decides again.
 */
export function PeriodEditModal({ period, onClose }: { period: Period; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [stale, setStale] = useState(false);
  const { updatePeriod } = usePeriodMutations(period.councilId, period.id);
  const queryClient = useQueryClient();

  // The newer version, once re-read after a stale save, replaces what the form shows.
  const shownVersion = useRef(period.version);
  useEffect(() => {
    if (shownVersion.current === period.version) return;
    shownVersion.current = period.version;
    form.setFieldsValue({
      name: period.name,
      startsOn: dayjs(period.startsOn),
      endsOn: dayjs(period.endsOn),
    });
  }, [period, form]);

  return (
    <ModalForm<Values>
      title={t.editPeriodTitle(period.name)}
      okText={vi.common.save}
      notSaved={t.notSaved}
      name="period-edit"
      fields={FIELDS}
      form={form}
      initialValues={{ name: period.name, startsOn: dayjs(period.startsOn), endsOn: dayjs(period.endsOn) }}
      before={
        stale && (
          <Alert role="alert" type="warning" showIcon title={t.stalePeriod} style={{ marginBottom: 16 }} />
        )
      }
      onClose={onClose}
      refusal={(error) => {
        // A stale save re-reads the period (the mutation's refresh does not run on failure).
        if (!isApiError(error, 'STALE')) return showFieldErrors(form, error, FIELDS);
        setStale(true);
        void queryClient.invalidateQueries({ queryKey: periodKey(period.id) });
        return null;
      }}
      save={async (values) => {
        setStale(false);
        const saved = await updatePeriod.mutateAsync({
          version: period.version,
          name: values.name,
          ...(values.startsOn ? { startsOn: values.startsOn.format('YYYY-MM-DD') } : {}),
          ...(values.endsOn ? { endsOn: values.endsOn.format('YYYY-MM-DD') } : {}),
        });
        void message.success(t.periodSaved(saved.name));
      }}
    >
      <Form.Item
        label={t.periodName}
        name="name"
        rules={[{ required: true, whitespace: true, message: t.periodNameRequired }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <PeriodDateFields />
    </ModalForm>
  );
}
