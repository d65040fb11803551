import { auditLog, pacts, planTasks, registrations, unitFacts, unitStaffCounts, workPlans } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { womenShareAtLeast70 } from '../src/modules/scoring-shared/derived-facts';
import { useTestApp } from './harness';
import { buildScoringCluster, type ErrorJson, type ScoringCluster, setStage } from './scoring-fixture';

interface Cell {
  name: string;
  value: string | number | boolean | null;
  valueLabel: string | null;
  origin: string;
  source: string;
  unconfirmed: boolean;
  missing: boolean;
  derivedSource: string | null;
  version: number;
}
interface Sheet {
  facts: { name: string; label: string; read: boolean; derived: boolean }[];
  units: {
    unitId: string;
    name: string;
    staffCount: { staff: number; women: number; confirmedAt: string | null; version: number } | null;
    facts: Cell[];
    missing: number;
    abilities: { editStaffCount: boolean; confirmStaffCount: boolean; editFacts: boolean };
  }[];
}
interface PeriodFileJson {
  units: { id: string; facts?: Record<string, unknown> }[];
}

describe('womenShare70 is exact integer arithmetic', () => {
  it('holds at exactly 70 % and not a person below', () => {
    expect(womenShareAtLeast70(7, 10)).toBe(true);
    expect(womenShareAtLeast70(17, 24)).toBe(true); // 70,83 %
    expect(womenShareAtLeast70(69, 99)).toBe(false); // 69,69… %
    expect(womenShareAtLeast70(699_999, 1_000_000)).toBe(false);
    expect(womenShareAtLeast70(0, 0)).toBe(true);
  });
});

