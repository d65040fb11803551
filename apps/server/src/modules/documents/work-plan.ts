import { type Database, movements, periods, planTasks } from '@thidua/db';
import { buildWorkPlan, formatShortDate, parseIsoDate, type WorkPlanTask } from '@thidua/documents';
import { TASK_STATUS_NAMES } from '@thidua/vocabulary';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { RECURRENCE_NAMES } from '../work-plans/deadline';
import { councilUnitNames } from '../organisation/unit-names';
import { findPlan } from '../work-plans/service';
import { scopeOf } from '../plans-shared/policy';
import type { PreparedDocument } from './deliver';
import { councilIssuer, councilSignature, loadLetterhead } from './letterhead';

type Task = typeof planTasks.$inferSelect;

/** The deadline as the plan writes it: a day, a month, or a recurrence (its own wording when it has one). */
function deadlineText(task: Task): string {
  if (task.deadlineNote) return task.deadlineNote;
  switch (task.deadlineKind) {
    case 'date':
      return formatShortDate(task.dueOn);
    case 'month':
      return `Tháng ${task.dueMonth}/${task.dueYear}`;
    case 'recurring':
      return task.recurrence ? RECURRENCE_NAMES[task.recurrence] : '';
  }
}

function statusText(task: Task): string {
  const name = TASK_STATUS_NAMES[task.status];
  return task.status === 'done' && task.completedOn
    ? `${name} ngày ${formatShortDate(task.completedOn)}`
    : name;
}

/** Kế hoạch công tác TĐKT with its task appendix, for anyone in the council (the plans' read rule). */
export async function prepareWorkPlan(db: Database, actor: Actor, planId: string): Promise<PreparedDocument> {
  const plan = await findPlan(db, planId);
  scopeOf(actor, plan.councilId, plan.periodId);
  const unitName = await councilUnitNames(db, plan.councilId);
  const tasks = await db
    .select()
    .from(planTasks)
    .where(eq(planTasks.planId, planId))
    .orderBy(asc(planTasks.position), asc(planTasks.createdAt));
  const movementRows = await db
    .select({ name: movements.name })
    .from(movements)
    .where(eq(movements.periodId, plan.periodId))
    .orderBy(asc(movements.name));
  const letterhead = await loadLetterhead(db, plan.councilId);
  const [period] = await db.select().from(periods).where(eq(periods.id, plan.periodId)).limit(1);
  const items: WorkPlanTask[] = tasks.map((t) => ({
    section: t.section,
    quarter: t.quarter,
    content: t.content,
    lead: t.lead ?? '',
    executing: [t.executingUnitId ? unitName.get(t.executingUnitId) : null, t.executingBody]
      .filter(Boolean)
      .join('; '),
    coordinating: [...t.coordinatingUnitIds.map((id) => unitName.get(id) ?? ''), t.coordinatingBodies ?? '']
      .filter(Boolean)
      .join('; '),
    deadline: deadlineText(t),
    status: statusText(t),
  }));
  const issued = plan.issuedOn ? parseIsoDate(plan.issuedOn) : null;
  const document = buildWorkPlan({
    issuer: councilIssuer(letterhead),
    number: plan.number,
    title: plan.title,
    year: issued?.year ?? period!.year,
    date: issued,
    note: plan.note,
    tasks: items,
    movements: movementRows.map((m) => m.name),
    signature: councilSignature(letterhead),
    recipients: letterhead.recipients,
  });
  return {
    kind: 'workPlan',
    document,
    fileName: `Kế hoạch - ${plan.title}`,
    councilId: plan.councilId,
    entityId: planId,
    source: { planId, version: plan.version, status: plan.status, tasks: tasks.length },
    data: { plan, items },
    author: letterhead.issuingBody,
  };
}
