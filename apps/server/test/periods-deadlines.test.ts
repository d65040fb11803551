import { auditLog, clusterMembers, type PeriodStage, stageDeadlines } from '@thidua/db';
import {
  buildClusterOf,
  buildPeriod,
  databaseTestTargets,
  seatUnits,
  uniqueSuffix,
} from '@thidua/db/testing';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { localToday, profileDeadlineDate } from '../src/kernel/dates';
import { buildOrganisation, buildUnit, buildUser, type ErrorJson, useTestApp } from './harness';

type DueJson = {
  asOf: string;
  lateCount: number;
  items: {
    stage: string;
    dueOn: string;
    status: string;
    late: boolean;
    daysLeft: number;
    clusterId: string | null;
    unitType: string | null;
  }[];
};

describe('local dates of deadlines', () => {
  it('takes today in Asia/Ho_Chi_Minh, whatever the server’s zone', () => {
    expect(localToday(new Date('2025-02-28T16:59:59Z'))).toBe('2025-02-28');
    expect(localToday(new Date('2025-02-28T17:00:00Z'))).toBe('2025-03-01');
  });

  it('places a profile deadline in the period’s year, the month’s last day kept in leap years', () => {
    expect(profileDeadlineDate(2025, 'calendarYear', 2, 28)).toBe('2025-02-28');
    expect(profileDeadlineDate(2024, 'calendarYear', 2, 28)).toBe('2024-02-29');
    expect(profileDeadlineDate(2024, 'schoolYear', 10, 31)).toBe('2024-10-31');
    expect(profileDeadlineDate(2024, 'schoolYear', 1, 30)).toBe('2025-01-30');
    expect(profileDeadlineDate(2025, 'calendarYear', 7, 30)).toBe('2025-07-30');
  });
});

