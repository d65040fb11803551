import { planTasks, workPlans } from '@thidua/db';
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf } from '../../http/pagination';
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

export const PLAN_TAGS = ['Kế hoạch công tác thi đua, khen thưởng'];

/** The council's annual TĐKT work plans and their tasks, and the late-task report (SPEC §11). */
export async function workPlansRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/periods/:periodId/plans',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Danh sách kế hoạch công tác thi đua, khen thưởng của kỳ',
        params: periodParams,
        querystring: planListQuery,
        response: { 200: pageOf(planView) },
      },
    },
    async (request) => {
      const scope = await loadPeriodScope(db, requireActor(request.actor), request.params.periodId);
      const { query } = request;
      const filters: SQL[] = [eq(workPlans.periodId, scope.periodId)];
      if (query.status) filters.push(eq(workPlans.status, query.status));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(workPlans)
          .where(where)
          .orderBy(desc(workPlans.createdAt))
          .limit(query.pageSize)
          .offset(offsetOf(query)),
        db.select({ n: count() }).from(workPlans).where(where),
      ]);
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
      return {
        items: rows.map((plan) => presentPlan(plan, taskCounts.get(plan.id) ?? 0, scope)),
        total: total?.n ?? 0,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  r.post(
    '/periods/:periodId/plans',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Lập kế hoạch công tác thi đua, khen thưởng (dự thảo)',
        description: 'Chỉ cơ quan thường trực Hội đồng.',
        params: periodParams,
        body: planBody,
        response: { 201: planView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const scope = await loadPeriodScope(tx, actor, request.params.periodId);
        requireWrite(scope);
        return presentPlan(await createPlan(tx, actor, scope, request.body), 0, scope);
      });
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/plans/:planId',
    {
      schema: { tags: PLAN_TAGS, summary: 'Xem kế hoạch', params: planParams, response: { 200: planView } },
    },
    async (request) => {
      const plan = await findPlan(db, request.params.planId);
      const scope = scopeOf(requireActor(request.actor), plan.councilId, plan.periodId);
      return presentPlan(plan, await taskCountOf(db, plan.id), scope);
    },
  );

  r.patch(
    '/plans/:planId',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Sửa hoặc ban hành kế hoạch',
        description:
          'Chỉ cơ quan thường trực. `status: "issued"` ban hành kế hoạch (cần số và ngày ban hành); ' +
          'kế hoạch đã ban hành không trở lại dự thảo.',
        params: planParams,
        body: planPatch,
        response: { 200: planView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const before = await findPlan(tx, request.params.planId);
        const scope = scopeOf(actor, before.councilId, before.periodId);
        requireWrite(scope);
        const plan = await updatePlan(tx, actor, before, request.body);
        return presentPlan(plan, await taskCountOf(tx, plan.id), scope);
      });
    },
  );

  r.delete(
    '/plans/:planId',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Xóa kế hoạch đang dự thảo (cùng các nhiệm vụ)',
        description: 'Chỉ cơ quan thường trực. Tham số `version` (và `reason`) trên địa chỉ.',
        params: planParams,
        querystring: deleteQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await db.transaction(async (tx) => {
        const before = await findPlan(tx, request.params.planId);
        requireWrite(scopeOf(actor, before.councilId, before.periodId));
        await deletePlan(tx, actor, before, request.query.version, request.query.reason);
      });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/plans/:planId/tasks',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Danh sách nhiệm vụ của kế hoạch (theo thứ tự)',
        description: '`unitId` lọc nhiệm vụ mà đơn vị thực hiện hoặc phối hợp.',
        params: planParams,
        querystring: taskListQuery,
        response: { 200: pageOf(taskView) },
      },
    },
    async (request) => listPlanTasks(db, requireActor(request.actor), request.params.planId, request.query),
  );

  r.post(
    '/plans/:planId/tasks',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Thêm nhiệm vụ vào kế hoạch',
        description:
          'Chỉ cơ quan thường trực. Hạn hoàn thành: `deadlineKind` = "date" với `dueOn`, "month" với ' +
          '`dueMonth` (YYYY-MM, hạn là ngày cuối tháng) hoặc "recurring" với `recurrence`.',
        params: planParams,
        body: taskBody,
        response: { 201: taskView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const plan = await findPlan(tx, request.params.planId);
        const scope = scopeOf(actor, plan.councilId, plan.periodId);
        requireWrite(scope);
        const [task] = await createTasks(
          tx,
          actor,
          plan,
          [{ fields: request.body, prefix: 'body' }],
          'create',
        );
        return presentTask(task!, scope, plan);
      });
      return reply.status(201).send(view);
    },
  );

  r.post(
    '/plans/:planId/tasks/import',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Nhập danh sách nhiệm vụ (JSON) vào kế hoạch đang dự thảo',
        description:
          'Chỉ cơ quan thường trực. Tất cả hoặc không: mọi lỗi của mọi nhiệm vụ được trả về cùng lúc ' +
          '(`body.tasks[3].dueOn`), không nhiệm vụ nào được lưu khi có lỗi.',
        params: planParams,
        body: taskImportBody,
        response: { 201: z.object({ items: z.array(taskView) }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const items = await db.transaction(async (tx) => {
        const plan = await findPlan(tx, request.params.planId);
        const scope = scopeOf(actor, plan.councilId, plan.periodId);
        requireWrite(scope);
        const tasks = await importTasks(tx, actor, plan, request.body.tasks);
        return tasks.map((task) => presentTask(task, scope, plan));
      });
      return reply.status(201).send({ items });
    },
  );

  r.get(
    '/plan-tasks/:taskId',
    {
      schema: { tags: PLAN_TAGS, summary: 'Xem nhiệm vụ', params: taskParams, response: { 200: taskView } },
    },
    async (request) => {
      const { task, plan, scope } = await findTask(db, requireActor(request.actor), request.params.taskId);
      return presentTask(task, scope, plan);
    },
  );

  r.patch(
    '/plan-tasks/:taskId',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Sửa nhiệm vụ, cập nhật tình trạng',
        description:
          'Chỉ cơ quan thường trực. Gửi bất kỳ trường nào của hạn hoàn thành thì cả hạn được thay: các ' +
          'trường hạn không gửi được xóa.',
        params: taskParams,
        body: taskPatch,
        response: { 200: taskView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const { task, plan, scope } = await findTask(tx, actor, request.params.taskId);
        requireWrite(scope);
        return presentTask(await updateTask(tx, actor, task, plan, request.body), scope, plan);
      });
    },
  );

  r.post(
    '/plan-tasks/:taskId/completion',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Báo cáo hoàn thành nhiệm vụ kèm minh chứng',
        description: 'Cán bộ của đơn vị thực hiện nhiệm vụ hoặc cơ quan thường trực.',
        params: taskParams,
        body: completionBody,
        response: { 200: taskView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const { task, plan, scope } = await findTask(tx, actor, request.params.taskId);
        return presentTask(await completeTask(tx, actor, task, plan, scope, request.body), scope, plan);
      });
    },
  );

  r.delete(
    '/plan-tasks/:taskId',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Xóa nhiệm vụ của kế hoạch đang dự thảo',
        description: 'Chỉ cơ quan thường trực. Nhiệm vụ của kế hoạch đã ban hành được hủy, không xóa.',
        params: taskParams,
        querystring: deleteQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await db.transaction(async (tx) => {
        const { task, plan, scope } = await findTask(tx, actor, request.params.taskId);
        requireWrite(scope);
        await deleteTask(tx, actor, task, plan, request.query.version, request.query.reason);
      });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/periods/:periodId/late-tasks',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Nhiệm vụ chậm, muộn theo đơn vị thực hiện (căn cứ điểm trừ chậm muộn)',
        description:
          'Nhiệm vụ có hạn là một ngày hoặc một tháng (hạn là ngày cuối tháng) trong các kế hoạch đã ban ' +
          'hành của kỳ: chậm khi quá hạn mà chưa hoàn thành, hoặc hoàn thành sau hạn. Đúng ngày hạn chưa ' +
          'tính là chậm. `asOf` mặc định là hôm nay (giờ Việt Nam).',
        params: periodParams,
        querystring: lateTasksQuery,
        response: { 200: lateTasksView },
      },
    },
    async (request) => {
      const scope = await loadPeriodScope(db, requireActor(request.actor), request.params.periodId);
      return lateTasksReport(db, scope.periodId, request.query.asOf ?? localToday(), request.query.unitId);
    },
  );
}
