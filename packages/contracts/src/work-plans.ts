import { DEADLINE_KINDS, RECURRENCES, TASK_STATUSES, WORK_PLAN_STATUSES } from '@thidua/vocabulary';
import { z } from 'zod';
import { editableRowFields, pageQuery, periodRowFields, text } from './primitives';
import { localDate, month, optionalText, reason, version } from './plans-shared';

// The council's work plans and their tasks, and the late-task report (SPEC §11): what the server's
// routes take and answer, the web's screens and the e2e specs read.

export const planParams = z.object({ planId: z.uuid() });

export const taskParams = z.object({ taskId: z.uuid() });

export const planBody = z.object({
  number: optionalText(100),
  title: text(1000),
  issuedOn: localDate.nullable().optional(),
  note: optionalText(5000),
});

export const planPatch = planBody.partial().extend({
  version,
  /** draft → issued needs a number and an issue date; an issued plan does not go back to draft. */
  status: z.enum(WORK_PLAN_STATUSES).optional(),
  reason,
});

export const planListQuery = pageQuery.extend({ status: z.enum(WORK_PLAN_STATUSES).optional() });

export const planView = z.object({
  ...periodRowFields,
  number: z.string().nullable(),
  title: z.string(),
  issuedOn: z.string().nullable(),
  status: z.enum(WORK_PLAN_STATUSES),
  note: z.string().nullable(),
  taskCount: z.number().int(),
  ...editableRowFields,
});

/**
 * A task's fields. The deadline is `deadlineKind` plus its own field: `dueOn` for `date`, `dueMonth`
 * for `month` (due on the month's last day), `recurrence` for `recurring`; the other fields must be
 * left out (checked by the service, which names the field).
 */
export const taskFields = z.object({
  position: z.number().int().min(0).max(1_000_000).optional(),
  section: optionalText(40),
  quarter: z.number().int().min(1).max(4).nullable().optional(),
  content: text(5000),
  lead: optionalText(500),
  executingUnitId: z.uuid().nullable().optional(),
  executingBody: optionalText(1000),
  coordinatingUnitIds: z.array(z.uuid()).max(500).optional(),
  coordinatingBodies: optionalText(2000),
  deadlineKind: z.enum(DEADLINE_KINDS),
  dueOn: localDate.nullable().optional(),
  dueMonth: month.nullable().optional(),
  recurrence: z.enum(RECURRENCES).nullable().optional(),
  deadlineNote: optionalText(2000),
  status: z.enum(TASK_STATUSES).optional(),
  completedOn: localDate.nullable().optional(),
  completionEvidence: optionalText(5000),
});

export const taskBody = taskFields;

/** Sending any deadline field replaces the whole deadline: the deadline fields not sent are cleared. */
export const taskPatch = taskFields.partial().extend({ version, reason });

export const taskImportBody = z.object({ tasks: z.array(taskFields).min(1).max(1000) });

export const completionBody = z.object({
  version,
  completedOn: localDate,
  evidence: text(5000),
});

export const taskListQuery = pageQuery.extend({
  unitId: z.uuid().optional(),
  status: z.enum(TASK_STATUSES).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
});

export const taskView = z.object({
  id: z.string(),
  planId: z.string(),
  position: z.number().int(),
  section: z.string().nullable(),
  quarter: z.number().int().nullable(),
  content: z.string(),
  lead: z.string().nullable(),
  executingUnitId: z.string().nullable(),
  executingBody: z.string().nullable(),
  coordinatingUnitIds: z.array(z.string()),
  coordinatingBodies: z.string().nullable(),
  deadlineKind: z.enum(DEADLINE_KINDS),
  dueOn: z.string().nullable(),
  dueMonth: z.string().nullable(),
  recurrence: z.enum(RECURRENCES).nullable(),
  /** The deadline in Vietnamese, as a plan prints it. */
  deadlineText: z.string(),
  /** The last day the task is on time (a month's last day for a month); null for a recurring task. */
  dueDate: z.string().nullable(),
  deadlineNote: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  completedOn: z.string().nullable(),
  completionEvidence: z.string().nullable(),
  daysLate: z
    .number()
    .int()
    .describe(
      'Số ngày chậm tính đến hôm nay (giờ Việt Nam), như báo cáo nhiệm vụ chậm, muộn; 0 khi không chậm ' +
        'hoặc kế hoạch chưa ban hành',
    ),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), complete: z.boolean() }),
});

export const lateTasksQuery = z.object({
  /** The local date the report is made on; defaults to today in Asia/Ho_Chi_Minh. */
  asOf: localDate.optional(),
  unitId: z.uuid().optional(),
});

export const lateTasksView = z.object({
  periodId: z.string(),
  asOf: z.string(),
  items: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      /** Tasks of the unit with a dated deadline (a day or a month) in the period's issued plans. */
      datedTasks: z.number().int(),
      /** The count for the late-task deduction (Ba Đình CHAM_MUON). */
      late: z.number().int(),
      lateTasks: z.array(
        z.object({
          taskId: z.string(),
          planId: z.string(),
          content: z.string(),
          dueDate: z.string(),
          status: z.enum(TASK_STATUSES),
          completedOn: z.string().nullable(),
          daysLate: z.number().int(),
        }),
      ),
    }),
  ),
});

export type PlanBody = z.infer<typeof planBody>;
export type PlanPatch = z.infer<typeof planPatch>;
export type TaskFields = z.infer<typeof taskFields>;
export type TaskPatch = z.infer<typeof taskPatch>;
export type CompletionBody = z.infer<typeof completionBody>;
export type PlanInput = z.input<typeof planBody>;
export type TaskInput = z.input<typeof taskBody>;
export type PlanView = z.infer<typeof planView>;
export type TaskView = z.infer<typeof taskView>;
export type LateTasksView = z.infer<typeof lateTasksView>;
