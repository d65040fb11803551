import {
  type Database,
  dossierComponents,
  dossiers,
  movements,
  periods,
  planTasks,
  workPlans,
} from '@thidua/db';
import { buildPeriod, databaseTestTargets, uniqueSuffix } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditCount,
  auditOf,
  buildOrganisation,
  buildUnit,
  calendarYearOf,
  type ErrorJson,
  expectWritesAnswered,
  openApiPaths,
  useTestApp,
} from './harness';
import { daysBetween, localToday } from '../src/kernel/dates';

// A council with a 2024 calendar-year period and two units (and one user per
// role), plus another council with its own period and unit.

async function buildPlansWorld(db: Database) {
  const org = await buildOrganisation(db);
  const period = await buildPeriod(db, org.council.id, { ...calendarYearOf(2024), stage: 'results' });
  const otherPeriod = await buildPeriod(db, org.otherCouncil.id, calendarYearOf(2024));
  const otherUnit = await buildUnit(db, org.otherCouncil.id, 'Phường Ngoài');
  return { ...org, period, otherPeriod, otherUnit: otherUnit };
}

type PlansWorld = Awaited<ReturnType<typeof buildPlansWorld>>;

/**
 * The required components of a local or provincial dossier (tờ trình, báo cáo thành tích, biên bản), as
 * rows: these tests are about appraisal, not files (plans-dossier-components.test.ts uploads them).
 */
async function attachRequiredComponents(db: Database, dossierId: string): Promise<void> {
  await db.insert(dossierComponents).values(
    (['toTrinh', 'baoCaoThanhTich', 'bienBan'] as const).map((kind, i) => ({
      dossierId,
      kind,
      originalName: `${kind}.pdf`,
      sha256: String(i).repeat(64),
      sizeBytes: 10,
      mimeType: 'application/pdf',
    })),
  );
}

type PlanJson = { id: string; status: string; number: string | null; version: number; taskCount: number };
type TaskJson = {
  id: string;
  daysLate: number;
  position: number;
  deadlineKind: string;
  dueOn: string | null;
  dueMonth: string | null;
  recurrence: string | null;
  deadlineText: string;
  dueDate: string | null;
  status: string;
  completedOn: string | null;
  completionEvidence: string | null;
  version: number;
  abilities: { update: boolean; complete: boolean };
};
type LateJson = {
  asOf: string;
  items: {
    unitId: string;
    datedTasks: number;
    late: number;
    lateTasks: { taskId: string; dueDate: string; daysLate: number }[];
  }[];
};

