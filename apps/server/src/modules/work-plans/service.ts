import {
  type Database,
  type NewPlanTask,
  type PlanTask,
  planTasks,
  type Transaction,
  type WorkPlan,
  workPlans,
} from '@thidua/db';
import { count, eq, max } from 'drizzle-orm';
import { recordAuditEvents } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { findById } from '../../http/versioned-update';
import { AppError, type FieldError, forbidden, invalid, notFound } from '../../http/errors';
import { localToday } from '../../kernel/dates';
import { blankToNull } from '../../kernel/text';
import { deadlineColumns, deadlineErrors } from './deadline';
import { taskFieldsOf } from './presenter';
import { createPlanRow, deletePlanRow, type PlanRows, updatePlanRow } from '../plans-shared/commands';
import {
  assertNoErrors,
  assertPeriodWritable,
  canComplete,
  type PlansScope,
  scopeOf,
  type UnitRef,
  unitErrors,
} from '../plans-shared/policy';
import type { CompletionBody, PlanBody, PlanPatch, TaskFields, TaskPatch } from './schema';

type Db = Database | Transaction;

export async function findPlan(db: Db, planId: string): Promise<WorkPlan> {
  return findById(db, workPlans, planId, 'kế hoạch');
}

export async function taskCountOf(db: Db, planId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(planTasks).where(eq(planTasks.planId, planId));
  return row?.n ?? 0;
}

/** A task with its plan, or 404; the scope is the plan's council. */
export async function findTask(
  db: Db,
  actor: Actor,
  taskId: string,
): Promise<{ task: PlanTask; plan: WorkPlan; scope: PlansScope }> {
  const [row] = await db
    .select({ task: planTasks, plan: workPlans })
    .from(planTasks)
    .innerJoin(workPlans, eq(workPlans.id, planTasks.planId))
    .where(eq(planTasks.id, taskId))
    .limit(1);
  if (!row) throw notFound('nhiệm vụ');
  return { ...row, scope: scopeOf(actor, row.plan.councilId, row.plan.periodId) };
}

function issueErrors(plan: { number: string | null; issuedOn: string | null }): FieldError[] {
  const errors: FieldError[] = [];
  if (!plan.number) errors.push({ path: 'body.number', message: 'bắt buộc khi ban hành kế hoạch' });
  if (!plan.issuedOn) errors.push({ path: 'body.issuedOn', message: 'bắt buộc khi ban hành kế hoạch' });
  return errors;
}

const planRows = (owner: WorkPlan | PlansScope): PlanRows<typeof workPlans> => ({
  table: workPlans,
  entityType: 'workPlan',
  owner,
});

/** A plan's tasks belong to the plan's council and period. */
const taskRows = (plan: WorkPlan): PlanRows<typeof planTasks> => ({
  table: planTasks,
  entityType: 'planTask',
  owner: plan,
});

export async function createPlan(
  tx: Transaction,
  actor: Actor,
  scope: PlansScope,
  body: PlanBody,
): Promise<WorkPlan> {
  return createPlanRow(tx, actor, planRows(scope), () => ({
    councilId: scope.councilId,
    periodId: scope.periodId,
    number: blankToNull(body.number) ?? null,
    title: body.title,
    issuedOn: body.issuedOn ?? null,
    note: blankToNull(body.note) ?? null,
  }));
}

export async function updatePlan(
  tx: Transaction,
  actor: Actor,
  before: WorkPlan,
  body: PlanPatch,
): Promise<WorkPlan> {
  const { version, reason, status, ...fields } = body;
  return updatePlanRow(
    tx,
    actor,
    planRows(before),
    before,
    { version, reason },
    () => {
      const changes = {
        ...(fields.title === undefined ? {} : { title: fields.title }),
        ...(fields.number === undefined ? {} : { number: blankToNull(fields.number) ?? null }),
        ...(fields.issuedOn === undefined ? {} : { issuedOn: fields.issuedOn }),
        ...(fields.note === undefined ? {} : { note: blankToNull(fields.note) ?? null }),
        ...(status === undefined ? {} : { status }),
      };
      const merged = { ...before, ...changes };
      if (before.status === 'issued' && merged.status === 'draft') {
        throw new AppError('PLAN_STATE', 'Kế hoạch đã ban hành không được đưa về dự thảo');
      }
      if (merged.status === 'issued') assertNoErrors(issueErrors(merged));
      return changes;
    },
    (updated) => (before.status === 'draft' && updated.status === 'issued' ? 'issue' : 'update'),
  );
}

