import { votes } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { auditOf, buildWorld, type ErrorJson, type World } from './meetings-awards-fixtures';

type VoteJson = {
  id: string;
  purpose: string;
  awardCode: string | null;
  position: string | null;
  unitId: string;
  unitName: string;
  votes: number;
  version: number;
};

describe.each(databaseTestTargets())('votes on $name', (target) => {
  const { db, as } = useTestApp(target);

  /** A summary meeting of `world` with the first `present` member units present. */
  async function meetingWith(world: World, present: number) {
    const leader = await as(world.users.leader.username);
    const created = await leader.post(`/clusters/${world.cluster.id}/meetings`, {
      kind: 'tongKet',
      heldOn: '2025-12-20',
    });
    const meeting = created.json<{ id: string }>();
    const items = world.units.map((unit, i) => ({ unitId: unit.id, present: i < present }));
    expect((await leader.put(`/meetings/${meeting.id}/attendance`, { version: 1, items })).statusCode).toBe(
      200,
    );
    return { meetingId: meeting.id, leader };
  }

  const storedVotes = (meetingId: string) => db().select().from(votes).where(eq(votes.meetingId, meetingId));

  it('records tie-break counts per award and unit and election counts, at a meeting with quorum', async () => {
    const world = await buildWorld(db(), { members: 9 });
    const { meetingId, leader } = await meetingWith(world, 6);
    const tie = await leader.post(`/meetings/${meetingId}/votes`, {
      purpose: 'tieBreak',
      awardCode: 'CO_TP',
      unitId: world.units[2]!.id,
      votes: 5,
    });
    expect(tie.statusCode).toBe(201);
    expect(tie.json()).toMatchObject({
      purpose: 'tieBreak',
      awardCode: 'CO_TP',
      position: null,
      votes: 5,
      version: 1,
    });
    const election = await (
      await as(world.users.standingOffice.username)
    ).post(`/meetings/${meetingId}/votes`, {
      purpose: 'election',
      position: 'leader',
      unitId: world.units[3]!.id,
      votes: 0,
      note: 'Phiếu kín',
    });
    expect(election.statusCode).toBe(201);
    expect(election.json()).toMatchObject({
      position: 'leader',
      awardCode: null,
      votes: 0,
      unitName: 'Phường 4',
    });

    const rows = await storedVotes(meetingId);
    expect(rows).toHaveLength(2);
    expect(rows.find((v) => v.purpose === 'tieBreak')).toMatchObject({
      unitId: world.units[2]!.id,
      votes: 5,
    });
    const [event] = await auditOf(db(), tie.json<VoteJson>().id, 'create');
    expect(event!.new).toMatchObject({ awardCode: 'CO_TP', votes: 5 });

    const list = await (
      await as(world.users.member.username)
    ).get(`/meetings/${meetingId}/votes?purpose=tieBreak`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ votes: 5, abilities: { update: false } }] });
  });

  it('refuses votes without quorum (5 of 8 present: 15 < 16) and saves nothing', async () => {
    const world = await buildWorld(db(), { members: 8 });
    const { meetingId, leader } = await meetingWith(world, 5);
    const response = await leader.post(`/meetings/${meetingId}/votes`, {
      purpose: 'tieBreak',
      awardCode: 'CO_TP',
      unitId: world.units[0]!.id,
      votes: 3,
    });
    expect(response.statusCode).toBe(409);
    const { error } = response.json<ErrorJson>();
    expect(error.code).toBe('NO_QUORUM');
    expect(error.message).toContain('5/8');
    expect(error.message).toContain('cần ít nhất 6');
    expect(await storedVotes(meetingId)).toEqual([]);
  });

  it('refuses negative, fractional and mistyped counts, unknown awards and non-members, naming the field', async () => {
    const world = await buildWorld(db());
    const { meetingId, leader } = await meetingWith(world, 9);
    const url = `/meetings/${meetingId}/votes`;
    const base = { purpose: 'tieBreak', awardCode: 'CO_TP', unitId: world.units[0]!.id };
    const cases: [Record<string, unknown>, number, { path: string; message: string }[]][] = [
      [
        { ...base, votes: -1 },
        400,
        [{ path: 'body.votes', message: 'phải lớn hơn hoặc bằng 0 (nhận được −1)' }],
      ],
      [
        { ...base, votes: 2.5 },
        400,
        [{ path: 'body.votes', message: 'phải là một số nguyên (nhận được 2,5)' }],
      ],
      [{ ...base, votes: '3' }, 400, [{ path: 'body.votes', message: 'phải là một số (nhận được "3")' }]],
      [
        { ...base, purpose: 'bauCu', votes: 1 },
        400,
        [
          {
            path: 'body.purpose',
            message: expect.stringContaining('phải là một trong các giá trị') as string,
          },
        ],
      ],
      [
        { ...base, awardCode: 'CO_CP', votes: 1 },
        400,
        [
          {
            path: 'body.awardCode',
            message:
              'không có trong bộ tiêu chí đã ban hành của cụm, khối (các mã hợp lệ: CO_TP, BK_TP, TTLDXS)',
          },
        ],
      ],
      [
        { ...base, unitId: world.outsideUnit.id, votes: 1 },
        400,
        [{ path: 'body.unitId', message: 'không phải đơn vị thành viên của cụm, khối' }],
      ],
      [
        { purpose: 'tieBreak', unitId: world.units[0]!.id, votes: 1, position: 'leader' },
        400,
        [
          { path: 'body.awardCode', message: 'bắt buộc khi bỏ phiếu phân định bằng điểm (tieBreak)' },
          { path: 'body.position', message: 'chỉ dùng khi bầu cụm trưởng, cụm phó (election)' },
        ],
      ],
      [
        { purpose: 'election', unitId: world.units[0]!.id, votes: 1 },
        400,
        [{ path: 'body.position', message: 'bắt buộc khi bầu cụm trưởng, cụm phó (election)' }],
      ],
    ];
    for (const [body, status, fields] of cases) {
      const response = await leader.post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json<ErrorJson>().error).toMatchObject({ code: 'VALIDATION', fields });
    }
    expect(
      (await leader.post(`/meetings/00000000-0000-4000-8000-000000000000/votes`, { ...base, votes: 1 }))
        .statusCode,
    ).toBe(404);
    expect(await storedVotes(meetingId)).toEqual([]);
  });

  it('refuses more votes than member units present, on recording and on correcting; nothing saved', async () => {
    const world = await buildWorld(db(), { members: 9 });
    const { meetingId, leader } = await meetingWith(world, 6);
    const body = { purpose: 'tieBreak', awardCode: 'CO_TP', unitId: world.units[0]!.id };
    const tooMany = await leader.post(`/meetings/${meetingId}/votes`, { ...body, votes: 7 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.votes', message: 'không được vượt quá số đơn vị thành viên có mặt (6)' },
    ]);
    expect(await storedVotes(meetingId)).toEqual([]);
    const all = await leader.post(`/meetings/${meetingId}/votes`, { ...body, votes: 6 });
    expect(all.statusCode).toBe(201);
    const vote = all.json<VoteJson>();
    const correction = await leader.patch(`/votes/${vote.id}`, {
      version: vote.version,
      votes: 2_147_483_647,
      reason: 'Nhập nhầm',
    });
    expect(correction.statusCode).toBe(400);
    expect(correction.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.votes');
    expect((await storedVotes(meetingId)).map((v) => v.votes)).toEqual([6]);
  });

  it('keeps one count per meeting × award × unit (409 DUPLICATE)', async () => {
    const world = await buildWorld(db());
    const { meetingId, leader } = await meetingWith(world, 7);
    const body = { purpose: 'tieBreak', awardCode: 'BK_TP', unitId: world.units[4]!.id, votes: 2 };
    expect((await leader.post(`/meetings/${meetingId}/votes`, body)).statusCode).toBe(201);
    const again = await leader.post(`/meetings/${meetingId}/votes`, { ...body, votes: 4 });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error).toEqual({
      code: 'DUPLICATE',
      message: 'Đơn vị đã có kết quả bỏ phiếu cho nội dung này tại cuộc họp',
    });
    // Another award level for the same unit is another subject.
    expect(
      (await leader.post(`/meetings/${meetingId}/votes`, { ...body, awardCode: 'CO_TP' })).statusCode,
    ).toBe(201);
    const rows = await storedVotes(meetingId);
    expect(rows.map((v) => [v.awardCode, v.votes]).sort()).toEqual([
      ['BK_TP', 2],
      ['CO_TP', 2],
    ]);
  });

  it('corrects a count only with a reason, audited with old and new; a stale correction is 409', async () => {
    const world = await buildWorld(db());
    const { meetingId, leader } = await meetingWith(world, 6);
    const created = await leader.post(`/meetings/${meetingId}/votes`, {
      purpose: 'election',
      position: 'deputy',
      unitId: world.units[5]!.id,
      votes: 4,
    });
    const vote = created.json<VoteJson>();
    const noReason = await leader.patch(`/votes/${vote.id}`, { version: 1, votes: 6 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorJson>().error).toMatchObject({
      code: 'REASON_REQUIRED',
      fields: [{ path: 'body.reason', message: 'cần nêu lý do cho thay đổi này' }],
    });
    const blank = await leader.patch(`/votes/${vote.id}`, { version: 1, votes: 6, reason: '   ' });
    expect(blank.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');
    const fractional = await leader.patch(`/votes/${vote.id}`, {
      version: 1,
      votes: 6.5,
      reason: 'Kiểm lại',
    });
    expect(fractional.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.votes', message: 'phải là một số nguyên (nhận được 6,5)' },
    ]);

    const fixed = await leader.patch(`/votes/${vote.id}`, {
      version: 1,
      votes: 6,
      reason: 'Kiểm phiếu lại: sót 2 phiếu',
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ votes: 6, version: 2 });
    const stale = await leader.patch(`/votes/${vote.id}`, { version: 1, votes: 5, reason: 'Ghi đè' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const unknown = await leader.patch('/votes/00000000-0000-4000-8000-000000000000', {
      version: 1,
      votes: 1,
      reason: 'x',
    });
    expect(unknown.statusCode).toBe(404);
    const [row] = await db().select().from(votes).where(eq(votes.id, vote.id));
    expect(row).toMatchObject({ votes: 6, version: 2 });
    const events = await auditOf(db(), vote.id, 'update');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      reason: 'Kiểm phiếu lại: sót 2 phiếu',
      old: { votes: 4 },
      new: { votes: 6 },
    });
  });

  it('refuses a correction once the quorum is lost', async () => {
    const world = await buildWorld(db(), { members: 9 });
    const { meetingId, leader } = await meetingWith(world, 6);
    const vote = (
      await leader.post(`/meetings/${meetingId}/votes`, {
        purpose: 'tieBreak',
        awardCode: 'CO_TP',
        unitId: world.units[0]!.id,
        votes: 3,
      })
    ).json<VoteJson>();
    const meeting = (await leader.get(`/meetings/${meetingId}`)).json<{ version: number }>();
    await leader.put(`/meetings/${meetingId}/attendance`, {
      version: meeting.version,
      items: [{ unitId: world.units[0]!.id, present: false }],
    });
    const response = await leader.patch(`/votes/${vote.id}`, { version: 1, votes: 4, reason: 'Sửa' });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorJson>().error.code).toBe('NO_QUORUM');
  });

  it('refuses every vote write from member staff, council members and another council, saving nothing', async () => {
    const world = await buildWorld(db());
    const { meetingId, leader } = await meetingWith(world, 9);
    const vote = (
      await leader.post(`/meetings/${meetingId}/votes`, {
        purpose: 'tieBreak',
        awardCode: 'TTLDXS',
        unitId: world.units[1]!.id,
        votes: 2,
      })
    ).json<VoteJson>();
    for (const [user, status] of [
      [world.users.member, 403],
      [world.users.follower, 403],
      [world.users.councilMember, 403],
      [world.users.stranger, 404],
    ] as const) {
      const client = await as(user.username);
      const create = await client.post(`/meetings/${meetingId}/votes`, {
        purpose: 'tieBreak',
        awardCode: 'TTLDXS',
        unitId: world.units[2]!.id,
        votes: 9,
      });
      expect(create.statusCode, user.username).toBe(status);
      const edit = await client.patch(`/votes/${vote.id}`, {
        version: 1,
        votes: 9,
        reason: 'Không được phép',
      });
      expect(edit.statusCode, user.username).toBe(status);
    }
    const rows = await storedVotes(meetingId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ votes: 2, version: 1 });
    expect(await auditOf(db(), vote.id)).toHaveLength(1);
  });

  it('has no votes at a council meeting (no member units to count)', async () => {
    const world = await buildWorld(db());
    const so = await as(world.users.standingOffice.username);
    const meeting = (
      await so.post(`/periods/${world.period.id}/meetings`, { kind: 'chuyenDe', heldOn: '2025-11-01' })
    ).json<{ id: string }>();
    const response = await so.post(`/meetings/${meeting.id}/votes`, {
      purpose: 'election',
      position: 'leader',
      unitId: world.units[0]!.id,
      votes: 1,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error.fields).toEqual([
      { path: 'params.meetingId', message: 'chỉ ghi kết quả bỏ phiếu tại cuộc họp của cụm, khối' },
    ]);
    expect(await storedVotes(meeting.id)).toEqual([]);
  });
});
