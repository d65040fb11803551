import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ModalForm } from '../shared/form-modal';
import { blank, DATE_FORMAT, isoDay, MONTH_FORMAT } from '../shared/form-values';
import {
  type DeadlineKind,
  type Plan,
  type Recurrence,
  type Task,
  type TaskStatus,
  useCompleteTask,
  useSavePlan,
  useSaveTask,
} from './api';
import { texts } from './texts';

const optionsOf = (names: Record<string, string>) =>
  Object.entries(names).map(([value, label]) => ({ value, label }));

interface PlanValues {
  title: string;
  number?: string | null;
  issuedOn?: Dayjs | null;
  note?: string | null;
}
const PLAN_FIELDS = ['title', 'number', 'issuedOn', 'note'] as const;

/** Drafts a plan of the period or changes one (the standing office). */
export function PlanFormModal({
  periodId,
  plan,
  onClose,
  onSaved,
}: {
  periodId: string;
  plan: Plan | null;
  onClose: () => void;
  onSaved: (plan: Plan) => void;
}) {
  const save = useSavePlan(periodId);
  const f = texts.fields;
  return (
    <ModalForm<PlanValues>
      title={plan ? texts.editPlan : texts.addPlan}
      okText={texts.save}
      notSaved={texts.notSaved}
      name="plan"
      fields={PLAN_FIELDS}
      onClose={onClose}
      initialValues={{
        title: plan?.title,
        number: plan?.number,
        issuedOn: plan?.issuedOn ? dayjs(plan.issuedOn) : null,
        note: plan?.note,
      }}
      save={async (values) => {
        const saved = await save.mutateAsync({
          plan,
          body: {
            title: values.title,
            number: blank(values.number),
            issuedOn: isoDay(values.issuedOn),
            note: blank(values.note),
          },
        });
        onSaved(saved);
      }}
    >
      <Form.Item
        name="title"
        label={f.title}
        htmlFor="plan-title"
        rules={[{ required: true, whitespace: true, message: texts.required(f.title) }]}
      >
        <Input.TextArea id="plan-title" autoSize maxLength={1000} />
      </Form.Item>
      <Form.Item name="number" label={f.number} htmlFor="plan-number">
        <Input id="plan-number" maxLength={100} placeholder="Ví dụ: 28/KH-UBND" />
      </Form.Item>
      <Form.Item name="issuedOn" label={f.issuedOn} htmlFor="plan-issued-on">
        <DatePicker id="plan-issued-on" format={DATE_FORMAT} placeholder={texts.datePlaceholder} />
      </Form.Item>
      <Form.Item name="note" label={f.note} htmlFor="plan-note">
        <Input.TextArea id="plan-note" autoSize maxLength={5000} />
      </Form.Item>
    </ModalForm>
  );
}

interface TaskValues {
  content: string;
  lead?: string | null;
  executingUnitId?: string | null;
  executingBody?: string | null;
  coordinatingUnitIds?: string[];
  coordinatingBodies?: string | null;
  deadlineKind: DeadlineKind;
  dueOn?: Dayjs | null;
  dueMonth?: Dayjs | null;
  recurrence?: Recurrence | null;
  status?: TaskStatus;
}
const TASK_FIELDS = [
  'content',
  'lead',
  'executingUnitId',
  'executingBody',
  'coordinatingUnitIds',
  'coordinatingBodies',
  'deadlineKind',
  'dueOn',
  'dueMonth',
  'recurrence',
  'status',
] as const;

/**
 * Adds a task to a plan or changes one (the standing office). The deadline is a day, a month or a
 * recurrence; the server checks it has its one field and says so beside the field.
 */
