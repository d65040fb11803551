import { type Database, meetings, periods, programmeSessions } from '@thidua/db';
import { buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditCount,
  auditOf,
  buildOrganisation,
  buildUnit,
  calendarYearOf,
  Client,
  type ErrorJson,
  expectWritesRefused,
  openApiPaths,
  useTestApp,
} from './harness';

// The council's work programme (SPEC §11): sessions by month with their agendas, in a 2024
// calendar-year period; another council has its own period, unit and meeting.

type SessionJson = {
  id: string;
  year: number;
  month: number;
  monthLabel: string;
  heldOn: string | null;
  title: string;
  agenda: string;
  agendaItems: string[];
  status: string;
  meetingId: string | null;
  preparingUnitId: string | null;
  version: number;
  abilities: { update: boolean };
};

type ProgrammeJson = {
  periodId: string;
  items: SessionJson[];
  months: {
    year: number;
    month: number;
    label: string;
    sessions: number;
    planned: number;
    held: number;
    postponed: number;
    cancelled: number;
  }[];
  abilities: { create: boolean };
};

async function buildProgrammeWorld(db: Database) {
  const org = await buildOrganisation(db);
  const insertPeriod = (councilId: string, values: Partial<typeof periods.$inferInsert> = {}) =>
    buildPeriod(db, councilId, { ...calendarYearOf(2024), stage: 'results', ...values });
  const period = await insertPeriod(org.council.id);
  const schoolPeriod = await insertPeriod(org.council.id, {
    name: 'Năm học 2024 - 2025',
    calendar: 'schoolYear',
    startsOn: '2024-09-01',
    endsOn: '2025-08-31',
  });
  const otherPeriod = await insertPeriod(org.otherCouncil.id);
  const otherUnit = await buildUnit(db, org.otherCouncil.id, 'Phường Ngoài');
  const meeting = async (periodId: string) =>
    (
      await db
        .insert(meetings)
        .values({ periodId, kind: 'tongKet', heldOn: '2024-01-16', title: 'Phiên họp Hội đồng' })
        .returning()
    )[0]!;
  return {
    ...org,
    period,
    schoolPeriod,
    otherPeriod,
    otherUnit: otherUnit,
    meeting: await meeting(period.id),
    schoolMeeting: await meeting(schoolPeriod.id),
    otherMeeting: await meeting(otherPeriod.id),
  };
}

type World = Awaited<ReturnType<typeof buildProgrammeWorld>>;

async function sessionsOf(db: Database, periodId: string) {
  return db.select().from(programmeSessions).where(eq(programmeSessions.periodId, periodId));
}

const FIRST = {
  year: 2024,
  month: 1,
  title: 'Phiên họp thứ nhất',
  agenda:
    '- Xét, đề nghị khen thưởng tổng kết năm 2023 khối phòng, ban, đơn vị\n' +
    '- Xét, đề nghị khen thưởng cấp Nhà nước; Chiến sĩ thi đua Thành phố đợt 1/2024',
  presiding: 'Đ/c Nguyễn Mạnh Hà - Chủ tịch Hội đồng TĐKT Quận',
  preparingBody: 'Cơ quan Thường trực Hội đồng TĐKT quận',
  coordinatingBodies: 'Các phòng ban, đơn vị liên quan',
};

