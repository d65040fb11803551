import { type Database, movements, periods, planTasks, stageDeadlines, units, workPlans } from '@thidua/db';
import { STAGE_NAMES } from '@thidua/vocabulary';
import { and, eq, inArray, isNotNull, ne, notInArray } from 'drizzle-orm';
import { daysBetween, localToday, vietnameseDate } from '../kernel/dates';
import { dueItem, effectiveDeadlines } from '../modules/periods/due';
import { periodProgress } from '../modules/periods/progress-service';
import { owedReports } from '../modules/movements/report-service';
import { notificationLinks } from './links';
import { notify, staffOf } from './notify';

/** A deadline this many days ahead (or fewer) is reminded of; a missed one once more. */
export const REMIND_DAYS_AHEAD = 3;

/** The stages whose deadline a unit itself owes, and how to tell it still owes it. */
const OWED_STAGES = {
  registration: 'registered',
  results: 'selfScored',
} as const;

export interface RemindersRun {
  asOf: string;
  created: number;
}

/**
 * The time-driven reminders (issue #14 §5), run by the server's timer (`THIDUA_REMINDERS_EVERY_MINUTES`)
 * or by `npm run reminders` from cron: on `asOf` (today in Vietnam), each deadline due within three days
 * or missed is told to whoever owes it — the staff of a member unit that has not submitted its
 * registration or not self-scored by the stage's deadline (the most specific deadline for its cluster
 * and unit type), and the staff of the executing unit of a dated plan task not done. Idempotent: each
 * notification carries a key (deadline, unit, kind), so a second run the same day, or the next day while
 * still "soon", writes nothing new; a missed deadline is told once more when it passes.
 */
export async function runReminders(db: Database, asOf: string = localToday()): Promise<RemindersRun> {
  let created = 0;
  const open = await db.select().from(periods).where(ne(periods.stage, 'archived'));
  for (const period of open) {
    const rows = await db.select().from(stageDeadlines).where(eq(stageDeadlines.periodId, period.id));
    const owedRows = rows.filter((r) => r.stage in OWED_STAGES);
    if (owedRows.length === 0) continue;
    const progress = await periodProgress(db, period);
    for (const cluster of progress.clusters) {
      for (const member of cluster.members) {
        for (const row of effectiveDeadlines(owedRows, { clusterId: cluster.id, unitType: member.type })) {
          const stage = row.stage as keyof typeof OWED_STAGES;
          if (member[OWED_STAGES[stage]]) continue;
          const item = dueItem(row, period, asOf);
          if (item.status === 'done') continue;
          const kind = item.late ? 'deadlineMissed' : 'deadlineSoon';
          if (!item.late && item.daysLeft > REMIND_DAYS_AHEAD) continue;
          const what = stage === 'registration' ? 'nộp bản đăng ký thi đua' : 'tự chấm điểm';
          const when = vietnameseDate(row.dueOn);
          const text = item.late
            ? `${member.name} chưa ${what} (${STAGE_NAMES[stage]}, ${cluster.name}); hạn ${when} đã qua.`
            : `${member.name} cần ${what} (${STAGE_NAMES[stage]}, ${cluster.name}) trước hạn ${when} (còn ${item.daysLeft} ngày).`;
          created += await db.transaction(async (tx) =>
            notify(tx, await staffOf(tx, [member.unitId]), {
              kind,
              councilId: period.councilId,
              text,
              link:
                stage === 'registration'
                  ? notificationLinks.registrations(period.councilId, period.id)
                  : notificationLinks.selfScoring(period.councilId, period.id, cluster.id),
              dedupeKey: `stage:${row.id}:${member.unitId}:${row.dueOn}:${kind}`,
            }),
          );
        }
      }
    }
  }
  created += await remindLateTasks(
    db,
    asOf,
    open.map((p) => p.id),
  );
  created += await remindMovementReports(
    db,
    asOf,
    open.map((p) => p.id),
  );
  return { asOf, created };
}

/** Dated plan tasks of open periods, not done or cancelled, due within three days or missed. */
async function remindLateTasks(db: Database, asOf: string, periodIds: string[]): Promise<number> {
  if (periodIds.length === 0) return 0;
  const tasks = await db
    .select({
      task: planTasks,
      councilId: workPlans.councilId,
      periodId: workPlans.periodId,
      planTitle: workPlans.title,
      unitName: units.name,
    })
    .from(planTasks)
    .innerJoin(workPlans, eq(workPlans.id, planTasks.planId))
    .innerJoin(units, eq(units.id, planTasks.executingUnitId))
    .where(
      and(
        inArray(workPlans.periodId, periodIds),
        eq(planTasks.deadlineKind, 'date'),
        isNotNull(planTasks.dueOn),
        notInArray(planTasks.status, ['done', 'cancelled']),
      ),
    );
  let created = 0;
  for (const { task, councilId, periodId, planTitle, unitName } of tasks) {
    const daysLeft = daysBetween(asOf, task.dueOn!);
    if (daysLeft > REMIND_DAYS_AHEAD) continue;
    const late = daysLeft < 0;
    const kind = late ? 'deadlineMissed' : 'deadlineSoon';
    const when = vietnameseDate(task.dueOn!);
    const text = late
      ? `${unitName}: nhiệm vụ "${task.content}" (${planTitle}) quá hạn ${when} mà chưa hoàn thành.`
      : `${unitName}: nhiệm vụ "${task.content}" (${planTitle}) đến hạn ${when} (còn ${daysLeft} ngày).`;
    created += await db.transaction(async (tx) =>
      notify(tx, await staffOf(tx, [task.executingUnitId!]), {
        kind,
        councilId,
        text,
        link: notificationLinks.plans(councilId, periodId),
        dedupeKey: `task:${task.id}:${task.dueOn}:${kind}`,
      }),
    );
  }
  return created;
}

/**
 * Movement reports (issue #14 §1) a taking-part unit has not submitted (or had returned), due within
 * three days or missed: told to the unit's staff, once while soon and once when missed.
 */
async function remindMovementReports(db: Database, asOf: string, periodIds: string[]): Promise<number> {
  if (periodIds.length === 0) return 0;
  const list = await db.select().from(movements).where(inArray(movements.periodId, periodIds));
  let created = 0;
  for (const owed of await owedReports(db, list, asOf, REMIND_DAYS_AHEAD)) {
    const movement = list.find((m) => m.id === owed.movementId)!;
    const kind = owed.late ? 'deadlineMissed' : 'deadlineSoon';
    const when = vietnameseDate(owed.dueOn);
    const text = owed.late
      ? `${owed.unitName} chưa nộp báo cáo phong trào "${owed.movementName}"; hạn ${when} đã qua.`
      : `${owed.unitName} cần nộp báo cáo phong trào "${owed.movementName}" trước hạn ${when} (còn ${owed.daysLeft} ngày).`;
    created += await db.transaction(async (tx) =>
      notify(tx, await staffOf(tx, [owed.unitId]), {
        kind,
        councilId: movement.councilId,
        text,
        link: notificationLinks.movements(movement.councilId, movement.periodId),
        dedupeKey: `movementReport:${owed.movementId}:${owed.unitId}:${owed.dueOn}:${kind}`,
      }),
    );
  }
  return created;
}
