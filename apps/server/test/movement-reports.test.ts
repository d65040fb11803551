import { clusterMembers, clusters, movementReports, notifications, periods } from '@thidua/db';
import { databaseTestTargets, uniqueSuffix } from '@thidua/db/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditCount, auditOf, buildOrganisation, type ErrorJson, useTestApp } from './harness';
import { localToday } from '../src/kernel/dates';
import { runReminders } from '../src/notifications/reminders';
import { SAMPLES, upload } from './scoring-fixture';

// Issue #14 §1: each unit taking part in a movement owes one report per due date; the standing office
// sees the matrix and accepts or returns; the home screen and the reminders tell what is owed.

/** A local date `days` after today (Vietnam). */
function inDays(days: number): string {
  const d = new Date(`${localToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type ReportJson = { id: string; status: string; late: boolean; version: number; submittedOn: string };
type MatrixJson = {
  units: { unitId: string; cells: { dueOn: string; timing: string; overdue: boolean }[] }[];
  abilities: { review: boolean };
};

describe.each(databaseTestTargets())('movement reports on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function world() {
    const org = await buildOrganisation(db());
    const year = 2030 + (Number.parseInt(uniqueSuffix().replace(/\D/g, '').slice(-3) || '0', 10) % 60);
    const [period] = await db()
      .insert(periods)
      .values({
        councilId: org.council.id,
        name: `Năm ${year}`,
        year,
        calendar: 'calendarYear',
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        stage: 'results',
      })
      .returning();
    return { ...org, period: period! };
  }

  it('takes on-time and late reports, replaces, returns with a reason, accepts; versioned and audited', async () => {
    const w = await world();
    const so = await as(w.standingOffice.username);
    const soon = inDays(10);
    const created = await so.post(`/periods/${w.period.id}/movements`, {
      name: 'Phong trào thi đua chuyển đổi số',
      reportDueDates: [soon, '2024-06-10'],
      participantUnitIds: [w.unitA.id, w.unitB.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const movement = created.json<{ id: string }>();
    const staffA = await as(w.staffA.username);

    const onTime = await staffA.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitA.id,
      dueOn: soon,
      summary: 'Đã triển khai chữ ký số cho 100% cán bộ',
      version: 0,
    });
    expect(onTime.statusCode, onTime.body).toBe(200);
    const first = onTime.json<ReportJson>();
    expect(first).toMatchObject({ status: 'submitted', late: false, version: 1 });
    expect(await auditOf(db(), first.id, 'create')).toHaveLength(1);

    const late = await staffA.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitA.id,
      dueOn: '2024-06-10',
      summary: 'Báo cáo 6 tháng',
      version: 0,
    });
    expect(late.json<ReportJson>()).toMatchObject({ late: true, status: 'submitted' });
    const lateReport = late.json<ReportJson>();

    // Stale: a second "first" submission of the same report.
    const stale = await staffA.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitA.id,
      dueOn: soon,
      summary: 'x',
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const replaced = await staffA.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitA.id,
      dueOn: soon,
      summary: 'Bản sửa',
      version: 1,
    });
    expect(replaced.json<ReportJson>()).toMatchObject({ version: 2 });
    expect(await auditOf(db(), first.id, 'resubmit')).toHaveLength(1);

    // Validation names the field, in Vietnamese; nothing saved.
    const wrongDay = await staffA.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitA.id,
      dueOn: '2024-07-01',
      summary: 'x',
      version: 0,
    });
    expect(wrongDay.statusCode).toBe(400);
    expect(wrongDay.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.dueOn');
    const blank = await staffA.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitA.id,
      dueOn: soon,
      summary: '   ',
      version: 2,
    });
    expect(blank.statusCode).toBe(400);

    // The office returns the late one: a reason is required.
    const noReason = await so.post(`/movement-reports/${lateReport.id}/review`, {
      outcome: 'returned',
      version: 1,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.reason');
    const returned = await so.post(`/movement-reports/${lateReport.id}/review`, {
      outcome: 'returned',
      reason: 'Thiếu số liệu',
      version: 1,
    });
    expect(returned.json<ReportJson>()).toMatchObject({ status: 'returned', version: 2 });
    expect((await auditOf(db(), lateReport.id, 'return'))[0]?.reason).toBe('Thiếu số liệu');
    const staleReview = await so.post(`/movement-reports/${first.id}/review`, {
      outcome: 'accepted',
      version: 1,
    });
    expect(staleReview.statusCode).toBe(409);
    expect(
      (await so.post(`/movement-reports/${first.id}/review`, { outcome: 'accepted', version: 2 })).statusCode,
    ).toBe(200);
    const afterAccept = await staffA.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitA.id,
      dueOn: soon,
      summary: 'x',
      version: 3,
    });
    expect(afterAccept.statusCode).toBe(409);
    expect(afterAccept.json<ErrorJson>().error.code).toBe('MOVEMENT_REPORT_STATE');

    // The matrix: the office sees both units; B is missing both, overdue for the passed day.
    const matrix = (await so.get(`/movements/${movement.id}/reports`)).json<MatrixJson>();
    expect(matrix.abilities.review).toBe(true);
    const b = matrix.units.find((u) => u.unitId === w.unitB.id)!;
    expect(b.cells).toEqual([
      expect.objectContaining({ dueOn: '2024-06-10', timing: 'missing', overdue: true }),
      expect.objectContaining({ dueOn: soon, timing: 'missing', overdue: false }),
    ]);
    const a = matrix.units.find((u) => u.unitId === w.unitA.id)!;
    expect(a.cells.map((c) => c.timing)).toEqual(['late', 'onTime']);

    // Unit B's staff sees only its own row; the council member sees all, reviews nothing.
    const staffB = await as(w.staffB.username);
    const mine = (await staffB.get(`/movements/${movement.id}/reports`)).json<MatrixJson>();
    expect(mine.units.map((u) => u.unitId)).toEqual([w.unitB.id]);
    const member = await as(w.councilMember.username);
    expect((await member.get(`/movements/${movement.id}/reports`)).json<MatrixJson>().units).toHaveLength(2);

    // Due items: B owes both (one late); A owes the returned one; the office counts per movement.
    const dueB = (await staffB.get(`/periods/${w.period.id}/movement-reports/due`)).json<{
      items: { unitId: string; dueOn: string; late: boolean }[];
      missingByMovement: unknown[];
    }>();
    expect(dueB.items.map((i) => [i.dueOn, i.late])).toEqual([
      ['2024-06-10', true],
      [soon, false],
    ]);
    expect(dueB.missingByMovement).toEqual([]);
    const dueA = (await staffA.get(`/periods/${w.period.id}/movement-reports/due`)).json<{
      items: { dueOn: string; returned: boolean }[];
    }>();
    expect(dueA.items).toEqual([expect.objectContaining({ dueOn: '2024-06-10', returned: true })]);
    const dueSo = (await so.get(`/periods/${w.period.id}/movement-reports/due`)).json<{
      items: unknown[];
      missingByMovement: { dueOn: string; missing: number }[];
    }>();
    expect(dueSo.missingByMovement.map((m) => [m.dueOn, m.missing])).toEqual([
      ['2024-06-10', 2],
      [soon, 1],
    ]);

    // Reminders: B's staff is told of the missed report and (three days ahead) the coming one.
    await runReminders(db(), inDays(7));
    const told = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, w.staffB.id), eq(notifications.councilId, w.council.id)));
    expect(told.map((n) => n.kind).sort()).toEqual(['deadlineMissed', 'deadlineSoon']);
    expect(told.every((n) => n.text.includes('chuyển đổi số'))).toBe(true);
  });

  it('refuses other units, other roles and other councils; nothing saved', async () => {
    const w = await world();
    const so = await as(w.standingOffice.username);
    const movement = (
      await so.post(`/periods/${w.period.id}/movements`, {
        name: 'Phong trào "Dân vận khéo"',
        reportDueDates: ['2024-09-10'],
        participantUnitIds: [w.unitA.id],
      })
    ).json<{ id: string }>();
    const staffA = await as(w.staffA.username);
    const report = (
      await staffA.put(`/movements/${movement.id}/reports`, {
        unitId: w.unitA.id,
        dueOn: '2024-09-10',
        summary: 'Báo cáo 9 tháng',
        version: 0,
      })
    ).json<ReportJson>();
    const before = await auditCount(db(), w.council.id);
    const staffB = await as(w.staffB.username);
    // B does not take part and may not write for A.
    const forA = await staffB.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitA.id,
      dueOn: '2024-09-10',
      summary: 'x',
      version: 1,
    });
    expect(forA.statusCode).toBe(403);
    const notTaking = await staffB.put(`/movements/${movement.id}/reports`, {
      unitId: w.unitB.id,
      dueOn: '2024-09-10',
      summary: 'x',
      version: 0,
    });
    expect(notTaking.statusCode).toBe(400);
    expect(notTaking.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.unitId');
    for (const user of [w.staffA, w.staffB, w.councilMember]) {
      const client = await as(user.username);
      const review = await client.post(`/movement-reports/${report.id}/review`, {
        outcome: 'accepted',
        version: 1,
      });
      expect(review.statusCode, user.username).toBe(403);
    }
    const stranger = await as(w.stranger.username);
    expect((await stranger.get(`/movements/${movement.id}/reports`)).statusCode).toBe(404);
    expect(
      (
        await stranger.put(`/movements/${movement.id}/reports`, {
          unitId: w.unitA.id,
          dueOn: '2024-09-10',
          summary: 'x',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await stranger.post(`/movement-reports/${report.id}/review`, { outcome: 'accepted', version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await stranger.get(`/periods/${w.period.id}/movement-reports/due`)).statusCode).toBe(404);
    expect(await auditCount(db(), w.council.id)).toBe(before);
    const [row] = await db().select().from(movementReports).where(eq(movementReports.id, report.id));
    expect(row).toMatchObject({ status: 'submitted', version: 1 });
  });

  it('attaches a file to a report (the unit’s own, before acceptance), versioned, audited and downloadable', async () => {
    const w = await world();
    const so = await as(w.standingOffice.username);
    const movement = (
      await so.post(`/periods/${w.period.id}/movements`, {
        name: 'Phong trào thi đua chuyển đổi số',
        reportDueDates: ['2024-06-10'],
        participantUnitIds: [w.unitA.id, w.unitB.id],
      })
    ).json<{ id: string }>();
    const staffA = await as(w.staffA.username);
    const report = (
      await staffA.put(`/movements/${movement.id}/reports`, {
        unitId: w.unitA.id,
        dueOn: '2024-06-10',
        summary: 'Báo cáo 6 tháng',
        version: 0,
      })
    ).json<ReportJson>();
    const url = `/movement-reports/${report.id}/file`;
    const staffB = await as(w.staffB.username);
    expect(
      (await upload(app(), staffB, `${url}?version=1`, { name: 'b.pdf', bytes: SAMPLES.pdf })).statusCode,
    ).toBe(403);
    expect((await staffA.get(url)).statusCode).toBe(404);
    const wrongType = await upload(app(), staffA, `${url}?version=1`, { name: 'x.exe', bytes: SAMPLES.pdf });
    expect(wrongType.statusCode).toBe(415);
    const sent = await upload(app(), staffA, `${url}?version=1`, {
      name: 'Báo cáo 6 tháng.pdf',
      bytes: SAMPLES.pdf,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ fileName: 'Báo cáo 6 tháng.pdf', version: 2 });
    expect(await auditOf(db(), report.id, 'attachFile')).toHaveLength(1);
    const stale = await upload(app(), staffA, `${url}?version=1`, { name: 'c.pdf', bytes: SAMPLES.pdf });
    expect(stale.statusCode).toBe(409);
    const back = await so.get(url);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-disposition']).toContain('attachment');
    expect(Buffer.from(back.rawPayload).equals(SAMPLES.pdf)).toBe(true);
    // B sees only its own reports.
    expect((await staffB.get(url)).statusCode).toBe(403);
    await so.post(`/movement-reports/${report.id}/review`, { outcome: 'accepted', version: 2 });
    const late = await upload(app(), staffA, `${url}?version=3`, { name: 'd.pdf', bytes: SAMPLES.pdf });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorJson>().error.code).toBe('MOVEMENT_REPORT_STATE');
  });

  it('takes part by default every unit seated in a cluster of the period', async () => {
    const w = await world();
    const [cluster] = await db()
      .insert(clusters)
      .values({ periodId: w.period.id, code: `c-${uniqueSuffix()}`, name: 'Cụm 1', kind: 'cum' })
      .returning();
    await db()
      .insert(clusterMembers)
      .values({ clusterId: cluster!.id, periodId: w.period.id, unitId: w.unitA.id, role: 'leader' });
    const so = await as(w.standingOffice.username);
    const movement = (
      await so.post(`/periods/${w.period.id}/movements`, {
        name: 'Phong trào thi đua "Cả nước chung tay vì người nghèo"',
        reportDueDates: ['2024-06-10'],
      })
    ).json<{ id: string }>();
    const matrix = (await so.get(`/movements/${movement.id}/reports`)).json<MatrixJson>();
    expect(matrix.units.map((u) => u.unitId)).toEqual([w.unitA.id]);
  });
});
