import { auditLog, planTasks, workPlans } from '@thidua/db';
import { buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { asc, count, eq } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { resaveWithLibreOffice } from '../../../packages/spreadsheets/test/libreoffice';
import { buildOrganisation, type Client, type ErrorJson, useTestApp, calendarYearOf } from './harness';
import { upload } from './scoring-fixture';
import { openWorkbook } from './spreadsheets-fixture';

interface TasksImportJson {
  existingTasks: number;
  tasks: {
    row: number;
    section: string | null;
    quarter: number | null;
    content: string;
    executing: string;
    coordinating: string;
    deadlineText: string;
  }[];
  batchId: string | null;
}

// The task template: headers on row 4, tasks from row 5; B TT, C content, D lead, E executing unit,
// F other executing body, G coordinating units, H other coordinating bodies, I time, J time note.

describe.each(databaseTestTargets())('plan tasks import from Excel on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function setup() {
    const org = await buildOrganisation(db());
    const period = await buildPeriod(db(), org.council.id, {
      ...calendarYearOf(2026),
      stage: 'registration',
    });
    const [plan] = await db()
      .insert(workPlans)
      .values({ councilId: org.council.id, periodId: period.id, title: 'Kế hoạch công tác TĐKT năm 2026' })
      .returning();
    const office = await as(org.standingOffice.username);
    return { org, plan: plan!, office };
  }

  async function template(client: Client, planId: string): Promise<Buffer> {
    const response = await client.get(`/plans/${planId}/spreadsheets/tasks-template`);
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  }

  async function fill(bytes: Uint8Array, rows: ExcelJS.CellValue[][]): Promise<Buffer> {
    const workbook = await openWorkbook(bytes);
    const sheet = workbook.getWorksheet('Nhiệm vụ')!;
    rows.forEach((values, i) => values.forEach((v, c) => (sheet.getCell(5 + i, 2 + c).value = v)));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  function send(client: Client, planId: string, bytes: Buffer, commit: boolean) {
    return upload(app(), client, `/plans/${planId}/spreadsheets/tasks-import${commit ? '' : '/preview'}`, {
      name: 'phu-luc.xlsx',
      bytes,
    });
  }

  const tasksOf = (planId: string) =>
    db().select().from(planTasks).where(eq(planTasks.planId, planId)).orderBy(asc(planTasks.position));

  async function auditRows() {
    const [row] = await db().select({ n: count() }).from(auditLog);
    return row!.n;
  }

  it('previews the appendix, saves nothing; the commit adds every task as one audited batch, also after LibreOffice', async () => {
    const { org, plan, office } = await setup();
    const filled = resaveWithLibreOffice(
      await fill(await template(office, plan.id), [
        ['I', 'Quý I'],
        [
          '1',
          'Tổ chức Hội nghị tổng kết',
          'Hội đồng TĐKT',
          org.unitA.code,
          null,
          'Xã An Lạc',
          'Các đơn vị liên quan',
          'Trước ngày 15/02/2026',
        ],
        ['V', 'Nội dung nhiệm vụ thường xuyên'],
        [
          '2',
          'Họp Hội đồng định kỳ',
          null,
          null,
          'Các đơn vị thuộc quận',
          null,
          null,
          'Hàng quý',
          'Hàng quý',
        ],
        ['3', 'Báo cáo tháng', null, 'phường đông hải', null, null, null, '03/2026'],
      ]),
    );
    const before = await auditRows();
    const preview = await send(office, plan.id, filled, false);
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json<TasksImportJson>();
    expect(body.batchId).toBeNull();
    expect(body.existingTasks).toBe(0);
    expect(
      body.tasks.map((t) => [
        t.row,
        t.section,
        t.quarter,
        t.content,
        t.executing,
        t.coordinating,
        t.deadlineText,
      ]),
    ).toEqual([
      [
        6,
        'I',
        1,
        'Tổ chức Hội nghị tổng kết',
        'Phường Đông Hải',
        'Xã An Lạc; Các đơn vị liên quan',
        'Trước ngày 15/02/2026',
      ],
      [8, 'V', null, 'Họp Hội đồng định kỳ', 'Các đơn vị thuộc quận', '', 'Hàng quý'],
      [9, 'V', null, 'Báo cáo tháng', 'Phường Đông Hải', '', 'Tháng 03/2026'],
    ]);
    expect(await tasksOf(plan.id)).toEqual([]);
    expect(await auditRows()).toBe(before);

    const saved = await send(office, plan.id, filled, true);
    expect(saved.statusCode, saved.body).toBe(200);
    const { batchId } = saved.json<TasksImportJson>();
    const tasks = await tasksOf(plan.id);
    expect(
      tasks.map((t) => [
        t.position,
        t.section,
        t.quarter,
        t.executingUnitId,
        t.coordinatingUnitIds,
        t.deadlineKind,
        t.dueOn,
        t.dueMonth,
        t.recurrence,
      ]),
    ).toEqual([
      [1, 'I', 1, org.unitA.id, [org.unitB.id], 'date', '2026-02-15', null, null],
      [2, 'V', null, null, [], 'recurring', null, null, 'quarterly'],
      [3, 'V', null, org.unitA.id, [], 'month', null, 3, null],
    ]);
    const events = await db().select().from(auditLog).where(eq(auditLog.batchId, batchId!));
    expect(events.map((e) => [e.entityType, e.action, e.reason])).toEqual(
      tasks.map(() => ['planTask', 'import', 'Nhập từ tệp Excel "phu-luc.xlsx"']),
    );
    expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(tasks.map((t) => t.id)));
  }, 120_000);

  it('refuses the whole file naming each bad cell, the plan API’s errors on their cells too', async () => {
    const { plan, office } = await setup();
    const bytes = await template(office, plan.id);
    const first = await send(
      office,
      plan.id,
      await fill(bytes, [
        ['1', 'Việc tốt', null, null, null, null, null, 'Hàng tháng'],
        ['2', 'Việc A', null, 'don-vi-khong-co', null, 'Xã An Lạc; Làng Vắng', null, 'Thường xuyên'],
        ['3', null, null, null, null, null, null, '31/04/2026'],
      ]),
      true,
    );
    expect(first.statusCode).toBe(400);
    expect(first.json<ErrorJson>().error.fields!.map((f) => f.message)).toEqual([
      'Nhiệm vụ!C7: chưa nhập nội dung thực hiện',
      'Nhiệm vụ!I7: "31/04/2026" không phải ngày có thật',
    ]);
    const second = await send(
      office,
      plan.id,
      await fill(bytes, [
        ['1', 'Việc tốt', null, null, null, null, null, 'Hàng tháng'],
        [
          '2',
          'Việc A',
          'x'.repeat(501),
          'don-vi-khong-co',
          null,
          'Xã An Lạc; Làng Vắng',
          null,
          'Thường xuyên',
        ],
      ]),
      true,
    );
    expect(second.statusCode).toBe(400);
    const messages = second.json<ErrorJson>().error.fields!.map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /^Nhiệm vụ!E6: không có đơn vị mã hoặc tên "don-vi-khong-co" trong Hội đồng/,
      ) as unknown,
      expect.stringMatching(/^Nhiệm vụ!G6: không có đơn vị mã hoặc tên "Làng Vắng"/) as unknown,
    ]);
    const third = await send(
      office,
      plan.id,
      await fill(bytes, [['2', 'Việc A', 'x'.repeat(501), null, null, null, null, 'Thường xuyên']]),
      true,
    );
    expect(third.statusCode).toBe(400);
    expect(third.json<ErrorJson>().error.fields!.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Nhiệm vụ!D5: .*500/) as unknown,
    ]);
    expect(await tasksOf(plan.id)).toEqual([]);
  }, 120_000);

  it('imports only into a draft plan, for the standing office; the wrong role is 403 and the file unread', async () => {
    const { org, plan, office } = await setup();
    const filled = await fill(await template(office, plan.id), [
      ['1', 'Việc', null, null, null, null, null, 'Hàng quý'],
    ]);
    for (const username of [org.councilMember.username, org.staffA.username]) {
      const client = await as(username);
      expect((await client.get(`/plans/${plan.id}/spreadsheets/tasks-template`)).statusCode).toBe(403);
      for (const commit of [false, true])
        expect((await send(client, plan.id, filled, commit)).statusCode).toBe(403);
    }
    const outsider = await as(org.stranger.username);
    expect((await send(outsider, plan.id, filled, true)).statusCode).toBe(404);
    await db()
      .update(workPlans)
      .set({ status: 'issued', number: '28/KH-UBND', issuedOn: '2026-01-22' })
      .where(eq(workPlans.id, plan.id));
    const issued = await send(office, plan.id, filled, true);
    expect(issued.statusCode).toBe(409);
    expect(issued.json<ErrorJson>().error.code).toBe('PLAN_STATE');
    expect(await tasksOf(plan.id)).toEqual([]);
  }, 120_000);
});
