import { auditLog, entries } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type ErrorJson, useTestApp } from './harness';
import { buildScoringCluster, entryUrl, putNewEntry, type ScoringCluster, setStage } from './scoring-fixture';

describe.each(databaseTestTargets())('scoring entries on $name', (target) => {
  const { db, as } = useTestApp(target);

  async function storedEntries(fx: ScoringCluster) {
    return db().select().from(entries).where(eq(entries.criteriaVersionId, fx.criteriaVersionId));
  }

  async function auditOf(entityId: string) {
    return db().select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
  }

  it('lets a member self-score its own row, stores exact values and audits old and new', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const created = await putNewEntry(member, fx, fx.units.member.id, 'I.1', 'self', {
      plan: 250,
      actual: 262.3,
      note: 'Theo báo cáo quyết toán',
    });
    expect(created.statusCode).toBe(200);
    const entry = created.json<{ id: string; version: number }>();
    expect(created.json()).toMatchObject({
      stage: 'self',
      plan: 250,
      actual: 262.3,
      points: null,
      note: 'Theo báo cáo quyết toán',
      version: 1,
      evidenceCount: 0,
    });
    const qualitative = await putNewEntry(member, fx, fx.units.member.id, 'II.2', 'self', { points: 87.5 });
    expect(qualitative.statusCode).toBe(200);

    const rows = await storedEntries(fx);
    expect(rows.map((r) => [r.criterionCode, r.plan, r.actual, r.points]).sort()).toEqual([
      ['I.1', '250', '262.3', null],
      ['II.2', null, null, '87.50'],
    ]);

    const updated = await member.put(entryUrl(fx, fx.units.member.id, 'I.1', 'self'), {
      version: 1,
      plan: 250,
      actual: 270,
      // Clearing the note, as the form sends it.
      note: null,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ actual: 270, note: null, version: 2 });
    const events = await auditOf(entry.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[0]!.actorUserId).toBe(fx.users.member.id);
    expect(events[1]!.old).toMatchObject({ actual: '262.3', version: 1 });
    expect(events[1]!.new).toMatchObject({ actual: '270', version: 2 });
    // The save writes its audit event inside its one statement: the JSON is exactly what
    // `recordAudit` makes of the row (every column but createdAt/updatedAt, numbers as their text).
    const [stored] = await db().select().from(entries).where(eq(entries.id, entry.id));
    const columns = Object.fromEntries(
      Object.entries(stored!).filter(([key]) => key !== 'createdAt' && key !== 'updatedAt'),
    );
    expect(events[1]!.new).toStrictEqual(JSON.parse(JSON.stringify(columns)));
    expect(events[0]!.new).toStrictEqual(events[1]!.old);
  });

  it('lets each scorer write its own layer: focal departments, the standing office, reviewers', async () => {
    const fx = await buildScoringCluster(db());
    const focal = await as(fx.users.focal.username);
    for (const unit of [fx.units.leader, fx.units.member, fx.units.focalMember]) {
      const r = await putNewEntry(focal, fx, unit.id, 'I.2', 'focal', { value: 92.5 });
      expect(r.statusCode).toBe(200);
    }
    const focalMember = await as(fx.users.focalMember.username);
    expect(
      (await putNewEntry(focalMember, fx, fx.units.member.id, 'II.3', 'focal', { done: true })).statusCode,
    ).toBe(200);
    const so = await as(fx.users.standingOffice.username);
    expect(
      (await putNewEntry(so, fx, fx.units.member.id, 'II.1', 'standingOffice', { rating: 'HTTNV' }))
        .statusCode,
    ).toBe(200);

    await setStage(db(), fx.period.id, 'review');
    const deputy = await as(fx.users.deputy.username);
    const review = await putNewEntry(deputy, fx, fx.units.leader.id, 'II.2', 'agreed', {
      points: 80,
      reason: 'Thiếu biên bản hội nghị nhân dân',
    });
    expect(review.statusCode).toBe(200);
    const leader = await as(fx.users.leader.username);
    expect(
      (
        await putNewEntry(leader, fx, fx.units.member.id, 'II.2', 'agreed', {
          points: 95,
          reason: 'Đối chiếu minh chứng',
        })
      ).statusCode,
    ).toBe(200);
    await setStage(db(), fx.period.id, 'preparatory');
    expect(
      (
        await so.put(entryUrl(fx, fx.units.leader.id, 'II.2', 'agreed'), {
          version: 1,
          points: 82,
          reason: 'Hội nghị trù bị thống nhất',
        })
      ).statusCode,
    ).toBe(200);

    const rows = await storedEntries(fx);
    expect(rows).toHaveLength(7);
    const agreed = rows.find((r) => r.stage === 'agreed' && r.unitId === fx.units.leader.id)!;
    expect(agreed).toMatchObject({ points: '82.00', reason: 'Hội nghị trù bị thống nhất', version: 2 });
    const [, second] = await auditOf(agreed.id);
    expect(second).toMatchObject({ action: 'update', reason: 'Hội nghị trù bị thống nhất' });
    expect(second!.old).toMatchObject({ points: '80.00' });
    expect(second!.new).toMatchObject({ points: '82.00' });
  });

  it('refuses every wrong role on every layer and saves nothing', async () => {
    const fx = await buildScoringCluster(db());
    const { leader, deputy, member, focalMember, focal, standingOffice, councilMember, follower } = fx.users;
    const u = fx.units;
    const results: [string, string, string, string, object, number, string][] = [
      // who, unit, criterion, layer, body, status, code
      [deputy.username, u.member.id, 'I.1', 'self', { plan: 1, actual: 1 }, 403, 'FORBIDDEN'],
      [member.username, u.member.id, 'I.2', 'self', { value: 1 }, 403, 'FORBIDDEN'],
      [focal.username, u.member.id, 'II.3', 'focal', { done: true }, 403, 'FORBIDDEN'],
      [focal.username, u.member.id, 'I.1', 'focal', { plan: 1, actual: 1 }, 403, 'FORBIDDEN'],
      [focalMember.username, u.focalMember.id, 'II.3', 'focal', { done: true }, 403, 'CONFLICT_OF_INTEREST'],
      [member.username, u.member.id, 'II.1', 'standingOffice', { rating: 'HTTNV' }, 403, 'FORBIDDEN'],
      [
        standingOffice.username,
        u.member.id,
        'I.1',
        'standingOffice',
        { plan: 1, actual: 1 },
        403,
        'FORBIDDEN',
      ],
      [councilMember.username, u.member.id, 'II.2', 'self', { points: 1 }, 403, 'FORBIDDEN'],
      [follower.username, u.member.id, 'II.2', 'agreed', { points: 1, reason: 'x' }, 403, 'FORBIDDEN'],
      [fx.users.otherStandingOffice.username, u.member.id, 'II.2', 'agreed', { points: 1 }, 404, 'NOT_FOUND'],
    ];
    for (const [who, unitId, code, layer, body, status, errorCode] of results) {
      const response = await (await as(who)).put(entryUrl(fx, unitId, code, layer), { version: 0, ...body });
      expect([who, layer, code, response.statusCode]).toEqual([who, layer, code, status]);
      expect(response.json<ErrorJson>().error.code).toBe(errorCode);
    }
    await setStage(db(), fx.period.id, 'review');
    const reviewers: [string, string, number, string][] = [
      [leader.username, u.leader.id, 403, 'CONFLICT_OF_INTEREST'],
      [deputy.username, u.deputy.id, 403, 'CONFLICT_OF_INTEREST'],
      [member.username, u.deputy.id, 403, 'FORBIDDEN'],
      [focal.username, u.member.id, 403, 'FORBIDDEN'],
      [councilMember.username, u.member.id, 403, 'FORBIDDEN'],
    ];
    for (const [who, unitId, status, code] of reviewers) {
      const response = await (
        await as(who)
      ).put(entryUrl(fx, unitId, 'II.2', 'agreed'), { version: 0, points: 50, reason: 'Rà soát' });
      expect([who, response.statusCode, response.json<ErrorJson>().error.code]).toEqual([who, status, code]);
    }
    const conflict = await (
      await as(leader.username)
    ).put(entryUrl(fx, u.leader.id, 'II.2', 'agreed'), { version: 0, points: 50, reason: 'Rà soát' });
    expect(conflict.json<ErrorJson>().error.message).toContain('không được tự thẩm định');
    expect(await storedEntries(fx)).toEqual([]);
  });

  it('refuses writes outside their stage, in an archived period and reviews without a reason', async () => {
    const fx = await buildScoringCluster(db(), 'registration');
    const member = await as(fx.users.member.username);
    const early = await putNewEntry(member, fx, fx.units.member.id, 'II.2', 'self', { points: 5 });
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorJson>().error).toMatchObject({ code: 'STAGE' });
    expect(early.json<ErrorJson>().error.message).toContain('Tự chấm điểm');

    await setStage(db(), fx.period.id, 'results');
    const deputy = await as(fx.users.deputy.username);
    const tooEarly = await putNewEntry(deputy, fx, fx.units.member.id, 'II.2', 'agreed', {
      points: 5,
      reason: 'Rà soát',
    });
    expect(tooEarly.json<ErrorJson>().error.code).toBe('STAGE');

    await setStage(db(), fx.period.id, 'review');
    const lateSelf = await putNewEntry(member, fx, fx.units.member.id, 'II.2', 'self', { points: 5 });
    expect(lateSelf.json<ErrorJson>().error.code).toBe('STAGE');
    const noReason = await putNewEntry(deputy, fx, fx.units.member.id, 'II.2', 'agreed', { points: 5 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorJson>().error).toMatchObject({
      code: 'REASON_REQUIRED',
      fields: [{ path: 'body.reason' }],
    });
    const blankReason = await putNewEntry(deputy, fx, fx.units.member.id, 'II.2', 'agreed', {
      points: 5,
      reason: ' ',
    });
    expect(blankReason.json<ErrorJson>().error).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'body.reason', message: 'không được để trống' }],
    });

    await setStage(db(), fx.period.id, 'archived');
    const locked = await putNewEntry(deputy, fx, fx.units.member.id, 'II.2', 'agreed', {
      points: 5,
      reason: 'Rà soát',
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json<ErrorJson>().error.code).toBe('LOCKED');
    expect(await storedEntries(fx)).toEqual([]);
  });

  it('checks values against the criterion as the engine does, naming the field in Vietnamese', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const so = await as(fx.users.standingOffice.username);
    const focal = await as(fx.users.focal.username);
    const cases: [typeof member, string, string, object, string, string][] = [
      [
        member,
        'II.2',
        'self',
        { points: 120 },
        'body.points',
        '120 vượt quá điểm chuẩn 100 của tiêu chí II.2',
      ],
      [member, 'II.2', 'self', { points: 87.555 }, 'body.points', 'tối đa 2 chữ số thập phân'],
      [member, 'II.2', 'self', { points: -1 }, 'body.points', 'không được âm'],
      [member, 'II.2', 'self', { points: 'chín mươi' }, 'body.points', 'phải là một số'],
      [member, 'II.2', 'self', {}, 'body.points', 'thiếu "points"'],
      [member, 'I.1', 'self', { plan: -5, actual: 3 }, 'body.plan', 'kế hoạch không được âm'],
      [member, 'I.1', 'self', { plan: 100 }, 'body.actual', 'thiếu "actual"'],
      [member, 'I.1', 'self', { plan: 0, actual: 3 }, 'body.plan', 'phải lớn hơn 0'],
      [
        member,
        'I.1',
        'self',
        { plan: 10, actual: 3, points: 5 },
        'body.points',
        'không dùng cho tiêu chí loại',
      ],
      [so, 'II.1', 'standingOffice', { rating: 'XUAT_SAC' }, 'body.rating', 'không có trong các mức'],
      [focal, 'I.2', 'focal', { value: true }, 'body.value', 'phải là một số'],
    ];
    for (const [client, code, layer, body, path, message] of cases) {
      const response = await putNewEntry(client, fx, fx.units.member.id, code, layer, { ...body });
      expect([code, JSON.stringify(body), response.statusCode]).toEqual([code, JSON.stringify(body), 400]);
      const { error } = response.json<ErrorJson>();
      expect(error.code).toBe('VALIDATION');
      expect(error.fields).toEqual(
        expect.arrayContaining([{ path, message: expect.stringContaining(message) as string }]),
      );
    }
    const badVersion = await member.put(entryUrl(fx, fx.units.member.id, 'II.2', 'self'), {
      version: -1,
      points: 1,
    });
    expect(badVersion.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.version', message: expect.stringContaining('phải lớn hơn hoặc bằng 0') as string },
    ]);
    const unknownCriterion = await putNewEntry(member, fx, fx.units.member.id, 'IX.9', 'self', { points: 1 });
    expect(unknownCriterion.statusCode).toBe(404);
    expect(unknownCriterion.json<ErrorJson>().error.fields).toEqual([
      { path: 'params.criterionCode', message: expect.stringContaining('IX.9') as string },
    ]);
    const outsider = await putNewEntry(member, fx, fx.units.focal.id, 'II.2', 'self', { points: 1 });
    expect(outsider.statusCode).toBe(404);
    const unknownCluster = await member.put(
      `/clusters/00000000-0000-4000-8000-000000000000/units/${fx.units.member.id}/entries/II.2/self`,
      { version: 0, points: 1 },
    );
    expect(unknownCluster.statusCode).toBe(404);
    const badParams = await member.put(
      `/clusters/${fx.cluster.id}/units/khong-phai-uuid/entries/II.2/tu-cham`,
      {
        version: 0,
        points: 1,
      },
    );
    expect(badParams.statusCode).toBe(400);
    expect(
      badParams
        .json<ErrorJson>()
        .error.fields!.map((f) => f.path)
        .sort(),
    ).toEqual(['params.stage', 'params.unitId']);
    expect(await storedEntries(fx)).toEqual([]);
  });

  it('lets exactly one of two concurrent writers of a cell win; the other gets 409 STALE', async () => {
    const fx = await buildScoringCluster(db());
    const first = await as(fx.users.member.username);
    const second = await as(fx.users.member.username);
    const url = entryUrl(fx, fx.units.member.id, 'II.2', 'self');
    const creates = await Promise.all([
      first.put(url, { version: 0, points: 10 }),
      second.put(url, { version: 0, points: 20 }),
    ]);
    expect(creates.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const updates = await Promise.all([
      first.put(url, { version: 1, points: 30 }),
      second.put(url, { version: 1, points: 40 }),
    ]);
    expect(updates.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = updates.find((r) => r.statusCode === 409)!;
    expect(loser.json<ErrorJson>().error).toMatchObject({ code: 'STALE' });
    const winner = updates.find((r) => r.statusCode === 200)!.json<{ points: number }>();
    const rows = await storedEntries(fx);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 2, points: `${winner.points}.00` });
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'entry'), eq(auditLog.entityId, rows[0]!.id)));
    expect(events).toHaveLength(2);
    const stale = await first.put(url, { version: 1, points: 50 });
    expect(stale.statusCode).toBe(409);
  });
});
