import { type Database, periods } from '@thidua/db';
import type { TableSheet } from '@thidua/spreadsheets';
import { WORK_PLAN_STATUS_NAMES, TASK_STATUS_NAMES } from '@thidua/vocabulary';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { councilUnitNames } from '../organisation/unit-names';
import { findPlan } from '../work-plans/service';
import { listPlanTasks } from '../work-plans/queries';
import type { PreparedSpreadsheet } from './deliver';
import { dataReadAt, tablesWorkbook } from './export-header';
import { allPages, calendarDay } from './list-pages';

/**
 * A plan's tasks as .xlsx, the columns of the plan's appendix, from exactly what `/plans/:id/tasks`
 * gives (the deadline worded as the screen words it, the days late of an issued plan). Anyone in the
 * council, as the list.
 */
export async function preparePlanTasksWorkbook(
  db: Database,
  actor: Actor,
  planId: string,
): Promise<PreparedSpreadsheet> {
  const tasks = await allPages((q) => listPlanTasks(db, actor, planId, q));
  const plan = await findPlan(db, planId);
  const [period] = await db.select().from(periods).where(eq(periods.id, plan.periodId)).limit(1);
  const unitName = await councilUnitNames(db, plan.councilId);
  const joined = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join('; ');
  const sheet: TableSheet = {
    name: 'Danh mục nhiệm vụ',
    title: `Danh mục nhiệm vụ — ${plan.title}`,
    subtitle: [
      [plan.number ? `Số ${plan.number}` : null, WORK_PLAN_STATUS_NAMES[plan.status], period?.name]
        .filter(Boolean)
        .join(' — '),
      dataReadAt(),
    ],
    columns: [
      { header: 'STT', kind: 'integer', width: 6 },
      { header: 'Mục', kind: 'text', width: 16 },
      { header: 'Nội dung nhiệm vụ', kind: 'text', width: 48 },
      { header: 'Cơ quan chủ trì, chỉ đạo', kind: 'text', width: 22 },
      { header: 'Đơn vị thực hiện', kind: 'text', width: 26 },
      { header: 'Đơn vị phối hợp', kind: 'text', width: 26 },
      { header: 'Thời gian hoàn thành', kind: 'text', width: 18 },
      { header: 'Ghi chú thời hạn', kind: 'text', width: 20 },
      { header: 'Tình trạng', kind: 'text', width: 16 },
      { header: 'Ngày hoàn thành', kind: 'date', width: 12 },
      { header: 'Quá hạn (ngày)', kind: 'integer', width: 9 },
      { header: 'Minh chứng hoàn thành', kind: 'text', width: 26 },
    ],
    rows: tasks.map((t, i) => [
      i + 1,
      t.section,
      t.content,
      t.lead,
      joined([t.executingUnitId ? unitName.get(t.executingUnitId) : null, t.executingBody]),
      joined([...t.coordinatingUnitIds.map((id) => unitName.get(id)), t.coordinatingBodies]),
      t.deadlineText,
      t.deadlineNote,
      TASK_STATUS_NAMES[t.status],
      calendarDay(t.completedOn),
      t.daysLate > 0 ? t.daysLate : null,
      t.completionEvidence,
    ]),
    landscape: true,
  };
  return tablesWorkbook(db, [sheet], {
    kind: 'planTasks',
    fileName: `Danh mục nhiệm vụ - ${plan.title}`,
    councilId: plan.councilId,
    entityId: planId,
    source: { planId, version: plan.version, tasks: tasks.length },
  });
}
