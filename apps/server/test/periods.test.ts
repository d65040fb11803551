import { auditLog, type NewPeriod, periods, stageDeadlines } from '@thidua/db';
import { buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, type ErrorJson, useTestApp } from './harness';

describe.each(databaseTestTargets())('periods on $name', (target) => {
  const { db, as: signedIn } = useTestApp(target);

  const periodsOf = (councilId: string) =>
    db().select().from(periods).where(eq(periods.councilId, councilId)).orderBy(asc(periods.year));
  const auditOf = (councilId: string) =>
    db().select().from(auditLog).where(eq(auditLog.councilId, councilId)).orderBy(asc(auditLog.id));

  const insertPeriod = (councilId: string, values: Partial<NewPeriod> = {}) =>
    buildPeriod(db(), councilId, values);

  it('lists a council’s periods, newest first, paginated and filtered, to anyone with a role', async () => {
    const org = await buildOrganisation(db());
    await insertPeriod(org.council.id, { year: 2024, name: 'Năm 2024' });
    await insertPeriod(org.council.id);
    await insertPeriod(org.council.id, {
      name: 'Năm học 2025–2026',
      calendar: 'schoolYear',
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
    });
    const staff = await signedIn(org.staffA.username);
    const page = await staff.get(`/councils/${org.council.id}/periods?pageSize=2`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      total: 3,
      page: 1,
      pageSize: 2,
      items: [
        { year: 2025, calendar: 'calendarYear', stage: 'setup', stageName: 'Thiết lập cụm, khối' },
        { year: 2025, calendar: 'schoolYear' },
      ],
    });
    expect(page.json<{ items: { abilities: object }[] }>().items[0]!.abilities).toEqual({
      update: false,
      changeStage: false,
      manageClusters: false,
    });
    const filtered = await staff.get(`/councils/${org.council.id}/periods?year=2024`);
    expect(filtered.json()).toMatchObject({ total: 1, items: [{ name: 'Năm 2024' }] });
    const stranger = await signedIn(org.stranger.username);
    expect((await stranger.get(`/councils/${org.council.id}/periods`)).statusCode).toBe(404);
  });

  it('creates a calendar-year period with default dates and the profile’s deadlines, audited', async () => {
    const org = await buildOrganisation(db());
    const office = await signedIn(org.standingOffice.username);
    const created = await office.post(`/councils/${org.council.id}/periods`, {
      name: 'Năm 2024',
      year: 2024,
      calendar: 'calendarYear',
      profileId: 'ba-dinh-2022-phuong',
    });
    expect(created.statusCode).toBe(201);
    const period = created.json<{ id: string }>();
    expect(period).toMatchObject({
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      stage: 'setup',
      nextStage: 'criteria',
      previousStage: null,
      version: 1,
      abilities: { update: true, changeStage: true, manageClusters: true },
    });
    const deadlines = await db()
      .select()
      .from(stageDeadlines)
      .where(eq(stageDeadlines.periodId, period.id))
      .orderBy(asc(stageDeadlines.dueOn));
    // "Trong tháng 02" is the month's last day: 29/2 in the leap year 2024.
    expect(deadlines.map((d) => [d.stage, d.dueOn, d.clusterId, d.unitType])).toEqual([
      ['registration', '2024-02-29', null, null],
      ['criteria', '2024-06-30', null, null],
      ['midYear', '2024-07-30', null, null],
    ]);
    const [event] = await auditOf(org.council.id);
    expect(event).toMatchObject({ entityType: 'period', entityId: period.id, action: 'create' });
    expect(event!.new).toMatchObject({ year: 2024, profileId: 'ba-dinh-2022-phuong' });
    expect((event!.new as { deadlines: unknown[] }).deadlines).toHaveLength(3);
  });

  it('creates a school-year period from 1/9 to 31/8, its deadlines in the right calendar year', async () => {
    const org = await buildOrganisation(db());
    const office = await signedIn(org.admin.username);
    const created = await office.post(`/councils/${org.council.id}/periods`, {
      name: 'Năm học 2027–2028',
      year: 2027,
      calendar: 'schoolYear',
      profileId: 'long-bien-2023-truong-hoc',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ startsOn: '2027-09-01', endsOn: '2028-08-31' });
    const deadlines = await db()
      .select()
      .from(stageDeadlines)
      .where(eq(stageDeadlines.periodId, created.json<{ id: string }>().id))
      .orderBy(asc(stageDeadlines.dueOn));
    expect(deadlines.map((d) => [d.stage, d.dueOn])).toEqual([
      ['midYear', '2028-01-30'],
      ['registration', '2028-02-29'],
    ]);
    const [row] = await periodsOf(org.council.id);
    expect(row).toMatchObject({ year: 2027, calendar: 'schoolYear', startsOn: '2027-09-01' });
  });

  it('refuses to create a period for anyone but the standing office, saving nothing', async () => {
    const org = await buildOrganisation(db());
    const body = { name: 'Năm 2025', year: 2025, calendar: 'calendarYear' };
    for (const [who, status] of [
      [org.staffA, 403],
      [org.councilMember, 403],
      [org.stranger, 404],
    ] as const) {
      const response = await (await signedIn(who.username)).post(`/councils/${org.council.id}/periods`, body);
      expect(response.statusCode).toBe(status);
    }
    expect(await periodsOf(org.council.id)).toHaveLength(0);
    expect(await auditOf(org.council.id)).toHaveLength(0);
  });

  it('refuses bad input naming each field in Vietnamese, saving nothing', async () => {
    const org = await buildOrganisation(db());
    const office = await signedIn(org.standingOffice.username);
    const url = `/councils/${org.council.id}/periods`;
    const wrongTypes = await office.post(url, {
      name: '',
      year: '2025',
      calendar: 'lunar',
      startsOn: '2025-02-30',
    });
    expect(wrongTypes.statusCode).toBe(400);
    expect(wrongTypes.json<ErrorJson>().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.name', message: 'không được để trống' },
        { path: 'body.year', message: 'phải là một số (nhận được "2025")' },
        {
          path: 'body.calendar',
          message: expect.stringContaining('phải là một trong các giá trị') as string,
        },
        { path: 'body.startsOn', message: expect.stringContaining('YYYY-MM-DD') as string },
      ]),
    );
    const outOfRange = await office.post(url, { name: 'X', year: 1999, calendar: 'calendarYear' });
    expect(outOfRange.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.year', message: 'phải lớn hơn hoặc bằng 2.000 (nhận được 1.999)' },
    ]);
    const backwards = await office.post(url, {
      name: 'X',
      year: 2025,
      calendar: 'calendarYear',
      startsOn: '2025-06-01',
      endsOn: '2025-05-31',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.endsOn', message: expect.stringContaining('ngày kết thúc') as string },
    ]);
    const unknownProfile = await office.post(url, {
      name: 'X',
      year: 2025,
      calendar: 'calendarYear',
      profileId: 'x',
    });
    expect(unknownProfile.json<ErrorJson>().error).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'body.profileId', message: 'không có hồ sơ mẫu "x"' }],
    });
    const wrongCalendar = await office.post(url, {
      name: 'X',
      year: 2025,
      calendar: 'calendarYear',
      profileId: 'ba-dinh-2022-truong-hoc',
    });
    expect(wrongCalendar.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.profileId', message: expect.stringContaining('năm học') as string },
    ]);
    expect(await periodsOf(org.council.id)).toHaveLength(0);
    expect(await auditOf(org.council.id)).toHaveLength(0);
  });

  it('refuses a second period of the same year and calendar with a clear message', async () => {
    const org = await buildOrganisation(db());
    await insertPeriod(org.council.id);
    const office = await signedIn(org.standingOffice.username);
    const response = await office.post(`/councils/${org.council.id}/periods`, {
      name: 'Năm 2025 (lần 2)',
      year: 2025,
      calendar: 'calendarYear',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: { code: 'DUPLICATE', message: 'Hội đồng đã có kỳ thi đua của năm này' },
    });
    expect(await periodsOf(org.council.id)).toHaveLength(1);
  });

  it('reads one period with the actor’s abilities; another council’s is 404, an unknown id 404', async () => {
    const org = await buildOrganisation(db());
    const period = await insertPeriod(org.council.id);
    const member = await signedIn(org.councilMember.username);
    const read = await member.get(`/periods/${period.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: period.id, name: 'Năm 2025', abilities: { update: false } });
    const stranger = await signedIn(org.stranger.username);
    expect((await stranger.get(`/periods/${period.id}`)).statusCode).toBe(404);
    expect((await member.get('/periods/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const malformed = await member.get('/periods/abc');
    expect(malformed.json()).toMatchObject({
      error: { code: 'VALIDATION', fields: [{ path: 'params.periodId' }] },
    });
  });

  it('edits a period with its version: audited, stale → 409, wrong roles refused', async () => {
    const org = await buildOrganisation(db());
    const period = await insertPeriod(org.council.id);
    const url = `/periods/${period.id}`;
    for (const [who, status] of [
      [org.staffA, 403],
      [org.councilMember, 403],
      [org.stranger, 404],
    ] as const) {
      const refused = await (await signedIn(who.username)).patch(url, { version: 1, name: 'Đổi' });
      expect(refused.statusCode).toBe(status);
    }
    const office = await signedIn(org.standingOffice.username);
    const edited = await office.patch(url, { version: 1, name: 'Năm 2025 (sửa)', endsOn: '2025-12-30' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Năm 2025 (sửa)', endsOn: '2025-12-30', version: 2 });
    const stale = await office.patch(url, { version: 1, name: 'Cũ' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'STALE' } });
    const backwards = await office.patch(url, { version: 2, startsOn: '2026-01-01' });
    expect(backwards.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.endsOn', message: expect.stringContaining('30/12/2025') as string },
    ]);
    const [row] = await periodsOf(org.council.id);
    expect(row).toMatchObject({ name: 'Năm 2025 (sửa)', version: 2, startsOn: '2025-01-01' });
    const events = await auditOf(org.council.id);
    expect(events.map((e) => e.action)).toEqual(['update']);
    expect(events[0]!.old).toMatchObject({ name: 'Năm 2025' });
    expect(events[0]!.new).toMatchObject({ name: 'Năm 2025 (sửa)' });
  });
});
