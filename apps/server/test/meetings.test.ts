import { meetingAttendance, meetings, periods } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectWritesRefused, useTestApp } from './harness';
import { auditOf, buildWorld, type ErrorJson, type World } from './meetings-awards-fixtures';

type MeetingJson = {
  id: string;
  clusterId: string | null;
  kind: string;
  place: string | null;
  hostUnitId: string | null;
  hostUnitName: string | null;
  minutes: string | null;
  version: number;
  attendance: {
    unitId: string;
    seat: string | null;
    recorded: boolean;
    present: boolean;
    delegates: string | null;
  }[];
  quorum: { members: number; present: number; required: number; reached: boolean } | null;
  abilities: { update: boolean; recordAttendance: boolean; recordVotes: boolean };
};

describe.each(databaseTestTargets())('meetings on $name', (target) => {
  const { db, as } = useTestApp(target);

  async function schedule(world: World, body: Record<string, unknown> = {}) {
    const response = await (
      await as(world.users.leader.username)
    ).post(`/clusters/${world.cluster.id}/meetings`, { kind: 'tongKet', heldOn: '2025-12-20', ...body });
    expect(response.statusCode).toBe(201);
    return response.json<MeetingJson>();
  }

  /** Marks the first `present` member units present and the rest absent. */
  async function attend(world: World, meeting: MeetingJson, present: number) {
    const items = world.units.map((unit, i) => ({ unitId: unit.id, present: i < present }));
    const response = await (
      await as(world.users.leader.username)
    ).put(`/meetings/${meeting.id}/attendance`, { version: meeting.version, items });
    expect(response.statusCode).toBe(200);
    return response.json<MeetingJson>();
  }

  it('schedules the summary meeting at the leader unit by default, stored and audited', async () => {
    const world = await buildWorld(db());
    const meeting = await schedule(world, { agenda: 'Tổng kết; bình xét; bầu cụm trưởng' });
    expect(meeting).toMatchObject({
      clusterId: world.cluster.id,
      kind: 'tongKet',
      hostUnitId: world.units[0]!.id,
      hostUnitName: 'Phường 1',
      place: 'Phường 1',
      version: 1,
      quorum: { members: 9, present: 0, required: 6, reached: false },
      abilities: { update: true, recordAttendance: true, recordVotes: false },
    });
    expect(meeting.attendance).toHaveLength(9);
    expect(meeting.attendance[0]).toMatchObject({ seat: 'leader', recorded: false, present: false });
    const [row] = await db().select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(row).toMatchObject({ heldOn: '2025-12-20', agenda: 'Tổng kết; bình xét; bầu cụm trưởng' });
    const events = await auditOf(db(), meeting.id, 'create');
    expect(events).toHaveLength(1);
    expect(events[0]!.new).toMatchObject({ kind: 'tongKet', place: 'Phường 1' });
  });

  it('schedules the mid-year review at the deputy’s unit by default (Bắc Giang 2022: “tại đơn vị phó trưởng cụm”)', async () => {
    const world = await buildWorld(db());
    const meeting = await schedule(world, { kind: 'soKet', heldOn: '2025-07-15' });
    expect(meeting).toMatchObject({
      hostUnitId: world.units[1]!.id,
      hostUnitName: 'Phường 2',
      place: 'Phường 2',
    });
    // A topical meeting has no host unless one is named.
    const topical = await schedule(world, { kind: 'chuyenDe', heldOn: '2025-09-01' });
    expect(topical).toMatchObject({ hostUnitId: null, place: null });
  });

  it('takes the place from the host unit given, and refuses a host outside the cluster', async () => {
    const world = await buildWorld(db());
    const deputy = await as(world.users.deputy.username);
    const soKet = await deputy.post(`/clusters/${world.cluster.id}/meetings`, {
      kind: 'soKet',
      heldOn: '2025-07-15',
      hostUnitId: world.units[1]!.id,
    });
    expect(soKet.statusCode).toBe(201);
    expect(soKet.json()).toMatchObject({ place: 'Phường 2', hostUnitName: 'Phường 2' });
    const chuyenDe = await deputy.post(`/clusters/${world.cluster.id}/meetings`, {
      kind: 'chuyenDe',
      heldOn: '2025-09-01',
      place: 'Hội trường UBND phường',
    });
    expect(chuyenDe.json()).toMatchObject({ place: 'Hội trường UBND phường', hostUnitId: null });

    const outside = await deputy.post(`/clusters/${world.cluster.id}/meetings`, {
      kind: 'soKet',
      heldOn: '2025-07-15',
      hostUnitId: world.outsideUnit.id,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.hostUnitId', message: 'không phải đơn vị thành viên của cụm, khối' },
    ]);
    expect(await db().select().from(meetings).where(eq(meetings.clusterId, world.cluster.id))).toHaveLength(
      2,
    );
  });

  it('computes the quorum live: 6 of 9 present is two thirds, 5 of 9 is not', async () => {
    const world = await buildWorld(db(), { members: 9 });
    const meeting = await schedule(world);
    const six = await attend(world, meeting, 6);
    expect(six.quorum).toEqual({ members: 9, present: 6, required: 6, reached: true });
    expect(six.abilities.recordVotes).toBe(true);
    const five = await attend(world, six, 5);
    expect(five.quorum).toEqual({ members: 9, present: 5, required: 6, reached: false });
    const viewed = await (await as(world.users.member.username)).get(`/meetings/${meeting.id}`);
    expect(viewed.json<MeetingJson>().quorum).toMatchObject({ present: 5, reached: false });
  });

  it('computes the quorum live: 5 of 8 present is short (15 < 16), 6 of 8 reaches it', async () => {
    const world = await buildWorld(db(), { members: 8 });
    const meeting = await schedule(world);
    const five = await attend(world, meeting, 5);
    expect(five.quorum).toEqual({ members: 8, present: 5, required: 6, reached: false });
    const six = await attend(world, five, 6);
    expect(six.quorum).toEqual({ members: 8, present: 6, required: 6, reached: true });
  });

  it('records attendance unit by unit with delegates, moving the meeting version; a stale write is 409', async () => {
    const world = await buildWorld(db());
    const meeting = await schedule(world);
    const leader = await as(world.users.leader.username);
    const first = await leader.put(`/meetings/${meeting.id}/attendance`, {
      version: 1,
      items: [{ unitId: world.units[0]!.id, present: true, delegates: 'Ông Nguyễn Văn A, Chủ tịch UBND' }],
    });
    expect(first.statusCode).toBe(200);
    const second = await leader.put(`/meetings/${meeting.id}/attendance`, {
      version: 2,
      items: [{ unitId: world.units[1]!.id, present: false, note: 'Báo vắng có lý do' }],
    });
    const view = second.json<MeetingJson>();
    expect(view.version).toBe(3);
    expect(view.attendance.slice(0, 2)).toMatchObject([
      { recorded: true, present: true, delegates: 'Ông Nguyễn Văn A, Chủ tịch UBND' },
      { recorded: true, present: false },
    ]);
    const stale = await leader.put(`/meetings/${meeting.id}/attendance`, {
      version: 1,
      items: [{ unitId: world.units[2]!.id, present: true }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const rows = await db()
      .select()
      .from(meetingAttendance)
      .where(eq(meetingAttendance.meetingId, meeting.id));
    expect(rows).toHaveLength(2);
    const events = await auditOf(db(), meeting.id, 'recordAttendance');
    expect(events).toHaveLength(2);
    expect(events[1]!.new).toMatchObject({
      version: 3,
      attendance: [{ unitId: world.units[1]!.id, present: false }],
    });
  });

  it('edits the meeting and records its minutes and decisions; a stale edit is 409 and changes nothing', async () => {
    const world = await buildWorld(db());
    const meeting = await schedule(world);
    const deputy = await as(world.users.deputy.username);
    const edited = await deputy.patch(`/meetings/${meeting.id}`, {
      version: 1,
      minutes: 'Biên bản hội nghị tổng kết: 9/9 đơn vị dự',
      decisions: 'Thống nhất đề nghị Phường 1 nhận Cờ thi đua',
      place: '',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      version: 2,
      minutes: 'Biên bản hội nghị tổng kết: 9/9 đơn vị dự',
      place: null,
    });
    const stale = await deputy.patch(`/meetings/${meeting.id}`, { version: 1, minutes: 'Ghi đè' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const [row] = await db().select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(row).toMatchObject({ version: 2, minutes: 'Biên bản hội nghị tổng kết: 9/9 đơn vị dự' });
    const [event] = await auditOf(db(), meeting.id, 'update');
    expect(event!.old).toMatchObject({ minutes: null, place: 'Phường 1' });
    expect(event!.new).toMatchObject({ minutes: 'Biên bản hội nghị tổng kết: 9/9 đơn vị dự', place: null });
  });

  it('refuses every write to a cluster meeting from member staff, council members and another council', async () => {
    const world = await buildWorld(db());
    const meeting = await schedule(world);
    const writes = [
      ['POST', `/clusters/${world.cluster.id}/meetings`, { kind: 'truBi', heldOn: '2025-12-10' }],
      ['PATCH', `/meetings/${meeting.id}`, { version: 1, minutes: 'x' }],
      [
        'PUT',
        `/meetings/${meeting.id}/attendance`,
        { version: 1, items: [{ unitId: world.units[0]!.id, present: true }] },
      ],
    ] as const;
    const refusals = [
      [world.users.member, 403],
      [world.users.follower, 403],
      [world.users.councilMember, 403],
      [world.users.outsider, 403],
      [world.users.stranger, 404],
    ] as const;
    await expectWritesRefused(as, refusals, writes);
    const rows = await db().select().from(meetings).where(eq(meetings.clusterId, world.cluster.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 1, minutes: null });
    expect(
      await db().select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meeting.id)),
    ).toEqual([]);
    expect(await auditOf(db(), meeting.id)).toHaveLength(1);
  });

  it('lets members and the follower read, refuses other units of the council (403) and other councils (404)', async () => {
    const world = await buildWorld(db());
    const meeting = await schedule(world);
    for (const user of [world.users.member, world.users.follower, world.users.standingOffice]) {
      const client = await as(user.username);
      const list = await client.get(`/clusters/${world.cluster.id}/meetings`);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ total: 1, items: [{ id: meeting.id }] });
      const view = await client.get(`/meetings/${meeting.id}`);
      expect(view.json<MeetingJson>().abilities.update).toBe(user === world.users.standingOffice);
    }
    expect((await (await as(world.users.outsider.username)).get(`/meetings/${meeting.id}`)).statusCode).toBe(
      403,
    );
    const stranger = await as(world.users.stranger.username);
    expect((await stranger.get(`/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/clusters/${world.cluster.id}/meetings`)).statusCode).toBe(404);
  });

  it('lists a cluster’s meetings latest first, paginated and filtered by kind', async () => {
    const world = await buildWorld(db());
    await schedule(world, { kind: 'trienKhai', heldOn: '2025-02-10' });
    await schedule(world, { kind: 'soKet', heldOn: '2025-07-10' });
    await schedule(world, { kind: 'tongKet', heldOn: '2025-12-10' });
    const client = await as(world.users.member.username);
    const page = await client.get(`/clusters/${world.cluster.id}/meetings?pageSize=2&page=1`);
    expect(page.json()).toMatchObject({
      total: 3,
      pageSize: 2,
      items: [{ kind: 'tongKet' }, { kind: 'soKet' }],
    });
    const second = await client.get(`/clusters/${world.cluster.id}/meetings?pageSize=2&page=2`);
    expect(second.json()).toMatchObject({ total: 3, items: [{ kind: 'trienKhai' }] });
    const filtered = await client.get(`/clusters/${world.cluster.id}/meetings?kind=soKet`);
    expect(filtered.json()).toMatchObject({ total: 1, items: [{ heldOn: '2025-07-10' }] });
  });

  it('refuses bad input with a Vietnamese message naming each field, and unknown ids with 404', async () => {
    const world = await buildWorld(db());
    const leader = await as(world.users.leader.username);
    const bad = await leader.post(`/clusters/${world.cluster.id}/meetings`, {
      kind: 'hopBat',
      heldOn: '2025-13-45',
      hostUnitId: 'khong-phai-uuid',
      agenda: 42,
    });
    expect(bad.statusCode).toBe(400);
    const { error } = bad.json<ErrorJson>();
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.kind', message: expect.stringContaining('phải là một trong các giá trị') as string },
        { path: 'body.heldOn', message: expect.stringContaining('ngày hợp lệ dạng YYYY-MM-DD') as string },
        { path: 'body.hostUnitId', message: expect.stringContaining('UUID') as string },
        { path: 'body.agenda', message: 'phải là một chuỗi ký tự (nhận được 42)' },
      ]),
    );
    const missing = await leader.post(`/clusters/${world.cluster.id}/meetings`, { kind: 'soKet' });
    expect(missing.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.heldOn', message: 'thiếu trường bắt buộc' },
    ]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await leader.post(`/clusters/${unknown}/meetings`, { kind: 'soKet', heldOn: '2025-07-01' }))
        .statusCode,
    ).toBe(404);
    expect((await leader.get(`/meetings/${unknown}`)).statusCode).toBe(404);
    expect((await leader.patch(`/meetings/${unknown}`, { version: 1, minutes: 'x' })).statusCode).toBe(404);
    expect(await db().select().from(meetings).where(eq(meetings.clusterId, world.cluster.id))).toEqual([]);

    const meeting = await schedule(world);
    const attendance = await leader.put(`/meetings/${meeting.id}/attendance`, {
      version: 1,
      items: [
        { unitId: world.outsideUnit.id, present: true },
        { unitId: world.units[0]!.id, present: 'có' },
      ],
    });
    expect(attendance.statusCode).toBe(400);
    expect(attendance.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.items[1].present', message: 'phải là true hoặc false (nhận được "có")' },
    ]);
    const outsider = await leader.put(`/meetings/${meeting.id}/attendance`, {
      version: 1,
      items: [
        { unitId: world.outsideUnit.id, present: true },
        { unitId: world.units[0]!.id, present: true },
        { unitId: world.units[0]!.id, present: false },
      ],
    });
    expect(outsider.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.items[0].unitId', message: 'không phải đơn vị thành viên của cụm, khối' },
      { path: 'body.items[2].unitId', message: 'đơn vị bị lặp lại trong danh sách' },
    ]);
    expect(
      await db().select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meeting.id)),
    ).toEqual([]);
    const [row] = await db().select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(row!.version).toBe(1);
  });

  it('keeps an archived period read-only', async () => {
    const world = await buildWorld(db());
    const meeting = await schedule(world);
    await db().update(periods).set({ stage: 'archived' }).where(eq(periods.id, world.period.id));
    const leader = await as(world.users.leader.username);
    const created = await leader.post(`/clusters/${world.cluster.id}/meetings`, {
      kind: 'soKet',
      heldOn: '2025-07-01',
    });
    expect(created.statusCode).toBe(409);
    expect(created.json<ErrorJson>().error.code).toBe('LOCKED');
    const edited = await leader.patch(`/meetings/${meeting.id}`, { version: 1, minutes: 'muộn' });
    expect(edited.json<ErrorJson>().error.code).toBe('LOCKED');
  });

  it('lets the standing office hold council meetings with no cluster; council members read them', async () => {
    const world = await buildWorld(db());
    const so = await as(world.users.standingOffice.username);
    const created = await so.post(`/periods/${world.period.id}/meetings`, {
      kind: 'tongKet',
      heldOn: '2026-01-10',
      place: 'Hội trường UBND tỉnh',
      hostUnitId: world.outsideUnit.id,
    });
    expect(created.statusCode).toBe(201);
    const meeting = created.json<MeetingJson>();
    expect(meeting).toMatchObject({ clusterId: null, quorum: null, place: 'Hội trường UBND tỉnh' });
    const attended = await so.put(`/meetings/${meeting.id}/attendance`, {
      version: 1,
      items: [{ unitId: world.units[0]!.id, present: true, delegates: 'Bà Trần Thị B' }],
    });
    expect(attended.json<MeetingJson>()).toMatchObject({
      quorum: null,
      attendance: [{ seat: null, recorded: true, present: true }],
    });

    const list = await (
      await as(world.users.councilMember.username)
    ).get(`/periods/${world.period.id}/meetings`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: meeting.id, clusterId: null }] });
    // Cluster meetings are not council meetings.
    await schedule(world);
    const again = await so.get(`/periods/${world.period.id}/meetings`);
    expect(again.json()).toMatchObject({ total: 1 });

    const body = { kind: 'chuyenDe', heldOn: '2025-10-01' };
    for (const [user, status] of [
      [world.users.leader, 403],
      [world.users.councilMember, 403],
      [world.users.stranger, 404],
    ] as const) {
      const client = await as(user.username);
      expect((await client.post(`/periods/${world.period.id}/meetings`, body)).statusCode).toBe(status);
      expect((await client.patch(`/meetings/${meeting.id}`, { version: 2, minutes: 'x' })).statusCode).toBe(
        status,
      );
    }
    expect((await (await as(world.users.leader.username)).get(`/meetings/${meeting.id}`)).statusCode).toBe(
      403,
    );
    const councilRows = await db()
      .select()
      .from(meetings)
      .where(and(eq(meetings.periodId, world.period.id), isNull(meetings.clusterId)));
    expect(councilRows).toHaveLength(1);
    expect(councilRows[0]!.minutes).toBeNull();
  });
});