export function TaskFormModal({
  planId,
  task,
  units,
  onClose,
  onSaved,
}: {
  planId: string;
  task: Task | null;
  units: { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<TaskValues>();
  const save = useSaveTask(planId);
  const kind = Form.useWatch('deadlineKind', form) ?? task?.deadlineKind ?? 'date';
  const f = texts.fields;
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  return (
    <ModalForm<TaskValues>
      title={task ? texts.editTask : texts.addTask}
      okText={texts.save}
      notSaved={texts.notSaved}
      name="plan-task"
      fields={TASK_FIELDS}
      form={form}
      onClose={onClose}
      width={640}
      initialValues={{
        content: task?.content,
        lead: task?.lead,
        executingUnitId: task?.executingUnitId ?? undefined,
        executingBody: task?.executingBody,
        coordinatingUnitIds: task?.coordinatingUnitIds ?? [],
        coordinatingBodies: task?.coordinatingBodies,
        deadlineKind: task?.deadlineKind ?? 'date',
        dueOn: task?.dueOn ? dayjs(task.dueOn) : null,
        dueMonth: task?.dueMonth ? dayjs(`${task.dueMonth}-01`) : null,
        recurrence: task?.recurrence ?? undefined,
        status: task?.status,
      }}
      save={async (values) => {
        await save.mutateAsync({
          task,
          body: {
            content: values.content,
            lead: blank(values.lead),
            executingUnitId: values.executingUnitId ?? null,
            executingBody: blank(values.executingBody),
            coordinatingUnitIds: values.coordinatingUnitIds ?? [],
            coordinatingBodies: blank(values.coordinatingBodies),
            deadlineKind: values.deadlineKind,
            // Only the kind's own field is sent; the server says when it is missing.
            ...(values.deadlineKind === 'date' ? { dueOn: isoDay(values.dueOn) } : {}),
            ...(values.deadlineKind === 'month'
              ? { dueMonth: values.dueMonth ? values.dueMonth.format('YYYY-MM') : null }
              : {}),
            ...(values.deadlineKind === 'recurring' ? { recurrence: values.recurrence ?? null } : {}),
            ...(task && values.status ? { status: values.status } : {}),
          },
        });
        onSaved();
      }}
    >
      <Form.Item
        name="content"
        label={f.content}
        htmlFor="task-content"
        rules={[{ required: true, whitespace: true, message: texts.required(f.content) }]}
      >
        <Input.TextArea id="task-content" autoSize={{ minRows: 2 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="lead" label={f.lead} htmlFor="task-lead">
        <Input id="task-lead" maxLength={500} />
      </Form.Item>
      <Form.Item name="executingUnitId" label={f.executingUnitId} htmlFor="task-executing-unit">
        <Select
          id="task-executing-unit"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={texts.chooseUnit}
          options={unitOptions}
        />
      </Form.Item>
      <Form.Item name="executingBody" label={f.executingBody} htmlFor="task-executing-body">
        <Input id="task-executing-body" maxLength={1000} />
      </Form.Item>
      <Form.Item name="coordinatingUnitIds" label={f.coordinatingUnitIds} htmlFor="task-coordinating-units">
        <Select
          id="task-coordinating-units"
          mode="multiple"
          allowClear
          optionFilterProp="label"
          placeholder={texts.chooseUnit}
          options={unitOptions}
        />
      </Form.Item>
      <Form.Item name="coordinatingBodies" label={f.coordinatingBodies} htmlFor="task-coordinating-bodies">
        <Input id="task-coordinating-bodies" maxLength={2000} />
      </Form.Item>
      <Form.Item name="deadlineKind" label={f.deadlineKind} htmlFor="task-deadline-kind">
        <Select id="task-deadline-kind" options={optionsOf(texts.deadlineKinds)} />
      </Form.Item>
      {kind === 'date' && (
        <Form.Item name="dueOn" label={f.dueOn} htmlFor="task-due-on">
          <DatePicker id="task-due-on" format={DATE_FORMAT} placeholder={texts.datePlaceholder} />
        </Form.Item>
      )}
      {kind === 'month' && (
        <Form.Item name="dueMonth" label={f.dueMonth} htmlFor="task-due-month">
          <DatePicker
            id="task-due-month"
            picker="month"
            format={MONTH_FORMAT}
            placeholder={texts.monthPlaceholder}
          />
        </Form.Item>
      )}
      {kind === 'recurring' && (
        <Form.Item name="recurrence" label={f.recurrence} htmlFor="task-recurrence">
          <Select id="task-recurrence" allowClear options={optionsOf(texts.recurrences)} />
        </Form.Item>
      )}
      {task && (
        <Form.Item name="status" label={f.status} htmlFor="task-status">
          <Select id="task-status" options={optionsOf(texts.taskStatus)} />
        </Form.Item>
      )}
    </ModalForm>
  );
}

interface CompletionValues {
  completedOn: Dayjs | null;
  evidence: string;
}
const COMPLETION_FIELDS = ['completedOn', 'evidence'] as const;

/** The executing unit (or the standing office) reports a task done, with its evidence. */
export function CompletionModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const complete = useCompleteTask();
  const f = texts.fields;
  return (
    <ModalForm<CompletionValues>
      title={<span className="wrap-anywhere">{texts.completeTitle(task.content)}</span>}
      okText={texts.save}
      notSaved={texts.notSaved}
      name="task-completion"
      fields={COMPLETION_FIELDS}
      onClose={onClose}
      initialValues={{ completedOn: dayjs(), evidence: task.completionEvidence ?? '' }}
      save={(values) =>
        complete.mutateAsync({
          task,
          completedOn: isoDay(values.completedOn) ?? '',
          evidence: values.evidence,
        })
      }
    >
      <Form.Item
        name="completedOn"
        label={f.completedOn}
        htmlFor="completion-date"
        rules={[{ required: true, message: texts.required(f.completedOn) }]}
      >
        <DatePicker id="completion-date" format={DATE_FORMAT} placeholder={texts.datePlaceholder} />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={f.evidence}
        htmlFor="completion-evidence"
        rules={[{ required: true, whitespace: true, message: texts.required(f.evidence) }]}
      >
        <Input.TextArea id="completion-evidence" autoSize={{ minRows: 3 }} maxLength={5000} />
      </Form.Item>
    </ModalForm>
  );
}
