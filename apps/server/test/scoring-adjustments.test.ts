import { adjustments, auditLog, unitFacts } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { buildScoringCluster, type ErrorJson, type ScoringCluster, setStage } from './scoring-fixture';

const SOURCE = { sourceNumber: '45/TB-UBND', sourceDate: '2025-09-12', sourceIssuer: 'UBND tỉnh' };

describe.each(databaseTestTargets())('adjustments and facts on $name', (target) => {
  const { db, as } = useTestApp(target);
  const url = (fx: ScoringCluster) => `/clusters/${fx.cluster.id}/adjustments`;
  const storedAdjustments = (fx: ScoringCluster) =>
    db().select().from(adjustments).where(eq(adjustments.criteriaVersionId, fx.criteriaVersionId));
  const storedFacts = (fx: ScoringCluster) =>
    db().select().from(unitFacts).where(eq(unitFacts.periodId, fx.period.id));

  it('records deductions and council bonuses by the standing office, cluster bonuses by leader and deputy', async () => {
    const fx = await buildScoringCluster(db());
    const so = await as(fx.users.standingOffice.username);
    const deduction = await so.post(url(fx), {
      unitId: fx.units.member.id,
      itemCode: 'PHE_BINH',
      count: 2,
      ...SOURCE,
      note: 'Chậm nộp báo cáo',
    });
    expect(deduction.statusCode).toBe(201);
    expect(deduction.json()).toMatchObject({
      kind: 'deduction',
      count: 2,
      points: null,
      ...SOURCE,
      version: 1,
    });
    expect(
      (await so.post(url(fx), { unitId: fx.units.member.id, itemCode: 'IV', points: 12.5 })).statusCode,
    ).toBe(201);
    const leader = await as(fx.users.leader.username);
    expect(
      (await leader.post(url(fx), { unitId: fx.units.member.id, itemCode: 'CUM', points: 3 })).statusCode,
    ).toBe(201);
    const deputy = await as(fx.users.deputy.username);
    expect(
      (await deputy.post(url(fx), { unitId: fx.units.leader.id, itemCode: 'CUM', points: 4.25 })).statusCode,
    ).toBe(201);
    const rows = await storedAdjustments(fx);
    expect(rows.map((r) => [r.itemCode, r.kind, r.points, r.count]).sort()).toEqual([
      ['CUM', 'bonus', '3.00', null],
      ['CUM', 'bonus', '4.25', null],
      ['IV', 'bonus', '12.50', null],
      ['PHE_BINH', 'deduction', null, 2],
    ]);
    const id = deduction.json<{ id: string }>().id;
    const [created] = await db().select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(created).toMatchObject({
      entityType: 'adjustment',
      action: 'create',
      actorUserId: fx.users.standingOffice.id,
    });
    expect(created!.new).toMatchObject({ itemCode: 'PHE_BINH', count: 2, sourceNumber: '45/TB-UBND' });

    const patched = await so.patch(`/adjustments/${id}`, {
      version: 1,
      count: 3,
      reason: 'Thêm một văn bản phê bình',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ count: 3, version: 2, sourceNumber: '45/TB-UBND' });
    const stale = await so.patch(`/adjustments/${id}`, { version: 1, count: 4, reason: 'Sửa' });
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const noReason = await so.patch(`/adjustments/${id}`, { version: 2, count: 4 });
    expect(noReason.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.reason', message: 'thiếu trường bắt buộc' },
    ]);
    expect((await so.delete(`/adjustments/${id}?version=2`)).json<ErrorJson>().error.fields).toEqual([
      { path: 'query.reason', message: 'thiếu trường bắt buộc' },
    ]);
    expect((await so.delete(`/adjustments/${id}?version=1&reason=Nh%E1%BA%A7m`)).statusCode).toBe(409);
    expect(
      (await so.delete(`/adjustments/${id}?version=2&reason=Nh%E1%BA%A7m%20%C4%91%C6%A1n%20v%E1%BB%8B`))
        .statusCode,
    ).toBe(204);
    const events = await db().select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ['create', null],
      ['update', 'Thêm một văn bản phê bình'],
      ['delete', 'Nhầm đơn vị'],
    ]);
    expect(events[1]!.old).toMatchObject({ count: 2 });
    expect(events[1]!.new).toMatchObject({ count: 3 });
    expect(events[2]!.old).toMatchObject({ count: 3 });
    expect(await storedAdjustments(fx)).toHaveLength(3);
  });

  it('refuses every wrong role, including a leader on its own unit, and saves nothing', async () => {
    const fx = await buildScoringCluster(db());
    const u = fx.units;
    const cases: [string, object, number, string][] = [
      [fx.users.leader.username, { unitId: u.member.id, itemCode: 'IV', points: 5 }, 403, 'FORBIDDEN'],
      [
        fx.users.leader.username,
        { unitId: u.leader.id, itemCode: 'CUM', points: 5 },
        403,
        'CONFLICT_OF_INTEREST',
      ],
      [
        fx.users.deputy.username,
        { unitId: u.member.id, itemCode: 'PHE_BINH', count: 1, ...SOURCE },
        403,
        'FORBIDDEN',
      ],
      [fx.users.member.username, { unitId: u.member.id, itemCode: 'CUM', points: 5 }, 403, 'FORBIDDEN'],
      [fx.users.focal.username, { unitId: u.member.id, itemCode: 'IV', points: 5 }, 403, 'FORBIDDEN'],
      [fx.users.councilMember.username, { unitId: u.member.id, itemCode: 'IV', points: 5 }, 403, 'FORBIDDEN'],
      [fx.users.follower.username, { unitId: u.member.id, itemCode: 'CUM', points: 5 }, 403, 'FORBIDDEN'],
      [
        fx.users.otherStandingOffice.username,
        { unitId: u.member.id, itemCode: 'IV', points: 5 },
        404,
        'NOT_FOUND',
      ],
    ];
    for (const [who, body, status, code] of cases) {
      const response = await (await as(who)).post(url(fx), body);
      expect([who, JSON.stringify(body), response.statusCode, response.json<ErrorJson>().error.code]).toEqual(
        [who, JSON.stringify(body), status, code],
      );
    }
    const created = await (
      await as(fx.users.standingOffice.username)
    ).post(url(fx), {
      unitId: u.leader.id,
      itemCode: 'CUM',
      points: 2,
    });
    const id = created.json<{ id: string }>().id;
    for (const who of [fx.users.leader, fx.users.member, fx.users.councilMember]) {
      const client = await as(who.username);
      expect(
        (await client.patch(`/adjustments/${id}`, { version: 1, points: 5, reason: 'x' })).statusCode,
      ).toBe(403);
      expect((await client.delete(`/adjustments/${id}?version=1&reason=x`)).statusCode).toBe(403);
    }
    const foreign = await as(fx.users.otherStandingOffice.username);
    expect(
      (await foreign.patch(`/adjustments/${id}`, { version: 1, points: 5, reason: 'x' })).statusCode,
    ).toBe(404);
    expect((await foreign.delete(`/adjustments/${id}?version=1&reason=x`)).statusCode).toBe(404);
    // Bad values on a change are refused like on a creation.
    const so = await as(fx.users.standingOffice.username);
    const tooPrecise = await so.patch(`/adjustments/${id}`, { version: 1, points: 1.234, reason: 'Sửa' });
    expect(tooPrecise.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.points', message: 'điểm chỉ được có tối đa 2 chữ số thập phân (nhận được 1,234)' },
    ]);
    const overMax = await so.patch(`/adjustments/${id}`, { version: 1, points: 6, reason: 'Sửa' });
    expect(overMax.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.points', message: '6 vượt quá mức tối đa 5 của khoản cộng CUM' },
    ]);
    const wrongField = await so.patch(`/adjustments/${id}`, { version: 1, count: 1, reason: 'Sửa' });
    expect(wrongField.json<ErrorJson>().error.fields![0]!.path).toBe('body.count');
    const rows = await storedAdjustments(fx);
    expect(rows.map((r) => [r.points, r.version])).toEqual([['2.00', 1]]);
  });

  it('refuses bad amounts, unknown items and units, wrong stages, naming each field', async () => {
    const fx = await buildScoringCluster(db());
    const so = await as(fx.users.standingOffice.username);
    const unit = fx.units.member.id;
    const cases: [object, number, string, string][] = [
      [
        { unitId: unit, itemCode: 'KHONG_CO', points: 1 },
        400,
        'body.itemCode',
        'không có khoản cộng hoặc khoản trừ mã "KHONG_CO"',
      ],
      [
        { unitId: unit, itemCode: 'IV', count: 1 },
        400,
        'body.count',
        'không dùng cho tiêu chí loại "khoản cộng"',
      ],
      [{ unitId: unit, itemCode: 'IV' }, 400, 'body.points', 'khoản cộng IV cần "points"'],
      [
        { unitId: unit, itemCode: 'IV', points: 25 },
        400,
        'body.points',
        '25 vượt quá mức tối đa 20 của khoản cộng IV',
      ],
      [{ unitId: unit, itemCode: 'IV', points: 1.234 }, 400, 'body.points', 'tối đa 2 chữ số thập phân'],
      [{ unitId: unit, itemCode: 'IV', points: -1 }, 400, 'body.points', 'không được âm'],
      [{ unitId: unit, itemCode: 'IV', points: '5' }, 400, 'body.points', 'phải là một số'],
      [
        { unitId: unit, itemCode: 'PHE_BINH', count: 1.5, ...SOURCE },
        400,
        'body.count',
        'số nguyên không âm',
      ],
      [
        { unitId: unit, itemCode: 'PHE_BINH', count: 1 },
        400,
        'body.sourceNumber',
        'cần số, ký hiệu văn bản căn cứ',
      ],
      [
        { unitId: unit, itemCode: 'PHE_BINH', count: 1, ...SOURCE, sourceDate: '12/09/2025' },
        400,
        'body.sourceDate',
        'ngày hợp lệ',
      ],
      [{ unitId: fx.units.focal.id, itemCode: 'IV', points: 1 }, 404, 'body.unitId', 'không thuộc cụm'],
      [{ unitId: 'x', itemCode: 'IV', points: 1 }, 400, 'body.unitId', 'UUID'],
    ];
    for (const [body, status, path, message] of cases) {
      const response = await so.post(url(fx), body);
      expect([JSON.stringify(body), response.statusCode]).toEqual([JSON.stringify(body), status]);
      expect(response.json<ErrorJson>().error.fields).toEqual(
        expect.arrayContaining([{ path, message: expect.stringContaining(message) as string }]),
      );
    }
    await setStage(db(), fx.period.id, 'registration');
    const early = await so.post(url(fx), { unitId: unit, itemCode: 'IV', points: 1 });
    expect(early.json<ErrorJson>().error.code).toBe('STAGE');
    await setStage(db(), fx.period.id, 'archived');
    const locked = await so.post(url(fx), { unitId: unit, itemCode: 'IV', points: 1 });
    expect(locked.json<ErrorJson>().error.code).toBe('LOCKED');
    expect(
      (await so.patch('/adjustments/00000000-0000-4000-8000-000000000000', { version: 1, reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(await storedAdjustments(fx)).toEqual([]);
  });

  it('lists a member unit only its own adjustments until published', async () => {
    const fx = await buildScoringCluster(db());
    const so = await as(fx.users.standingOffice.username);
    for (const unit of [fx.units.member, fx.units.deputy]) {
      expect((await so.post(url(fx), { unitId: unit.id, itemCode: 'IV', points: 5 })).statusCode).toBe(201);
    }
    const member = await as(fx.users.member.username);
    const own = await member.get(url(fx));
    expect(own.json()).toMatchObject({
      total: 1,
      items: [{ unitId: fx.units.member.id, abilities: { update: false } }],
    });
    expect((await so.get(`${url(fx)}?pageSize=1`)).json()).toMatchObject({
      total: 2,
      items: [{ abilities: { update: true, delete: true } }],
    });
    expect((await (await as(fx.users.focal.username)).get(url(fx))).statusCode).toBe(403);
    await setStage(db(), fx.period.id, 'review');
    expect((await member.get(url(fx))).json()).toMatchObject({ total: 2 });
  });

  it('lets the standing office record, change and delete unit facts, audited, and nobody else', async () => {
    const fx = await buildScoringCluster(db());
    const so = await as(fx.users.standingOffice.username);
    const factUrl = (unitId: string, name: string) =>
      `/clusters/${fx.cluster.id}/units/${unitId}/facts/${name}`;
    const rating = await so.put(factUrl(fx.units.member.id, 'partyRating'), { version: 0, value: 'HTXSNV' });
    expect(rating.statusCode).toBe(200);
    expect(rating.json()).toMatchObject({ name: 'partyRating', value: 'HTXSNV', version: 1 });
    expect(
      (await so.put(factUrl(fx.units.member.id, 'headRating'), { version: 0, value: 'HTTNV' })).statusCode,
    ).toBe(200);
    expect(
      (await so.put(factUrl(fx.units.deputy.id, 'lateReports'), { version: 0, value: 2 })).statusCode,
    ).toBe(200);
    const changed = await so.put(factUrl(fx.units.member.id, 'partyRating'), {
      version: 1,
      value: 'HTTNV',
      reason: 'Theo kết quả xếp loại của Đảng ủy',
    });
    expect(changed.json()).toMatchObject({ value: 'HTTNV', version: 2 });
    const unreasoned = await so.put(factUrl(fx.units.member.id, 'partyRating'), {
      version: 2,
      value: 'HTNV',
    });
    expect(unreasoned.json<ErrorJson>().error).toMatchObject({
      code: 'REASON_REQUIRED',
      fields: [{ path: 'body.reason', message: 'cần nêu lý do khi sửa thông tin đã ghi' }],
    });
    const stale = await so.put(factUrl(fx.units.member.id, 'partyRating'), {
      version: 1,
      value: 'HTNV',
      reason: 'Sửa lại',
    });
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const again = await so.put(factUrl(fx.units.member.id, 'headRating'), { version: 0, value: 'HTNV' });
    expect(again.json<ErrorJson>().error.code).toBe('STALE');
    const id = rating.json<{ id: string }>().id;
    const events = await db().select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
    expect(
      events.map((e) => [
        e.action,
        (e.old as { value?: unknown } | null)?.value,
        (e.new as { value: unknown }).value,
      ]),
    ).toEqual([
      ['create', undefined, 'HTXSNV'],
      ['update', 'HTXSNV', 'HTTNV'],
    ]);

    for (const who of [
      fx.users.leader,
      fx.users.deputy,
      fx.users.member,
      fx.users.follower,
      fx.users.focal,
    ]) {
      const response = await (
        await as(who.username)
      ).put(factUrl(fx.units.member.id, 'seriousViolation'), {
        version: 0,
        value: true,
      });
      expect([who.username, response.statusCode]).toEqual([who.username, 403]);
    }
    const foreign = await (
      await as(fx.users.otherStandingOffice.username)
    ).put(factUrl(fx.units.member.id, 'x'), {
      version: 0,
      value: 1,
    });
    expect(foreign.statusCode).toBe(404);
    const badName = await so.put(factUrl(fx.units.member.id, 'xep%20loai'), { version: 0, value: 1 });
    expect(badName.json<ErrorJson>().error.fields).toEqual([
      { path: 'params.name', message: expect.stringContaining('chỉ gồm chữ cái không dấu') as string },
    ]);
    const badValue = await so.put(factUrl(fx.units.member.id, 'cultureStandard'), {
      version: 0,
      value: null,
    });
    expect(badValue.json<ErrorJson>().error.fields![0]!.path).toBe('body.value');
    const outsider = await so.put(factUrl(fx.units.focal.id, 'cultureStandard'), { version: 0, value: true });
    expect(outsider.statusCode).toBe(404);

    const member = await as(fx.users.member.username);
    expect((await member.get(`/clusters/${fx.cluster.id}/facts`)).json()).toMatchObject({ total: 2 });
    expect((await so.get(`/clusters/${fx.cluster.id}/facts`)).json()).toMatchObject({ total: 3 });

    const deleteUrl = `${factUrl(fx.units.member.id, 'headRating')}?version=1&reason=Ghi%20nh%E1%BA%A7m`;
    for (const who of [fx.users.member, fx.users.leader, fx.users.councilMember]) {
      expect((await (await as(who.username)).delete(deleteUrl)).statusCode).toBe(403);
    }
    expect((await (await as(fx.users.otherStandingOffice.username)).delete(deleteUrl)).statusCode).toBe(404);
    expect((await so.delete(deleteUrl.replace('version=1', 'version=2'))).json<ErrorJson>().error.code).toBe(
      'STALE',
    );
    expect((await so.delete(deleteUrl)).statusCode).toBe(204);
    expect((await so.delete(deleteUrl)).statusCode).toBe(404);
    await setStage(db(), fx.period.id, 'archived');
    const locked = await so.put(factUrl(fx.units.member.id, 'partyRating'), { version: 2, value: 'HTNV' });
    expect(locked.json<ErrorJson>().error.code).toBe('LOCKED');
    const rows = await storedFacts(fx);
    expect(rows.map((r) => [r.name, r.value]).sort()).toEqual([
      ['lateReports', 2],
      ['partyRating', 'HTTNV'],
    ]);
  });
});
