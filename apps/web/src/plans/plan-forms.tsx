import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ModalForm } from '../shared/form-modal';
import { CalendarField, optionsOf, SelectField, TextField } from '../shared/fields';
import { blank, isoDay } from '../shared/form-values';
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
      <TextField name="title" label={f.title} id="plan-title" required grow maxLength={1000} />
      <TextField
        name="number"
        label={f.number}
        id="plan-number"
        maxLength={100}
        placeholder="Ví dụ: 28/KH-UBND"
      />
      <CalendarField
        name="issuedOn"
        label={f.issuedOn}
        id="plan-issued-on"
        placeholder={texts.datePlaceholder}
      />
      <TextField name="note" label={f.note} id="plan-note" grow maxLength={5000} />
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
      <TextField
        name="content"
        label={f.content}
        id="task-content"
        required
        grow={{ minRows: 2 }}
        maxLength={5000}
      />
      <TextField name="lead" label={f.lead} id="task-lead" maxLength={500} />
      <SelectField
        name="executingUnitId"
        label={f.executingUnitId}
        id="task-executing-unit"
        options={unitOptions}
        select={{
          allowClear: true,
          showSearch: true,
          optionFilterProp: 'label',
          placeholder: texts.chooseUnit,
        }}
      />
      <TextField name="executingBody" label={f.executingBody} id="task-executing-body" maxLength={1000} />
      <SelectField
        name="coordinatingUnitIds"
        label={f.coordinatingUnitIds}
        id="task-coordinating-units"
        options={unitOptions}
        select={{
          mode: 'multiple',
          allowClear: true,
          optionFilterProp: 'label',
          placeholder: texts.chooseUnit,
        }}
      />
      <TextField
        name="coordinatingBodies"
        label={f.coordinatingBodies}
        id="task-coordinating-bodies"
        maxLength={2000}
      />
      <SelectField
        name="deadlineKind"
        label={f.deadlineKind}
        id="task-deadline-kind"
        options={optionsOf(texts.deadlineKinds)}
      />
      {kind === 'date' && (
        <CalendarField name="dueOn" label={f.dueOn} id="task-due-on" placeholder={texts.datePlaceholder} />
      )}
      {kind === 'month' && (
        <CalendarField
          name="dueMonth"
          label={f.dueMonth}
          id="task-due-month"
          month
          placeholder={texts.monthPlaceholder}
        />
      )}
      {kind === 'recurring' && (
        <SelectField
          name="recurrence"
          label={f.recurrence}
          id="task-recurrence"
          options={optionsOf(texts.recurrences)}
          select={{ allowClear: true }}
        />
      )}
      {task && (
        <SelectField name="status" label={f.status} id="task-status" options={optionsOf(texts.taskStatus)} />
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
      <CalendarField
        name="completedOn"
        label={f.completedOn}
        id="completion-date"
        required
        placeholder={texts.datePlaceholder}
      />
      <TextField
        name="evidence"
        label={f.evidence}
        id="completion-evidence"
        required
        grow={{ minRows: 3 }}
        maxLength={5000}
      />
    </ModalForm>
  );
}
