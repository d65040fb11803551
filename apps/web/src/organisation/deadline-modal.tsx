import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { UNIT_TYPES, type UnitType } from '../api/types';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { ModalForm } from '../shared/form-modal';
import { blank } from '../shared/form-values';
import { usePeriodMutations } from './api';
import { STAGE_NAMES, t } from './texts';
import {
  type Cluster,
  DEADLINE_STAGES,
  type Deadline,
  type DeadlineInput,
  type Period,
  type PeriodStage,
} from './types';

interface Values {
  stage: PeriodStage;
  dueOn: Dayjs | null;
  unitType?: UnitType | null;
  clusterId?: string | null;
  note?: string;
}

const FIELDS = ['stage', 'dueOn', 'unitType', 'clusterId', 'note'];
export const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * Sets a stage's deadline for a scope (the server replaces the one of the same stage and scope). An
 * existing deadline is edited in place: its stage and scope stay, its date and note change.
 */
export function DeadlineModal({
  period,
  clusters,
  deadline,
  existing,
  title,
  onClose,
}: {
  period: Period;
  clusters: Cluster[];
  deadline: Deadline | null;
  /** The period's deadlines as read: a new one for a scope that has one replaces it at its version. */
  existing: Deadline[];
  title: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { setDeadline } = usePeriodMutations(period.councilId, period.id);

  const save = async (values: Values) => {
    if (!values.dueOn) return;
    const dueOn = values.dueOn.format('YYYY-MM-DD');
    const unitType = values.unitType ?? null;
    const clusterId = values.clusterId ?? null;
    const same = existing.find(
      (d) => d.stage === values.stage && d.unitType === unitType && d.clusterId === clusterId,
    );
    await setDeadline.mutateAsync({
      version: deadline?.version ?? same?.version ?? 0,
      // The stage is one of the form's options (DEADLINE_STAGES) or the deadline's own.
      stage: values.stage as DeadlineInput['stage'],
      dueOn,
      unitType,
      clusterId,
      note: blank(values.note),
    });
    void message.success(t.deadlineSaved(STAGE_NAMES[values.stage], formatDate(dueOn)));
  };

  return (
    <ModalForm<Values>
      title={title}
      okText={vi.common.save}
      notSaved={t.notSaved}
      name="deadline"
      fields={FIELDS}
      initialValues={
        deadline
          ? {
              stage: deadline.stage,
              dueOn: dayjs(deadline.dueOn),
              unitType: deadline.unitType,
              clusterId: deadline.clusterId,
              note: deadline.note ?? '',
            }
          : { stage: period.stage === 'archived' ? 'setup' : period.stage }
      }
      onClose={onClose}
      save={save}
    >
      <Form.Item label={t.stage} name="stage">
        <Select
          disabled={Boolean(deadline)}
          options={DEADLINE_STAGES.map((s) => ({ value: s, label: STAGE_NAMES[s] }))}
        />
      </Form.Item>
      <Form.Item label={t.dueOn} name="dueOn" rules={[{ required: true, message: t.dueOnRequired }]}>
        <DatePicker format={DATE_FORMAT} placeholder={t.datePlaceholder} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label={t.scopeUnitType} name="unitType" extra={t.scopeUnitTypeHelp}>
        <Select
          allowClear
          disabled={Boolean(deadline)}
          options={UNIT_TYPES.map((u) => ({ value: u, label: vi.unitTypes[u] }))}
        />
      </Form.Item>
      <Form.Item label={t.scopeCluster} name="clusterId" extra={t.scopeClusterHelp}>
        <Select
          allowClear
          disabled={Boolean(deadline)}
          options={clusters.map((c) => ({ value: c.id, label: c.name }))}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t.note} name="note">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
    </ModalForm>
  );
}