describe.each(databaseTestTargets())('plans, movements and dossiers on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function draftPlan(world: PlansWorld, body: Record<string, unknown> = {}) {
    const so = await as(world.standingOffice.username);
    const response = await so.post(`/periods/${world.period.id}/plans`, {
      title: 'Kế hoạch công tác thi đua, khen thưởng năm 2024',
      ...body,
    });
    expect(response.statusCode).toBe(201);
    return response.json<PlanJson>();
  }

  async function issue(world: PlansWorld, plan: PlanJson) {
    const so = await as(world.standingOffice.username);
    const response = await so.patch(`/plans/${plan.id}`, {
      version: plan.version,
      status: 'issued',
      number: `28/KH-UBND-${uniqueSuffix()}`,
      issuedOn: '2024-01-22',
    });
    expect(response.statusCode).toBe(200);
    return response.json<PlanJson>();
  }

  async function addTask(world: PlansWorld, plan: PlanJson, body: Record<string, unknown>) {
    const so = await as(world.standingOffice.username);
    const response = await so.post(`/plans/${plan.id}/tasks`, {
      content: 'Xây dựng Kế hoạch kiểm tra công tác thi đua, khen thưởng',
      executingUnitId: world.unitA.id,
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<TaskJson>();
  }

  it('drafts a plan and issues it (number and date required), audited; an issued plan stays issued', async () => {
    const world = await buildPlansWorld(db());
    const plan = await draftPlan(world, { note: 'Theo Kế hoạch số 03/KH-HĐTĐKT của Thành phố' });
    expect(plan).toMatchObject({ status: 'draft', number: null, version: 1, taskCount: 0 });
    const so = await as(world.standingOffice.username);

    const missing = await so.patch(`/plans/${plan.id}`, { version: 1, status: 'issued' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.number', message: 'bắt buộc khi ban hành kế hoạch' },
      { path: 'body.issuedOn', message: 'bắt buộc khi ban hành kế hoạch' },
    ]);

    const issued = await issue(world, plan);
    expect(issued).toMatchObject({ status: 'issued', version: 2 });
    const [row] = await db().select().from(workPlans).where(eq(workPlans.id, plan.id));
    expect(row).toMatchObject({ status: 'issued', issuedOn: '2024-01-22', version: 2 });
    const [event] = await auditOf(db(), plan.id, 'issue');
    expect(event!.old).toMatchObject({ status: 'draft' });
    expect(event!.new).toMatchObject({ status: 'issued', issuedOn: '2024-01-22' });

    const back = await so.patch(`/plans/${plan.id}`, { version: 2, status: 'draft' });
    expect(back.statusCode).toBe(409);
    expect(back.json<ErrorJson>().error.code).toBe('PLAN_STATE');
    const stale = await so.patch(`/plans/${plan.id}`, { version: 1, title: 'Ghi đè' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const deleted = await so.delete(`/plans/${plan.id}?version=2`);
    expect(deleted.statusCode).toBe(409);
    const [after] = await db().select().from(workPlans).where(eq(workPlans.id, plan.id));
    expect(after).toMatchObject({ status: 'issued', version: 2, title: row!.title });
  });

  it('stores a task with each kind of deadline and prints it as the plan does', async () => {
    const world = await buildPlansWorld(db());
    const plan = await draftPlan(world);
    const dated = await addTask(world, plan, {
      section: 'I',
      quarter: 1,
      lead: 'Hội đồng TĐKT quận',
      coordinatingUnitIds: [world.unitB.id],
      coordinatingBodies: 'Các đơn vị liên quan',
      deadlineKind: 'date',
      dueOn: '2024-02-10',
    });
    expect(dated).toMatchObject({
      position: 1,
      deadlineText: 'Trước ngày 10/02/2024',
      dueDate: '2024-02-10',
      status: 'notStarted',
      abilities: { update: true, complete: true },
    });
    const monthly = await addTask(world, plan, { deadlineKind: 'month', dueMonth: '2024-02' });
    expect(monthly).toMatchObject({
      position: 2,
      dueMonth: '2024-02',
      deadlineText: 'Tháng 02/2024',
      dueDate: '2024-02-29',
    });
    const recurring = await addTask(world, plan, { deadlineKind: 'recurring', recurrence: 'quarterly' });
    expect(recurring).toMatchObject({ deadlineText: 'Hàng quý', dueDate: null });

    const [row] = await db().select().from(planTasks).where(eq(planTasks.id, monthly.id));
    expect(row).toMatchObject({
      deadlineKind: 'month',
      dueOn: null,
      dueYear: 2024,
      dueMonth: 2,
      recurrence: null,
    });
    const [first] = await db().select().from(planTasks).where(eq(planTasks.id, dated.id));
    expect(first!.coordinatingUnitIds).toEqual([world.unitB.id]);
    const [event] = await auditOf(db(), dated.id, 'create');
    expect(event!.new).toMatchObject({
      deadlineKind: 'date',
      dueOn: '2024-02-10',
      executingUnitId: world.unitA.id,
    });

    // Unit B coordinates the first task: the unit filter finds it; staff read the list.
    const staffB = await as(world.staffB.username);
    const list = await staffB.get(`/plans/${plan.id}/tasks?unitId=${world.unitB.id}`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ id: dated.id, abilities: { update: false, complete: false } }],
    });
    const page = await staffB.get(`/plans/${plan.id}/tasks?pageSize=2&page=2`);
    expect(page.json()).toMatchObject({ total: 3, items: [{ id: recurring.id }] });

    // Changing the deadline replaces it as a whole.
    const so = await as(world.standingOffice.username);
    const changed = await so.patch(`/plan-tasks/${dated.id}`, {
      version: 1,
      deadlineKind: 'recurring',
      recurrence: 'higherSchedule',
      reason: 'Theo hướng dẫn của Thành phố',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ dueOn: null, deadlineText: 'Theo tiến độ cấp trên', version: 2 });
    const [update] = await auditOf(db(), dated.id, 'update');
    expect(update).toMatchObject({ reason: 'Theo hướng dẫn của Thành phố' });
    expect(update!.old).toMatchObject({ dueOn: '2024-02-10' });
    expect(update!.new).toMatchObject({ dueOn: null, recurrence: 'higherSchedule' });
  });

  it('refuses wrong deadline fields, unknown units and another council’s unit, naming each field; nothing saved', async () => {
    const world = await buildPlansWorld(db());
    const plan = await draftPlan(world);
    const so = await as(world.standingOffice.username);
    const wrongKind = await so.post(`/plans/${plan.id}/tasks`, {
      content: 'Tổ chức tập huấn',
      deadlineKind: 'date',
      dueMonth: '2024-06',
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json<ErrorJson>().error).toMatchObject({
      code: 'VALIDATION',
      fields: [
        { path: 'body.dueOn', message: 'bắt buộc khi hạn hoàn thành là một ngày' },
        {
          path: 'body.dueMonth',
          message: 'không dùng khi hạn hoàn thành là một ngày',
        },
      ],
    });
    const badMonth = await so.post(`/plans/${plan.id}/tasks`, {
      content: 'Tổ chức tập huấn',
      deadlineKind: 'month',
      dueMonth: '2024-13',
    });
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.json<ErrorJson>().error.fields![0]!.path).toBe('body.dueMonth');
    expect(badMonth.json<ErrorJson>().error.fields![0]!.message).toContain('phải là tháng dạng YYYY-MM');
    const noRecurrence = await so.post(`/plans/${plan.id}/tasks`, {
      content: 'Tổ chức tập huấn',
      deadlineKind: 'recurring',
    });
    expect(noRecurrence.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.recurrence',
        message: 'bắt buộc khi hạn hoàn thành là định kỳ, thường xuyên',
      },
    ]);
    const units = await so.post(`/plans/${plan.id}/tasks`, {
      content: 'Tổ chức tập huấn',
      deadlineKind: 'date',
      dueOn: '2024-06-30',
      executingUnitId: world.otherUnit.id,
      coordinatingUnitIds: [world.unitB.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(units.statusCode).toBe(400);
    expect(units.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.executingUnitId', message: 'không phải đơn vị của Hội đồng' },
      { path: 'body.coordinatingUnitIds[1]', message: 'không phải đơn vị của Hội đồng' },
    ]);
    const done = await so.post(`/plans/${plan.id}/tasks`, {
      content: 'Tổ chức tập huấn',
      deadlineKind: 'date',
      dueOn: '2024-06-30',
      status: 'done',
    });
    expect(done.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.completedOn', message: 'bắt buộc khi nhiệm vụ đã hoàn thành (status = "done")' },
    ]);
    expect(await db().select().from(planTasks).where(eq(planTasks.planId, plan.id))).toEqual([]);

    // A patch is checked against the whole task; a stale one changes nothing.
    const task = await addTask(world, plan, { deadlineKind: 'date', dueOn: '2024-06-30' });
    const patchKind = await so.patch(`/plan-tasks/${task.id}`, { version: 1, deadlineKind: 'month' });
    expect(patchKind.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.dueMonth', message: 'bắt buộc khi hạn hoàn thành là một tháng' },
    ]);
    const patchUnit = await so.patch(`/plan-tasks/${task.id}`, {
      version: 1,
      executingUnitId: world.otherUnit.id,
    });
    expect(patchUnit.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.executingUnitId', message: 'không phải đơn vị của Hội đồng' },
    ]);
    expect((await so.patch(`/plan-tasks/${task.id}`, { version: 1, content: 'Mới' })).statusCode).toBe(200);
    const stale = await so.patch(`/plan-tasks/${task.id}`, { version: 1, content: 'Ghi đè' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const [row] = await db().select().from(planTasks).where(eq(planTasks.id, task.id));
    expect(row).toMatchObject({ content: 'Mới', version: 2, dueOn: '2024-06-30' });
  });

  it('imports the task table from JSON all or nothing, reporting every problem by its place in the list', async () => {
    const world = await buildPlansWorld(db());
    const plan = await draftPlan(world);
    const so = await as(world.standingOffice.username);
    const tasks = [
      {
        section: 'I',
        quarter: 1,
        content: 'Xây dựng Kế hoạch và tổ chức phát động đợt thi đua đặc biệt',
        lead: 'Hội đồng TĐKT quận',
        executingUnitId: world.unitA.id,
        coordinatingBodies: 'Các đơn vị liên quan',
        deadlineKind: 'date',
        dueOn: '2024-02-10',
        deadlineNote: 'Trước ngày 10/02/2024',
      },
      {
        section: 'I',
        content: 'Kiện toàn các Cụm thi đua thuộc Quận',
        executingUnitId: world.unitB.id,
        deadlineKind: 'month',
        dueMonth: '2024-01',
      },
      {
        section: 'V',
        content: 'Tổ chức các phiên họp của Hội đồng TĐKT định kỳ',
        executingBody: 'Phòng Nội vụ',
        deadlineKind: 'recurring',
        recurrence: 'monthly',
      },
    ];
    const bad = await so.post(`/plans/${plan.id}/tasks/import`, {
      tasks: [
        tasks[0],
        { ...tasks[1], dueOn: '2024-01-31' },
        { ...tasks[2], executingUnitId: world.otherUnit.id },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.tasks[1].dueOn',
        message: 'không dùng khi hạn hoàn thành là một tháng',
      },
      { path: 'body.tasks[2].executingUnitId', message: 'không phải đơn vị của Hội đồng' },
    ]);
    expect(await db().select().from(planTasks).where(eq(planTasks.planId, plan.id))).toEqual([]);

    const imported = await so.post(`/plans/${plan.id}/tasks/import`, { tasks });
    expect(imported.statusCode).toBe(201);
    const items = imported.json<{ items: TaskJson[] }>().items;
    expect(items.map((t) => [t.position, t.deadlineText])).toEqual([
      [1, 'Trước ngày 10/02/2024'],
      [2, 'Tháng 01/2024'],
      [3, 'Hàng tháng'],
    ]);
    expect(await db().select().from(planTasks).where(eq(planTasks.planId, plan.id))).toHaveLength(3);
    for (const task of items) expect(await auditOf(db(), task.id, 'import')).toHaveLength(1);

    const issued = await issue(
      world,
      (await (await as(world.standingOffice.username)).get(`/plans/${plan.id}`)).json(),
    );
    expect(issued.taskCount).toBe(3);
    // The period's list counts each plan's own tasks (an empty plan beside it counts none).
    await draftPlan(world, { title: 'Kế hoạch chưa có nhiệm vụ' });
    const listed = await so.get(`/periods/${world.period.id}/plans`);
    expect(
      listed
        .json<{ items: PlanJson[] }>()
        .items.map((p) => [p.id === plan.id ? 'imported' : 'empty', p.taskCount]),
    ).toEqual([
      ['empty', 0],
      ['imported', 3],
    ]);
    const late = await so.post(`/plans/${plan.id}/tasks/import`, { tasks });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorJson>().error.code).toBe('PLAN_STATE');
  });

  it('lets the executing unit’s staff report their task done with evidence; other units, members and other councils are refused', async () => {
    const world = await buildPlansWorld(db());
    const plan = await issue(world, await draftPlan(world));
    const task = await addTask(world, plan, { deadlineKind: 'date', dueOn: '2024-03-31' });
    const completion = {
      version: 1,
      completedOn: '2024-03-30',
      evidence: 'Kế hoạch số 15/KH-UBND ngày 30/3/2024',
    };
    const refusals = [
      [world.staffB, 403],
      [world.councilMember, 403],
      [world.stranger, 404],
    ] as const;
    for (const [user, status] of refusals) {
      const response = await (await as(user.username)).post(`/plan-tasks/${task.id}/completion`, completion);
      expect(response.statusCode, user.username).toBe(status);
    }
    const staffA = await as(world.staffA.username);
    const future = await staffA.post(`/plan-tasks/${task.id}/completion`, {
      ...completion,
      completedOn: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json<ErrorJson>().error.fields![0]!.path).toBe('body.completedOn');
    const noEvidence = await staffA.post(`/plan-tasks/${task.id}/completion`, {
      ...completion,
      evidence: ' ',
    });
    expect(noEvidence.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.evidence', message: 'không được để trống' },
    ]);
    const [untouched] = await db().select().from(planTasks).where(eq(planTasks.id, task.id));
    expect(untouched).toMatchObject({ status: 'notStarted', completedOn: null, version: 1 });

    const done = await staffA.post(`/plan-tasks/${task.id}/completion`, completion);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      completedOn: '2024-03-30',
      completionEvidence: 'Kế hoạch số 15/KH-UBND ngày 30/3/2024',
      version: 2,
      abilities: { update: false, complete: true },
    });
    const [event] = await auditOf(db(), task.id, 'complete');
    expect(event).toMatchObject({ actorUserId: world.staffA.id });
    expect(event!.new).toMatchObject({ status: 'done', completedOn: '2024-03-30' });
    const stale = await staffA.post(`/plan-tasks/${task.id}/completion`, completion);
    expect(stale.statusCode).toBe(409);
    // Unit staff report completion only; editing the task is the standing office's.
    expect((await staffA.patch(`/plan-tasks/${task.id}`, { version: 2, content: 'x' })).statusCode).toBe(403);
  });

  it('refuses every write as unit staff, council member and another council’s standing office; nothing saved', async () => {
    const world = await buildPlansWorld(db());
    const plan = await draftPlan(world);
    const task = await addTask(world, plan, { deadlineKind: 'date', dueOn: '2024-03-31' });
    const so = await as(world.standingOffice.username);
    const movement = (
      await so.post(`/periods/${world.period.id}/movements`, {
        name: 'Phong trào "Sáng kiến, sáng tạo Thủ đô"',
      })
    ).json<{ id: string }>();
    const batch = (
      await so.post(`/periods/${world.period.id}/dossier-batches`, { name: 'Đợt 1/2024' })
    ).json<{
      id: string;
    }>();
    const dossier = (
      await so.post(`/dossier-batches/${batch.id}/dossiers`, {
        unitId: world.unitA.id,
        subject: 'individual',
        kind: 'chienSiThiDuaCoSo',
        level: 'local',
        candidateName: 'Nguyễn Văn A',
        submittedOn: '2024-05-01',
      })
    ).json<{ id: string }>();
    // Appraised: from now on even unit A's own staff may not change it (they may file new ones).
    await attachRequiredComponents(db(), dossier.id);
    expect(
      (await so.post(`/dossiers/${dossier.id}/appraisal`, { version: 1, outcome: 'approved' })).statusCode,
    ).toBe(200);
    const before = await auditCount(db(), world.council.id);
    const taskBody = { content: 'x', deadlineKind: 'date', dueOn: '2024-05-01' };
    const writes = [
      ['POST', `/periods/${world.period.id}/plans`, { title: 'x' }],
      ['PATCH', `/plans/${plan.id}`, { version: 1, title: 'x' }],
      ['DELETE', `/plans/${plan.id}?version=1`, undefined],
      ['POST', `/plans/${plan.id}/tasks`, taskBody],
      ['POST', `/plans/${plan.id}/tasks/import`, { tasks: [taskBody] }],
      ['PATCH', `/plan-tasks/${task.id}`, { version: 1, content: 'x' }],
      ['DELETE', `/plan-tasks/${task.id}?version=1`, undefined],
      ['POST', `/periods/${world.period.id}/movements`, { name: 'x' }],
      ['PATCH', `/movements/${movement.id}`, { version: 1, name: 'x' }],
      ['DELETE', `/movements/${movement.id}?version=1`, undefined],
      ['POST', `/periods/${world.period.id}/dossier-batches`, { name: 'x' }],
      ['PATCH', `/dossier-batches/${batch.id}`, { version: 1, name: 'x' }],
      ['DELETE', `/dossier-batches/${batch.id}?version=1`, undefined],
      [
        'POST',
        `/dossier-batches/${batch.id}/dossiers`,
        {
          // Nobody here files for another council's unit (each unit files only for itself).
          unitId: world.otherUnit.id,
          subject: 'collective',
          kind: 'bangKhen',
          level: 'provincial',
          candidateName: 'x',
        },
      ],
      ['PATCH', `/dossiers/${dossier.id}`, { version: 2, candidateName: 'x' }],
      ['POST', `/dossiers/${dossier.id}/appraisal`, { version: 2, outcome: 'returned', reason: 'x' }],
      ['DELETE', `/dossiers/${dossier.id}?version=2`, undefined],
    ] as const;
    const refusals = [
      [world.staffA, 403],
      [world.staffB, 403],
      [world.councilMember, 403],
      [world.stranger, 404],
    ] as const;
    for (const [user, status] of refusals) {
      const client = await as(user.username);
      await expectWritesAnswered(client, user.username, writes, status);
      // Staff of unit B on unit A's task too.
      const complete = await client.post(`/plan-tasks/${task.id}/completion`, {
        version: 1,
        completedOn: '2024-03-01',
        evidence: 'x',
      });
      expect(complete.statusCode, `${user.username} completion`).toBe(user === world.staffA ? 200 : status);
      if (user === world.staffA) {
        await db()
          .update(planTasks)
          .set({ status: 'notStarted', completedOn: null, version: 1 })
          .where(eq(planTasks.id, task.id));
      }
    }
    expect(await auditCount(db(), world.council.id)).toBe(before + 1); // staff A's own completion only
    expect(await db().select().from(workPlans).where(eq(workPlans.periodId, world.period.id))).toHaveLength(
      1,
    );
    expect(await db().select().from(planTasks).where(eq(planTasks.planId, plan.id))).toHaveLength(1);
    const [m] = await db().select().from(movements).where(eq(movements.id, movement.id));
    expect(m).toMatchObject({ version: 1, name: 'Phong trào "Sáng kiến, sáng tạo Thủ đô"' });
    const [d] = await db().select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(d).toMatchObject({ version: 2, outcome: 'approved', candidateName: 'Nguyễn Văn A' });

    // Reads: anyone with a role in the council; another council's standing office gets 404.
    for (const user of [world.staffB, world.councilMember]) {
      const client = await as(user.username);
      expect((await client.get(`/periods/${world.period.id}/plans`)).statusCode).toBe(200);
      expect((await client.get(`/dossiers/${dossier.id}`)).statusCode).toBe(200);
    }
    const stranger = await as(world.stranger.username);
    for (const url of [
      `/periods/${world.period.id}/plans`,
      `/plans/${plan.id}`,
      `/plan-tasks/${task.id}`,
      `/movements/${movement.id}`,
      `/dossier-batches/${batch.id}/dossiers`,
      `/periods/${world.period.id}/late-tasks`,
      `/periods/${world.period.id}/returned-dossiers`,
    ]) {
      expect((await stranger.get(url)).statusCode, url).toBe(404);
    }
  });

  it('lets a unit’s staff file and correct their own unit’s dossiers until appraisal and the batch’s deadline', async () => {
    const world = await buildPlansWorld(db());
    const so = await as(world.standingOffice.username);
    const today = localToday();
    const batch = (
      await so.post(`/periods/${world.period.id}/dossier-batches`, {
        name: 'Đợt tổng kết',
        submissionDueOn: today,
      })
    ).json<{ id: string; version: number }>();
    const staffA = await as(world.staffA.username);
    const body = {
      unitId: world.unitA.id,
      subject: 'individual',
      kind: 'chienSiThiDuaCoSo',
      level: 'local',
      candidateName: 'Nguyễn Thị Hoa',
      submittedOn: '2024-01-02',
    };
    const filed = await staffA.post(`/dossier-batches/${batch.id}/dossiers`, body);
    expect(filed.statusCode).toBe(201);
    // A unit files today, whatever date it sends; its own dossier is its to correct while pending.
    expect(filed.json()).toMatchObject({
      submittedOn: today,
      outcome: 'pending',
      abilities: { update: true },
    });
    const id = filed.json<{ id: string }>().id;
    const corrected = await staffA.patch(`/dossiers/${id}`, { version: 1, candidateName: 'Nguyễn Thị Hòa' });
    expect(corrected.json()).toMatchObject({ candidateName: 'Nguyễn Thị Hòa', version: 2 });
    const [event] = await auditOf(db(), id, 'update');
    expect(event).toMatchObject({ actorUserId: world.staffA.id, reason: null });

    // Another unit's staff: neither file for unit A nor touch its dossier; unit A cannot move it to B.
    const staffB = await as(world.staffB.username);
    expect((await staffB.post(`/dossier-batches/${batch.id}/dossiers`, body)).statusCode).toBe(403);
    expect((await staffB.patch(`/dossiers/${id}`, { version: 2, candidateName: 'x' })).statusCode).toBe(403);
    expect((await staffA.patch(`/dossiers/${id}`, { version: 2, unitId: world.unitB.id })).statusCode).toBe(
      403,
    );
    // Only the standing office appraises; after that the unit reads it, returned with the reason.
    expect(
      (await staffA.post(`/dossiers/${id}/appraisal`, { version: 2, outcome: 'approved' })).statusCode,
    ).toBe(403);
    await so.post(`/dossiers/${id}/appraisal`, {
      version: 2,
      outcome: 'returned',
      reason: 'Thiếu báo cáo thành tích',
    });
    const returned = await staffA.get(`/dossiers/${id}`);
    expect(returned.json()).toMatchObject({
      outcome: 'returned',
      returnReason: 'Thiếu báo cáo thành tích',
      abilities: { update: false },
    });
    expect((await staffA.request('DELETE', `/dossiers/${id}?version=3`)).statusCode).toBe(403);

    // The day after the deadline the unit's window is closed; the standing office still records.
    await so.patch(`/dossier-batches/${batch.id}`, { version: 1, submissionDueOn: '2024-06-30' });
    const late = await staffA.post(`/dossier-batches/${batch.id}/dossiers`, body);
    expect(late.statusCode).toBe(409);
    expect(late.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'WINDOW_CLOSED',
      message: expect.stringContaining('30/06/2024') as string,
    });
    expect((await so.post(`/dossier-batches/${batch.id}/dossiers`, body)).statusCode).toBe(201);
    const rows = await db().select().from(dossiers).where(eq(dossiers.batchId, batch.id));
    expect(rows).toHaveLength(2);
  });

  it('counts late tasks per unit at the deadline edge: due today is not late, done the day after is', async () => {
    const world = await buildPlansWorld(db());
    const plan = await issue(world, await draftPlan(world));
    const onTime = await addTask(world, plan, { deadlineKind: 'date', dueOn: '2024-03-31' });
    const doneLate = await addTask(world, plan, { deadlineKind: 'date', dueOn: '2024-03-31' });
    const doneOnDay = await addTask(world, plan, { deadlineKind: 'date', dueOn: '2024-03-31' });
    const byMonth = await addTask(world, plan, { deadlineKind: 'month', dueMonth: '2024-02' });
    await addTask(world, plan, { deadlineKind: 'recurring', recurrence: 'continuous' });
    const cancelled = await addTask(world, plan, { deadlineKind: 'date', dueOn: '2024-01-15' });
    await addTask(world, plan, {
      deadlineKind: 'date',
      dueOn: '2024-01-15',
      executingUnitId: world.unitB.id,
    });
    // A draft plan does not bind anyone yet.
    const draft = await draftPlan(world, { title: 'Dự thảo' });
    await addTask(world, draft, { deadlineKind: 'date', dueOn: '2024-01-01' });

    const staffA = await as(world.staffA.username);
    const complete = (task: TaskJson, completedOn: string) =>
      staffA.post(`/plan-tasks/${task.id}/completion`, {
        version: 1,
        completedOn,
        evidence: 'Báo cáo kết quả',
      });
    expect((await complete(doneLate, '2024-04-01')).statusCode).toBe(200);
    expect((await complete(doneOnDay, '2024-03-31')).statusCode).toBe(200);
    const so = await as(world.standingOffice.username);
    expect(
      (await so.patch(`/plan-tasks/${cancelled.id}`, { version: 1, status: 'cancelled' })).statusCode,
    ).toBe(200);

    const report = async (asOf: string) => {
      const response = await staffA.get(
        `/periods/${world.period.id}/late-tasks?asOf=${asOf}&unitId=${world.unitA.id}`,
      );
      expect(response.statusCode).toBe(200);
      return response.json<LateJson>().items[0]!;
    };
    // On 29/2 the month task is due today; the done-late task is already late (done 1/4 > 31/3).
    const feb29 = await report('2024-02-29');
    expect(feb29).toMatchObject({ datedTasks: 4, late: 1 }); // the cancelled task is not counted
    expect(feb29.lateTasks).toEqual([expect.objectContaining({ taskId: doneLate.id, daysLate: 1 })]);
    const mar31 = await report('2024-03-31');
    expect(mar31.late).toBe(2);
    expect(mar31.lateTasks.map((t) => t.taskId).sort()).toEqual([doneLate.id, byMonth.id].sort());
    expect(mar31.lateTasks.find((t) => t.taskId === byMonth.id)).toMatchObject({
      dueDate: '2024-02-29',
      daysLate: 31,
    });
    const apr1 = await report('2024-04-01');
    expect(apr1.late).toBe(3);
    expect(apr1.lateTasks.map((t) => t.taskId).sort()).toEqual([doneLate.id, byMonth.id, onTime.id].sort());

    const all = await staffA.get(`/periods/${world.period.id}/late-tasks?asOf=2024-04-01`);
    // Units in name order: Phường Đông Hải (A), Xã An Lạc (B).
    expect(all.json<LateJson>().items.map((i) => [i.unitId, i.late])).toEqual([
      [world.unitA.id, 3],
      [world.unitB.id, 1],
    ]);

    // Each task says how late it is today, as the report counts; a draft's task is never late.
    const today = localToday();
    const listed = async (planId: string) => {
      const response = await staffA.get(`/plans/${planId}/tasks`);
      expect(response.statusCode).toBe(200);
      return new Map(response.json<{ items: TaskJson[] }>().items.map((t) => [t.id, t.daysLate]));
    };
    const issuedTasks = await listed(plan.id);
    expect(issuedTasks.get(onTime.id)).toBe(daysBetween('2024-03-31', today));
    expect(issuedTasks.get(byMonth.id)).toBe(daysBetween('2024-02-29', today));
    expect(issuedTasks.get(doneLate.id)).toBe(1);
    expect(issuedTasks.get(doneOnDay.id)).toBe(0);
    expect(issuedTasks.get(cancelled.id)).toBe(0);
    expect([...(await listed(draft.id)).values()]).toEqual([0]);
    const one = await staffA.get(`/plan-tasks/${onTime.id}`);
    expect(one.json<TaskJson>().daysLate).toBe(daysBetween('2024-03-31', today));
  });

  it('keeps movements with their responsible deputy chair, standing unit and report dates', async () => {
    const world = await buildPlansWorld(db());
    const so = await as(world.standingOffice.username);
    const created = await so.post(`/periods/${world.period.id}/movements`, {
      name: 'Phong trào thi đua “Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau”',
      responsibleDeputyChair: 'Đ/c Đinh Thị Thu Hương - PCT UBND, PCT HĐTĐKT quận',
      standingUnitId: world.unitA.id,
      startsOn: '2024-02-01',
      endsOn: '2024-12-31',
      reportDueDates: ['2024-09-10', '2024-06-10'],
      status: 'active',
    });
    expect(created.statusCode).toBe(201);
    const movement = created.json<{ id: string; reportDueDates: string[]; version: number }>();
    expect(movement.reportDueDates).toEqual(['2024-06-10', '2024-09-10']);
    const [row] = await db().select().from(movements).where(eq(movements.id, movement.id));
    expect(row).toMatchObject({
      standingUnitId: world.unitA.id,
      reportDueDates: ['2024-06-10', '2024-09-10'],
    });
    expect(await auditOf(db(), movement.id, 'create')).toHaveLength(1);

    const backwards = await so.patch(`/movements/${movement.id}`, { version: 1, endsOn: '2024-01-01' });
    expect(backwards.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.endsOn', message: 'không được trước ngày bắt đầu (startsOn)' },
    ]);
    const foreign = await so.patch(`/movements/${movement.id}`, {
      version: 1,
      standingUnitId: world.otherUnit.id,
    });
    expect(foreign.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.standingUnitId', message: 'không phải đơn vị của Hội đồng' },
    ]);
    const closed = await so.patch(`/movements/${movement.id}`, { version: 1, status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed', version: 2 });
    expect((await so.get(`/periods/${world.period.id}/movements?status=closed`)).json()).toMatchObject({
      total: 1,
    });
    expect((await so.delete(`/movements/${movement.id}?version=1`)).statusCode).toBe(409);
    expect((await so.delete(`/movements/${movement.id}?version=2&reason=Nhập trùng`)).statusCode).toBe(204);
    const [deleted] = await auditOf(db(), movement.id, 'delete');
    expect(deleted).toMatchObject({ reason: 'Nhập trùng' });
    expect(await db().select().from(movements).where(eq(movements.id, movement.id))).toEqual([]);
  });

  it('appraises dossiers (returned needs a reason) and reports each unit’s returned share exactly', async () => {
    const world = await buildPlansWorld(db());
    const so = await as(world.standingOffice.username);
    const wrongDates = await so.post(`/periods/${world.period.id}/dossier-batches`, {
      name: 'Đợt 1',
      submissionDueOn: '2024-03-15',
      appraisalDueOn: '2024-03-01',
    });
    expect(wrongDates.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.appraisalDueOn', message: 'không được trước hạn nộp hồ sơ (submissionDueOn)' },
    ]);
    const batch = (
      await so.post(`/periods/${world.period.id}/dossier-batches`, {
        name: 'Xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024 (Đợt 1)',
        submissionDueOn: '2024-02-28',
        appraisalDueOn: '2024-03-30',
      })
    ).json<{ id: string }>();
    const submit = async (unitId: string, level: string, candidateName: string) => {
      const response = await so.post(`/dossier-batches/${batch.id}/dossiers`, {
        unitId,
        subject: 'individual',
        kind: 'chienSiThiDuaTinh',
        level,
        candidateName,
        submittedOn: '2024-02-20',
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string; version: number }>();
    };
    const a1 = await submit(world.unitA.id, 'provincial', 'Nguyễn Văn An');
    const a2 = await submit(world.unitA.id, 'provincial', 'Trần Thị Bình');
    await submit(world.unitA.id, 'provincial', 'Lê Văn Cường');
    const a4 = await submit(world.unitA.id, 'local', 'Phạm Thị Dung');
    await submit(world.unitB.id, 'national', 'Hoàng Văn Em');
    const foreign = await so.post(`/dossier-batches/${batch.id}/dossiers`, {
      unitId: world.otherUnit.id,
      subject: 'collective',
      kind: 'bangKhen',
      level: 'provincial',
      candidateName: 'Phường Ngoài',
    });
    expect(foreign.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.unitId', message: 'không phải đơn vị của Hội đồng' },
    ]);

    const noReason = await so.post(`/dossiers/${a1.id}/appraisal`, { version: 1, outcome: 'returned' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorJson>().error).toMatchObject({
      code: 'REASON_REQUIRED',
      fields: [{ path: 'body.reason', message: 'cần nêu lý do trả lại hồ sơ' }],
    });
    const returned = await so.post(`/dossiers/${a1.id}/appraisal`, {
      version: 1,
      outcome: 'returned',
      reason: 'Thiếu biên bản họp bình xét',
      appraisedOn: '2024-03-10',
    });
    expect(returned.json()).toMatchObject({
      outcome: 'returned',
      returnReason: 'Thiếu biên bản họp bình xét',
      version: 2,
    });
    const [event] = await auditOf(db(), a1.id, 'appraise');
    expect(event).toMatchObject({ reason: 'Thiếu biên bản họp bình xét' });
    expect(event!.old).toMatchObject({ outcome: 'pending' });
    expect(event!.new).toMatchObject({ outcome: 'returned', appraisedOn: '2024-03-10' });
    await attachRequiredComponents(db(), a2.id);
    const approved = await so.post(`/dossiers/${a2.id}/appraisal`, {
      version: 1,
      outcome: 'approved',
      appraisedOn: '2024-03-10',
    });
    expect(approved.statusCode).toBe(200);
    const early = await so.post(`/dossiers/${a4.id}/appraisal`, {
      version: 1,
      outcome: 'returned',
      reason: 'x',
      appraisedOn: '2024-01-01',
    });
    expect(early.json<ErrorJson>().error.fields![0]!.path).toBe('body.appraisedOn');
    expect(
      (
        await so.post(`/dossiers/${a4.id}/appraisal`, {
          version: 1,
          outcome: 'returned',
          reason: 'Sai mẫu',
          appraisedOn: '2024-03-11',
        })
      ).statusCode,
    ).toBe(200);
    const stale = await so.post(`/dossiers/${a1.id}/appraisal`, { version: 1, outcome: 'approved' });
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const [a1row] = await db().select().from(dossiers).where(eq(dossiers.id, a1.id));
    expect(a1row).toMatchObject({ outcome: 'returned', appraisedOn: '2024-03-10', version: 2 });

    const staffB = await as(world.staffB.username);
    const all = await staffB.get(`/periods/${world.period.id}/returned-dossiers`);
    expect(all.statusCode).toBe(200);
    const byUnit = Object.fromEntries(
      all.json<{ items: { unitId: string }[] }>().items.map((i) => [i.unitId, i]),
    );
    expect(byUnit[world.unitA.id]).toMatchObject({
      submitted: 4,
      approved: 1,
      returned: 2,
      pending: 1,
      share: '1/2',
      percent: '50',
    });
    expect(byUnit[world.unitB.id]).toMatchObject({ submitted: 1, returned: 0, share: '0/1', percent: '0' });
    const provincial = await staffB.get(
      `/periods/${world.period.id}/returned-dossiers?minLevel=provincial&unitId=${world.unitA.id}`,
    );
    expect(provincial.json()).toMatchObject({
      minLevel: 'provincial',
      items: [{ submitted: 3, returned: 1, share: '1/3', percent: '33.33' }],
    });

    const list = await staffB.get(
      `/dossier-batches/${batch.id}/dossiers?unitId=${world.unitA.id}&outcome=returned`,
    );
    expect(list.json()).toMatchObject({ total: 2 });
    expect((await so.delete(`/dossier-batches/${batch.id}?version=1`)).statusCode).toBe(409);
  });

  it('documents every endpoint in OpenAPI with a Vietnamese tag and summary', async () => {
    const paths = await openApiPaths(app());
    const expected: [string, string, string][] = [
      ['/api/v1/periods/{periodId}/plans', 'post', 'Kế hoạch công tác thi đua, khen thưởng'],
      ['/api/v1/plans/{planId}/tasks/import', 'post', 'Kế hoạch công tác thi đua, khen thưởng'],
      ['/api/v1/plan-tasks/{taskId}/completion', 'post', 'Kế hoạch công tác thi đua, khen thưởng'],
      ['/api/v1/periods/{periodId}/late-tasks', 'get', 'Kế hoạch công tác thi đua, khen thưởng'],
      ['/api/v1/movements/{movementId}', 'patch', 'Phong trào thi đua'],
      ['/api/v1/dossiers/{dossierId}/appraisal', 'post', 'Hồ sơ đề nghị khen thưởng'],
      ['/api/v1/periods/{periodId}/returned-dossiers', 'get', 'Hồ sơ đề nghị khen thưởng'],
    ];
    for (const [path, method, tag] of expected) {
      const operation = paths[path]?.[method];
      expect(operation?.tags, `${method} ${path}`).toEqual([tag]);
      expect(operation?.summary, `${method} ${path}`).toMatch(/[ạ-ỹđ]/);
    }
  });

  it('treats an archived period as read-only', async () => {
    const world = await buildPlansWorld(db());
    const plan = await draftPlan(world);
    await db().update(periods).set({ stage: 'archived' }).where(eq(periods.id, world.period.id));
    const so = await as(world.standingOffice.username);
    const response = await so.patch(`/plans/${plan.id}`, { version: 1, title: 'Sửa sau lưu trữ' });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorJson>().error.code).toBe('LOCKED');
    expect((await so.post(`/periods/${world.period.id}/movements`, { name: 'x' })).statusCode).toBe(409);
  });
});
