import type { PlanTask, WorkPlan } from '@thidua/db';
import type { z } from 'zod';
import { localToday } from '../../kernel/dates';
import { daysLate, deadlineText, dueDateOf, dueMonthOf } from './deadline';
import { canComplete, type PlansScope } from '../plans-shared/policy';
import type { planView, TaskFields, taskView } from './schema';

export function presentPlan(plan: WorkPlan, taskCount: number, scope: PlansScope): z.infer<typeof planView> {
  return {
    id: plan.id,
    councilId: plan.councilId,
    periodId: plan.periodId,
    number: plan.number,
    title: plan.title,
    issuedOn: plan.issuedOn,
    status: plan.status,
    note: plan.note,
    taskCount,
    version: plan.version,
    abilities: { update: scope.canWrite },
  };
}

/**
 * A task as the API shows it. `daysLate` counts as the late-tasks report does, on `today` (Vietnam's
 * date): only a task of an issued plan can be late — a draft binds no one yet.
 */
export function presentTask(
  task: PlanTask,
  scope: PlansScope,
  plan: Pick<WorkPlan, 'status'>,
  today: string = localToday(),
): z.infer<typeof taskView> {
  return {
    id: task.id,
    planId: task.planId,
    ...taskFieldsOf(task),
    deadlineText: deadlineText(task),
    dueDate: dueDateOf(task),
    daysLate: plan.status === 'issued' ? daysLate(task, today) : 0,
    version: task.version,
    abilities: {
      update: scope.canWrite,
      complete: task.status !== 'cancelled' && canComplete(scope, task.executingUnitId),
    },
  };
}

/** The task's current fields in the API's terms (as a request sends them), so a patch can be merged. */
export function taskFieldsOf(task: PlanTask) {
  return {
    position: task.position,
    section: task.section,
    quarter: task.quarter,
    content: task.content,
    lead: task.lead,
    executingUnitId: task.executingUnitId,
    executingBody: task.executingBody,
    coordinatingUnitIds: task.coordinatingUnitIds,
    coordinatingBodies: task.coordinatingBodies,
    deadlineKind: task.deadlineKind,
    dueOn: task.dueOn,
    dueMonth: dueMonthOf(task),
    recurrence: task.recurrence,
    deadlineNote: task.deadlineNote,
    status: task.status,
    completedOn: task.completedOn,
    completionEvidence: task.completionEvidence,
  } satisfies TaskFields;
}
