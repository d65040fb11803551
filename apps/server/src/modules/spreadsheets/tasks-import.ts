import { type Database, type Unit, units, type WorkPlan } from '@thidua/db';
import {
  type CellError,
  foldName,
  readTasksImport,
  type TaskColumn,
  type TaskRowRead,
  writeTasksTemplate,
} from '@thidua/spreadsheets';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../http/errors';
import { zodFieldErrors } from '../../http/validation';
import { vietnamDateTime } from '../audit/csv';
import { deadlineColumns, deadlineText } from '../work-plans/deadline';
import { findPlan, importTasks, taskCountOf } from '../work-plans/service';
import { requireWrite, scopeOf } from '../plans-shared/policy';
import { type TaskFields, taskImportBody } from '../work-plans/schema';
import type { PreparedSpreadsheet } from './deliver';
import { exportHeader } from './export-header';
import { fieldErrorsToCells, fileErrors } from './import-errors';
import type { TasksImportView } from './schema';
import type { Upload } from './score-import';

/** The plan, refused (403) unless the actor writes its council's plans; before any byte of a file is read. */
export async function planForImport(db: Database, actor: Actor, planId: string): Promise<WorkPlan> {
  const plan = await findPlan(db, planId);
  requireWrite(scopeOf(actor, plan.councilId, plan.periodId));
  return plan;
}

/** The plan's blank task table (the appendix's columns), its id hidden. */
export async function prepareTasksTemplate(db: Database, plan: WorkPlan): Promise<PreparedSpreadsheet> {
  const header = await exportHeader(db, plan.councilId);
  const bytes = await writeTasksTemplate({
    creator: header.creator,
    title: `Tiến độ thực hiện nhiệm vụ - ${plan.title}`,
    notes: [
      `${header.issuer}. ${plan.number ? `Kế hoạch số ${plan.number}. ` : ''}Mẫu tải về lúc ${vietnamDateTime(new Date())}.`,
      'Mỗi nhiệm vụ một hàng; hàng chỉ có số La Mã ở cột TT và nội dung là tiêu đề mục ("I | Quý I"). Đơn vị ghi mã hoặc tên đơn vị của Hội đồng.',
    ],
    planId: plan.id,
  });
  return {
    kind: 'tasksTemplate',
    bytes,
    fileName: `Mẫu nhiệm vụ - ${plan.number ?? plan.title}`.slice(0, 150),
    councilId: plan.councilId,
    entityId: plan.id,
    source: { planId: plan.id },
  };
}

/** Finds units by code or by name (case and Unicode form aside); a name two units share is ambiguous. */
function unitFinder(rows: Unit[]) {
  const byCode = new Map(rows.map((u) => [foldName(u.code), u] as const));
  const byName = new Map<string, Unit[]>();
  for (const u of rows) byName.set(foldName(u.name), [...(byName.get(foldName(u.name)) ?? []), u]);
  return (name: string): Unit | string => {
    const code = byCode.get(foldName(name));
    if (code) return code;
    const named = byName.get(foldName(name)) ?? [];
    if (named.length === 1) return named[0]!;
    if (named.length > 1) return `có ${named.length} đơn vị tên "${name}": hãy ghi mã đơn vị`;
    return `không có đơn vị mã hoặc tên "${name}" trong Hội đồng (cơ quan không phải đơn vị của Hội đồng ghi ở cột "khác" bên cạnh)`;
  };
}

/** Which cell a field of `body.tasks[i]` came from. */
const FIELD_COLUMNS: Record<string, TaskColumn> = {
  content: 'content',
  lead: 'lead',
  executingUnitId: 'executing',
  executingBody: 'executingBody',
  coordinatingUnitIds: 'coordinating',
  coordinatingBodies: 'coordinatingBodies',
  deadlineKind: 'deadline',
  dueOn: 'deadline',
  dueMonth: 'deadline',
  recurrence: 'deadline',
  deadlineNote: 'deadlineNote',
};

/**
 * Reads an uploaded task table into the plan API's task input and hands it to `importTasks` (the JSON
 * import's rules, all or nothing); its errors (`body.tasks[3].dueOn`) come back on the cells they came
 * from. The preview is a dry run of the same checks; the commit appends the tasks, one audit event each,
 * one batch. Only into a draft plan, by the standing office.
 */
