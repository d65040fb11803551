import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select, Switch } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { unitsKey, useCreateUnit, useUpdateUnit } from '../api/organisation';
import { CALENDARS, type Calendar, type Page, type Unit, UNIT_TYPES, type UnitType } from '../api/types';
import { vi } from '../i18n/vi';
import { FormModal } from '../shared/form-modal';

interface UnitFormValues {
  code: string;
  name: string;
  type: UnitType;
  calendar: Calendar;
  schoolLevel?: string | null;
  parentBody?: string | null;
  active?: boolean;
}

const FIELDS = ['code', 'name', 'type', 'calendar', 'schoolLevel', 'parentBody', 'active'];
const typeOptions = UNIT_TYPES.map((type) => ({ value: type, label: vi.unitTypes[type] }));
const calendarOptions = CALENDARS.map((calendar) => ({ value: calendar, label: vi.calendars[calendar] }));
const schoolLevelOptions = Object.entries(vi.schoolLevels).map(([value, label]) => ({
  value,
  label: `${value} — ${label}`,
}));
const calendarFor = (type: UnitType): Calendar => (type === 'school' ? 'schoolYear' : 'calendarYear');

function valuesOf(unit: Unit): UnitFormValues {
  const { code, name, type, calendar, schoolLevel, parentBody, active } = unit;
  return { code, name, type, calendar, schoolLevel, parentBody, active };
}

interface UnitFormModalProps {
  councilId: string;
  /** The unit to edit, or null to add one. */
  unit: Unit | null;
  onClose: () => void;
}

/**
 * Adds or edits a unit. The server decides what is valid: its message for a field shows beside that
 * field and nothing is saved. An edit carries the version the user read; if someone saved the unit in
 * between, the server's STALE message shows with a way to load the newer version.
 */
export function UnitFormModal({ councilId, unit, onClose }: UnitFormModalProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UnitFormValues>();
  const [editing, setEditing] = useState<Unit | null>(unit);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const create = useCreateUnit(councilId);
  const update = useUpdateUnit(councilId);
  const saving = create.isPending || update.isPending;
  const type = Form.useWatch('type', form);

  const onFinish = async (values: UnitFormValues) => {
    setProblem(null);
    setStale(null);
    const input = {
      code: values.code,
      name: values.name,
      type: values.type,
      calendar: values.calendar,
      schoolLevel: values.type === 'school' ? (values.schoolLevel ?? null) : null,
      parentBody: values.parentBody?.trim() || null,
    };
    try {
      const saved = editing
        ? await update.mutateAsync({
            id: editing.id,
            patch: { ...input, active: values.active, version: editing.version },
          })
        : await create.mutateAsync(input);
      void message.success(editing ? vi.units.updated(saved.name) : vi.units.created(saved.name));
      onClose();
    } catch (error) {
      if (isApiError(error, 'STALE')) {
        setStale(error.message);
      } else if (isApiError(error, 'DUPLICATE') && error.fields.length === 0) {
        // A code already used is refused by the database, without a field: it can only be the code.
        form.setFields([{ name: 'code', errors: [error.message] }]);
      } else {
        setProblem(showFieldErrors(form, error, FIELDS));
      }
    }
  };

  const reload = async () => {
    if (!editing) return;
    setReloading(true);
    try {
      const fresh = await findUnit(councilId, editing);
      await queryClient.invalidateQueries({ queryKey: unitsKey(councilId) });
      if (!fresh) {
        void message.warning(vi.units.staleGone);
        onClose();
        return;
      }
      setEditing(fresh);
      form.resetFields();
      form.setFieldsValue(valuesOf(fresh));
      setStale(null);
      void message.info(vi.units.staleReloaded);
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS));
    } finally {
      setReloading(false);
    }
  };

  return (
    <FormModal
      title={editing ? vi.units.editTitle : vi.units.addTitle}
      okText={vi.common.save}
      form={form}
      busy={saving}
      onClose={onClose}
      problem={problem}
      notSaved={vi.units.notSaved}
      width={600}
      before={
        stale && (
          <Alert
            role="alert"
            type="warning"
            showIcon
            title={stale}
            action={
              <Button size="small" type="primary" loading={reloading} onClick={() => void reload()}>
                {vi.units.staleReload}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        )
      }
    >
      <Form<UnitFormValues>
        form={form}
        name="unit"
        layout="vertical"
        initialValues={unit ? valuesOf(unit) : { calendar: 'calendarYear' }}
        onFinish={(values) => void onFinish(values)}
        disabled={saving || reloading}
        onValuesChange={(changed: Partial<UnitFormValues>) => {
          if (changed.type && !form.isFieldTouched('calendar')) {
            form.setFieldValue('calendar', calendarFor(changed.type));
          }
        }}
      >
        <Form.Item
          label={vi.units.name}
          name="name"
          rules={[{ required: true, whitespace: true, message: vi.units.nameRequired }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={300}
            onPressEnter={(event) => {
              event.preventDefault();
              form.submit();
            }}
          />
        </Form.Item>
        <Form.Item
          label={vi.units.code}
          name="code"
          extra={vi.units.codeHelp}
          rules={[{ required: true, whitespace: true, message: vi.units.codeRequired }]}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          label={vi.units.type}
          name="type"
          rules={[{ required: true, message: vi.units.typeRequired }]}
        >
          <Select options={typeOptions} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={vi.units.calendar} name="calendar" extra={vi.units.calendarHelp}>
          <Select options={calendarOptions} />
        </Form.Item>
        {type === 'school' && (
          <Form.Item label={vi.units.schoolLevel} name="schoolLevel">
            <Select options={schoolLevelOptions} allowClear />
          </Form.Item>
        )}
        <Form.Item label={vi.units.parentBody} name="parentBody" extra={vi.units.parentBodyHelp}>
          <Input autoComplete="off" />
        </Form.Item>
        {editing && (
          <Form.Item label={vi.units.activeSwitch} name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

/** The unit as saved now: looked up by its code (or, if the code changed, among the first units). */
async function findUnit(councilId: string, unit: Unit): Promise<Unit | undefined> {
  const byCode = await api.get<Page<Unit>>(`/councils/${councilId}/units`, {
    query: { q: unit.code, pageSize: 500 },
  });
  const found = byCode.items.find((u) => u.id === unit.id);
  if (found) return found;
  const byName = await api.get<Page<Unit>>(`/councils/${councilId}/units`, {
    query: { q: unit.name, pageSize: 500 },
  });
  return byName.items.find((u) => u.id === unit.id);
}