describe.each(databaseTestTargets())('the council’s work programme on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function addSession(world: World, body: Record<string, unknown> = {}): Promise<SessionJson> {
    const so = await as(world.standingOffice.username);
    const response = await so.post(`/periods/${world.period.id}/programme`, { ...FIRST, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<SessionJson>();
  }

  it('lists sessions by month and day with their agendas and a by-month summary', async () => {
    const world = await buildProgrammeWorld(db());
    const december = await addSession(world, {
      month: 12,
      title: 'Phiên họp thứ năm',
      agenda: '- Xét, đề nghị khen thưởng tổng kết năm 2024',
    });
    const januaryUndated = await addSession(world, { title: 'Phiên họp bất thường' });
    const januaryDated = await addSession(world, {
      heldOn: '2024-01-16',
      preparingUnitId: world.unitA.id,
      place: 'Hội trường UBND quận',
    });
    const june = await addSession(world, { month: 6, title: 'Phiên họp thứ ba', status: 'postponed' });
    expect(januaryDated).toMatchObject({
      monthLabel: 'Tháng 01/2024',
      heldOn: '2024-01-16',
      status: 'planned',
      preparingUnitId: world.unitA.id,
      agendaItems: [
        'Xét, đề nghị khen thưởng tổng kết năm 2023 khối phòng, ban, đơn vị',
        'Xét, đề nghị khen thưởng cấp Nhà nước; Chiến sĩ thi đua Thành phố đợt 1/2024',
      ],
      version: 1,
      abilities: { update: true },
    });

    const member = await as(world.councilMember.username);
    const list = await member.get(`/periods/${world.period.id}/programme`);
    expect(list.statusCode).toBe(200);
    const programme = list.json<ProgrammeJson>();
    // Undated sessions come last in their month.
    expect(programme.items.map((s) => s.id)).toEqual([
      januaryDated.id,
      januaryUndated.id,
      june.id,
      december.id,
    ]);
    expect(programme.items.every((s) => !s.abilities.update)).toBe(true);
    expect(programme.abilities).toEqual({ create: false });
    expect(programme.months).toEqual([
      {
        year: 2024,
        month: 1,
        label: 'Tháng 01/2024',
        sessions: 2,
        planned: 2,
        held: 0,
        postponed: 0,
        cancelled: 0,
      },
      {
        year: 2024,
        month: 6,
        label: 'Tháng 06/2024',
        sessions: 1,
        planned: 0,
        held: 0,
        postponed: 1,
        cancelled: 0,
      },
      {
        year: 2024,
        month: 12,
        label: 'Tháng 12/2024',
        sessions: 1,
        planned: 1,
        held: 0,
        postponed: 0,
        cancelled: 0,
      },
    ]);
    const staff = await as(world.staffA.username);
    expect((await staff.get(`/programme-sessions/${june.id}`)).json()).toMatchObject({
      id: june.id,
      status: 'postponed',
    });
    // A school-year period spans two calendar years: its months run from 9/2024 to 8/2025.
    const so = await as(world.standingOffice.username);
    const august = await so.post(`/periods/${world.schoolPeriod.id}/programme`, {
      ...FIRST,
      year: 2025,
      month: 8,
    });
    expect(august.statusCode).toBe(201);
    expect(
      (await so.get(`/periods/${world.schoolPeriod.id}/programme`)).json<ProgrammeJson>().items,
    ).toHaveLength(1);
  });

  it('creates, updates and deletes a session, each audited with old, new and reason', async () => {
    const world = await buildProgrammeWorld(db());
    const so = await as(world.standingOffice.username);
    const session = await addSession(world);
    const [created] = await auditOf(db(), session.id, 'create');
    expect(created).toMatchObject({
      councilId: world.council.id,
      entityType: 'programmeSession',
      old: null,
      new: { title: 'Phiên họp thứ nhất', month: 1, status: 'planned' },
    });

    const held = await so.patch(`/programme-sessions/${session.id}`, {
      version: 1,
      status: 'held',
      heldOn: '2024-01-16',
      meetingId: world.meeting.id,
      reason: 'Đã họp ngày 16/01/2024',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({
      status: 'held',
      heldOn: '2024-01-16',
      meetingId: world.meeting.id,
      version: 2,
    });
    const [updated] = await auditOf(db(), session.id, 'update');
    expect(updated).toMatchObject({
      reason: 'Đã họp ngày 16/01/2024',
      old: { status: 'planned', heldOn: null, meetingId: null, version: 1 },
      new: { status: 'held', heldOn: '2024-01-16', meetingId: world.meeting.id, version: 2 },
    });

    // Moving the session to another month clears its day in the same request.
    const moved = await so.patch(`/programme-sessions/${session.id}`, {
      version: 2,
      month: 2,
      heldOn: null,
      status: 'planned',
      meetingId: null,
      presiding: '',
    });
    expect(moved.json()).toMatchObject({ month: 2, heldOn: null, meetingId: null, version: 3 });
    const [row] = await db().select().from(programmeSessions).where(eq(programmeSessions.id, session.id));
    expect(row).toMatchObject({ month: 2, presiding: null, title: 'Phiên họp thứ nhất' });

    expect((await so.delete(`/programme-sessions/${session.id}?version=2`)).statusCode).toBe(409);
    const deleted = await so.delete(
      `/programme-sessions/${session.id}?version=3&reason=${encodeURIComponent('Nhập trùng')}`,
    );
    expect(deleted.statusCode).toBe(204);
    const [audit] = await auditOf(db(), session.id, 'delete');
    expect(audit).toMatchObject({
      reason: 'Nhập trùng',
      old: { id: session.id, month: 2, version: 3 },
      new: null,
    });
    expect(await sessionsOf(db(), world.period.id)).toEqual([]);
    expect((await so.get(`/programme-sessions/${session.id}`)).statusCode).toBe(404);
  });

  it('tells the second of two concurrent writers that the session changed (409 STALE)', async () => {
    const world = await buildProgrammeWorld(db());
    const session = await addSession(world);
    const one = await as(world.standingOffice.username);
    const two = await as(world.standingOffice.username);
    const responses = await Promise.all([
      one.patch(`/programme-sessions/${session.id}`, { version: 1, place: 'Phòng họp tầng 3' }),
      two.patch(`/programme-sessions/${session.id}`, { version: 1, place: 'Hội trường lớn' }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = responses.find((r) => r.statusCode === 409)!;
    expect(loser.json<ErrorJson>().error.code).toBe('STALE');
    const winner = responses.find((r) => r.statusCode === 200)!.json<SessionJson & { place: string }>();
    const [row] = await db().select().from(programmeSessions).where(eq(programmeSessions.id, session.id));
    expect(row).toMatchObject({ version: 2, place: winner.place });
    expect(await auditOf(db(), session.id, 'update')).toHaveLength(1);
  });

  it('refuses bad input naming each field, and saves nothing', async () => {
    const world = await buildProgrammeWorld(db());
    const so = await as(world.standingOffice.username);
    const before = await auditCount(db(), world.council.id);
    const post = (body: Record<string, unknown>) =>
      so.post(`/periods/${world.period.id}/programme`, { ...FIRST, ...body });
    const fieldsOf = async (response: Awaited<ReturnType<typeof post>>) => {
      expect(response.statusCode, response.body).toBe(400);
      const { error } = response.json<ErrorJson>();
      expect(error.code).toBe('VALIDATION');
      return error.fields!;
    };
    const paths = async (response: Awaited<ReturnType<typeof post>>) =>
      (await fieldsOf(response)).map((f) => f.path);

    expect(await paths(await post({ month: 13 }))).toEqual(['body.month']);
    expect(await paths(await post({ month: 0 }))).toEqual(['body.month']);
    expect(await fieldsOf(await post({ year: 2025, month: 1 }))).toEqual([
      {
        path: 'body.month',
        message: 'tháng 01/2025 không thuộc kỳ thi đua Năm 2024 (01/01/2024 – 31/12/2024)',
      },
    ]);
    // The school year runs 9/2024–8/2025: August 2024 is outside it.
    const schoolAugust = await so.post(`/periods/${world.schoolPeriod.id}/programme`, {
      ...FIRST,
      year: 2024,
      month: 8,
    });
    expect((await fieldsOf(schoolAugust))[0]!.message).toContain(
      'không thuộc kỳ thi đua Năm học 2024 - 2025',
    );
    expect(await fieldsOf(await post({ month: 3, heldOn: '2024-04-02' }))).toEqual([
      { path: 'body.heldOn', message: 'ngày họp 02/04/2024 không thuộc tháng 03/2024 của phiên họp' },
    ]);
    expect(await paths(await post({ heldOn: '2024-02-30' }))).toEqual(['body.heldOn']);
    expect(await fieldsOf(await post({ meetingId: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      { path: 'body.meetingId', message: 'không phải cuộc họp của kỳ thi đua này' },
    ]);
    // Another period's meeting, of this council or of another one, is not this programme's.
    expect(await paths(await post({ meetingId: world.schoolMeeting.id }))).toEqual(['body.meetingId']);
    expect(await paths(await post({ meetingId: world.otherMeeting.id }))).toEqual(['body.meetingId']);
    expect(await fieldsOf(await post({ preparingUnitId: world.otherUnit.id }))).toEqual([
      { path: 'body.preparingUnitId', message: 'không phải đơn vị của Hội đồng' },
    ]);
    // Every problem at once, each by its field.
    expect(
      await paths(
        await post({ year: '2024', month: 'một', title: 5, agenda: null, status: 'done', meetingId: 'x' }),
      ),
    ).toEqual(
      expect.arrayContaining([
        'body.year',
        'body.month',
        'body.title',
        'body.agenda',
        'body.status',
        'body.meetingId',
      ]),
    );
    expect(await paths(await post({ title: '   ', agenda: '' }))).toEqual(['body.title', 'body.agenda']);
    expect(
      await paths(await post({ month: 5, heldOn: '2024-06-01', meetingId: world.otherMeeting.id })),
    ).toEqual(['body.heldOn', 'body.meetingId']);
    expect(await sessionsOf(db(), world.period.id)).toEqual([]);
    expect(await sessionsOf(db(), world.schoolPeriod.id)).toEqual([]);

    // A patch is checked against the whole session: moving it leaves its day in the old month.
    const session = await addSession(world, { heldOn: '2024-01-16' });
    const afterCreate = await auditCount(db(), world.council.id);
    expect(afterCreate).toBe(before + 1);
    const url = `/programme-sessions/${session.id}`;
    expect(await fieldsOf(await so.patch(url, { version: 1, month: 2 }))).toEqual([
      {
        path: 'body.month',
        message:
          'phiên họp đã định ngày 16/01/2024: sửa hoặc bỏ ngày họp (heldOn) khi chuyển sang tháng 02/2024',
      },
    ]);
    expect(await paths(await so.patch(url, { version: 1, heldOn: '2024-02-01' }))).toEqual(['body.heldOn']);
    expect(await paths(await so.patch(url, { version: 1, year: 2023 }))).toEqual(['body.month']);
    expect(await paths(await so.patch(url, { version: 1, month: 13 }))).toEqual(['body.month']);
    expect(await paths(await so.patch(url, { version: 1, meetingId: world.otherMeeting.id }))).toEqual([
      'body.meetingId',
    ]);
    expect(await paths(await so.patch(url, { month: 2, heldOn: null }))).toEqual(['body.version']);
    expect(await paths(await so.delete(`${url}?version=abc`))).toEqual(['query.version']);
    const [row] = await db().select().from(programmeSessions).where(eq(programmeSessions.id, session.id));
    expect(row).toMatchObject({ version: 1, month: 1, heldOn: '2024-01-16', meetingId: null });
    expect(await auditCount(db(), world.council.id)).toBe(afterCreate);
  });

  it('lets only the standing office write; members and unit staff are refused, another council sees nothing', async () => {
    const world = await buildProgrammeWorld(db());
    const session = await addSession(world);
    const before = await auditCount(db(), world.council.id);
    const writes = [
      ['POST', `/periods/${world.period.id}/programme`, FIRST],
      ['PATCH', `/programme-sessions/${session.id}`, { version: 1, title: 'Sửa trái phép' }],
      ['DELETE', `/programme-sessions/${session.id}?version=1`, undefined],
    ] as const;
    const refusals = [
      [world.councilMember, 403],
      [world.staffA, 403],
      [world.stranger, 404],
    ] as const;
    await expectWritesRefused(as, refusals, writes);
    const stranger = await as(world.stranger.username);
    for (const url of [`/periods/${world.period.id}/programme`, `/programme-sessions/${session.id}`]) {
      expect((await stranger.get(url)).statusCode, url).toBe(404);
    }
    // Another council's standing office writes only its own programme.
    expect((await stranger.post(`/periods/${world.otherPeriod.id}/programme`, FIRST)).statusCode).toBe(201);
    const anonymous = new Client(app());
    for (const [method, url, body] of [
      ...writes,
      ['GET', `/periods/${world.period.id}/programme`, undefined],
      ['GET', `/programme-sessions/${session.id}`, undefined],
    ] as const) {
      expect((await anonymous.request(method, url, body)).statusCode, `anonymous ${method} ${url}`).toBe(401);
    }
    const rows = await sessionsOf(db(), world.period.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: session.id, version: 1, title: 'Phiên họp thứ nhất' });
    expect(await auditCount(db(), world.council.id)).toBe(before);
  });

  it('treats an archived period’s programme as read-only (LOCKED)', async () => {
    const world = await buildProgrammeWorld(db());
    const session = await addSession(world);
    await db().update(periods).set({ stage: 'archived' }).where(eq(periods.id, world.period.id));
    const so = await as(world.standingOffice.username);
    const before = await auditCount(db(), world.council.id);
    for (const response of [
      await so.post(`/periods/${world.period.id}/programme`, FIRST),
      await so.patch(`/programme-sessions/${session.id}`, { version: 1, status: 'held' }),
      await so.delete(`/programme-sessions/${session.id}?version=1`),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json<ErrorJson>().error.code).toBe('LOCKED');
    }
    expect((await so.get(`/periods/${world.period.id}/programme`)).json<ProgrammeJson>().items).toHaveLength(
      1,
    );
    expect((await sessionsOf(db(), world.period.id))[0]).toMatchObject({ version: 1, status: 'planned' });
    expect(await auditCount(db(), world.council.id)).toBe(before);
  });

  it('documents its endpoints in OpenAPI under one Vietnamese tag', async () => {
    const paths = await openApiPaths(app());
    const expected: [string, string][] = [
      ['/api/v1/periods/{periodId}/programme', 'get'],
      ['/api/v1/periods/{periodId}/programme', 'post'],
      ['/api/v1/programme-sessions/{sessionId}', 'get'],
      ['/api/v1/programme-sessions/{sessionId}', 'patch'],
      ['/api/v1/programme-sessions/{sessionId}', 'delete'],
    ];
    for (const [path, method] of expected) {
      const operation = paths[path]?.[method];
      expect(operation?.tags, `${method} ${path}`).toEqual(['Chương trình công tác của Hội đồng']);
      expect(operation?.summary, `${method} ${path}`).toMatch(/[ạ-ỹđ]/);
    }
  });
});
