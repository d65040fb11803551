import { awardProposals, councilDecisions, periods } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { addCluster, auditOf, buildWorld, type ErrorJson, type World } from './meetings-awards-fixtures';

type ProposalJson = {
  id: string;
  clusterId: string | null;
  unitId: string;
  awardCode: string;
  finalScore: number | null;
  status: string;
  version: number;
  decision: { number: string; title: string; signedOn: string | null; signer: string | null } | null;
};
type DecisionJson = { id: string; number: string; version: number };

describe.each(databaseTestTargets())('council decisions and the Government flag on $name', (target) => {
  const { db, as } = useTestApp(target);

  /** Phường 1 proposed for the city flag and Phường 2 for a certificate, then the period moved to `stage`. */
  async function proposed(world: World, stage: 'summary' | 'decision' = 'decision') {
    const response = await (
      await as(world.users.leader.username)
    ).post(`/clusters/${world.cluster.id}/proposals`, {
      rows: [
        { unitId: world.units[0]!.id, awardCode: 'CO_TP', finalScore: 975.5, rank: 1 },
        { unitId: world.units[1]!.id, awardCode: 'BK_TP', finalScore: 930, rank: 2 },
      ],
    });
    expect(response.statusCode).toBe(201);
    await db().update(periods).set({ stage }).where(eq(periods.id, world.period.id));
    const items = response.json<{ items: ProposalJson[] }>().items;
    return {
      flag: items.find((p) => p.awardCode === 'CO_TP')!,
      certificate: items.find((p) => p.awardCode === 'BK_TP')!,
    };
  }

  async function decision(world: World, number = '2468/QĐ-UBND') {
    const response = await (
      await as(world.users.standingOffice.username)
    ).post(`/periods/${world.period.id}/decisions`, {
      number,
      title: 'Về việc tặng Cờ thi đua và Bằng khen năm 2025',
      signedOn: '2026-01-15',
      signer: 'Chủ tịch UBND Nguyễn Văn C',
    });
    expect(response.statusCode).toBe(201);
    return response.json<DecisionJson>();
  }

  it('records, lists and edits the council’s decisions; numbers are unique per period', async () => {
    const world = await buildWorld(db());
    const created = await decision(world);
    expect(created).toMatchObject({ number: '2468/QĐ-UBND', version: 1 });
    const [createEvent] = await auditOf(db(), created.id, 'create');
    expect(createEvent!.new).toMatchObject({ number: '2468/QĐ-UBND', signer: 'Chủ tịch UBND Nguyễn Văn C' });
    const so = await as(world.users.standingOffice.username);
    const duplicate = await so.post(`/periods/${world.period.id}/decisions`, {
      number: '2468/QĐ-UBND',
      title: 'Khác',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<ErrorJson>().error.message).toBe('Số quyết định đã được dùng trong kỳ thi đua này');
    const bad = await so.post(`/periods/${world.period.id}/decisions`, {
      number: '',
      signedOn: '15/01/2026',
    });
    expect(bad.json<ErrorJson>().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.number', message: 'không được để trống' },
        { path: 'body.title', message: 'thiếu trường bắt buộc' },
        { path: 'body.signedOn', message: expect.stringContaining('YYYY-MM-DD') as string },
      ]),
    );
    const edited = await so.patch(`/decisions/${created.id}`, {
      version: 1,
      signer: 'Phó Chủ tịch UBND Lê Văn D',
    });
    expect(edited.json()).toMatchObject({ signer: 'Phó Chủ tịch UBND Lê Văn D', version: 2 });
    const stale = await so.patch(`/decisions/${created.id}`, { version: 1, signer: 'Ghi đè' });
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    // A published decision: every unit of the council may read it.
    const list = await (await as(world.users.member.username)).get(`/periods/${world.period.id}/decisions`);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ number: '2468/QĐ-UBND', abilities: { update: false } }],
    });
    const rows = await db()
      .select()
      .from(councilDecisions)
      .where(eq(councilDecisions.periodId, world.period.id));
    expect(rows).toHaveLength(1);
  });

  it('lets the standing office approve or reject each proposal with a reason, citing the decision', async () => {
    const world = await buildWorld(db());
    const { flag, certificate } = await proposed(world);
    const quyetDinh = await decision(world);
    const so = await as(world.users.standingOffice.username);

    const noReason = await so.post(`/proposals/${flag.id}/decide`, {
      version: 1,
      outcome: 'approved',
      decisionId: quyetDinh.id,
    });
    expect(noReason.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');
    const approved = await so.post(`/proposals/${flag.id}/decide`, {
      version: 1,
      outcome: 'approved',
      decisionId: quyetDinh.id,
      reason: 'Đủ tiêu chuẩn, trong chỉ tiêu',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      version: 2,
      decision: { number: '2468/QĐ-UBND', signedOn: '2026-01-15', signer: 'Chủ tịch UBND Nguyễn Văn C' },
    });
    const rejected = await so.post(`/proposals/${certificate.id}/decide`, {
      version: 1,
      outcome: 'rejected',
      decisionId: quyetDinh.id,
      reason: 'Đơn vị đang bị thanh tra',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: 'Đơn vị đang bị thanh tra' });
    const [event] = await auditOf(db(), certificate.id, 'reject');
    expect(event).toMatchObject({
      reason: 'Đơn vị đang bị thanh tra',
      old: { status: 'proposed' },
      new: { status: 'rejected' },
    });

    const twice = await so.post(`/proposals/${flag.id}/decide`, {
      version: 2,
      outcome: 'rejected',
      decisionId: quyetDinh.id,
      reason: 'Đổi ý',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorJson>().error).toMatchObject({ code: 'PROPOSAL_STATE' });
    const adjustApproved = await (
      await as(world.users.leader.username)
    ).patch(`/proposals/${flag.id}`, { version: 2, note: 'x', reason: 'y' });
    expect(adjustApproved.json<ErrorJson>().error.code).toBe('PROPOSAL_STATE');

    const compiled = await (
      await as(world.users.councilMember.username)
    ).get(`/periods/${world.period.id}/proposals`);
    expect(compiled.json()).toMatchObject({ total: 2 });
    const onlyApproved = await so.get(`/periods/${world.period.id}/proposals?status=approved&level=cluster`);
    expect(onlyApproved.json()).toMatchObject({ total: 1, items: [{ id: flag.id }] });
    expect(
      (await (await as(world.users.leader.username)).get(`/periods/${world.period.id}/proposals`)).statusCode,
    ).toBe(403);
  });

  it('refuses a decision outside the decision stage, from another period, or of the wrong type', async () => {
    const world = await buildWorld(db());
    const { flag } = await proposed(world, 'summary');
    const quyetDinh = await decision(world);
    const so = await as(world.users.standingOffice.username);
    const early = await so.post(`/proposals/${flag.id}/decide`, {
      version: 1,
      outcome: 'approved',
      decisionId: quyetDinh.id,
      reason: 'Sớm',
    });
    expect(early.json<ErrorJson>().error.code).toBe('STAGE');
    await db().update(periods).set({ stage: 'decision' }).where(eq(periods.id, world.period.id));
    const elsewhere = await buildWorld(db());
    const foreign = await decision(elsewhere);
    const wrongPeriod = await so.post(`/proposals/${flag.id}/decide`, {
      version: 1,
      outcome: 'approved',
      decisionId: foreign.id,
      reason: 'Nhầm quyết định',
    });
    expect(wrongPeriod.statusCode).toBe(400);
    expect(wrongPeriod.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.decisionId', message: 'không phải quyết định của Hội đồng trong kỳ thi đua này' },
    ]);
    const badOutcome = await so.post(`/proposals/${flag.id}/decide`, {
      version: 1,
      outcome: 'ok',
      decisionId: quyetDinh.id,
      reason: 'x',
    });
    expect(badOutcome.json<ErrorJson>().error.fields![0]!.path).toBe('body.outcome');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const body = { version: 1, outcome: 'approved', decisionId: quyetDinh.id, reason: 'x' };
    expect((await so.post(`/proposals/${unknown}/decide`, body)).statusCode).toBe(404);
    expect((await so.post(`/proposals/${unknown}/withdraw`, { version: 1, reason: 'x' })).statusCode).toBe(
      404,
    );
    expect((await so.get(`/proposals/${unknown}`)).statusCode).toBe(404);
    expect((await so.patch(`/decisions/${unknown}`, { version: 1, title: 'x' })).statusCode).toBe(404);
    expect((await so.post(`/periods/${unknown}/decisions`, { number: '1/QĐ', title: 'x' })).statusCode).toBe(
      404,
    );
    const unknownDecision = await so.post(`/proposals/${flag.id}/decide`, { ...body, decisionId: unknown });
    expect(unknownDecision.json<ErrorJson>().error.fields![0]!.path).toBe('body.decisionId');
    const [row] = await db().select().from(awardProposals).where(eq(awardProposals.id, flag.id));
    expect(row).toMatchObject({ status: 'proposed', version: 1, decisionId: null });
  });

  it('refuses decisions and approvals from the leader, members, council members and another council', async () => {
    const world = await buildWorld(db());
    const { flag } = await proposed(world);
    const quyetDinh = await decision(world);
    for (const [user, status] of [
      [world.users.leader, 403],
      [world.users.deputy, 403],
      [world.users.member, 403],
      [world.users.councilMember, 403],
      [world.users.stranger, 404],
    ] as const) {
      const client = await as(user.username);
      const decide = await client.post(`/proposals/${flag.id}/decide`, {
        version: 1,
        outcome: 'approved',
        decisionId: quyetDinh.id,
        reason: 'x',
      });
      expect(decide.statusCode, user.username).toBe(status);
      const create = await client.post(`/periods/${world.period.id}/decisions`, {
        number: '1/QĐ',
        title: 'x',
      });
      expect(create.statusCode, user.username).toBe(status);
      const edit = await client.patch(`/decisions/${quyetDinh.id}`, { version: 1, title: 'x' });
      expect(edit.statusCode, user.username).toBe(status);
      const nominee = await client.post(`/periods/${world.period.id}/government-flag/nominee`, {
        unitId: world.units[0]!.id,
      });
      expect(nominee.statusCode, user.username).toBe(status);
    }
    const [row] = await db().select().from(awardProposals).where(eq(awardProposals.id, flag.id));
    expect(row).toMatchObject({ status: 'proposed', version: 1 });
    const decisions = await db()
      .select()
      .from(councilDecisions)
      .where(eq(councilDecisions.periodId, world.period.id));
    expect(decisions).toMatchObject([{ version: 1, title: 'Về việc tặng Cờ thi đua và Bằng khen năm 2025' }]);
    const council = await db().select().from(awardProposals).where(eq(awardProposals.awardCode, 'CO_CP'));
    expect(council.filter((p) => p.periodId === world.period.id)).toEqual([]);
  });

  it('chooses the Government-flag nominee among the cluster leaders with the city flag, within 20 % of them', async () => {
    const world = await buildWorld(db());
    const second = await addCluster(db(), world);
    const { flag, certificate } = await proposed(world, 'summary');
    const other = await (
      await as(second.leader.username)
    ).post(`/clusters/${second.cluster.id}/proposals`, {
      rows: [{ unitId: second.units[1]!.id, awardCode: 'CO_TP', finalScore: 990.25, rank: 1 }],
    });
    expect(other.statusCode).toBe(201);
    const so = await as(world.users.standingOffice.username);
    const candidates = await so.get(`/periods/${world.period.id}/government-flag/candidates`);
    expect(candidates.json()).toMatchObject({
      total: 2,
      items: [
        { unitName: 'Xã 2', clusterName: 'Cụm thi đua số 2', finalScore: 990.25 },
        { unitName: 'Phường 1', clusterName: 'Cụm thi đua số 1', finalScore: 975.5 },
      ],
    });

    const notCandidate = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
      unitId: certificate.unitId,
    });
    expect(notCandidate.statusCode).toBe(400);
    expect(notCandidate.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.unitId',
        message:
          'không phải đơn vị dẫn đầu cụm, khối (hạng 1) được đề nghị Cờ thi đua cấp thành phố, tỉnh trong kỳ này (khoản 1 Điều 7 Nghị định 152/2025/NĐ-CP)',
      },
    ]);
    const nominee = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
      unitId: second.units[1]!.id,
      vote: { inFavour: 12, members: 15 },
      reason: 'Điểm cao nhất trong các đơn vị nhận Cờ thi đua của tỉnh',
    });
    expect(nominee.statusCode).toBe(201);
    const chosen = nominee.json<ProposalJson>();
    expect(chosen).toMatchObject({
      clusterId: null,
      awardCode: 'CO_CP',
      finalScore: 990.25,
      status: 'proposed',
    });
    const [event] = await auditOf(db(), chosen.id, 'create');
    expect(event).toMatchObject({ reason: 'Điểm cao nhất trong các đơn vị nhận Cờ thi đua của tỉnh' });

    // Two cluster leaders: 20 % of 2 rounds down to 0, raised to the minimum of one nominee.
    const secondNominee = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
      unitId: flag.unitId,
      vote: { inFavour: 15, members: 15 },
    });
    expect(secondNominee.statusCode).toBe(409);
    expect(secondNominee.json<ErrorJson>().error).toMatchObject({
      code: 'NOMINEE_LIMIT',
      message:
        'Đã có 1 đơn vị được đề nghị Cờ thi đua của Chính phủ; tối đa 20% của 2 tập thể dẫn đầu cụm, khối là 1 đơn vị (khoản 1 Điều 7 Nghị định 152/2025/NĐ-CP); rút một đề nghị trước khi chọn đơn vị khác',
    });

    expect(
      (await so.post(`/proposals/${chosen.id}/withdraw`, { version: 1, reason: 'Hội đồng chọn lại' }))
        .statusCode,
    ).toBe(200);
    const replaced = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
      unitId: flag.unitId,
      vote: { inFavour: 13, members: 15 },
    });
    expect(replaced.statusCode).toBe(201);
    const council = await so.get(`/periods/${world.period.id}/proposals?level=council`);
    expect(council.json()).toMatchObject({ total: 2 });
    const standing = await so.get(`/periods/${world.period.id}/proposals?level=council&status=proposed`);
    expect(standing.json()).toMatchObject({ total: 1, items: [{ unitId: flag.unitId, awardCode: 'CO_CP' }] });

    // A withdrawn city-flag proposal no longer makes its unit a candidate.
    await (
      await as(second.leader.username)
    ).post(`/proposals/${other.json<{ items: ProposalJson[] }>().items[0]!.id}/withdraw`, {
      version: 1,
      reason: 'Rút',
    });
    const after = await so.get(`/periods/${world.period.id}/government-flag/candidates`);
    expect(after.json()).toMatchObject({ total: 1, items: [{ unitName: 'Phường 1' }] });
    expect(
      (
        await (
          await as(world.users.member.username)
        ).get(`/periods/${world.period.id}/government-flag/candidates`)
      ).statusCode,
    ).toBe(403);
  });
});