export async function deletePlan(
  tx: Transaction,
  actor: Actor,
  before: WorkPlan,
  version: number,
  reason: string | undefined,
): Promise<void> {
  await deletePlanRow(tx, actor, planRows(before), before, { version, reason }, async () => {
    if (before.status !== 'draft') {
      throw new AppError(
        'PLAN_STATE',
        'Chỉ được xóa kế hoạch đang dự thảo; kế hoạch đã ban hành được giữ lại',
      );
    }
    return { old: { ...before, taskCount: await taskCountOf(tx, before.id) } };
  });
}

/**
 * A task's stored columns from its fields, with every problem named: the deadline's fields for its kind,
 * a done task's completed date, and units that are not the council's. `prefix` is `body` or
 * `body.tasks[i]`.
 */
function taskRow(
  fields: TaskFields,
  prefix: string,
): { row: Omit<NewPlanTask, 'planId'>; errors: FieldError[]; refs: UnitRef[] } {
  const errors = deadlineErrors(fields, prefix);
  const status = fields.status ?? 'notStarted';
  const completedOn = fields.completedOn ?? null;
  if (status === 'done' && completedOn === null) {
    errors.push({
      path: `${prefix}.completedOn`,
      message: 'bắt buộc khi nhiệm vụ đã hoàn thành (status = "done")',
    });
  }
  if (status !== 'done' && completedOn !== null) {
    errors.push({
      path: `${prefix}.completedOn`,
      message: 'chỉ dùng khi nhiệm vụ đã hoàn thành (status = "done")',
    });
  }
  const refs: UnitRef[] = [];
  if (fields.executingUnitId)
    refs.push({ path: `${prefix}.executingUnitId`, unitId: fields.executingUnitId });
  (fields.coordinatingUnitIds ?? []).forEach((unitId, i) =>
    refs.push({ path: `${prefix}.coordinatingUnitIds[${i}]`, unitId }),
  );
  return {
    row: {
      ...(fields.position === undefined ? {} : { position: fields.position }),
      section: blankToNull(fields.section) ?? null,
      quarter: fields.quarter ?? null,
      content: fields.content,
      lead: blankToNull(fields.lead) ?? null,
      executingUnitId: fields.executingUnitId ?? null,
      executingBody: blankToNull(fields.executingBody) ?? null,
      coordinatingUnitIds: [...new Set(fields.coordinatingUnitIds ?? [])],
      coordinatingBodies: blankToNull(fields.coordinatingBodies) ?? null,
      ...(errors.length === 0 ? deadlineColumns(fields) : { deadlineKind: fields.deadlineKind }),
      deadlineNote: blankToNull(fields.deadlineNote) ?? null,
      status,
      completedOn,
      completionEvidence: blankToNull(fields.completionEvidence) ?? null,
    },
    errors,
    refs,
  };
}

async function nextPosition(tx: Transaction, planId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(planTasks.position) })
    .from(planTasks)
    .where(eq(planTasks.planId, planId));
  return (row?.last ?? 0) + 1;
}

/**
 * How tasks come in: from a file, their audit events share one batch and a reason; a dry run checks
 * everything and saves nothing (an import's preview).
 */
export interface TaskImportOptions {
  batchId?: string;
  reason?: string;
  dryRun?: boolean;
}

/** Adds tasks to a plan, all or none; every problem of every task is reported at once. */
export async function createTasks(
  tx: Transaction,
  actor: Actor,
  plan: WorkPlan,
  items: { fields: TaskFields; prefix: string }[],
  action: 'create' | 'import',
  options: TaskImportOptions = {},
): Promise<PlanTask[]> {
  await assertPeriodWritable(tx, plan.periodId);
  const built = items.map(({ fields, prefix }) => taskRow(fields, prefix));
  const errors = built.flatMap((b) => b.errors);
  errors.push(
    ...(await unitErrors(
      tx,
      plan.councilId,
      built.flatMap((b) => b.refs),
    )),
  );
  assertNoErrors(errors);
  if (options.dryRun) return [];
  let position = await nextPosition(tx, plan.id);
  const rows = built.map(({ row }) => ({ position: position++, ...row, planId: plan.id }));
  const created = await tx.insert(planTasks).values(rows).returning();
  await recordAuditEvents(
    tx,
    actor,
    created.map((task) => ({
      councilId: plan.councilId,
      entityType: 'planTask',
      entityId: task.id,
      action,
      new: task,
      reason: options.reason ?? null,
      batchId: options.batchId ?? null,
    })),
  );
  return created;
}

