import {
  type Database,
  DOSSIER_LEVELS,
  type DossierLevel,
  dossierBatches,
  dossiers,
  planTasks,
  type Transaction,
  units,
  workPlans,
} from '@thidua/db';
import { and, asc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { daysLate, dueDateOf } from './deadline';
import type { lateTasksView, returnedShareView } from './schema';

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

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** `returned / submitted` in per cent, rounded half up to two decimals, exactly (integer arithmetic). */
export function percentOf(returned: number, submitted: number): string {
  const hundredths = (BigInt(returned) * 20000n + BigInt(submitted)) / (2n * BigInt(submitted));
  const whole = hundredths / 100n;
  const cents = hundredths % 100n;
  return cents === 0n ? String(whole) : `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * The share of each unit's dossiers (in the period's batches, at `minLevel` and above) that the
 * appraisal returned: returned / submitted, every dossier received counting as submitted.
 */
export async function returnedShareReport(
  db: Db,
  periodId: string,
  minLevel: DossierLevel | undefined,
  unitId: string | undefined,
): Promise<z.infer<typeof returnedShareView>> {
  const filters: SQL[] = [eq(dossierBatches.periodId, periodId)];
  if (minLevel) filters.push(inArray(dossiers.level, DOSSIER_LEVELS.slice(DOSSIER_LEVELS.indexOf(minLevel))));
  if (unitId) filters.push(eq(dossiers.unitId, unitId));
  const rows = await db
    .select({ unitId: dossiers.unitId, unitName: units.name, outcome: dossiers.outcome })
    .from(dossiers)
    .innerJoin(dossierBatches, eq(dossierBatches.id, dossiers.batchId))
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(...filters))
    .orderBy(asc(units.name));
  const byUnit = new Map<
    string,
    { unitId: string; unitName: string; approved: number; returned: number; pending: number }
  >();
  for (const row of rows) {
    const item = byUnit.get(row.unitId) ?? {
      unitId: row.unitId,
      unitName: row.unitName,
      approved: 0,
      returned: 0,
      pending: 0,
    };
    item[row.outcome] += 1;
    byUnit.set(row.unitId, item);
  }
  return {
    periodId,
    minLevel: minLevel ?? null,
    items: [...byUnit.values()].map((item) => {
      const submitted = item.approved + item.returned + item.pending;
      const d = gcd(item.returned, submitted);
      return {
        ...item,
        submitted,
        share: `${item.returned / d}/${submitted / d}`,
        percent: percentOf(item.returned, submitted),
      };
    }),
  };
}
