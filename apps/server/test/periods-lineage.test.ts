import { auditLog, clusterMembers, clusters, meetings, type PeriodStage, periods, votes } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUnit, type ErrorJson, useTestApp } from './harness';

type HistoryJson = {
  total: number;
  items: {
    year: number;
    code: string;
    leader: { name: string } | null;
    deputies: { name: string; deputyRank: number }[];
  }[];
};

describe.each(databaseTestTargets())('cluster lineage on $name', (target) => {
  const { db, as: signedIn } = useTestApp(target);

  async function insertPeriod(councilId: string, year: number, stage: PeriodStage) {
    const [period] = await db()
      .insert(periods)
      .values({
        councilId,
        name: `Năm ${year}`,
        year,
        calendar: 'calendarYear',
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        stage,
      })
      .returning();
    return period!;
  }

  /** 2024 (archived) with cluster 1 led by A, B deputy, plus a unit deactivated since; 2025 in setup. */
  async function setup() {
    const org = await buildOrganisation(db());
    const last = await insertPeriod(org.council.id, 2024, 'archived');
    const next = await insertPeriod(org.council.id, 2025, 'setup');
    const closed = await buildUnit(db(), org.council.id, 'Phường đã sáp nhập', {
      code: 'da-sap-nhap',
      active: false,
    });
    const [cluster] = await db()
      .insert(clusters)
      .values({
        periodId: last.id,
        code: 'cum-1',
        name: 'Cụm thi đua số 1',
        kind: 'cum',
        followerUserId: org.councilMember.id,
        helperOffice: 'Văn phòng phường Đông Hải',
      })
      .returning();
    await db()
      .insert(clusterMembers)
      .values([
        { clusterId: cluster!.id, periodId: last.id, unitId: org.unitA.id, role: 'leader' },
        { clusterId: cluster!.id, periodId: last.id, unitId: org.unitB.id, role: 'deputy', deputyRank: 1 },
        { clusterId: cluster!.id, periodId: last.id, unitId: closed.id },
      ]);
    const office = await signedIn(org.standingOffice.username);
    return { org, last, next, cluster: cluster!, office };
  }

  it('gives the copy the leader and deputy its members elected at the summary meeting; a tied vote changes nothing', async () => {
    for (const [leaderVotes, expected] of [
      // B elected leader, A deputy: the seats swap.
      [
        { a: 2, b: 5 },
        { elected: 1, seats: { leader: 'b', deputy: 'a' } },
      ],
      // A tie for leader decides nothing: last year's seats are copied.
      [
        { a: 3, b: 3 },
        { elected: 0, seats: { leader: 'a', deputy: 'b' } },
      ],
    ] as const) {
      const { org, last, next, cluster, office } = await setup();
      const [meeting] = await db()
        .insert(meetings)
        .values({ periodId: last.id, clusterId: cluster.id, kind: 'tongKet', heldOn: '2024-12-20' })
        .returning();
      await db()
        .insert(votes)
        .values([
          {
            meetingId: meeting!.id,
            purpose: 'election',
            position: 'leader',
            unitId: org.unitA.id,
            votes: leaderVotes.a,
          },
          {
            meetingId: meeting!.id,
            purpose: 'election',
            position: 'leader',
            unitId: org.unitB.id,
            votes: leaderVotes.b,
          },
          { meetingId: meeting!.id, purpose: 'election', position: 'deputy', unitId: org.unitA.id, votes: 4 },
          { meetingId: meeting!.id, purpose: 'election', position: 'deputy', unitId: org.unitB.id, votes: 1 },
        ]);
      const response = await office.post(`/periods/${next.id}/clusters/copy`, { sourcePeriodId: last.id });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ clusters: 1, members: 2, elected: expected.elected });
      const [copy] = await db().select().from(clusters).where(eq(clusters.periodId, next.id));
      const seats = await db().select().from(clusterMembers).where(eq(clusterMembers.clusterId, copy!.id));
      const unitOf = { a: org.unitA.id, b: org.unitB.id };
      expect(seats.find((s) => s.role === 'leader')?.unitId).toBe(unitOf[expected.seats.leader]);
      expect(seats.find((s) => s.role === 'deputy')).toMatchObject({
        unitId: unitOf[expected.seats.deputy],
        deputyRank: 1,
      });
      const [event] = await db().select().from(auditLog).where(eq(auditLog.entityId, copy!.id));
      expect((event!.new as { electedAt?: string[] }).electedAt).toEqual(
        expected.elected ? [meeting!.id] : undefined,
      );
    }
  });

  it('copies clusters, active members and seats into the next period, keeping the lineage, audited', async () => {
    const { org, last, next, cluster, office } = await setup();
    const response = await office.post(`/periods/${next.id}/clusters/copy`, { sourcePeriodId: last.id });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ clusters: 1, members: 2, elected: 0 });
    const [copy] = await db().select().from(clusters).where(eq(clusters.periodId, next.id));
    expect(copy).toMatchObject({
      lineageId: cluster.lineageId,
      code: 'cum-1',
      name: 'Cụm thi đua số 1',
      followerUserId: org.councilMember.id,
      helperOffice: 'Văn phòng phường Đông Hải',
      version: 1,
    });
    expect(copy!.id).not.toBe(cluster.id);
    const seats = await db()
      .select()
      .from(clusterMembers)
      .where(eq(clusterMembers.clusterId, copy!.id))
      .orderBy(asc(clusterMembers.role));
    expect(seats.map((s) => [s.unitId, s.role, s.deputyRank, s.periodId])).toEqual([
      [org.unitA.id, 'leader', null, next.id],
      [org.unitB.id, 'deputy', 1, next.id],
    ]);
    const events = await db().select().from(auditLog).where(eq(auditLog.entityId, copy!.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'copy', new: { sourceClusterId: cluster.id } });
  });

  it('refuses to copy into a period past setup, one that has clusters, or from another council', async () => {
    const { org, last, next, office } = await setup();
    const url = `/periods/${next.id}/clusters/copy`;
    const foreign = await insertPeriod(org.otherCouncil.id, 2024, 'archived');
    const wrongSource = await office.post(url, { sourcePeriodId: foreign.id });
    expect(wrongSource.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.sourcePeriodId', message: 'phải là một kỳ thi đua khác của cùng hội đồng' },
    ]);
    const itself = await office.post(url, { sourcePeriodId: next.id });
    expect(itself.statusCode).toBe(400);
    expect((await office.post(url, { sourcePeriodId: last.id })).statusCode).toBe(201);
    const twice = await office.post(url, { sourcePeriodId: last.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      error: { code: 'DUPLICATE', message: expect.stringContaining('đã có cụm, khối') as string },
    });
    const later = await insertPeriod(org.council.id, 2026, 'criteria');
    const pastSetup = await office.post(`/periods/${later.id}/clusters/copy`, { sourcePeriodId: last.id });
    expect(pastSetup.statusCode).toBe(409);
    expect(pastSetup.json()).toMatchObject({
      error: { code: 'STAGE', message: expect.stringContaining('Thiết lập cụm, khối') as string },
    });
    expect(await db().select().from(clusters).where(eq(clusters.periodId, later.id))).toHaveLength(0);
  });

  it('refuses the copy to unit staff, council members and other councils, saving nothing', async () => {
    const { org, last, next } = await setup();
    for (const [who, status] of [
      [org.staffA, 403],
      [org.councilMember, 403],
      [org.stranger, 404],
    ] as const) {
      const client = await signedIn(who.username);
      expect(
        (await client.post(`/periods/${next.id}/clusters/copy`, { sourcePeriodId: last.id })).statusCode,
      ).toBe(status);
    }
    expect(await db().select().from(clusters).where(eq(clusters.periodId, next.id))).toHaveLength(0);
  });

  it('lists who led and deputised the lineage in which year, newest first', async () => {
    const { org, last, next, cluster, office } = await setup();
    await office.post(`/periods/${next.id}/clusters/copy`, { sourcePeriodId: last.id });
    const [copy] = await db().select().from(clusters).where(eq(clusters.periodId, next.id));
    const rotated = await office.put(`/clusters/${copy!.id}/leadership`, {
      version: 1,
      seats: [
        { unitId: org.unitB.id, role: 'leader' },
        { unitId: org.unitA.id, role: 'deputy' },
      ],
    });
    expect(rotated.statusCode).toBe(200);
    const staff = await signedIn(org.staffA.username);
    const history = await staff.get(`/clusters/${cluster.id}/history`);
    expect(history.statusCode).toBe(200);
    const json = history.json<HistoryJson>();
    expect(json.total).toBe(2);
    expect(
      json.items.map((i) => [i.year, i.leader?.name, i.deputies.map((d) => [d.name, d.deputyRank])]),
    ).toEqual([
      [2025, 'Xã An Lạc', [['Phường Đông Hải', 1]]],
      [2024, 'Phường Đông Hải', [['Xã An Lạc', 1]]],
    ]);
    const paged = (await staff.get(`/clusters/${copy!.id}/history?pageSize=1&page=2`)).json<HistoryJson>();
    expect(paged.items.map((i) => i.year)).toEqual([2024]);
    const stranger = await signedIn(org.stranger.username);
    expect((await stranger.get(`/clusters/${cluster.id}/history`)).statusCode).toBe(404);
  });
});
