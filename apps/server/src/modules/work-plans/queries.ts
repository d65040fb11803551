import { type Database, planTasks, type Transaction, units, workPlans } from '@thidua/db';
import { and, asc, eq, or, type SQL, sql, inArray, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { selectPage } from '../../http/pagination';
import { findPlan } from './service';
import { scopeOf } from '../plans-shared/policy';
import { presentTask } from './presenter';
import type { taskListQuery, taskView, lateTasksView } from './schema';
import { daysLate, dueDateOf } from './deadline';

/**
 * A page of a plan's tasks in the plan's order, for anyone in the council (the list and its Excel
 * export). `unitId` keeps the tasks a unit executes or coordinates.
 */
export async function listPlanTasks(
  db: Database,
  actor: Actor,
  planId: string,
  query: z.infer<typeof taskListQuery>,
): Promise<{ items: z.infer<typeof taskView>[]; total: number; page: number; pageSize: number }> {
  const plan = await findPlan(db, planId);
  const scope = scopeOf(actor, plan.councilId, plan.periodId);
  const filters: SQL[] = [eq(planTasks.planId, plan.id)];
  if (query.status) filters.push(eq(planTasks.status, query.status));
  if (query.quarter) filters.push(eq(planTasks.quarter, query.quarter));
  if (query.unitId) {
    filters.push(
      or(
        eq(planTasks.executingUnitId, query.unitId),
        sql`${query.unitId}::uuid = any(${planTasks.coordinatingUnitIds})`,
      )!,
    );
  }
  const where = and(...filters);
  return selectPage(
    db,
    planTasks,
    where,
    [asc(planTasks.position), asc(planTasks.createdAt)],
    query,
    (task) => presentTask(task, scope, plan),
  );
}

type Db = Database | Transaction;

/**
 * Late tasks per executing unit in the period's issued plans, on `asOf` (a local date): a task with a
 * dated deadline (a day, or a month meaning its last day) is late when it is not done and not cancelled
 * after that day, or was done after it. Due today is not late. Recurring tasks have no day and are never
 * late. The count is what the late-task deduction (Ba Đình CHAM_MUON) takes.
 */
export async function lateTasksReport(
  db: Db,
  periodId: string,
  asOf: string,
  unitId: string | undefined,
): Promise<z.infer<typeof lateTasksView>> {
  const filters: SQL[] = [
    eq(workPlans.periodId, periodId),
    eq(workPlans.status, 'issued'),
    isNotNull(planTasks.executingUnitId),
    inArray(planTasks.deadlineKind, ['date', 'month']),
  ];
  if (unitId) filters.push(eq(planTasks.executingUnitId, unitId));
  const rows = await db
    .select({ task: planTasks, unitName: units.name })
    .from(planTasks)
    .innerJoin(workPlans, eq(workPlans.id, planTasks.planId))
    .innerJoin(units, eq(units.id, planTasks.executingUnitId))
    .where(and(...filters))
    .orderBy(asc(units.name), asc(planTasks.position));
  const byUnit = new Map<string, z.infer<typeof lateTasksView>['items'][number]>();
  for (const { task, unitName } of rows) {
    const id = task.executingUnitId!;
    let item = byUnit.get(id);
    if (!item) {
      item = { unitId: id, unitName, datedTasks: 0, late: 0, lateTasks: [] };
      byUnit.set(id, item);
    }
    if (task.status === 'cancelled') continue;
    item.datedTasks += 1;
    const days = daysLate(task, asOf);
    if (days > 0) {
      item.late += 1;
      item.lateTasks.push({
        taskId: task.id,
        planId: task.planId,
        content: task.content,
        dueDate: dueDateOf(task)!,
        status: task.status,
        completedOn: task.completedOn,
        daysLate: days,
      });
    }
  }
  return { periodId, asOf, items: [...byUnit.values()] };
}
