import { awardProposals, periods } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { auditOf, awardEntries, buildWorld, type ErrorJson, type World } from './meetings-awards-fixtures';

type ProposalJson = {
  id: string;
  unitId: string;
  unitName: string;
  awardCode: string;
  finalScore: number | null;
  rank: number | null;
  status: string;
  reason: string | null;
  version: number;
  abilities: { adjust: boolean; withdraw: boolean; decide: boolean };
};

describe.each(databaseTestTargets())('award proposals on $name', (target) => {
  const { db, as } = useTestApp(target);
  const stored = (world: World) =>
    db().select().from(awardProposals).where(eq(awardProposals.periodId, world.period.id));

  /** The computed rows of a small result: Phường 1 city flag, Phường 2 certificate, Phường 3 nothing. */
  const rowsOf = (world: World) => [
    { unitId: world.units[0]!.id, awardCode: 'CO_TP', finalScore: 975.5, rank: 1 },
    { unitId: world.units[1]!.id, awardCode: 'BK_TP', finalScore: 930, rank: 2 },
    { unitId: world.units[2]!.id, awardCode: null, finalScore: 712.25, rank: 3 },
  ];

  async function propose(world: World, rows = rowsOf(world)) {
    const response = await (
      await as(world.users.leader.username)
    ).post(`/clusters/${world.cluster.id}/proposals`, { rows });
    expect(response.statusCode).toBe(201);
    return response.json<{ items: ProposalJson[] }>().items;
  }

  it('creates the cluster’s list from result rows: awarded units only, stored and audited', async () => {
    const world = await buildWorld(db());
    const leader = await as(world.users.leader.username);
    const meeting = (
      await leader.post(`/clusters/${world.cluster.id}/meetings`, { kind: 'tongKet', heldOn: '2025-12-20' })
    ).json<{ id: string }>();
    const response = await leader.post(`/clusters/${world.cluster.id}/proposals`, {
      rows: rowsOf(world),
      meetingId: meeting.id,
      note: 'Theo biên bản hội nghị tổng kết',
    });
    expect(response.statusCode).toBe(201);
    const { items } = response.json<{ items: ProposalJson[] }>();
    expect(items).toMatchObject([
      { unitName: 'Phường 2', awardCode: 'BK_TP', finalScore: 930, rank: 2, status: 'proposed' },
      { unitName: 'Phường 1', awardCode: 'CO_TP', finalScore: 975.5, rank: 1, status: 'proposed' },
    ]);
    expect(items[0]!.abilities).toEqual({ adjust: true, withdraw: true, decide: false, return: false });
    const rows = await stored(world);
    expect(rows).toHaveLength(2);
    const flag = rows.find((p) => p.awardCode === 'CO_TP')!;
    expect(flag).toMatchObject({
      clusterId: world.cluster.id,
      unitId: world.units[0]!.id,
      finalScore: '975.50',
      rank: 1,
      criteriaVersionId: world.criteria.id,
      meetingId: meeting.id,
      note: 'Theo biên bản hội nghị tổng kết',
    });
    const [event] = await auditOf(db(), flag.id, 'create');
    expect(event!.new).toMatchObject({ awardCode: 'CO_TP', finalScore: '975.50', status: 'proposed' });

    const list = await (
      await as(world.users.member.username)
    ).get(`/clusters/${world.cluster.id}/proposals?awardCode=CO_TP`);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ unitName: 'Phường 1', abilities: { adjust: false } }],
    });
  });

  /** A world whose cluster has one place for the city flag, set by the standing office under `sourceNumber`. */
  async function worldWithOneFlag(sourceNumber: string) {
    const world = await buildWorld(db());
    const so = await as(world.users.standingOffice.username);
    await so.post(`/clusters/${world.cluster.id}/quotas`, { awardCode: 'CO_TP', quota: 1, sourceNumber });
    return world;
  }

  it('scores a period document with the issued ruleset, stored quotas and the meeting’s tie-break votes', async () => {
    const world = await worldWithOneFlag('125/QĐ-UBND');
    const leader = await as(world.users.leader.username);
    const meeting = (
      await leader.post(`/clusters/${world.cluster.id}/meetings`, { kind: 'tongKet', heldOn: '2025-12-20' })
    ).json<{ id: string }>();
    const items = world.units.map((unit, i) => ({ unitId: unit.id, present: i < 7 }));
    await leader.put(`/meetings/${meeting.id}/attendance`, { version: 1, items });
    const document = {
      format: 'thidua/period@1',
      name: 'Cụm 1 năm 2025',
      year: 2025,
      // Ignored: the cluster's issued ruleset is used, so a document cannot bring its own rules.
      ruleset: {
        name: 'Tự chế',
        maxTotal: 1000,
        groups: [],
        awards: [{ code: 'CO_CP', name: 'x', minScore: 0 }],
      },
      quotas: { CO_TP: 5 },
      units: world.units.map((u) => ({ id: u.code, name: u.name })),
      entries: [
        ...awardEntries('phuong-1', 'full'),
        ...awardEntries('phuong-2', 'full'),
        ...awardEntries('phuong-3', 'eight'),
      ],
    };
    const url = `/clusters/${world.cluster.id}/proposals`;

    const tied = await leader.post(url, { period: document, meetingId: meeting.id });
    expect(tied.statusCode).toBe(409);
    expect(tied.json<ErrorJson>().error.code).toBe('RESULT_INCOMPLETE');
    expect(tied.json<ErrorJson>().error.message).toContain('1 suất CO_TP giữa Phường 1, Phường 2');
    expect(await stored(world)).toEqual([]);

    for (const [unit, votes] of [
      [world.units[0]!, 3],
      [world.units[1]!, 4],
    ] as const) {
      const vote = await leader.post(`/meetings/${meeting.id}/votes`, {
        purpose: 'tieBreak',
        awardCode: 'CO_TP',
        unitId: unit.id,
        votes,
      });
      expect(vote.statusCode).toBe(201);
    }
    const created = await leader.post(url, { period: document, meetingId: meeting.id });
    expect(created.statusCode).toBe(201);
    const byUnit = new Map(created.json<{ items: ProposalJson[] }>().items.map((p) => [p.unitName, p]));
    expect(byUnit.get('Phường 2')).toMatchObject({ awardCode: 'CO_TP', finalScore: 1000, rank: 1 });
    expect(byUnit.get('Phường 1')).toMatchObject({ awardCode: 'BK_TP', finalScore: 1000, rank: 1 });
    expect(byUnit.get('Phường 3')).toMatchObject({ awardCode: 'TTLDXS', finalScore: 800, rank: 3 });
    expect(byUnit.size).toBe(3);
    expect((await stored(world)).every((p) => p.criteriaVersionId === world.criteria.id)).toBe(true);
  });

  it('takes the thidua/result@1 document of the results endpoint as it is', async () => {
    const world = await buildWorld(db());
    const leader = await as(world.users.leader.username);
    const url = `/clusters/${world.cluster.id}/proposals`;
    const unit = (code: string, final: number, rank: number, award: string | null) => ({
      unit: code,
      name: code,
      final,
      rank,
      award,
      status: 'eligible',
      criteria: [],
    });
    const result = {
      format: 'thidua/result@1',
      complete: true,
      units: [
        unit('phuong-2', 990, 1, 'CO_TP'),
        unit('phuong-1', 930.75, 2, 'BK_TP'),
        unit('phuong-4', 700, 3, null),
      ],
      pendingVotes: [],
    };
    const pending = await leader.post(url, {
      result: {
        ...result,
        complete: false,
        pendingVotes: [{ award: 'CO_TP', places: 1, units: ['phuong-2', 'phuong-1'] }],
      },
    });
    expect(pending.statusCode).toBe(409);
    expect(pending.json<ErrorJson>().error.message).toContain('1 suất CO_TP giữa Phường 2, Phường 1');
    const stranger = await leader.post(url, {
      result: { ...result, units: [...result.units, unit(world.outsideUnit.code, 800, 4, 'TTLDXS')] },
    });
    expect(stranger.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.result.units[3].unit',
        message: `"${world.outsideUnit.code}" không phải mã đơn vị thành viên của cụm, khối`,
      },
    ]);
    const wrongFormat = await leader.post(url, { result: { ...result, format: 'thidua/period@1' } });
    expect(wrongFormat.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.result.format', message: 'phải là "thidua/result@1" (nhận được "thidua/period@1")' },
    ]);
    expect(await stored(world)).toEqual([]);

    const created = await leader.post(url, { result });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ items: ProposalJson[] }>().items).toMatchObject([
      { unitName: 'Phường 1', awardCode: 'BK_TP', finalScore: 930.75, rank: 2 },
      { unitName: 'Phường 2', awardCode: 'CO_TP', finalScore: 990, rank: 1 },
    ]);
    expect((await stored(world)).map((p) => p.finalScore).sort()).toEqual(['930.75', '990.00']);
  });

  it('refuses a period document that does not validate or names units outside the cluster', async () => {
    const world = await buildWorld(db());
    const leader = await as(world.users.leader.username);
    const url = `/clusters/${world.cluster.id}/proposals`;
    const base = {
      format: 'thidua/period@1',
      name: 'Cụm 1',
      year: 2025,
      units: [{ id: 'phuong-1', name: 'P1' }],
    };
    const invalid = await leader.post(url, {
      period: { ...base, entries: [{ unit: 'phuong-1', criterion: 'II.2', points: 150 }] },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.period.entries[0].points', message: expect.stringContaining('150') as string },
    ]);
    const outsider = await leader.post(url, {
      period: { ...base, units: [...base.units, { id: world.outsideUnit.code, name: 'Ngoài' }], entries: [] },
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.period.units[1].id',
        message: `"${world.outsideUnit.code}" không phải mã đơn vị thành viên của cụm, khối`,
      },
    ]);
    const notObject = await leader.post(url, { period: 'tệp' });
    expect(notObject.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.period', message: 'phải là một đối tượng JSON (nhận được "tệp")' },
    ]);
    expect(await stored(world)).toEqual([]);
  });

  it('refuses bad rows with a message naming each field, and saves nothing', async () => {
    const world = await worldWithOneFlag('1/QĐ');
    const leader = await as(world.users.leader.username);
    const url = `/clusters/${world.cluster.id}/proposals`;
    const [u1, u2, u3] = world.units;
    const checked = await leader.post(url, {
      rows: [
        { unitId: u1!.id, awardCode: 'CO_CP', finalScore: 990, rank: 1 },
        { unitId: world.outsideUnit.id, awardCode: 'BK_TP', finalScore: 950, rank: 2 },
        { unitId: u2!.id, awardCode: 'CO_TP', finalScore: 960, rank: 3 },
        { unitId: u3!.id, awardCode: 'CO_TP', finalScore: 955, rank: 4 },
        { unitId: u2!.id, awardCode: 'TTLDXS', finalScore: 960, rank: 3 },
      ],
    });
    expect(checked.statusCode).toBe(400);
    expect(checked.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.rows[0].awardCode',
        message: 'không có trong bộ tiêu chí đã ban hành của cụm, khối (các mã hợp lệ: CO_TP, BK_TP, TTLDXS)',
      },
      { path: 'body.rows[1].unitId', message: 'không phải đơn vị thành viên của cụm, khối' },
      {
        path: 'body.rows[3].awardCode',
        message: 'vượt chỉ tiêu: cụm, khối chỉ được đề nghị 1 đơn vị cho CO_TP',
      },
      {
        path: 'body.rows[4].unitId',
        message: 'đơn vị đã có trong danh sách: mỗi đơn vị chỉ được đề nghị một hình thức khen thưởng',
      },
    ]);
    const typed = await leader.post(url, {
      rows: [
        { unitId: 'u1', awardCode: 'CO_TP', finalScore: -1, rank: 0.5 },
        { unitId: u1!.id, awardCode: 'CO_TP', finalScore: 912.345, rank: '1' },
      ],
    });
    expect(typed.statusCode).toBe(400);
    expect(typed.json<ErrorJson>().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.rows[0].unitId', message: expect.stringContaining('UUID') as string },
        { path: 'body.rows[0].finalScore', message: 'phải lớn hơn hoặc bằng 0 (nhận được −1)' },
        { path: 'body.rows[0].rank', message: 'phải là một số nguyên (nhận được 0,5)' },
        {
          path: 'body.rows[1].finalScore',
          message: expect.stringContaining('có tối đa hai chữ số thập phân') as string,
        },
        { path: 'body.rows[1].rank', message: 'phải là một số (nhận được "1")' },
      ]),
    );
    const neither = await leader.post(url, {});
    expect(neither.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body',
        message:
          'cần gửi đúng một trong ba: rows (kết quả đã tính), result (tài liệu thidua/result@1) ' +
          'hoặc period (tệp kỳ thi đua)',
      },
    ]);
    const both = await leader.post(url, { rows: rowsOf(world), period: {} });
    expect(both.statusCode).toBe(400);
    const badMeeting = await leader.post(url, {
      rows: rowsOf(world),
      meetingId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badMeeting.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.meetingId', message: 'không phải cuộc họp của cụm, khối này' },
    ]);
    const unknownCluster = await leader.post('/clusters/00000000-0000-4000-8000-000000000000/proposals', {
      rows: rowsOf(world),
    });
    expect(unknownCluster.statusCode).toBe(404);
    expect(await stored(world)).toEqual([]);
  });

  it('serialises two lists made at once: together they cannot exceed the quota', async () => {
    const world = await worldWithOneFlag('1/QĐ');
    const [leader, deputy] = await Promise.all([
      as(world.users.leader.username),
      as(world.users.deputy.username),
    ]);
    const url = `/clusters/${world.cluster.id}/proposals`;
    const row = (i: number) => ({ unitId: world.units[i]!.id, awardCode: 'CO_TP', finalScore: 990, rank: 1 });
    const [a, b] = await Promise.all([
      leader.post(url, { rows: [row(0)] }),
      deputy.post(url, { rows: [row(1)] }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 400]);
    const refused = a.statusCode === 400 ? a : b;
    expect(refused.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.rows[0].awardCode',
        message: 'vượt chỉ tiêu: cụm, khối chỉ được đề nghị 1 đơn vị cho CO_TP',
      },
    ]);
    expect(await stored(world)).toHaveLength(1);
  });

  it('only proposes in the summary and decision stages', async () => {
    const world = await buildWorld(db(), { stage: 'review' });
    const response = await (
      await as(world.users.leader.username)
    ).post(`/clusters/${world.cluster.id}/proposals`, { rows: rowsOf(world) });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorJson>().error.code).toBe('STAGE');
    expect(response.json<ErrorJson>().error.message).toContain('Thẩm định, chấm chéo');
    expect(await stored(world)).toEqual([]);
  });

  it('withdraws and adjusts with a reason, audited; a withdrawn proposal can be proposed again', async () => {
    const world = await buildWorld(db());
    const [certificate, flag] = await propose(world);
    const deputy = await as(world.users.deputy.username);

    const noReason = await deputy.post(`/proposals/${flag!.id}/withdraw`, { version: 1 });
    expect(noReason.json<ErrorJson>().error).toMatchObject({
      code: 'REASON_REQUIRED',
      fields: [{ path: 'body.reason', message: 'cần nêu lý do cho thay đổi này' }],
    });
    const withdrawn = await deputy.post(`/proposals/${flag!.id}/withdraw`, {
      version: 1,
      reason: 'Phát hiện vi phạm sau hội nghị',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({
      status: 'withdrawn',
      reason: 'Phát hiện vi phạm sau hội nghị',
      version: 2,
    });
    const again = await deputy.post(`/proposals/${flag!.id}/withdraw`, { version: 2, reason: 'Lần nữa' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error.code).toBe('PROPOSAL_STATE');
    const [withdrawEvent] = await auditOf(db(), flag!.id, 'withdraw');
    expect(withdrawEvent).toMatchObject({
      reason: 'Phát hiện vi phạm sau hội nghị',
      old: { status: 'proposed' },
    });

    const noAdjustReason = await deputy.patch(`/proposals/${certificate!.id}`, {
      version: 1,
      awardCode: 'TTLDXS',
    });
    expect(noAdjustReason.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');
    const unknownCode = await deputy.patch(`/proposals/${certificate!.id}`, {
      version: 1,
      awardCode: 'HUAN_CHUONG',
      reason: 'Nâng mức',
    });
    expect(unknownCode.json<ErrorJson>().error.fields![0]!.path).toBe('body.awardCode');
    const adjusted = await deputy.patch(`/proposals/${certificate!.id}`, {
      version: 1,
      awardCode: 'TTLDXS',
      reason: 'Hạ một mức do chậm báo cáo',
    });
    expect(adjusted.statusCode).toBe(200);
    expect(adjusted.json()).toMatchObject({ awardCode: 'TTLDXS', version: 2 });
    const stale = await deputy.patch(`/proposals/${certificate!.id}`, { version: 1, note: 'x', reason: 'y' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const [adjustEvent] = await auditOf(db(), certificate!.id, 'adjust');
    expect(adjustEvent).toMatchObject({
      reason: 'Hạ một mức do chậm báo cáo',
      old: { awardCode: 'BK_TP' },
      new: { awardCode: 'TTLDXS' },
    });

    // Proposing Phường 1 again revives its withdrawn row; Phường 2 already holds TTLDXS.
    const revived = await propose(world, [rowsOf(world)[0]!]);
    expect(revived).toMatchObject([{ id: flag!.id, status: 'proposed', version: 3, reason: null }]);
    expect(await auditOf(db(), flag!.id, 'repropose')).toHaveLength(1);
    const conflict = await (
      await as(world.users.leader.username)
    ).post(`/clusters/${world.cluster.id}/proposals`, { rows: [rowsOf(world)[1]] });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json<ErrorJson>().error).toMatchObject({
      code: 'DUPLICATE',
      fields: [
        { path: 'body.rows[0].unitId', message: 'đơn vị đã có đề nghị TTLDXS (đang đề nghị) trong kỳ' },
      ],
    });
    expect(await stored(world)).toHaveLength(2);
  });

  it('refuses proposal writes from member staff, council members and another council, changing nothing', async () => {
    const world = await buildWorld(db());
    const [certificate] = await propose(world);
    for (const [user, status] of [
      [world.users.member, 403],
      [world.users.follower, 403],
      [world.users.councilMember, 403],
      [world.users.outsider, 403],
      [world.users.stranger, 404],
    ] as const) {
      const client = await as(user.username);
      const create = await client.post(`/clusters/${world.cluster.id}/proposals`, { rows: rowsOf(world) });
      expect(create.statusCode, user.username).toBe(status);
      const adjust = await client.patch(`/proposals/${certificate!.id}`, {
        version: 1,
        awardCode: 'TTLDXS',
        reason: 'x',
      });
      expect(adjust.statusCode, user.username).toBe(status);
      const withdraw = await client.post(`/proposals/${certificate!.id}/withdraw`, {
        version: 1,
        reason: 'x',
      });
      expect(withdraw.statusCode, user.username).toBe(status);
    }
    const rows = await stored(world);
    expect(rows).toHaveLength(2);
    expect(rows.every((p) => p.version === 1 && p.status === 'proposed')).toBe(true);
    expect(
      (await (await as(world.users.stranger.username)).get(`/proposals/${certificate!.id}`)).statusCode,
    ).toBe(404);
    await db().update(periods).set({ stage: 'archived' }).where(eq(periods.id, world.period.id));
    const locked = await (
      await as(world.users.leader.username)
    ).post(`/proposals/${certificate!.id}/withdraw`, { version: 1, reason: 'Muộn' });
    expect(locked.json<ErrorJson>().error.code).toBe('LOCKED');
  });
});
