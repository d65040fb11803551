import { type Database, planTasks } from '@thidua/db';
import { and, asc, count, eq, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { offsetOf } from '../../http/pagination';
import { findPlan } from './plan-service';
import { scopeOf } from './policy';
import { presentTask } from './presenter';
import type { taskListQuery, taskView } from './schema';

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
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(planTasks)
      .where(where)
      .orderBy(asc(planTasks.position), asc(planTasks.createdAt))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ n: count() }).from(planTasks).where(where),
  ]);
  return {
    items: rows.map((task) => presentTask(task, scope, plan)),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