describe.each(databaseTestTargets())('facts from records and staff counts on $name', (target) => {
  const { db, as } = useTestApp(target);
  const countUrl = (fx: ScoringCluster, unitId: string) =>
    `/clusters/${fx.cluster.id}/units/${unitId}/staff-count`;
  const sheetOf = async (fx: ScoringCluster, username: string) =>
    (await (await as(username)).get(`/clusters/${fx.cluster.id}/fact-sheet`)).json<Sheet>();
  const cellOf = (sheet: Sheet, unitId: string, name: string) =>
    sheet.units.find((u) => u.unitId === unitId)!.facts.find((f) => f.name === name)!;
  const fileFacts = async (fx: ScoringCluster, unitCode: string) => {
    const so = await as(fx.users.standingOffice.username);
    const file = (await so.get(`/clusters/${fx.cluster.id}/period-file`)).json<PeriodFileJson>();
    return file.units.find((u) => u.id === unitCode)!.facts ?? {};
  };

  it('lets a unit declare its staff and women counts, the standing office confirm them, and derives womenShare70 with its source', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const declared = await member.put(countUrl(fx, fx.units.member.id), { version: 0, staff: 24, women: 18 });
    expect(declared.statusCode).toBe(200);
    expect(declared.json()).toMatchObject({ staff: 24, women: 18, confirmedAt: null, version: 1 });

    let cell = cellOf(
      await sheetOf(fx, fx.users.standingOffice.username),
      fx.units.member.id,
      'womenShare70',
    );
    expect(cell).toMatchObject({
      value: true,
      valueLabel: 'Có',
      origin: 'derived',
      unconfirmed: true,
      source: 'Theo số liệu lao động: 18/24 nữ = 75 %, chưa được Cơ quan thường trực xác nhận',
    });
    // An unconfirmed count already counts (marked): the engine reads it.
    expect(await fileFacts(fx, 'phuong-3')).toMatchObject({ womenShare70: true });

    const so = await as(fx.users.standingOffice.username);
    const confirmed = await so.post(`${countUrl(fx, fx.units.member.id)}/confirm`, { version: 1 });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ version: 2, confirmedBy: fx.users.standingOffice.id });
    cell = cellOf(await sheetOf(fx, fx.users.member.username), fx.units.member.id, 'womenShare70');
    expect(cell.unconfirmed).toBe(false);
    expect(cell.source).toMatch(
      /^Theo số liệu lao động: 18\/24 nữ = 75 %, đã được Cơ quan thường trực xác nhận ngày \d\d\/\d\d\/\d{4}$/,
    );

    // Changing a confirmed count needs a reason and clears the confirmation.
    const unreasoned = await member.put(countUrl(fx, fx.units.member.id), {
      version: 2,
      staff: 25,
      women: 17,
    });
    expect(unreasoned.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');
    const changed = await member.put(countUrl(fx, fx.units.member.id), {
      version: 2,
      staff: 25,
      women: 17,
      reason: 'Một lao động nữ nghỉ hưu tháng 10',
    });
    expect(changed.json()).toMatchObject({ staff: 25, women: 17, confirmedAt: null, version: 3 });
    cell = cellOf(await sheetOf(fx, fx.users.member.username), fx.units.member.id, 'womenShare70');
    expect(cell).toMatchObject({ value: false, unconfirmed: true });
    expect(cell.source).toContain('17/25 nữ = 68 %');
    expect(await fileFacts(fx, 'phuong-3')).toMatchObject({ womenShare70: false });

    const stale = await member.put(countUrl(fx, fx.units.member.id), {
      version: 2,
      staff: 25,
      women: 20,
      reason: 'x',
    });
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const id = declared.json<{ id: string }>().id;
    const events = await db().select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ['create', null],
      ['confirm', null],
      ['update', 'Một lao động nữ nghỉ hưu tháng 10'],
    ]);
  });

  it('refuses counts that are not whole numbers ≥ 0 or with more women than staff, naming the field, saving nothing', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const bad = await member.put(countUrl(fx, fx.units.member.id), { version: 0, staff: -1, women: 2.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.staff', message: 'Tổng số lao động phải là số nguyên không âm (nhận được -1)' },
      { path: 'body.women', message: 'Số lao động nữ phải là số nguyên không âm (nhận được 2.5)' },
    ]);
    const more = await member.put(countUrl(fx, fx.units.member.id), { version: 0, staff: 10, women: 11 });
    expect(more.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.women', message: 'Số lao động nữ (11) không được lớn hơn tổng số lao động (10)' },
    ]);
    const text = await member.put(countUrl(fx, fx.units.member.id), { version: 0, staff: '10', women: 1 });
    expect(text.json<ErrorJson>().error.fields![0]!.path).toBe('body.staff');
    expect(
      await db().select().from(unitStaffCounts).where(eq(unitStaffCounts.periodId, fx.period.id)),
    ).toHaveLength(0);
  });

  it('refuses counts and confirmations from the wrong people: another unit, reviewers, council members, another council', async () => {
    const fx = await buildScoringCluster(db());
    const body = { version: 0, staff: 10, women: 8 };
    for (const who of [fx.users.deputy, fx.users.leader, fx.users.follower, fx.users.councilMember]) {
      const response = await (await as(who.username)).put(countUrl(fx, fx.units.member.id), body);
      expect([who.username, response.statusCode]).toEqual([who.username, 403]);
    }
    const foreign = await (
      await as(fx.users.otherStandingOffice.username)
    ).put(countUrl(fx, fx.units.member.id), body);
    expect(foreign.statusCode).toBe(404);
    const outside = await (
      await as(fx.users.standingOffice.username)
    ).put(countUrl(fx, fx.units.focal.id), body);
    expect(outside.statusCode).toBe(404);

    const member = await as(fx.users.member.username);
    expect((await member.put(countUrl(fx, fx.units.member.id), body)).statusCode).toBe(200);
    for (const who of [fx.users.member, fx.users.leader]) {
      const response = await (
        await as(who.username)
      ).post(`${countUrl(fx, fx.units.member.id)}/confirm`, {
        version: 1,
      });
      expect([who.username, response.statusCode]).toEqual([who.username, 403]);
    }
    const foreignConfirm = await (
      await as(fx.users.otherStandingOffice.username)
    ).post(`${countUrl(fx, fx.units.member.id)}/confirm`, { version: 1 });
    expect(foreignConfirm.statusCode).toBe(404);
    // The standing office's own correction of a unit's declaration takes a reason and is confirmed at once.
    const so = await as(fx.users.standingOffice.username);
    const unreasoned = await so.put(countUrl(fx, fx.units.member.id), { version: 1, staff: 10, women: 6 });
    expect(unreasoned.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');
    const corrected = await so.put(countUrl(fx, fx.units.member.id), {
      version: 1,
      staff: 10,
      women: 6,
      reason: 'Theo danh sách lao động tháng 11',
    });
    expect(corrected.json()).toMatchObject({ women: 6, confirmedBy: fx.users.standingOffice.id });
    // A member of another council gets 404 for the sheet; the follower sees it.
    expect(
      (await (await as(fx.users.otherStandingOffice.username)).get(`/clusters/${fx.cluster.id}/fact-sheet`))
        .statusCode,
    ).toBe(404);
    expect((await sheetOf(fx, fx.users.follower.username)).units).toHaveLength(4);
    await setStage(db(), fx.period.id, 'archived');
    const locked = await member.put(countUrl(fx, fx.units.member.id), { ...body, version: 2, reason: 'x' });
    expect(locked.json<ErrorJson>().error.code).toBe('LOCKED');
  });

  it('derives registered and pactSigned from the records, refuses typing them, and lets the standing office override with a reason', async () => {
    const fx = await buildScoringCluster(db());
    await db()
      .insert(registrations)
      .values({
        periodId: fx.period.id,
        unitId: fx.units.member.id,
        criteriaVersionId: fx.criteriaVersionId,
        status: 'submitted',
        submittedAt: new Date('2025-03-25T03:00:00Z'),
      });
    await db().insert(registrations).values({
      periodId: fx.period.id,
      unitId: fx.units.deputy.id,
      criteriaVersionId: fx.criteriaVersionId,
    });
    await db().insert(pacts).values({
      periodId: fx.period.id,
      clusterId: fx.cluster.id,
      unitId: fx.units.member.id,
      signedOn: '2025-03-12',
      documentNumber: '01/GƯTĐ-CTĐ1',
    });
    const sheet = await sheetOf(fx, fx.users.standingOffice.username);
    expect(cellOf(sheet, fx.units.member.id, 'registered')).toMatchObject({
      value: true,
      origin: 'derived',
      source: 'Bản đăng ký thi đua gửi ngày 25/03/2025',
    });
    expect(cellOf(sheet, fx.units.deputy.id, 'registered')).toMatchObject({
      value: false,
      source: 'Bản đăng ký thi đua còn là bản nháp, chưa gửi',
    });
    expect(cellOf(sheet, fx.units.member.id, 'pactSigned')).toMatchObject({
      value: true,
      source: 'Ký giao ước thi đua ngày 12/03/2025, văn bản 01/GƯTĐ-CTĐ1',
    });
    expect(cellOf(sheet, fx.units.leader.id, 'pactSigned')).toMatchObject({
      value: false,
      source: 'Chưa ghi nhận ký giao ước thi đua',
    });
    expect(sheet.facts.find((f) => f.name === 'seriousViolation')).toMatchObject({
      label: 'Có vụ việc tiêu cực, tham nhũng, sai phạm nghiêm trọng',
      read: true,
      derived: false,
    });
    expect(cellOf(sheet, fx.units.member.id, 'seriousViolation')).toMatchObject({
      value: null,
      origin: 'none',
      missing: true,
    });

    const so = await as(fx.users.standingOffice.username);
    const factUrl = (unitId: string, name: string) =>
      `/clusters/${fx.cluster.id}/units/${unitId}/facts/${name}`;
    const typed = await so.put(factUrl(fx.units.leader.id, 'pactSigned'), { version: 0, value: true });
    expect(typed.statusCode).toBe(409);
    expect(typed.json<ErrorJson>().error).toMatchObject({
      code: 'FACT_DERIVED',
      message:
        '"Ký giao ước thi đua" được lấy từ biên bản ký giao ước thi đua của cụm, khối (Chưa ghi nhận ký ' +
        'giao ước thi đua), không nhập tay. ' +
        'Cơ quan thường trực chỉ có thể ghi đè, kèm lý do.',
    });
    const noReason = await so.put(factUrl(fx.units.leader.id, 'pactSigned'), {
      version: 0,
      value: true,
      override: true,
    });
    expect(noReason.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');
    const wrongOverride = await so.put(factUrl(fx.units.leader.id, 'partyRating'), {
      version: 0,
      value: 'HTTNV',
      override: true,
      reason: 'x',
    });
    expect(wrongOverride.json<ErrorJson>().error.fields![0]!.path).toBe('body.override');
    const leader = await as(fx.users.leader.username);
    const byLeader = await leader.put(factUrl(fx.units.member.id, 'pactSigned'), {
      version: 0,
      value: true,
      override: true,
      reason: 'x',
    });
    expect(byLeader.statusCode).toBe(403);
    const overridden = await so.put(factUrl(fx.units.leader.id, 'pactSigned'), {
      version: 0,
      value: true,
      override: true,
      reason: 'Ký tại hội nghị triển khai, biên bản giấy chưa nhập',
    });
    expect(overridden.json()).toMatchObject({
      overrideReason: 'Ký tại hội nghị triển khai, biên bản giấy chưa nhập',
    });
    const after = cellOf(
      await sheetOf(fx, fx.users.standingOffice.username),
      fx.units.leader.id,
      'pactSigned',
    );
    expect(after).toMatchObject({
      value: true,
      origin: 'override',
      derivedSource: 'Chưa ghi nhận ký giao ước thi đua',
    });
    expect(after.source).toContain('Ký tại hội nghị triển khai, biên bản giấy chưa nhập');
    expect(await fileFacts(fx, 'phuong-1')).toMatchObject({ pactSigned: true, registered: false });
    expect(await fileFacts(fx, 'phuong-3')).toMatchObject({ pactSigned: true, registered: true });

    // A fact typed before it was derived is not what the engine reads once the records decide.
    await db().insert(unitFacts).values({
      periodId: fx.period.id,
      unitId: fx.units.deputy.id,
      name: 'registered',
      value: true,
    });
    expect(await fileFacts(fx, 'phuong-2')).toMatchObject({ registered: false });
  });

  it('leaves registration and pact undecided while their stages run', async () => {
    const fx = await buildScoringCluster(db(), 'registration');
    const sheet = await sheetOf(fx, fx.users.standingOffice.username);
    expect(cellOf(sheet, fx.units.member.id, 'registered')).toMatchObject({
      value: null,
      source: 'Chưa có bản đăng ký thi đua (kỳ còn ở giai đoạn đăng ký)',
    });
    expect(cellOf(sheet, fx.units.member.id, 'pactSigned').value).toBeNull();
    expect(await fileFacts(fx, 'phuong-3')).toEqual({});
  });

  it('derives reportsSubmitted from the unit’s sơ kết and tổng kết report tasks in the issued work plan', async () => {
    const fx = await buildScoringCluster(db());
    const so = await as(fx.users.standingOffice.username);
    // No report task: the records say nothing, the standing office types it.
    const reportsUrl = (unitId: string) =>
      `/clusters/${fx.cluster.id}/units/${unitId}/facts/reportsSubmitted`;
    expect((await so.put(reportsUrl(fx.units.leader.id), { version: 0, value: true })).statusCode).toBe(200);
    const [plan] = await db()
      .insert(workPlans)
      .values({
        councilId: fx.council.id,
        periodId: fx.period.id,
        title: 'Kế hoạch công tác thi đua, khen thưởng năm 2025',
        number: '28/KH-HĐTĐKT',
        issuedOn: '2025-01-20',
        status: 'issued',
      })
      .returning();
    const [midYear] = await db()
      .insert(planTasks)
      .values([
        {
          planId: plan!.id,
          content: 'Gửi báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm',
          executingUnitId: fx.units.member.id,
          deadlineKind: 'date',
          dueOn: '2025-06-15',
          status: 'done',
          completedOn: '2025-06-14',
        },
        {
          planId: plan!.id,
          content: 'Gửi báo cáo tổng kết công tác thi đua, khen thưởng năm',
          executingUnitId: fx.units.member.id,
          deadlineKind: 'date',
          dueOn: '2025-11-30',
          status: 'notStarted',
        },
        {
          planId: plan!.id,
          content: 'Tổ chức hội nghị điển hình tiên tiến',
          executingUnitId: fx.units.deputy.id,
          deadlineKind: 'date',
          dueOn: '2025-05-30',
          status: 'notStarted',
        },
      ])
      .returning();
    let sheet = await sheetOf(fx, fx.users.standingOffice.username);
    expect(cellOf(sheet, fx.units.member.id, 'reportsSubmitted')).toMatchObject({
      value: false,
      origin: 'derived',
      source:
        'Theo kế hoạch công tác: đã gửi 1/2 báo cáo sơ kết, tổng kết đến hạn; chưa gửi: Gửi báo cáo tổng kết ' +
        'công tác thi đua, khen thưởng năm (hạn 30/11/2025)',
    });
    // Another task of the deputy's is no report: reportsSubmitted stays the standing office's to type.
    expect(cellOf(sheet, fx.units.deputy.id, 'reportsSubmitted').origin).toBe('none');
    expect(cellOf(sheet, fx.units.leader.id, 'reportsSubmitted')).toMatchObject({
      value: true,
      origin: 'typed',
    });
    const refused = await so.put(reportsUrl(fx.units.member.id), { version: 0, value: true });
    expect(refused.json<ErrorJson>().error.code).toBe('FACT_DERIVED');
    await db()
      .update(planTasks)
      .set({ status: 'done', completedOn: '2025-12-02' })
      .where(eq(planTasks.content, 'Gửi báo cáo tổng kết công tác thi đua, khen thưởng năm'));
    sheet = await sheetOf(fx, fx.users.standingOffice.username);
    expect(cellOf(sheet, fx.units.member.id, 'reportsSubmitted')).toMatchObject({ value: true });
    expect(midYear).toBeDefined();
    expect(await fileFacts(fx, 'phuong-3')).toMatchObject({ reportsSubmitted: true });
  });

  it('shows a member unit only its own row before the table is published, with what it may do', async () => {
    const fx = await buildScoringCluster(db());
    const own = await sheetOf(fx, fx.users.member.username);
    expect(own.units.map((u) => u.name)).toEqual(['Phường 3']);
    expect(own.units[0]!.abilities).toEqual({
      editStaffCount: true,
      confirmStaffCount: false,
      editFacts: false,
    });
    const office = await sheetOf(fx, fx.users.standingOffice.username);
    expect(office.units).toHaveLength(4);
    expect(office.units[0]!.abilities).toEqual({
      editStaffCount: true,
      confirmStaffCount: true,
      editFacts: true,
    });
    expect(
      (await (await as(fx.users.focal.username)).get(`/clusters/${fx.cluster.id}/fact-sheet`)).statusCode,
    ).toBe(403);
  });
});
