import { Alert, App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CALENDARS, type Calendar } from '../api/types';
import { vi } from '../i18n/vi';
import { ModalForm } from '../shared/form-modal';
import { usePeriodMutations, usePeriodProfiles } from './api';
import { t } from './texts';
import type { Period } from './types';

interface Values {
  name: string;
  year: number;
  calendar: Calendar;
  profileId?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
}

const FIELDS = ['name', 'year', 'calendar', 'profileId', 'startsOn', 'endsOn'];
const DATE_FORMAT = 'DD/MM/YYYY';

/** Creates a period: name, year, calendar, optionally a profile whose deadlines become the period's. */
export function PeriodFormModal({
  councilId,
  onClose,
  onCreated,
}: {
  councilId: string;
  onClose: () => void;
  onCreated: (period: Period) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { createPeriod } = usePeriodMutations(councilId, undefined);
  const profiles = usePeriodProfiles();
  const calendar = Form.useWatch('calendar', form);
  const thisYear = new Date().getFullYear();

  const profileOptions = [
    { value: '', label: t.noProfile },
    ...(profiles.data ?? [])
      .filter((p) => !calendar || p.calendar === calendar)
      .map((p) => ({ value: p.id, label: p.name })),
  ];

  return (
    <ModalForm<Values>
      title={t.createPeriod}
      okText={vi.common.save}
      notSaved={t.notSaved}
      name="period"
      fields={FIELDS}
      form={form}
      width={600}
      initialValues={{
        calendar: 'calendarYear',
        year: thisYear,
        profileId: '',
        name: t.suggestedName(thisYear, false),
      }}
      onValuesChange={(changed, all) => {
        if ((changed.year !== undefined || changed.calendar) && !form.isFieldTouched('name') && all.year) {
          form.setFieldValue('name', t.suggestedName(all.year, all.calendar === 'schoolYear'));
        }
        if (changed.calendar) form.setFieldValue('profileId', '');
      }}
      onClose={onClose}
      save={async (values) => {
        const created = await createPeriod.mutateAsync({
          name: values.name,
          year: values.year,
          calendar: values.calendar,
          ...(values.profileId ? { profileId: values.profileId } : {}),
          ...(values.startsOn ? { startsOn: values.startsOn.format('YYYY-MM-DD') } : {}),
          ...(values.endsOn ? { endsOn: values.endsOn.format('YYYY-MM-DD') } : {}),
        });
        void message.success(t.created(created.name));
        onCreated(created);
      }}
    >
      <Form.Item label={t.calendar} name="calendar">
        <Select options={CALENDARS.map((c) => ({ value: c, label: vi.calendars[c] }))} />
      </Form.Item>
      <Form.Item
        label={t.year}
        name="year"
        extra={t.yearHelp}
        rules={[{ required: true, message: t.yearRequired }]}
      >
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label={t.periodName}
        name="name"
        rules={[{ required: true, whitespace: true, message: t.periodNameRequired }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t.profile} name="profileId" extra={t.profileHelp}>
        <Select options={profileOptions} loading={profiles.isPending} popupMatchSelectWidth={false} />
      </Form.Item>
      <PeriodDateFields />
      <Alert type="info" showIcon title={t.datesHelp} />
    </ModalForm>
  );
}

/** A period's first and last day, side by side (the add and the edit dialogs). */
export function PeriodDateFields() {
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      <Form.Item label={t.startsOn} name="startsOn" style={{ flex: '1 1 200px' }}>
        <DatePicker format={DATE_FORMAT} placeholder={t.datePlaceholder} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t.endsOn} name="endsOn" style={{ flex: '1 1 200px' }}>
        <DatePicker format={DATE_FORMAT} placeholder={t.datePlaceholder} style={{ width: '100%' }} />
      </Form.Item>
    </div>
  );
}
