import { auditLog, clusterMembers, type PeriodStage, periods } from '@thidua/db';
import { buildClusterOf, buildPeriod, databaseTestTargets, seatUnits } from '@thidua/db/testing';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, Client, type ErrorJson, useTestApp } from './harness';

describe.each(databaseTestTargets())('period stages on $name', (target) => {
  const { db, app, as: signedIn } = useTestApp(target);

  async function setup(stage: PeriodStage = 'setup') {
    const org = await buildOrganisation(db());
    const period = await buildPeriod(db(), org.council.id, { stage });
    const office = await signedIn(org.standingOffice.username);
    return { org, period, office, url: `/periods/${period.id}/stage` };
  }

  const periodRow = async (id: string) => (await db().select().from(periods).where(eq(periods.id, id)))[0]!;
  const stageEvents = (id: string) =>
    db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'stage.change')))
      .orderBy(asc(auditLog.id));

  it('moves forward one step at a time, audited with the old and new stage', async () => {
    const { period, office, url } = await setup();
    const forward = await office.post(url, { version: 1, stage: 'criteria' });
    expect(forward.statusCode).toBe(200);
    expect(forward.json()).toMatchObject({ stage: 'criteria', version: 2, previousStage: 'setup' });
    expect(await periodRow(period.id)).toMatchObject({ stage: 'criteria', version: 2, archivedAt: null });
    const [event] = await stageEvents(period.id);
    expect(event).toMatchObject({
      entityType: 'period',
      old: { stage: 'setup' },
      new: { stage: 'criteria' },
      reason: null,
    });
  });

  it('refuses a jump of more than one step, naming the allowed stages', async () => {
    const { period, office, url } = await setup();
    const response = await office.post(url, { version: 1, stage: 'registration' });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<ErrorJson>();
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([
      { path: 'body.stage', message: expect.stringContaining('sang "Xây dựng tiêu chí"') as string },
    ]);
    const same = await office.post(url, { version: 1, stage: 'setup' });
    expect(same.statusCode).toBe(400);
    const unknown = await office.post(url, { version: 1, stage: 'done' });
    expect(unknown.json<ErrorJson>().error.fields![0]!.path).toBe('body.stage');
    expect(await periodRow(period.id)).toMatchObject({ stage: 'setup', version: 1 });
    expect(await stageEvents(period.id)).toHaveLength(0);
  });

  it('goes back one step only with a reason, which the audit keeps', async () => {
    const { period, office, url } = await setup('review');
    const withoutReason = await office.post(url, { version: 1, stage: 'results' });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json()).toMatchObject({
      error: {
        code: 'REASON_REQUIRED',
        fields: [{ path: 'body.reason', message: 'cần nêu lý do khi lùi về giai đoạn trước' }],
      },
    });
    const blank = await office.post(url, { version: 1, stage: 'results', reason: '   ' });
    expect(blank.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.reason', message: 'không được để trống' },
    ]);
    expect(await periodRow(period.id)).toMatchObject({ stage: 'review', version: 1 });
    const back = await office.post(url, {
      version: 1,
      stage: 'results',
      reason: 'Đơn vị bổ sung minh chứng',
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ stage: 'results', version: 2 });
    const events = await stageEvents(period.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      old: { stage: 'review' },
      new: { stage: 'results' },
      reason: 'Đơn vị bổ sung minh chứng',
    });
  });

  it('answers a stale version with 409; of two concurrent changes exactly one wins', async () => {
    const { org, period, office, url } = await setup('criteria');
    const admin = await signedIn(org.admin.username);
    const [a, b] = await Promise.all([
      office.post(url, { version: 1, stage: 'registration' }),
      admin.post(url, { version: 1, stage: 'setup', reason: 'Thiếu cụm' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect((a.statusCode === 409 ? a : b).json()).toMatchObject({ error: { code: 'STALE' } });
    expect(await periodRow(period.id)).toMatchObject({ version: 2 });
    expect(await stageEvents(period.id)).toHaveLength(1);
  });

  it('leaves setup only when every cluster has one leader and a deputy', async () => {
    const { org, period, office, url } = await setup();
    const cluster = await buildClusterOf(db(), period.id, { name: 'Cụm 1' });
    await seatUnits(db(), cluster, [
      { unitId: org.unitA.id, role: 'leader' },
      { unitId: org.unitB.id, role: 'member' },
    ]);
    const refused = await office.post(url, { version: 1, stage: 'criteria' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: { code: 'STAGE', message: expect.stringContaining('Cụm 1 (chưa có cụm phó)') as string },
    });
    expect(await periodRow(period.id)).toMatchObject({ stage: 'setup', version: 1 });
    await db()
      .update(clusterMembers)
      .set({ role: 'deputy', deputyRank: 1 })
      .where(eq(clusterMembers.unitId, org.unitB.id));
    expect((await office.post(url, { version: 1, stage: 'criteria' })).statusCode).toBe(200);
  });

  it('archives as the last step: the period becomes read-only for every write', async () => {
    const { period, office, url } = await setup('decision');
    const archived = await office.post(url, { version: 1, stage: 'archived' });
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({
      stage: 'archived',
      nextStage: null,
      previousStage: null,
      abilities: { update: false, changeStage: false, manageClusters: false },
    });
    expect((await periodRow(period.id)).archivedAt).toBeInstanceOf(Date);
    const attempts = [
      office.post(url, { version: 2, stage: 'decision', reason: 'Mở lại' }),
      office.patch(`/periods/${period.id}`, { version: 2, name: 'Đổi tên' }),
      office.put(`/periods/${period.id}/deadlines`, { version: 0, stage: 'summary', dueOn: '2025-12-20' }),
      office.post(`/periods/${period.id}/clusters`, { code: 'cum-9', name: 'Cụm 9', kind: 'cum' }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        error: { code: 'LOCKED', message: expect.stringContaining('chỉ được xem') as string },
      });
    }
    expect(await periodRow(period.id)).toMatchObject({ stage: 'archived', version: 2, name: 'Năm 2025' });
    expect(await stageEvents(period.id)).toHaveLength(1);
  });

  it('refuses stage changes from unit staff, council members and other councils, saving nothing', async () => {
    const { org, period, url } = await setup();
    for (const [who, status] of [
      [org.staffA, 403],
      [org.councilMember, 403],
      [org.stranger, 404],
    ] as const) {
      const response = await (await signedIn(who.username)).post(url, { version: 1, stage: 'criteria' });
      expect(response.statusCode).toBe(status);
    }
    const anonymous = await new Client(app()).post(url, { version: 1, stage: 'criteria' });
    expect(anonymous.statusCode).toBe(401);
    expect(await periodRow(period.id)).toMatchObject({ stage: 'setup', version: 1 });
    expect(await stageEvents(period.id)).toHaveLength(0);
  });
});
