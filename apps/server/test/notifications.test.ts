import {
  auditLog,
  mailOutbox,
  notifications,
  planTasks,
  registrations,
  stageDeadlines,
  users,
  workPlans,
} from '@thidua/db';
import { buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runReminders } from '../src/notifications/reminders';
import { buildOrganisation, type ErrorJson, useTestApp } from './harness';
import { buildScoringCluster, putNewEntry, type ScoringCluster } from './scoring-fixture';

// Reminders (issue #14 §5): each event tells the right people and nobody else, in the event's own
// transaction; the deadline run is idempotent; the API only ever shows the actor's own notifications.

describe.each(databaseTestTargets())('notifications on $name', (target) => {
  const { db, app, as } = useTestApp(target);
  const kindsOf = async (userIds: string[]) => {
    const rows = await db()
      .select({ userId: notifications.userId, kind: notifications.kind, text: notifications.text })
      .from(notifications)
      .where(inArray(notifications.userId, userIds));
    return rows;
  };
  const everyone = (fx: ScoringCluster) => Object.values(fx.users).map((u) => u.id);
  const told = async (fx: ScoringCluster) =>
    new Set((await kindsOf(everyone(fx))).map((r) => `${r.userId}:${r.kind}`));

  it('tells the leader and the deputy of a new objection, and nobody else', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const member = await as(fx.users.member.username);
    const raised = await member.post(`/clusters/${fx.cluster.id}/objections`, {
      unitId: fx.units.member.id,
      criterionCode: 'II.2',
      body: 'Đơn vị đã gửi bổ sung biên bản',
    });
    expect(raised.statusCode).toBe(201);
    const rows = await kindsOf(everyone(fx));
    expect(rows.map((r) => r.userId).sort()).toEqual([fx.users.leader.id, fx.users.deputy.id].sort());
    expect(rows.every((r) => r.kind === 'objectionRaised')).toBe(true);
    expect(rows[0]!.text).toContain('Phường 3 gửi ý kiến về bảng điểm');
    expect(rows[0]!.text).toContain('tiêu chí II.2');
    const [row] = await db().select().from(notifications).where(eq(notifications.userId, fx.users.leader.id));
    expect(row!.link).toBe(
      `/hoi-dong/${fx.council.id}/y-kien?ky=${fx.period.id}&cum=${fx.cluster.id}&donVi=${fx.units.member.id}`,
    );
  });

  it('does not tell the leader’s staff of their own unit’s objection (they do not answer it)', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const leader = await as(fx.users.leader.username);
    await leader.post(`/clusters/${fx.cluster.id}/objections`, {
      unitId: fx.units.leader.id,
      body: 'Đề nghị xem lại cả bảng',
    });
    expect([...(await told(fx))]).toEqual([`${fx.users.deputy.id}:objectionRaised`]);
  });

  it('tells a unit’s staff that its agreed value changed, without the value, and nobody else', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const deputy = await as(fx.users.deputy.username);
    const saved = await putNewEntry(deputy, fx, fx.units.member.id, 'II.2', 'agreed', {
      points: 57.25,
      reason: 'Thiếu minh chứng',
    });
    expect(saved.statusCode).toBe(200);
    const rows = await kindsOf(everyone(fx));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: fx.users.member.id, kind: 'reviewChanged' });
    expect(rows[0]!.text).toContain('tiêu chí II.2');
    expect(rows[0]!.text).not.toMatch(/57/);

    // A review batch tells each unit once, listing its criteria.
    const batch = await deputy.post(`/clusters/${fx.cluster.id}/review-batches`, {
      reason: 'Đồng ý điểm đề xuất',
      changes: [
        { unitId: fx.units.focalMember.id, criterionCode: 'I.1', version: 0, plan: 10, actual: 10 },
        { unitId: fx.units.focalMember.id, criterionCode: 'II.2', version: 0, points: 50 },
      ],
      cells: [],
    });
    expect(batch.statusCode).toBe(200);
    const after = await kindsOf([fx.users.focalMember.id, fx.users.member.id, fx.users.leader.id]);
    expect(after.filter((r) => r.userId === fx.users.focalMember.id)).toHaveLength(1);
    expect(after.find((r) => r.userId === fx.users.focalMember.id)!.text).toContain('I.1, II.2');
    expect(after.filter((r) => r.userId === fx.users.leader.id)).toHaveLength(0);
  });

  it('writes nothing when the event is refused (same transaction)', async () => {
    const fx = await buildScoringCluster(db(), 'results');
    const member = await as(fx.users.member.username);
    const refused = await member.post(`/clusters/${fx.cluster.id}/objections`, {
      unitId: fx.units.member.id,
      body: 'Quá sớm',
    });
    expect(refused.statusCode).toBe(409);
    expect(await kindsOf(everyone(fx))).toEqual([]);
  });

  it('tells the unit that filed a dossier it was returned, with the reason', async () => {
    const org = await buildOrganisation(db());
    const period = await buildPeriod(db(), org.council.id, { stage: 'summary' });
    const so = await as(org.standingOffice.username);
    const batch = (await so.post(`/periods/${period.id}/dossier-batches`, { name: 'Đợt tổng kết' })).json<{
      id: string;
    }>();
    const staffA = await as(org.staffA.username);
    const filed = await staffA.post(`/dossier-batches/${batch.id}/dossiers`, {
      unitId: org.unitA.id,
      subject: 'individual',
      kind: 'chienSiThiDuaCoSo',
      level: 'local',
      candidateName: 'Nguyễn Thị Hoa',
      submittedOn: '2025-01-02',
    });
    expect(filed.statusCode).toBe(201);
    const id = filed.json<{ id: string }>().id;
    const returned = await so.post(`/dossiers/${id}/appraisal`, {
      version: 1,
      outcome: 'returned',
      reason: 'Thiếu báo cáo thành tích',
    });
    expect(returned.statusCode).toBe(200);
    const ids = [org.staffA.id, org.staffB.id, org.standingOffice.id, org.admin.id, org.councilMember.id];
    const rows = await kindsOf(ids);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: org.staffA.id, kind: 'dossierReturned' });
    expect(rows[0]!.text).toContain('Nguyễn Thị Hoa');
    expect(rows[0]!.text).toContain('Lý do: Thiếu báo cáo thành tích');
  });

  it('reminds the units that owe a deadline in 3 days, then once when missed, idempotently', async () => {
    const fx = await buildScoringCluster(db(), 'registration');
    await db()
      .insert(stageDeadlines)
      .values({ periodId: fx.period.id, stage: 'registration', dueOn: '2031-03-12' });
    // The leader's unit has registered: it owes nothing.
    await db().insert(registrations).values({
      periodId: fx.period.id,
      unitId: fx.units.leader.id,
      criteriaVersionId: fx.criteriaVersionId,
      status: 'submitted',
      submittedAt: new Date(),
    });
    const owing = [fx.users.deputy.id, fx.users.member.id, fx.users.focalMember.id];

    await runReminders(db(), '2031-03-08'); // four days ahead: not yet
    expect(await kindsOf(everyone(fx))).toEqual([]);

    await runReminders(db(), '2031-03-09');
    const soon = await kindsOf(everyone(fx));
    expect(soon.map((r) => r.userId).sort()).toEqual([...owing].sort());
    expect(soon.every((r) => r.kind === 'deadlineSoon')).toBe(true);
    expect(soon[0]!.text).toContain('12/03/2031');

    const again = await runReminders(db(), '2031-03-10');
    expect(again.created).toBe(0);
    expect(await kindsOf(everyone(fx))).toHaveLength(3);

    await runReminders(db(), '2031-03-13');
    await runReminders(db(), '2031-03-14');
    const rows = await kindsOf(everyone(fx));
    expect(rows).toHaveLength(6);
    expect(
      rows
        .filter((r) => r.kind === 'deadlineMissed')
        .map((r) => r.userId)
        .sort(),
    ).toEqual([...owing].sort());
  });

  it('reminds the executing unit of a dated plan task that is due or late', async () => {
    const fx = await buildScoringCluster(db(), 'midYear');
    const [plan] = await db()
      .insert(workPlans)
      .values({ councilId: fx.council.id, periodId: fx.period.id, title: 'Kế hoạch thi đua năm' })
      .returning();
    await db()
      .insert(planTasks)
      .values([
        {
          planId: plan!.id,
          content: 'Báo cáo sơ kết 6 tháng',
          executingUnitId: fx.units.member.id,
          deadlineKind: 'date',
          dueOn: '2031-06-10',
        },
        {
          planId: plan!.id,
          content: 'Đã xong',
          executingUnitId: fx.units.deputy.id,
          deadlineKind: 'date',
          dueOn: '2031-06-10',
          status: 'done',
          completedOn: '2031-06-01',
        },
      ]);
    await runReminders(db(), '2031-06-11');
    await runReminders(db(), '2031-06-12');
    const rows = await kindsOf(everyone(fx));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: fx.users.member.id, kind: 'deadlineMissed' });
    expect(rows[0]!.text).toContain('Báo cáo sơ kết 6 tháng');
  });

  it('lists only the actor’s own notifications, unread first; marks read only its own', async () => {
    const org = await buildOrganisation(db());
    const mine = (userId: string, text: string, read = false) => ({
      userId,
      councilId: org.council.id,
      kind: 'deadlineSoon' as const,
      text,
      link: '/',
      readAt: read ? new Date() : null,
    });
    const rows = await db()
      .insert(notifications)
      .values([
        mine(org.staffA.id, 'A đã đọc', true),
        mine(org.staffA.id, 'A chưa đọc'),
        mine(org.staffB.id, 'B chưa đọc'),
      ])
      .returning();
    const a = await as(org.staffA.username);
    const list = await a.get('/me/notifications');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 2, unreadCount: 1 });
    expect(list.json<{ items: { text: string }[] }>().items.map((i) => i.text)).toEqual([
      'A chưa đọc',
      'A đã đọc',
    ]);
    expect((await a.get('/me/notifications?unread=true')).json()).toMatchObject({ total: 1 });
    const bRow = rows.find((r) => r.text === 'B chưa đọc')!;
    const foreign = await a.post(`/me/notifications/${bRow.id}/read`, {});
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json<ErrorJson>().error.code).toBe('NOT_FOUND');
    const [stillUnread] = await db().select().from(notifications).where(eq(notifications.id, bRow.id));
    expect(stillUnread!.readAt).toBeNull();
    const aRow = rows.find((r) => r.text === 'A chưa đọc')!;
    const read = await a.post(`/me/notifications/${aRow.id}/read`, {});
    expect(read.json()).toMatchObject({ id: aRow.id, readAt: expect.any(String) as string });
    const b = await as(org.staffB.username);
    expect((await b.post('/me/notifications/read-all', {})).json()).toMatchObject({ marked: 1 });
    expect((await a.get('/me/notifications')).json()).toMatchObject({ unreadCount: 0 });
    expect((await app().inject({ method: 'GET', url: '/api/v1/me/notifications' })).statusCode).toBe(401);
  });

  it('lets users set their own e-mail and turn e-mail off, audited, version-checked', async () => {
    const org = await buildOrganisation(db());
    const a = await as(org.staffA.username);
    const profile = await a.get('/me/profile');
    expect(profile.json()).toMatchObject({ email: null, emailNotifications: true, version: 1 });
    const bad = await a.patch('/me/profile', { version: 1, email: 'không phải thư' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.email');
    const saved = await a.patch('/me/profile', {
      version: 1,
      email: 'hoa@phuong.gov.vn',
      emailNotifications: false,
    });
    expect(saved.json()).toMatchObject({ email: 'hoa@phuong.gov.vn', emailNotifications: false, version: 2 });
    expect((await a.patch('/me/profile', { version: 1, emailNotifications: true })).statusCode).toBe(409);
    const [event] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, org.staffA.id), eq(auditLog.action, 'updateProfile')));
    expect(event).toMatchObject({
      actorUserId: org.staffA.id,
      old: { email: null, emailNotifications: true },
      new: { email: 'hoa@phuong.gov.vn', emailNotifications: false },
    });
  });

  it('queues an e-mail only for recipients with an address who have not turned e-mail off', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    // Addresses of this test's own: the PostgreSQL target is one database for every file and every run
    // (CI runs the suite twice, on Node 20 and 24), and the outbox keeps what earlier runs queued.
    const tag = fx.cluster.id.slice(0, 8);
    const leader = `truong-${tag}@cum.vn`;
    const deputy = `pho-${tag}@cum.vn`;
    await db().update(users).set({ email: leader }).where(eq(users.id, fx.users.leader.id));
    await db()
      .update(users)
      .set({ email: deputy, emailNotifications: false })
      .where(eq(users.id, fx.users.deputy.id));
    const member = await as(fx.users.member.username);
    await member.post(`/clusters/${fx.cluster.id}/objections`, {
      unitId: fx.units.member.id,
      body: 'Xem lại',
    });
    const queued = await db()
      .select()
      .from(mailOutbox)
      .where(inArray(mailOutbox.recipient, [leader, deputy]));
    expect(queued.map((q) => q.recipient)).toEqual([leader]);
    expect(queued[0]).toMatchObject({ status: 'pending', subject: '[Thi đua] Ý kiến mới về bảng điểm' });
  });
});
