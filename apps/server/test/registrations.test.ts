import { councils, periods, type PeriodStage, registrationPlans, registrations } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditCount, auditOf, buildWorld, type ErrorJson, type World } from './criteria-fixtures';
import { useTestApp } from './harness';

interface RegistrationJson {
  id: string;
  status: string;
  version: number;
  plans: { criterionCode: string; plan: string; measureUnit: string | null; direction: string }[];
  titlesSought: { code: string; name: string }[];
  abilities: Record<string, boolean>;
}

const completePlans = [
  { criterionCode: 'I.1', plan: 1200.5, note: 'Theo Nghị quyết HĐND' },
  { criterionCode: 'I.2', plan: 0 },
];
const content = {
  plans: completePlans,
  titlesSought: ['TTLDXS', 'CO_TP'],
  models: [{ name: 'Dân vận khéo', description: 'Vận động hiến đất làm đường' }],
  topics: [{ name: 'Chuyển đổi số' }],
  note: 'Phấn đấu hoàn thành vượt mức mọi chỉ tiêu',
};

describe.each(databaseTestTargets())('registrations on $name', (target) => {
  const { db, as: client } = useTestApp(target);
  const setStage = (w: World, stage: PeriodStage) =>
    db().update(periods).set({ stage }).where(eq(periods.id, w.period.id));
  const registrationsOf = (w: World) =>
    db().select().from(registrations).where(eq(registrations.periodId, w.period.id));

  async function register(w: World, who: { username: string }, unitId: string, body: object = content) {
    const response = await (
      await client(who.username)
    ).post(`/clusters/${w.cluster.id}/registrations`, { unitId, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<RegistrationJson>();
  }

  it('lets a unit register plans, titles, models and topics against the issued criteria, audited', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    const created = await register(w, w.users.memberA, w.units.memberA.id);
    expect(created).toMatchObject({
      status: 'draft',
      version: 1,
      plans: [
        { criterionCode: 'I.1', plan: '1200.5', measureUnit: 'triệu đồng', direction: 'increase' },
        { criterionCode: 'I.2', plan: '0', direction: 'decrease' },
      ],
      titlesSought: [
        { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc' },
        { code: 'CO_TP', name: 'Cờ thi đua của UBND Thành phố' },
      ],
      abilities: { update: true, submit: true, reopen: false },
    });
    const [row] = await registrationsOf(w);
    expect(row).toMatchObject({
      unitId: w.units.memberA.id,
      criteriaVersionId: w.version!.id,
      models: content.models,
      topics: content.topics,
    });
    const plans = await db()
      .select()
      .from(registrationPlans)
      .where(eq(registrationPlans.registrationId, created.id));
    expect(plans.map((p) => [p.criterionCode, p.plan, p.note]).sort()).toEqual([
      ['I.1', '1200.5', 'Theo Nghị quyết HĐND'],
      ['I.2', '0', null],
    ]);
    const events = await auditOf(db(), created.id, 'create');
    expect(events[0]!.new).toMatchObject({
      titlesSought: ['TTLDXS', 'CO_TP'],
      plans: [{ criterionCode: 'I.1' }, { criterionCode: 'I.2' }],
    });
  });

  it('refuses unknown, non-quantitative and negative plans, plan 0 for an increase criterion and unknown titles, by path', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    const staff = await client(w.users.memberA.username);
    const response = await staff.post(`/clusters/${w.cluster.id}/registrations`, {
      unitId: w.units.memberA.id,
      plans: [
        { criterionCode: 'I.9', plan: 10 },
        { criterionCode: 'II.2', plan: 10 },
        { criterionCode: 'I.2', plan: -5 },
        { criterionCode: 'I.1', plan: 0 },
        { criterionCode: 'I.3', plan: 1 },
      ],
      titlesSought: ['CO_CP'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.plans[0].criterionCode',
        message: 'không có tiêu chí mã "I.9" trong bộ tiêu chí đã ban hành của cụm, khối',
      },
      {
        path: 'body.plans[1].criterionCode',
        message: 'tiêu chí II.2 không phải tiêu chí định lượng: chỉ đăng ký kế hoạch cho tiêu chí định lượng',
      },
      { path: 'body.plans[2].plan', message: 'kế hoạch không được âm (nhận được −5)' },
      { path: 'body.plans[3].plan', message: expect.stringContaining('phải lớn hơn 0') as string },
      {
        path: 'body.plans[4].criterionCode',
        message: expect.stringContaining('tiêu chí I.3 là tiêu chí chứa') as string,
      },
      {
        path: 'body.titlesSought[0]',
        message: expect.stringContaining('(các mã: CO_TP, BK_TP, TTLDXS)') as string,
      },
    ]);
    const wrongType = await staff.post(`/clusters/${w.cluster.id}/registrations`, {
      unitId: w.units.memberA.id,
      plans: [{ criterionCode: 'I.1', plan: 'nhiều' }],
    });
    expect(wrongType.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.plans[0].plan', message: expect.stringContaining('phải là một số') as string },
    ]);
    const notMember = await staff.post(`/clusters/${w.cluster.id}/registrations`, {
      unitId: w.units.outsider.id,
    });
    expect(notMember.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.unitId', message: 'đơn vị không thuộc cụm, khối này trong kỳ thi đua' },
    ]);
    expect(await registrationsOf(w)).toHaveLength(0);
    expect(await auditCount(db(), w.council.id)).toBe(0);
  });

  it('refuses registering for another unit, by council members and another council, outside the stage, or twice', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    const url = `/clusters/${w.cluster.id}/registrations`;
    for (const [who, status] of [
      [w.users.memberB, 403],
      [w.users.leader, 403],
      [w.users.councilMember, 403],
      [w.users.follower, 403],
      [w.users.stranger, 404],
    ] as const) {
      const response = await (
        await client(who.username)
      ).post(url, { unitId: w.units.memberA.id, ...content });
      expect(response.statusCode, who.username).toBe(status);
    }
    // Registration opens with the criteria stage (issue #14 §3) and closes after the registration stage.
    await setStage(w, 'pact');
    const late = await (await client(w.users.memberA.username)).post(url, { unitId: w.units.memberA.id });
    expect(late.json<ErrorJson>().error).toMatchObject({
      code: 'STAGE',
      message: expect.stringContaining('"Xây dựng tiêu chí", "Đăng ký thi đua"') as string,
    });
    expect(await registrationsOf(w)).toHaveLength(0);
    await setStage(w, 'registration');
    // The standing office may register for a unit; a second registration is refused.
    await register(w, w.users.standingOffice, w.units.memberA.id);
    const twice = await (await client(w.users.memberA.username)).post(url, { unitId: w.units.memberA.id });
    expect(twice.json<ErrorJson>().error.code).toBe('DUPLICATE');
    // Without issued criteria a unit still registers; it names no revision yet (registrations-early.test).
    const bare = await buildWorld(db(), { stage: 'registration' });
    const none = await (
      await client(bare.users.memberA.username)
    ).post(`/clusters/${bare.cluster.id}/registrations`, { unitId: bare.units.memberA.id });
    expect(none.statusCode, none.body).toBe(201);
    expect(none.json<{ criteriaVersionId: string | null }>().criteriaVersionId).toBeNull();
  });

  it('keeps one registration when the unit and the standing office create it at the same time', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    const url = `/clusters/${w.cluster.id}/registrations`;
    const [staff, office] = await Promise.all([
      client(w.users.memberA.username),
      client(w.users.standingOffice.username),
    ]);
    const responses = await Promise.all([
      staff.post(url, { unitId: w.units.memberA.id, ...content }),
      office.post(url, { unitId: w.units.memberA.id, plans: [completePlans[0]] }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json<ErrorJson>().error.code).toBe('DUPLICATE');
    expect(await registrationsOf(w)).toHaveLength(1);
  });

  it('edits a draft (plans replaced), detects a stale version, and refuses another unit', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    const created = await register(w, w.users.memberA, w.units.memberA.id);
    const staff = await client(w.users.memberA.username);
    const url = `/registrations/${created.id}`;
    const edited = await staff.patch(url, {
      version: 1,
      plans: [{ criterionCode: 'I.1', plan: 1500 }],
      titlesSought: [],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<RegistrationJson>()).toMatchObject({
      version: 2,
      plans: [{ criterionCode: 'I.1', plan: '1500' }],
      titlesSought: [],
    });
    expect(
      await db().select().from(registrationPlans).where(eq(registrationPlans.registrationId, created.id)),
    ).toHaveLength(1);
    const stale = await staff.patch(url, { version: 1, note: 'ghi đè' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const bad = await staff.patch(url, { version: 2, plans: [{ criterionCode: 'I.1', plan: -1 }] });
    expect(bad.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.plans[0].plan', message: 'kế hoạch không được âm (nhận được −1)' },
    ]);
    for (const [who, status] of [
      [w.users.memberB, 403],
      [w.users.councilMember, 403],
      [w.users.leader, 403],
      [w.users.stranger, 404],
    ] as const) {
      expect(
        (await (await client(who.username)).patch(url, { version: 2, note: 'x' })).statusCode,
        who.username,
      ).toBe(status);
    }
    const update = await auditOf(db(), created.id, 'update');
    expect(update).toHaveLength(1);
    expect(update[0]).toMatchObject({
      old: { plans: [{}, {}], version: 1 },
      new: { plans: [{ plan: '1500' }], version: 2 },
    });
    const [row] = await registrationsOf(w);
    expect(row).toMatchObject({ version: 2, note: content.note });
  });

  it('submits a complete registration, then it is read-only until the standing office reopens it with a reason', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    const created = await register(w, w.users.memberA, w.units.memberA.id, { plans: [completePlans[0]] });
    const staff = await client(w.users.memberA.username);
    const url = `/registrations/${created.id}`;
    const incomplete = await staff.post(`${url}/submit`, { version: 1 });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json<ErrorJson>().error.fields).toEqual([
      { path: 'plans', message: 'chưa đăng ký kế hoạch cho các tiêu chí định lượng: I.2' },
    ]);
    await staff.patch(url, { version: 1, plans: completePlans });
    expect(
      (await (await client(w.users.memberB.username)).post(`${url}/submit`, { version: 2 })).statusCode,
    ).toBe(403);
    const submitted = await staff.post(`${url}/submit`, { version: 2 });
    expect(submitted.json<RegistrationJson>()).toMatchObject({
      status: 'submitted',
      version: 3,
      abilities: { update: false, submit: false },
    });
    const locked = await staff.patch(url, { version: 3, note: 'sửa sau khi gửi' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json<ErrorJson>().error.code).toBe('REGISTRATION_SUBMITTED');
    expect((await staff.post(`${url}/submit`, { version: 3 })).json<ErrorJson>().error.code).toBe(
      'REGISTRATION_SUBMITTED',
    );
    for (const who of [w.users.memberA, w.users.leader, w.users.councilMember]) {
      expect(
        (await (await client(who.username)).post(`${url}/reopen`, { version: 3, reason: 'x' })).statusCode,
        who.username,
      ).toBe(403);
    }
    const office = await client(w.users.standingOffice.username);
    expect((await office.post(`${url}/reopen`, { version: 3 })).json<ErrorJson>().error.code).toBe(
      'REASON_REQUIRED',
    );
    const reopened = await office.post(`${url}/reopen`, {
      version: 3,
      reason: 'Đơn vị đề nghị điều chỉnh chỉ tiêu thu ngân sách',
    });
    expect(reopened.json<RegistrationJson>()).toMatchObject({ status: 'draft', version: 4 });
    expect((await office.post(`${url}/reopen`, { version: 4, reason: 'lần nữa' })).statusCode).toBe(400);
    const [row] = await registrationsOf(w);
    expect(row).toMatchObject({ status: 'draft', submittedAt: null, version: 4 });
    expect((await auditOf(db(), created.id, 'submit'))[0]!.new).toMatchObject({ status: 'submitted' });
    expect((await auditOf(db(), created.id, 'reopen'))[0]!.reason).toBe(
      'Đơn vị đề nghị điều chỉnh chỉ tiêu thu ngân sách',
    );
    await setStage(w, 'pact');
    expect((await staff.patch(url, { version: 4, note: 'muộn' })).json<ErrorJson>().error.code).toBe('STAGE');
  });

  it('hides a unit’s registration from the other units until the whole cluster has submitted', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    const mine = await register(w, w.users.memberA, w.units.memberA.id);
    const other = await client(w.users.memberB.username);
    const hidden = await other.get(`/registrations/${mine.id}`);
    expect(hidden.statusCode).toBe(403);
    expect(hidden.json<ErrorJson>().error.message).toContain('tất cả đơn vị trong cụm, khối đã gửi');
    expect((await other.get(`/registrations/${mine.id}/print`)).statusCode).toBe(403);
    expect(
      (await (await client(w.users.councilMember.username)).get(`/registrations/${mine.id}`)).statusCode,
    ).toBe(403);
    expect(
      (await (await client(w.users.stranger.username)).get(`/registrations/${mine.id}`)).statusCode,
    ).toBe(404);
    for (const who of [
      w.users.leader,
      w.users.deputy,
      w.users.follower,
      w.users.standingOffice,
      w.users.memberA,
    ]) {
      expect(
        (await (await client(who.username)).get(`/registrations/${mine.id}`)).statusCode,
        who.username,
      ).toBe(200);
    }
    const listed = await other.get(`/clusters/${w.cluster.id}/registrations`);
    expect(listed.json()).toMatchObject({
      total: 1,
      allSubmitted: false,
      items: [{ unit: { id: w.units.memberB.id }, registration: null }],
    });
    const leaderView = await (
      await client(w.users.leader.username)
    ).get(`/clusters/${w.cluster.id}/registrations?pageSize=2`);
    expect(leaderView.json()).toMatchObject({
      total: 4,
      items: [
        { unit: { id: w.units.leader.id, seat: 'leader' }, registration: null },
        { unit: { id: w.units.deputy.id, seat: 'deputy' }, registration: null },
      ],
    });
    const missing = await (
      await client(w.users.standingOffice.username)
    ).get(`/clusters/${w.cluster.id}/registrations?status=missing`);
    expect(missing.json()).toMatchObject({ total: 3 });

    // Everyone submits: now every unit of the cluster reads the others'.
    const submitAll = [[w.users.memberA, mine]] as [{ username: string }, RegistrationJson][];
    for (const [who, unit] of [
      [w.users.leader, w.units.leader],
      [w.users.deputy, w.units.deputy],
      [w.users.memberB, w.units.memberB],
    ] as const) {
      submitAll.push([who, await register(w, who, unit.id)]);
    }
    for (const [who, registration] of submitAll) {
      expect(
        (await (await client(who.username)).post(`/registrations/${registration.id}/submit`, { version: 1 }))
          .statusCode,
      ).toBe(200);
    }
    expect((await other.get(`/registrations/${mine.id}`)).statusCode).toBe(200);
    expect(
      (await (await client(w.users.councilMember.username)).get(`/registrations/${mine.id}`)).statusCode,
    ).toBe(200);
    expect((await other.get(`/clusters/${w.cluster.id}/registrations`)).json()).toMatchObject({
      total: 4,
      allSubmitted: true,
    });
    expect(
      (await (await client(w.users.outsider.username)).get(`/registrations/${mine.id}`)).statusCode,
    ).toBe(403);
  });

  it('prints the form’s header as Nghị định 30 wants it: governing body, "Số:", place, day and month', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    await db()
      .update(councils)
      .set({ name: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà' })
      .where(eq(councils.id, w.council.id));
    const created = await register(w, w.users.memberA, w.units.memberA.id);
    const staff = await client(w.users.memberA.username);
    const draft = (await staff.get(`/registrations/${created.id}/print`)).json<{ header: unknown }>();
    expect(draft.header).toEqual({
      parentBody: 'Ủy ban nhân dân tỉnh Hải Hà',
      issuingBody: 'Phường Cát Bi',
      reference: 'Số: ……/ĐKTĐ',
      place: 'Hải Hà',
      placeDate: 'Hải Hà, ngày ..... tháng ..... năm 2025',
    });
    await staff.post(`/registrations/${created.id}/submit`, { version: 1 });
    const placeDate = async (submittedAt: string) => {
      await db()
        .update(registrations)
        .set({ submittedAt: new Date(submittedAt) })
        .where(eq(registrations.id, created.id));
      const view = (await staff.get(`/registrations/${created.id}/print`)).json<{
        header: { placeDate: string };
      }>();
      return view.header.placeDate;
    };
    // A leading zero only for days below 10 and months 1 and 2 (local day in Việt Nam).
    expect(await placeDate('2025-03-04T20:00:00Z')).toBe('Hải Hà, ngày 05 tháng 3 năm 2025');
    expect(await placeDate('2025-02-15T03:00:00Z')).toBe('Hải Hà, ngày 15 tháng 02 năm 2025');
    expect(await placeDate('2025-11-20T03:00:00Z')).toBe('Hải Hà, ngày 20 tháng 11 năm 2025');
  });

  it('gives the printable Phụ lục 01 view: unit, period, criteria with plans, titles, models, topics, signer', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    const created = await register(w, w.users.memberA, w.units.memberA.id);
    const staff = await client(w.users.memberA.username);
    const draft = await staff.get(`/registrations/${created.id}/print`);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      date: null,
      signer: { authority: 'THỦ TRƯỞNG ĐƠN VỊ', name: null },
    });
    await staff.post(`/registrations/${created.id}/submit`, { version: 1 });
    const response = await staff.get(`/registrations/${created.id}/print`);
    expect(response.statusCode).toBe(200);
    const view = response.json<{
      groups: {
        code: string;
        criteria: { code: string; depth: number; plan: string | null; quantitative: boolean }[];
      }[];
    }>();
    expect(view).toMatchObject({
      title: 'ĐĂNG KÝ THAM GIA THI ĐUA NĂM 2025',
      council: { id: w.council.id },
      period: { id: w.period.id, year: 2025 },
      cluster: { name: 'Cụm thi đua số 1' },
      unit: { id: w.units.memberA.id, name: 'Phường Cát Bi' },
      addressedTo: ['Cụm trưởng Cụm thi đua số 1', w.council.name],
      status: 'submitted',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      criteriaVersion: { revision: 1, documentNumber: '05/QĐ-CTĐ1', documentDate: '2025-06-20' },
      objective: content.note,
      titlesSought: [{ code: 'TTLDXS' }, { code: 'CO_TP' }],
      models: content.models,
      topics: content.topics,
      // The unit's head signs (the title by the unit's type), not the clerk who submitted it.
      signer: { authority: 'THỦ TRƯỞNG ĐƠN VỊ', name: null, title: 'Chủ tịch Ủy ban nhân dân' },
    });
    expect(view.groups[0]!.criteria).toEqual([
      expect.objectContaining({
        code: 'I.1',
        depth: 0,
        quantitative: true,
        plan: '1200.5',
        planNote: 'Theo Nghị quyết HĐND',
        measureUnit: 'triệu đồng',
      }),
      expect.objectContaining({
        code: 'I.2',
        depth: 0,
        quantitative: true,
        plan: '0',
        direction: 'decrease',
      }),
      expect.objectContaining({ code: 'I.3', depth: 0, quantitative: false, kind: null, plan: null }),
      expect.objectContaining({ code: 'I.3.a', depth: 1, kind: 'qualitative' }),
      expect.objectContaining({ code: 'I.3.b', depth: 1, kind: 'yesno' }),
    ]);
    expect((await staff.get('/registrations/00000000-0000-4000-8000-000000000000/print')).statusCode).toBe(
      404,
    );
  });
});