export async function importTasks(
  tx: Transaction,
  actor: Actor,
  plan: WorkPlan,
  tasks: TaskFields[],
  options: TaskImportOptions = {},
): Promise<PlanTask[]> {
  if (plan.status !== 'draft') {
    throw new AppError('PLAN_STATE', 'Chỉ nhập danh sách nhiệm vụ vào kế hoạch đang dự thảo');
  }
  return createTasks(
    tx,
    actor,
    plan,
    tasks.map((fields, i) => ({ fields, prefix: `body.tasks[${i}]` })),
    'import',
    options,
  );
}

const DEADLINE_FIELDS = ['deadlineKind', 'dueOn', 'dueMonth', 'recurrence'] as const;

/**
 * Edits a task. Sending any deadline field replaces the whole deadline (the others not sent are
 * cleared); moving the status away from done clears the completed date.
 */
export async function updateTask(
  tx: Transaction,
  actor: Actor,
  before: PlanTask,
  plan: WorkPlan,
  body: TaskPatch,
): Promise<PlanTask> {
  const { version, reason, ...changes } = body;
  return updatePlanRow(tx, actor, taskRows(plan), before, { version, reason }, async () => {
    const current = taskFieldsOf(before);
    const deadlineSent = DEADLINE_FIELDS.some((f) => changes[f] !== undefined);
    const merged: TaskFields = {
      ...current,
      ...(deadlineSent ? { dueOn: null, dueMonth: null, recurrence: null } : {}),
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    };
    if (changes.status !== undefined && changes.status !== 'done' && changes.completedOn === undefined) {
      merged.completedOn = null;
    }
    const { row, errors, refs } = taskRow(merged, 'body');
    // Only the units this request names are checked again (a unit deactivated since stays on old tasks).
    const sentRefs = refs.filter(
      (r) =>
        (r.path === 'body.executingUnitId' && changes.executingUnitId !== undefined) ||
        (r.path.startsWith('body.coordinatingUnitIds') && changes.coordinatingUnitIds !== undefined),
    );
    errors.push(...(await unitErrors(tx, plan.councilId, sentRefs)));
    assertNoErrors(errors);
    return row;
  });
}

export async function deleteTask(
  tx: Transaction,
  actor: Actor,
  before: PlanTask,
  plan: WorkPlan,
  version: number,
  reason: string | undefined,
): Promise<void> {
  await deletePlanRow(tx, actor, taskRows(plan), before, { version, reason }, () => {
    if (plan.status !== 'draft') {
      throw new AppError(
        'PLAN_STATE',
        'Kế hoạch đã ban hành: không xóa nhiệm vụ, hãy chuyển trạng thái nhiệm vụ sang "cancelled" (hủy)',
      );
    }
  });
}

/**
 * The executing unit's staff (or the standing office) report a task done, on a local date not in the
 * future, with the evidence of completion.
 */
export async function completeTask(
  tx: Transaction,
  actor: Actor,
  before: PlanTask,
  plan: WorkPlan,
  scope: PlansScope,
  body: CompletionBody,
): Promise<PlanTask> {
  if (!canComplete(scope, before.executingUnitId)) {
    throw forbidden(
      'Chỉ cán bộ của đơn vị thực hiện hoặc cơ quan thường trực được báo cáo hoàn thành nhiệm vụ',
    );
  }
  return updatePlanRow(
    tx,
    actor,
    taskRows(plan),
    before,
    { version: body.version },
    () => {
      if (before.status === 'cancelled') {
        throw new AppError('TASK_STATE', 'Nhiệm vụ đã hủy: không báo cáo hoàn thành');
      }
      if (body.completedOn > localToday()) {
        throw invalid([
          {
            path: 'body.completedOn',
            message: `không được sau ngày hôm nay (nhận được "${body.completedOn}")`,
          },
        ]);
      }
      return {
        status: 'done' as const,
        completedOn: body.completedOn,
        completionEvidence: body.evidence,
        completedBy: actor.userId,
      };
    },
    () => 'complete',
  );
}