export async function importPlanTasks(
  db: Database,
  actor: Actor,
  planId: string,
  upload: Upload,
  commit: boolean,
): Promise<TasksImportView> {
  const parsed = await readTasksImport(upload.bytes);
  if (!parsed.ok) throw fileErrors(parsed.errors);
  if (parsed.tasks.planId !== planId) {
    throw fileErrors([
      { cell: 'Tệp', message: 'mẫu này của một kế hoạch khác: hãy tải mẫu của kế hoạch này' },
    ]);
  }
  const rows = parsed.tasks.tasks;
  return db.transaction(async (tx) => {
    const plan = await findPlan(tx, planId);
    const councilUnits = await tx.select().from(units).where(eq(units.councilId, plan.councilId));
    const find = unitFinder(councilUnits);
    const errors: CellError[] = [];
    const tasks: TaskFields[] = [];
    const names: { executing: string | null; coordinating: string[] }[] = [];
    for (const row of rows) {
      const executing = row.executing.map(find);
      const coordinating = row.coordinating.map(find);
      for (const [found, cell] of [
        ...executing.map((f) => [f, row.cells.executing] as const),
        ...coordinating.map((f) => [f, row.cells.coordinating] as const),
      ]) {
        if (typeof found === 'string') errors.push({ cell, message: found });
      }
      if (executing.length > 1) {
        errors.push({
          cell: row.cells.executing,
          message: 'chỉ ghi một đơn vị thực hiện; các cơ quan khác ghi ở cột "Cơ quan thực hiện khác"',
        });
      }
      const unit = executing[0];
      const partners = coordinating.filter((f): f is Unit => typeof f !== 'string');
      tasks.push(
        taskFieldsOf(
          row,
          typeof unit === 'object' ? unit.id : null,
          partners.map((u) => u.id),
        ),
      );
      names.push({
        executing: typeof unit === 'object' ? unit.name : null,
        coordinating: partners.map((u) => u.name),
      });
    }
    if (errors.length > 0) throw fileErrors(errors);
    const cellOf = (path: string) => {
      const match = /^body\.tasks\[(\d+)\]\.?(\w*)/.exec(path);
      const row = match ? rows[Number(match[1])] : undefined;
      if (!row) return undefined;
      return row.cells[FIELD_COLUMNS[match![2]!] ?? 'content'];
    };
    const checked = taskImportBody.safeParse({ tasks });
    if (!checked.success) {
      throw fileErrors(fieldErrorsToCells(zodFieldErrors(checked.error, { tasks }, 'body'), cellOf));
    }
    const batchId = randomUUID();
    const existing = await taskCountOf(tx, plan.id);
    try {
      await importTasks(tx, actor, plan, checked.data.tasks, {
        batchId,
        reason: `Nhập từ tệp Excel "${upload.fileName}"`,
        dryRun: !commit,
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') {
        throw fileErrors(fieldErrorsToCells(error.fields, cellOf));
      }
      throw error;
    }
    return {
      existingTasks: existing,
      tasks: rows.map((row, i) => ({
        row: row.row,
        cells: [row.cells.content],
        section: row.section,
        quarter: row.quarter,
        content: row.content,
        lead: row.lead,
        executing: [names[i]!.executing, row.executingBody].filter((n): n is string => n !== null).join('; '),
        coordinating: [
          ...names[i]!.coordinating,
          ...(row.coordinatingBodies ? [row.coordinatingBodies] : []),
        ].join('; '),
        deadlineText: deadlineText(deadlineColumns(tasks[i]!)),
      })),
      batchId: commit ? batchId : null,
    };
  });
}

function taskFieldsOf(
  row: TaskRowRead,
  executingUnitId: string | null,
  coordinatingUnitIds: string[],
): TaskFields {
  return {
    section: row.section,
    quarter: row.quarter,
    content: row.content,
    lead: row.lead,
    executingUnitId,
    executingBody: row.executingBody,
    coordinatingUnitIds,
    coordinatingBodies: row.coordinatingBodies,
    ...(row.deadline as Pick<TaskFields, 'deadlineKind' | 'dueOn' | 'dueMonth' | 'recurrence'>),
    deadlineNote: row.deadlineNote,
  };
}
