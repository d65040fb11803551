import { planTasks, workPlans } from '@thidua/db';
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf, selectPage } from '../../http/pagination';
import {
  completeTask,
  createPlan,
  createTasks,
  deletePlan,
  deleteTask,
  findPlan,
  findTask,
  importTasks,
  taskCountOf,
  updatePlan,
  updateTask,
} from './service';
import { loadPeriodScope, requireWrite, scopeOf } from '../plans-shared/policy';
import { listPlanTasks, lateTasksReport } from './queries';
import { presentPlan, presentTask } from './presenter';
import {
  completionBody,
  planBody,
  planListQuery,
  planParams,
  planPatch,
  planView,
  taskBody,
  taskImportBody,
  taskListQuery,
  taskParams,
  taskPatch,
  taskView,
  lateTasksQuery,
  lateTasksView,
} from './schema';
import { deleteQuery, periodParams } from '../plans-shared/schema';
import { localToday } from '../../kernel/dates';
import { command, registerRoutes, route } from '../../http/route-table';

export const PLAN_TAGS = ['Kế hoạch công tác thi đua, khen thưởng'];

/** The council's annual TĐKT work plans and their tasks, and the late-task report (SPEC §11). */
export async function workPlansRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, PLAN_TAGS, [
    route(
      'GET /periods/:periodId/plans',
      'Danh sách kế hoạch công tác thi đua, khen thưởng của kỳ',
      { params: periodParams, query: planListQuery, 200: pageOf(planView) },
      async ({ db, actor, params, query }) => {
        const scope = await loadPeriodScope(db, actor, params.periodId);
        const filters: SQL[] = [eq(workPlans.periodId, scope.periodId)];
        if (query.status) filters.push(eq(workPlans.status, query.status));
        const page = await selectPage(
          db,
          workPlans,
          and(...filters),
          [desc(workPlans.createdAt)],
          query,
          (p) => p,
        );
        const rows = page.items;
        // Each plan's own tasks, counted in one query (a correlated subquery here once compared the
        // task's plan with the task's own id, counting none).
        const counts =
          rows.length === 0
            ? []
            : await db
                .select({ planId: planTasks.planId, n: count() })
                .from(planTasks)
                .where(
                  inArray(
                    planTasks.planId,
                    rows.map((plan) => plan.id),
                  ),
                )
                .groupBy(planTasks.planId);
        const taskCounts = new Map(counts.map((c) => [c.planId, c.n]));
        return { ...page, items: rows.map((plan) => presentPlan(plan, taskCounts.get(plan.id) ?? 0, scope)) };
      },
    ),
    command(
      'POST /periods/:periodId/plans',
      'Lập kế hoạch công tác thi đua, khen thưởng (dự thảo)',
      {
        description: 'Chỉ cơ quan thường trực Hội đồng.',
        params: periodParams,
        body: planBody,
        201: planView,
      },
      async ({ tx, actor, params, body }) => {
        const scope = await loadPeriodScope(tx, actor, params.periodId);
        requireWrite(scope);
        return presentPlan(await createPlan(tx, actor, scope, body), 0, scope);
      },
    ),
    route(
      'GET /plans/:planId',
      'Xem kế hoạch',
      { params: planParams, 200: planView },
      async ({ db, actor, params }) => {
        const plan = await findPlan(db, params.planId);
        const scope = scopeOf(actor, plan.councilId, plan.periodId);
        return presentPlan(plan, await taskCountOf(db, plan.id), scope);
      },
    ),
    command(
      'PATCH /plans/:planId',
      'Sửa hoặc ban hành kế hoạch',
      {
        description:
          'Chỉ cơ quan thường trực. `status: "issued"` ban hành kế hoạch (cần số và ngày ban hành); ' +
          'kế hoạch đã ban hành không trở lại dự thảo.',
        params: planParams,
        body: planPatch,
        200: planView,
      },
      async ({ tx, actor, params, body }) => {
        const before = await findPlan(tx, params.planId);
        const scope = scopeOf(actor, before.councilId, before.periodId);
        requireWrite(scope);
        const plan = await updatePlan(tx, actor, before, body);
        return presentPlan(plan, await taskCountOf(tx, plan.id), scope);
      },
    ),
    command(
      'DELETE /plans/:planId',
      'Xóa kế hoạch đang dự thảo (cùng các nhiệm vụ)',
      {
        description: 'Chỉ cơ quan thường trực. Tham số `version` (và `reason`) trên địa chỉ.',
        params: planParams,
        query: deleteQuery,
        204: z.null(),
      },
      async ({ tx, actor, params, query }) => {
        const before = await findPlan(tx, params.planId);
        requireWrite(scopeOf(actor, before.councilId, before.periodId));
        await deletePlan(tx, actor, before, query.version, query.reason);
      },
    ),
    route(
      'GET /plans/:planId/tasks',
      'Danh sách nhiệm vụ của kế hoạch (theo thứ tự)',
      {
        description: '`unitId` lọc nhiệm vụ mà đơn vị thực hiện hoặc phối hợp.',
        params: planParams,
        query: taskListQuery,
        200: pageOf(taskView),
      },
      async ({ db, actor, params, query }) => listPlanTasks(db, actor, params.planId, query),
    ),
    command(
      'POST /plans/:planId/tasks',
      'Thêm nhiệm vụ vào kế hoạch',
      {
        description:
          'Chỉ cơ quan thường trực. Hạn hoàn thành: `deadlineKind` = "date" với `dueOn`, "month" với ' +
          '`dueMonth` (YYYY-MM, hạn là ngày cuối tháng) hoặc "recurring" với `recurrence`.',
        params: planParams,
        body: taskBody,
        201: taskView,
      },
      async ({ tx, actor, params, body }) => {
        const plan = await findPlan(tx, params.planId);
        const scope = scopeOf(actor, plan.councilId, plan.periodId);
        requireWrite(scope);
        const [task] = await createTasks(tx, actor, plan, [{ fields: body, prefix: 'body' }], 'create');
        return presentTask(task!, scope, plan);
      },
    ),
    route(
      'POST /plans/:planId/tasks/import',
      'Nhập danh sách nhiệm vụ (JSON) vào kế hoạch đang dự thảo',
      {
        description:
          'Chỉ cơ quan thường trực. Tất cả hoặc không: mọi lỗi của mọi nhiệm vụ được trả về cùng lúc ' +
          '(`body.tasks[3].dueOn`), không nhiệm vụ nào được lưu khi có lỗi.',
        params: planParams,
        body: taskImportBody,
        201: z.object({ items: z.array(taskView) }),
      },
      async ({ db, actor, params, body }) => {
        const items = await db.transaction(async (tx) => {
          const plan = await findPlan(tx, params.planId);
          const scope = scopeOf(actor, plan.councilId, plan.periodId);
          requireWrite(scope);
          const tasks = await importTasks(tx, actor, plan, body.tasks);
          return tasks.map((task) => presentTask(task, scope, plan));
        });
        return { items };
      },
    ),
    route(
      'GET /plan-tasks/:taskId',
      'Xem nhiệm vụ',
      { params: taskParams, 200: taskView },
      async ({ db, actor, params }) => {
        const { task, plan, scope } = await findTask(db, actor, params.taskId);
        return presentTask(task, scope, plan);
      },
    ),
    route(
      'PATCH /plan-tasks/:taskId',
      'Sửa nhiệm vụ, cập nhật tình trạng',
      {
        description:
          'Chỉ cơ quan thường trực. Gửi bất kỳ trường nào của hạn hoàn thành thì cả hạn được thay: các ' +
          'trường hạn không gửi được xóa.',
        params: taskParams,
        body: taskPatch,
        200: taskView,
      },
      async ({ db, actor, params, body }) => {
        return db.transaction(async (tx) => {
          const { task, plan, scope } = await findTask(tx, actor, params.taskId);
          requireWrite(scope);
          return presentTask(await updateTask(tx, actor, task, plan, body), scope, plan);
        });
      },
    ),
    command(
      'POST /plan-tasks/:taskId/completion',
      'Báo cáo hoàn thành nhiệm vụ kèm minh chứng',
      {
        description: 'Cán bộ của đơn vị thực hiện nhiệm vụ hoặc cơ quan thường trực.',
        params: taskParams,
        body: completionBody,
        200: taskView,
      },
      async ({ tx, actor, params, body }) => {
        const { task, plan, scope } = await findTask(tx, actor, params.taskId);
        return presentTask(await completeTask(tx, actor, task, plan, scope, body), scope, plan);
      },
    ),
    command(
      'DELETE /plan-tasks/:taskId',
      'Xóa nhiệm vụ của kế hoạch đang dự thảo',
      {
        description: 'Chỉ cơ quan thường trực. Nhiệm vụ của kế hoạch đã ban hành được hủy, không xóa.',
        params: taskParams,
        query: deleteQuery,
        204: z.null(),
      },
      async ({ tx, actor, params, query }) => {
        const { task, plan, scope } = await findTask(tx, actor, params.taskId);
        requireWrite(scope);
        await deleteTask(tx, actor, task, plan, query.version, query.reason);
      },
    ),
    route(
      'GET /periods/:periodId/late-tasks',
      'Nhiệm vụ chậm, muộn theo đơn vị thực hiện (căn cứ điểm trừ chậm muộn)',
      {
        description:
          'Nhiệm vụ có hạn là một ngày hoặc một tháng (hạn là ngày cuối tháng) trong các kế hoạch đã ban ' +
          'hành của kỳ: chậm khi quá hạn mà chưa hoàn thành, hoặc hoàn thành sau hạn. Đúng ngày hạn chưa ' +
          'tính là chậm. `asOf` mặc định là hôm nay (giờ Việt Nam).',
        params: periodParams,
        query: lateTasksQuery,
        200: lateTasksView,
      },
      async ({ db, actor, params, query }) => {
        const scope = await loadPeriodScope(db, actor, params.periodId);
        return lateTasksReport(db, scope.periodId, query.asOf ?? localToday(), query.unitId);
      },
    ),
  ]);
}