describe.each(databaseTestTargets())('stage deadlines on $name', (target) => {
  const { db, as: signedIn } = useTestApp(target);

  /** A 2025 period in `stage` with one cluster led by unit A (unit B its deputy). */
  async function setup(stage: PeriodStage = 'registration') {
    const org = await buildOrganisation(db());
    const period = await buildPeriod(db(), org.council.id, { stage });
    const cluster = await buildClusterOf(db(), period.id, { name: 'Cụm 1' });
    await seatUnits(db(), cluster, [
      { unitId: org.unitA.id, role: 'leader' },
      { unitId: org.unitB.id, role: 'deputy', deputyRank: 1 },
    ]);
    const office = await signedIn(org.standingOffice.username);
    return { org, period, cluster, office, url: `/periods/${period.id}/deadlines` };
  }

  const deadlinesOf = (periodId: string) =>
    db()
      .select()
      .from(stageDeadlines)
      .where(eq(stageDeadlines.periodId, periodId))
      .orderBy(asc(stageDeadlines.dueOn));
  const auditOf = (councilId: string) =>
    db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.entityType, 'stageDeadline')))
      .orderBy(asc(auditLog.id));

  it('sets and then replaces a period-wide deadline, audited with old and new', async () => {
    const { org, period, office, url } = await setup();
    const created = await office.put(url, {
      version: 0,
      stage: 'registration',
      dueOn: '2025-02-28',
      note: 'Trong tháng 02',
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      stage: 'registration',
      stageName: 'Đăng ký thi đua',
      dueOn: '2025-02-28',
      clusterId: null,
      unitType: null,
    });
    const replaced = await office.put(url, { version: 1, stage: 'registration', dueOn: '2025-03-15' });
    expect(replaced.json()).toMatchObject({
      id: created.json<{ id: string }>().id,
      dueOn: '2025-03-15',
      note: null,
    });
    const rows = await deadlinesOf(period.id);
    expect(rows.map((r) => [r.stage, r.dueOn])).toEqual([['registration', '2025-03-15']]);
    const events = await auditOf(org.council.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[1]!.old).toMatchObject({ dueOn: '2025-02-28' });
    expect(events[1]!.new).toMatchObject({ dueOn: '2025-03-15' });
  });

  it('keeps overrides per unit type and per cluster beside the period-wide one, and lists them', async () => {
    const { period, cluster, office, url } = await setup();
    await office.put(url, { version: 0, stage: 'registration', dueOn: '2025-02-28' });
    await office.put(url, { version: 0, stage: 'registration', dueOn: '2025-03-31', unitType: 'school' });
    await office.put(url, { version: 0, stage: 'registration', dueOn: '2025-03-10', clusterId: cluster.id });
    const list = await office.get(`${url}?stage=registration`);
    expect(list.json()).toMatchObject({ total: 3 });
    expect(list.json<{ items: { dueOn: string }[] }>().items.map((i) => i.dueOn)).toEqual([
      '2025-02-28',
      '2025-03-10',
      '2025-03-31',
    ]);
    const forCluster = await office.get(`${url}?clusterId=${cluster.id}`);
    expect(forCluster.json()).toMatchObject({ total: 1, items: [{ clusterId: cluster.id }] });
    expect(await deadlinesOf(period.id)).toHaveLength(3);
  });

  it('says what is late on a local date: past due and the stage not yet done', async () => {
    const { office, url, cluster } = await setup('registration');
    await office.put(url, { version: 0, stage: 'criteria', dueOn: '2025-01-31' });
    await office.put(url, { version: 0, stage: 'registration', dueOn: '2025-02-28' });
    await office.put(url, { version: 0, stage: 'registration', dueOn: '2025-03-10', clusterId: cluster.id });
    await office.put(url, { version: 0, stage: 'midYear', dueOn: '2025-07-30' });
    const onTime = await office.get(`${url}/due?asOf=2025-02-28`);
    expect(onTime.statusCode).toBe(200);
    const due = onTime.json<DueJson>();
    expect(due).toMatchObject({ asOf: '2025-02-28', lateCount: 0 });
    expect(due.items.map((i) => [i.stage, i.clusterId === null, i.status, i.late, i.daysLeft])).toEqual([
      ['criteria', true, 'done', false, -28],
      ['registration', true, 'current', false, 0],
      ['registration', false, 'current', false, 10],
      ['midYear', true, 'upcoming', false, 152],
    ]);
    const dayAfter = (await office.get(`${url}/due?asOf=2025-03-01`)).json<DueJson>();
    expect(dayAfter.lateCount).toBe(1);
    expect(dayAfter.items.filter((i) => i.late).map((i) => [i.stage, i.dueOn])).toEqual([
      ['registration', '2025-02-28'],
    ]);
    // For the cluster its own deadline replaces the period-wide one: not late yet.
    const cluster1 = (await office.get(`${url}/due?asOf=2025-03-01&clusterId=${cluster.id}`)).json<DueJson>();
    expect(cluster1.items.map((i) => [i.stage, i.dueOn, i.late])).toEqual([
      ['criteria', '2025-01-31', false],
      ['registration', '2025-03-10', false],
      ['midYear', '2025-07-30', false],
    ]);
    const today = (await office.get(`${url}/due`)).json<DueJson>();
    expect(today.asOf).toBe(localToday());
  });

  it('lets a cluster’s leader set its own deadline but not the period-wide one', async () => {
    const { org, cluster, url, period } = await setup();
    const leader = await buildUserFor(org.council.id, org.unitA.id);
    const client = await signedIn(leader);
    const view = await client.get(`/clusters/${cluster.id}`);
    expect(view.json()).toMatchObject({ abilities: { update: false, setDeadlines: true } });
    const follower = await signedIn(org.councilMember.username);
    const theirs = await follower.get(`/clusters/${cluster.id}`);
    expect(theirs.json()).toMatchObject({ abilities: { setDeadlines: false } });
    const own = await client.put(url, {
      version: 0,
      stage: 'midYear',
      dueOn: '2025-07-15',
      clusterId: cluster.id,
    });
    expect(own.statusCode).toBe(200);
    const wide = await client.put(url, { version: 0, stage: 'midYear', dueOn: '2025-07-15' });
    expect(wide.statusCode).toBe(403);
    expect((await deadlinesOf(period.id)).map((d) => d.clusterId)).toEqual([cluster.id]);
  });

  async function buildUserFor(councilId: string, unitId: string) {
    return (await buildUser(db(), councilId, 'unitStaff', unitId)).username;
  }

  it('refuses unit staff outside the leadership, council members and other councils, saving nothing', async () => {
    const { org, period, cluster, url, office } = await setup();
    const existing = (await office.put(url, { version: 0, stage: 'summary', dueOn: '2025-12-20' })).json<{
      id: string;
    }>();
    const plainMember = await buildUserFor(
      org.council.id,
      (await extraMember(period.id, cluster.id, org.council.id)).id,
    );
    for (const [who, status] of [
      [plainMember, 403],
      [org.councilMember.username, 403],
      [org.stranger.username, 404],
    ] as const) {
      const client = await signedIn(who);
      expect(
        (await client.put(url, { version: 0, stage: 'summary', dueOn: '2025-12-01', clusterId: cluster.id }))
          .statusCode,
      ).toBe(status);
      expect((await client.put(url, { version: 0, stage: 'summary', dueOn: '2025-12-01' })).statusCode).toBe(
        status,
      );
      expect((await client.delete(`${url}/${existing.id}?version=1`)).statusCode).toBe(status);
    }
    expect((await deadlinesOf(period.id)).map((d) => d.dueOn)).toEqual(['2025-12-20']);
    expect(await auditOf(org.council.id)).toHaveLength(1);
  });

  async function extraMember(periodId: string, clusterId: string, councilId: string) {
    const unit = await buildUnit(db(), councilId, 'Phường Cát Bi', { code: `c-${uniqueSuffix()}` });
    await db().insert(clusterMembers).values({ clusterId, periodId, unitId: unit.id });
    return unit;
  }

  it('refuses bad input naming the field, saving nothing', async () => {
    const { org, period, office, url } = await setup();
    const other = await setup();
    const cases: [object, string, string][] = [
      [{ stage: 'archived', dueOn: '2025-03-01' }, 'body.stage', 'phải là một trong các giá trị'],
      [{ stage: 'pact', dueOn: '2025-02-30' }, 'body.dueOn', 'YYYY-MM-DD'],
      [{ stage: 'pact', dueOn: 20250301 }, 'body.dueOn', 'phải là một chuỗi ký tự'],
      [{ stage: 'pact', dueOn: '2030-03-01' }, 'body.dueOn', 'phải nằm trong khoảng 01/01/2024 – 31/12/2026'],
      [
        { stage: 'pact', dueOn: '2025-03-01', unitType: 'village' },
        'body.unitType',
        'phải là một trong các giá trị',
      ],
      [
        { stage: 'pact', dueOn: '2025-03-01', clusterId: other.cluster.id },
        'body.clusterId',
        'không có cụm, khối này trong kỳ thi đua',
      ],
    ];
    for (const [body, path, message] of cases) {
      const response = await office.put(url, { version: 0, ...body });
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorJson>().error.fields).toEqual([
        { path, message: expect.stringContaining(message) as string },
      ]);
    }
    const unknownDeadline = await office.delete(`${url}/00000000-0000-4000-8000-000000000000?version=1`);
    expect(unknownDeadline.statusCode).toBe(404);
    expect(await deadlinesOf(period.id)).toHaveLength(0);
    expect(await auditOf(org.council.id)).toHaveLength(0);
  });

  it('detects two people setting the same deadline from what they read: the second gets 409', async () => {
    const { period, office, url } = await setup();
    const first = await office.put(url, { version: 0, stage: 'review', dueOn: '2025-11-30' });
    expect(first.json()).toMatchObject({ version: 1, dueOn: '2025-11-30' });
    const second = await office.put(url, { version: 0, stage: 'review', dueOn: '2025-12-05' });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorJson>().error.code).toBe('STALE');
    const edited = await office.put(url, { version: 1, stage: 'review', dueOn: '2025-12-05' });
    expect(edited.json()).toMatchObject({ version: 2, dueOn: '2025-12-05' });
    expect((await office.put(url, { version: 1, stage: 'review', dueOn: '2025-12-10' })).statusCode).toBe(
      409,
    );
    expect((await deadlinesOf(period.id)).map((d) => d.dueOn)).toEqual(['2025-12-05']);
  });

  it('deletes an override, audited', async () => {
    const { org, period, office, url } = await setup();
    const created = (
      await office.put(url, { version: 0, stage: 'pact', dueOn: '2025-04-15', unitType: 'school' })
    ).json<{
      id: string;
    }>();
    // Changed by someone else since it was read: the delete at the old version is refused.
    await office.put(url, { version: 1, stage: 'pact', dueOn: '2025-04-20', unitType: 'school' });
    const stale = await office.delete(`${url}/${created.id}?version=1`);
    expect(stale.statusCode).toBe(409);
    expect(await deadlinesOf(period.id)).toHaveLength(1);
    const removed = await office.delete(`${url}/${created.id}?version=2`);
    expect(removed.statusCode).toBe(200);
    expect(await deadlinesOf(period.id)).toHaveLength(0);
    const events = await auditOf(org.council.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(events[2]!.old).toMatchObject({ stage: 'pact', unitType: 'school', dueOn: '2025-04-20' });
  });
});
