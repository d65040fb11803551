import { auditLog, objections } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { localToday } from '../src/kernel/dates';
import { type ErrorJson, expectPostOutcomes, type PostOutcome, useTestApp } from './harness';
import { buildScoringCluster, putNewEntry, type ScoringCluster, setStage } from './scoring-fixture';

describe.each(databaseTestTargets())('objections on $name', (target) => {
  const { db, as } = useTestApp(target);
  const url = (fx: ScoringCluster) => `/clusters/${fx.cluster.id}/objections`;
  const stored = (fx: ScoringCluster) =>
    db().select().from(objections).where(eq(objections.criteriaVersionId, fx.criteriaVersionId));

  it('lets a member object during review, linked to the reviewed value, and a reviewer answer it', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const deputy = await as(fx.users.deputy.username);
    const reviewed = await putNewEntry(deputy, fx, fx.units.member.id, 'II.2', 'agreed', {
      points: 60,
      reason: 'Thiếu minh chứng',
    });
    const member = await as(fx.users.member.username);
    const raised = await member.post(url(fx), {
      unitId: fx.units.member.id,
      criterionCode: 'II.2',
      body: 'Đơn vị đã gửi bổ sung biên bản ngày 10/11',
    });
    expect(raised.statusCode).toBe(201);
    const objection = raised.json<{ id: string }>();
    expect(raised.json()).toMatchObject({
      status: 'open',
      criterionCode: 'II.2',
      entryId: reviewed.json<{ id: string }>().id,
      raisedBy: fx.users.member.id,
      abilities: { answer: false, withdraw: true },
    });
    const wholeTable = await member.post(url(fx), {
      unitId: fx.units.member.id,
      body: 'Đề nghị xem lại cả bảng',
    });
    expect(wholeTable.json()).toMatchObject({ criterionCode: null, entryId: null });

    const leader = await as(fx.users.leader.username);
    const listed = await leader.get(`${url(fx)}?status=open`);
    expect(listed.json()).toMatchObject({ total: 2 });
    expect(listed.json<{ items: unknown[] }>().items[0]).toMatchObject({
      id: objection.id,
      abilities: { answer: true },
    });
    const answered = await leader.post(`/objections/${objection.id}/answer`, {
      version: 1,
      answer: 'Đã xem xét, giữ nguyên 60 điểm',
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answeredBy: fx.users.leader.id, version: 2 });
    const twice = await deputy.post(`/objections/${objection.id}/answer`, { version: 2, answer: 'Lần hai' });
    expect(twice.json<ErrorJson>().error.code).toBe('OBJECTION_CLOSED');
    const events = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, objection.id))
      .orderBy(auditLog.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'answer']);
    expect(events[1]!.old).toMatchObject({ status: 'open', answer: null });
    expect(events[1]!.new).toMatchObject({ status: 'answered', answer: 'Đã xem xét, giữ nguyên 60 điểm' });

    const withdrawn = await member.post(`/objections/${wholeTable.json<{ id: string }>().id}/withdraw`, {
      version: 1,
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', version: 2 });
  });

  it('refuses objections outside review, for another unit, by non-members, and bad input, saving nothing', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const body = { unitId: fx.units.member.id, body: 'Đề nghị xem lại' };
    const early = await member.post(url(fx), body);
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorJson>().error).toMatchObject({
      code: 'STAGE',
      message: expect.stringContaining('Thẩm định') as string,
    });
    await setStage(db(), fx.period.id, 'review');
    const cases: PostOutcome[] = [
      [fx.users.deputy.username, body, 403, 'FORBIDDEN'],
      [fx.users.focal.username, body, 403, 'FORBIDDEN'],
      [fx.users.councilMember.username, body, 403, 'FORBIDDEN'],
      [fx.users.standingOffice.username, body, 403, 'FORBIDDEN'],
      [fx.users.otherStandingOffice.username, body, 404, 'NOT_FOUND'],
      [fx.users.member.username, { ...body, body: '  ' }, 400, 'VALIDATION'],
      [fx.users.member.username, { ...body, criterionCode: 'IX.1' }, 404, 'NOT_FOUND'],
      [fx.users.member.username, { ...body, unitId: fx.units.focal.id }, 404, 'NOT_FOUND'],
    ];
    await expectPostOutcomes(as, url(fx), cases);
    const unknown = await member.post(url(fx), { ...body, criterionCode: 'IX.1' });
    expect(unknown.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.criterionCode', message: 'không có tiêu chí mã "IX.1" trong bộ tiêu chí' },
    ]);
    await setStage(db(), fx.period.id, 'archived');
    expect((await member.post(url(fx), body)).json<ErrorJson>().error.code).toBe('LOCKED');
    expect(await stored(fx)).toEqual([]);
  });

  it('closes the objection window the day after the review deadline; the standing office can extend it for a cluster', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const today = localToday();
    const dayOffset = (days: number) => {
      const date = new Date(`${today}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + days);
      return date.toISOString().slice(0, 10);
    };
    const office = await as(fx.users.standingOffice.username);
    const deadlines = `/periods/${fx.period.id}/deadlines`;
    expect(
      (await office.put(deadlines, { version: 0, stage: 'review', dueOn: dayOffset(-1) })).statusCode,
    ).toBe(200);

    const member = await as(fx.users.member.username);
    const body = { unitId: fx.units.member.id, criterionCode: 'II.2', body: 'Đề nghị xem lại' };
    const late = await member.post(url(fx), body);
    expect(late.statusCode).toBe(409);
    const shown = dayOffset(-1).split('-').reverse().join('/');
    expect(late.json<ErrorJson>().error).toEqual({
      code: 'WINDOW_CLOSED',
      message:
        `Đã hết thời hạn gửi ý kiến về bảng điểm: hạn của giai đoạn "Thẩm định, chấm chéo" là ngày ${shown}. ` +
        'Cơ quan thường trực hoặc cụm trưởng có thể gia hạn.',
    });
    expect(await stored(fx)).toEqual([]);

    // Due today is still open; the cluster's own deadline wins over the period's.
    expect(
      (await office.put(deadlines, { version: 0, stage: 'review', dueOn: today, clusterId: fx.cluster.id }))
        .statusCode,
    ).toBe(200);
    expect((await member.post(url(fx), body)).statusCode).toBe(201);
    expect(await stored(fx)).toHaveLength(1);
  });

  it('lets no one answer for their own unit or as a member, detects stale answers and hides others’ objections', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const leaderStaff = await as(fx.users.leader.username);
    const own = await leaderStaff.post(url(fx), {
      unitId: fx.units.leader.id,
      body: 'Ý kiến của đơn vị cụm trưởng',
    });
    const ownId = own.json<{ id: string }>().id;
    const conflict = await leaderStaff.post(`/objections/${ownId}/answer`, {
      version: 1,
      answer: 'Tự trả lời',
    });
    expect(conflict.json<ErrorJson>().error.code).toBe('CONFLICT_OF_INTEREST');
    const member = await as(fx.users.member.username);
    expect((await member.post(`/objections/${ownId}/answer`, { version: 1, answer: 'x' })).statusCode).toBe(
      403,
    );
    expect((await member.post(`/objections/${ownId}/withdraw`, { version: 1 })).statusCode).toBe(403);
    expect(
      (
        await (
          await as(fx.users.otherStandingOffice.username)
        ).post(`/objections/${ownId}/answer`, { version: 1, answer: 'x' })
      ).statusCode,
    ).toBe(404);
    expect((await member.get(url(fx))).json()).toMatchObject({ total: 0 });
    expect((await (await as(fx.users.focal.username)).get(url(fx))).statusCode).toBe(403);

    const deputy = await as(fx.users.deputy.username);
    const so = await as(fx.users.standingOffice.username);
    const [a, b] = await Promise.all([
      deputy.post(`/objections/${ownId}/answer`, { version: 1, answer: 'Trả lời của cụm phó' }),
      so.post(`/objections/${ownId}/answer`, { version: 1, answer: 'Trả lời của cơ quan thường trực' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const bad = await deputy.post(`/objections/${ownId}/answer`, { version: 'hai', answer: '' });
    expect(
      bad
        .json<ErrorJson>()
        .error.fields!.map((f) => f.path)
        .sort(),
    ).toEqual(['body.answer', 'body.version']);
    const [row] = await stored(fx);
    expect(row).toMatchObject({ status: 'answered', version: 2 });
  });
});
