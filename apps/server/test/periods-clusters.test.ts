import { auditLog, clusterMembers, clusters, type PeriodStage, units } from '@thidua/db';
import {
  buildClusterOf,
  buildPeriod,
  databaseTestTargets,
  rejectionOf,
  seatUnits,
  uniqueSuffix,
} from '@thidua/db/testing';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { toErrorResponse } from '../src/http/errors-hook';
import { buildOrganisation, buildUnit, Client, type ErrorJson, useTestApp } from './harness';

type ClusterJson = {
  id: string;
  version: number;
  members: { unitId: string; name: string; seat: string; deputyRank: number | null }[];
};

describe.each(databaseTestTargets())('clusters on $name', (target) => {
  const { db, as: signedIn } = useTestApp(target);

  /** A council, a 2025 period in `stage`, units A–E; cluster 1 with A leading, B deputy, C member. */
  async function setup(stage: PeriodStage = 'setup') {
    const org = await buildOrganisation(db());
    const period = await buildPeriod(db(), org.council.id, { stage });
    const [unitC, unitD, unitE] = await db()
      .insert(units)
      .values(
        ['Phường Cát Bi', 'Phường Hải An', 'Xã Tân Tiến'].map((name) => ({
          councilId: org.council.id,
          code: `u-${uniqueSuffix()}`,
          name,
          type: 'ward' as const,
          calendar: 'calendarYear' as const,
        })),
      )
      .returning();
    const cluster = await buildClusterOf(db(), period.id);
    await seatUnits(db(), cluster, [
      { unitId: org.unitA.id, role: 'leader' },
      { unitId: org.unitB.id, role: 'deputy', deputyRank: 1 },
      { unitId: unitC!.id },
    ]);
    const office = await signedIn(org.standingOffice.username);
    return { org, period, cluster, unitC: unitC!, unitD: unitD!, unitE: unitE!, office };
  }

  const seatsOf = async (clusterId: string) =>
    (
      await db()
        .select()
        .from(clusterMembers)
        .where(eq(clusterMembers.clusterId, clusterId))
        .orderBy(asc(clusterMembers.role), asc(clusterMembers.deputyRank))
    ).map((m) => [m.unitId, m.role, m.deputyRank]);
  const clusterRow = async (id: string) =>
    (await db().select().from(clusters).where(eq(clusters.id, id)))[0]!;
  const eventsOf = (entityId: string) =>
    db().select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));

  it('creates a cluster with its follower, audited, and returns its view', async () => {
    const { org, period, office } = await setup();
    const response = await office.post(`/periods/${period.id}/clusters`, {
      code: 'khoi-2',
      name: 'Khối các phòng, ban',
      kind: 'khoi',
      followerUserId: org.councilMember.id,
      helperOffice: 'Văn phòng HĐND-UBND phường',
    });
    expect(response.statusCode).toBe(201);
    const view = response.json<ClusterJson>();
    expect(view).toMatchObject({
      code: 'khoi-2',
      kind: 'khoi',
      follower: { userId: org.councilMember.id, displayName: 'Người dùng councilMember' },
      helperOffice: 'Văn phòng HĐND-UBND phường',
      version: 1,
      members: [],
      abilities: { update: true, editMembers: true, reasonRequired: false },
    });
    expect(await clusterRow(view.id)).toMatchObject({
      name: 'Khối các phòng, ban',
      followerUserId: org.councilMember.id,
    });
    expect((await eventsOf(view.id)).map((e) => [e.entityType, e.action])).toEqual([['cluster', 'create']]);
  });

  it('refuses a bad cluster naming the field, and a code already used in the period', async () => {
    const { org, period, office } = await setup();
    const url = `/periods/${period.id}/clusters`;
    const bad = await office.post(url, { code: 'Cụm 2', name: '', kind: 'nhom' });
    expect(
      bad
        .json<ErrorJson>()
        .error.fields!.map((f) => f.path)
        .sort(),
    ).toEqual(['body.code', 'body.kind', 'body.name']);
    const follower = await office.post(url, {
      code: 'cum-2',
      name: 'Cụm 2',
      kind: 'cum',
      followerUserId: org.staffA.id,
    });
    expect(follower.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.followerUserId',
        message: 'người theo dõi phải là thành viên Hội đồng thi đua, khen thưởng',
      },
    ]);
    const duplicate = await office.post(url, { code: 'cum-1', name: 'Cụm 1 khác', kind: 'cum' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      error: { code: 'DUPLICATE', message: 'Mã cụm, khối đã được dùng trong kỳ này' },
    });
    expect(await db().select().from(clusters).where(eq(clusters.periodId, period.id))).toHaveLength(1);
  });

  it('lists a period’s clusters with members in seat order, paginated and filtered', async () => {
    const { org, period, cluster, unitC } = await setup();
    await db().insert(clusters).values({ periodId: period.id, code: 'khoi-1', name: 'Khối 1', kind: 'khoi' });
    const staff = await signedIn(org.staffB.username);
    const page = await staff.get(`/periods/${period.id}/clusters?kind=cum`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      total: 1,
      items: [{ id: cluster.id, abilities: { update: false, editMembers: false } }],
    });
    expect(
      page.json<{ items: ClusterJson[] }>().items[0]!.members.map((m) => [m.unitId, m.seat, m.deputyRank]),
    ).toEqual([
      [org.unitA.id, 'leader', null],
      [org.unitB.id, 'deputy', 1],
      [unitC.id, 'member', null],
    ]);
    const all = await staff.get(`/periods/${period.id}/clusters?pageSize=1&page=2`);
    expect(all.json()).toMatchObject({ total: 2, page: 2, items: [{ code: 'khoi-1' }] });
    const one = await staff.get(`/clusters/${cluster.id}`);
    expect(one.json()).toMatchObject({ id: cluster.id, lineageId: cluster.lineageId });
    const stranger = await signedIn(org.stranger.username);
    expect((await stranger.get(`/periods/${period.id}/clusters`)).statusCode).toBe(404);
    expect((await stranger.get(`/clusters/${cluster.id}`)).statusCode).toBe(404);
  });

  it('edits a cluster with its version; a stale version is 409', async () => {
    const { org, cluster, office } = await setup();
    const url = `/clusters/${cluster.id}`;
    const edited = await office.patch(url, {
      version: 1,
      name: 'Cụm số 1 (mới)',
      followerUserId: org.councilMember.id,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      name: 'Cụm số 1 (mới)',
      version: 2,
      follower: { userId: org.councilMember.id },
    });
    const stale = await office.patch(url, { version: 1, name: 'Cụm cũ' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'STALE' } });
    expect(await clusterRow(cluster.id)).toMatchObject({ name: 'Cụm số 1 (mới)', version: 2 });
    const events = await eventsOf(cluster.id);
    expect(events.map((e) => e.action)).toEqual(['update']);
    expect(events[0]!.old).toMatchObject({ name: 'Cụm thi đua số 1', followerUserId: null });
  });

  it('adds units, refusing one already in another cluster, unknown or repeated ones', async () => {
    const { org, period, cluster, unitD, unitE, office } = await setup();
    const other = await buildClusterOf(db(), period.id, { code: 'cum-2', name: 'Cụm thi đua số 2' });
    await db().insert(clusterMembers).values({ clusterId: other.id, periodId: period.id, unitId: unitE.id });
    const url = `/clusters/${cluster.id}/members`;
    const taken = await office.post(url, { version: 1, unitIds: [unitD.id, unitE.id] });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      error: {
        code: 'DUPLICATE',
        fields: [
          {
            path: 'body.unitIds[1]',
            message: 'đơn vị "Xã Tân Tiến" đã thuộc cụm, khối "Cụm thi đua số 2" trong kỳ này',
          },
        ],
      },
    });
    const unknown = await office.post(url, {
      version: 1,
      unitIds: [unitD.id, '00000000-0000-4000-8000-000000000000', unitD.id],
    });
    expect(unknown.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.unitIds[1]', message: 'không có đơn vị này trong hội đồng' },
      { path: 'body.unitIds[2]', message: 'đơn vị bị lặp lại' },
    ]);
    const foreign = await buildUnit(db(), org.otherCouncil.id, 'Phường lạ');
    const wrongCouncil = await office.post(url, { version: 1, unitIds: [foreign.id] });
    expect(wrongCouncil.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.unitIds[0]', message: 'không có đơn vị này trong hội đồng' },
    ]);
    const empty = await office.post(url, { version: 1, unitIds: [] });
    expect(empty.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.unitIds', message: 'phải có ít nhất 1 phần tử' },
    ]);
    expect(await seatsOf(cluster.id)).toHaveLength(3);
    const added = await office.post(url, { version: 1, unitIds: [unitD.id] });
    expect(added.statusCode).toBe(200);
    expect(added.json<ClusterJson>()).toMatchObject({ version: 2 });
    expect(added.json<ClusterJson>().members.map((m) => m.name)).toContain('Phường Hải An');
    const stale = await office.post(url, { version: 1, unitIds: [org.unitA.id] });
    expect(stale.statusCode).toBe(409);
    const events = await eventsOf(cluster.id);
    expect(events.map((e) => [e.action, e.new])).toEqual([['members.add', { unitIds: [unitD.id] }]]);
  });

  it('sets the leader and deputies, ranked, everyone else a plain member, audited', async () => {
    const { org, cluster, unitC, office } = await setup();
    const response = await office.put(`/clusters/${cluster.id}/leadership`, {
      version: 1,
      seats: [
        { unitId: unitC.id, role: 'leader' },
        { unitId: org.unitA.id, role: 'deputy', deputyRank: 2 },
        { unitId: org.unitB.id, role: 'deputy' },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<ClusterJson>().members.map((m) => [m.unitId, m.seat, m.deputyRank])).toEqual([
      [unitC.id, 'leader', null],
      [org.unitB.id, 'deputy', 1],
      [org.unitA.id, 'deputy', 2],
    ]);
    const [event] = await eventsOf(cluster.id);
    expect(event).toMatchObject({
      action: 'leadership.set',
      old: { leader: org.unitA.id, deputies: [{ unitId: org.unitB.id, rank: 1 }] },
      new: {
        leader: unitC.id,
        deputies: [
          { unitId: org.unitA.id, rank: 2 },
          { unitId: org.unitB.id, rank: 1 },
        ],
      },
    });
  });

  it('refuses a second leader, a third deputy, a rank out of range and a non-member, saving nothing', async () => {
    const { org, cluster, unitC, unitD, office } = await setup();
    await db()
      .insert(clusterMembers)
      .values({ clusterId: cluster.id, periodId: cluster.periodId, unitId: unitD.id });
    const before = await seatsOf(cluster.id);
    const url = `/clusters/${cluster.id}/leadership`;
    const twoLeaders = await office.put(url, {
      version: 1,
      seats: [
        { unitId: org.unitA.id, role: 'leader' },
        { unitId: org.unitB.id, role: 'leader' },
        { unitId: unitC.id, role: 'deputy' },
      ],
    });
    expect(twoLeaders.statusCode).toBe(400);
    expect(twoLeaders.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.seats[1].role', message: 'cụm, khối chỉ có một cụm trưởng (đã có body.seats[0])' },
    ]);
    const threeDeputies = await office.put(url, {
      version: 1,
      seats: [
        { unitId: org.unitA.id, role: 'leader' },
        { unitId: org.unitB.id, role: 'deputy' },
        { unitId: unitC.id, role: 'deputy' },
        { unitId: unitD.id, role: 'deputy' },
      ],
    });
    expect(threeDeputies.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.seats[3].role', message: 'cụm, khối có nhiều nhất hai cụm phó' },
    ]);
    const noDeputy = await office.put(url, { version: 1, seats: [{ unitId: org.unitA.id, role: 'leader' }] });
    expect(noDeputy.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.seats', message: 'phải có một hoặc hai cụm phó (nhận được 0)' },
    ]);
    const rank3 = await office.put(url, {
      version: 1,
      seats: [
        { unitId: org.unitA.id, role: 'leader' },
        { unitId: org.unitB.id, role: 'deputy', deputyRank: 3 },
      ],
    });
    expect(rank3.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.seats[1].deputyRank', message: 'phải nhỏ hơn hoặc bằng 2 (nhận được 3)' },
    ]);
    const outsider = await buildUnit(db(), org.council.id, 'Phường ngoài', { code: `o-${uniqueSuffix()}` });
    const notMember = await office.put(url, {
      version: 1,
      seats: [
        { unitId: outsider.id, role: 'leader' },
        { unitId: org.unitB.id, role: 'deputy' },
      ],
    });
    expect(notMember.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.seats[0].unitId', message: 'đơn vị không phải thành viên của cụm, khối này' },
    ]);
    const stale = await office.put(url, {
      version: 7,
      seats: [
        { unitId: org.unitB.id, role: 'leader' },
        { unitId: org.unitA.id, role: 'deputy' },
      ],
    });
    expect(stale.statusCode).toBe(409);
    expect(await seatsOf(cluster.id)).toEqual(before);
    expect(await clusterRow(cluster.id)).toMatchObject({ version: 1 });
    expect(await eventsOf(cluster.id)).toHaveLength(0);
  });

  it('removes a member, its seat with it', async () => {
    const { org, cluster, office } = await setup();
    const response = await office.delete(`/clusters/${cluster.id}/members/${org.unitB.id}?version=1`);
    expect(response.statusCode).toBe(200);
    expect(response.json<ClusterJson>().members.map((m) => m.unitId)).not.toContain(org.unitB.id);
    const [event] = await eventsOf(cluster.id);
    expect(event).toMatchObject({
      action: 'members.remove',
      old: { unitId: org.unitB.id, seat: 'deputy', deputyRank: 1 },
    });
    const again = await office.delete(`/clusters/${cluster.id}/members/${org.unitB.id}?version=2`);
    expect(again.statusCode).toBe(404);
    const stale = await office.delete(`/clusters/${cluster.id}/members/${org.unitA.id}?version=1`);
    expect(stale.json()).toMatchObject({ error: { code: 'STALE' } });
    expect((await seatsOf(cluster.id)).map(([unitId]) => unitId)).toContain(org.unitA.id);
    const badVersion = await office.delete(`/clusters/${cluster.id}/members/${org.unitA.id}?version=abc`);
    expect(badVersion.json<ErrorJson>().error.fields![0]!.path).toBe('query.version');
  });

  it('after setup, changes members and seats only with a reason, kept in the audit', async () => {
    const { org, cluster, unitC, unitD, office } = await setup('registration');
    const attempts = [
      office.post(`/clusters/${cluster.id}/members`, { version: 1, unitIds: [unitD.id] }),
      office.delete(`/clusters/${cluster.id}/members/${unitC.id}?version=1`),
      office.put(`/clusters/${cluster.id}/leadership`, {
        version: 1,
        seats: [
          { unitId: org.unitB.id, role: 'leader' },
          { unitId: org.unitA.id, role: 'deputy' },
        ],
      }),
    ];
    const paths = [];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(400);
      const { error } = response.json<ErrorJson>();
      expect(error.code).toBe('REASON_REQUIRED');
      paths.push(error.fields![0]!.path);
    }
    expect(paths).toEqual(['body.reason', 'query.reason', 'body.reason']);
    expect(await seatsOf(cluster.id)).toHaveLength(3);
    const reason = 'Cụm trưởng chuyển công tác theo Quyết định 12/QĐ-UBND';
    const changed = await office.put(`/clusters/${cluster.id}/leadership`, {
      version: 1,
      reason,
      seats: [
        { unitId: org.unitB.id, role: 'leader' },
        { unitId: org.unitA.id, role: 'deputy' },
      ],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ abilities: { reasonRequired: true } });
    const removed = await office.delete(
      `/clusters/${cluster.id}/members/${unitC.id}?version=2&reason=${encodeURIComponent('Sáp nhập')}`,
    );
    expect(removed.statusCode).toBe(200);
    const events = await eventsOf(cluster.id);
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ['leadership.set', reason],
      ['members.remove', 'Sáp nhập'],
    ]);
  });

  it('refuses every cluster write on an archived period', async () => {
    const { cluster, unitD, office } = await setup('archived');
    const attempts = await Promise.all([
      office.patch(`/clusters/${cluster.id}`, { version: 1, name: 'Đổi' }),
      office.post(`/clusters/${cluster.id}/members`, { version: 1, unitIds: [unitD.id], reason: 'x' }),
    ]);
    for (const response of attempts) expect(response.json()).toMatchObject({ error: { code: 'LOCKED' } });
    expect(await clusterRow(cluster.id)).toMatchObject({ version: 1, name: 'Cụm thi đua số 1' });
  });

  it('refuses every cluster write from unit staff, council members and other councils, saving nothing', async () => {
    const { org, period, cluster, unitD } = await setup();
    const writes = (client: Client) => [
      client.post(`/periods/${period.id}/clusters`, { code: 'cum-9', name: 'Cụm 9', kind: 'cum' }),
      client.patch(`/clusters/${cluster.id}`, { version: 1, name: 'Đổi' }),
      client.post(`/clusters/${cluster.id}/members`, { version: 1, unitIds: [unitD.id] }),
      client.delete(`/clusters/${cluster.id}/members/${org.unitB.id}?version=1`),
      client.put(`/clusters/${cluster.id}/leadership`, {
        version: 1,
        seats: [
          { unitId: org.unitB.id, role: 'leader' },
          { unitId: org.unitA.id, role: 'deputy' },
        ],
      }),
    ];
    // Unit A's staff lead the cluster: leading gives no right to reorganise it.
    for (const [who, status] of [
      [org.staffA, 403],
      [org.councilMember, 403],
      [org.stranger, 404],
    ] as const) {
      const client = await signedIn(who.username);
      for (const response of await Promise.all(writes(client))) expect(response.statusCode).toBe(status);
    }
    expect(await db().select().from(clusters).where(eq(clusters.periodId, period.id))).toHaveLength(1);
    expect(await clusterRow(cluster.id)).toMatchObject({ version: 1, name: 'Cụm thi đua số 1' });
    expect(await seatsOf(cluster.id)).toHaveLength(3);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.councilId, org.council.id))),
    ).toHaveLength(0);
  });
  it('seats a unit in one cluster per period even when two writers race, with a clear message', async () => {
    const { period, cluster, unitD, office } = await setup();
    const other = await buildClusterOf(db(), period.id, { code: 'cum-2', name: 'Cụm thi đua số 2' });
    const [a, b] = await Promise.all([
      office.post(`/clusters/${cluster.id}/members`, { version: 1, unitIds: [unitD.id] }),
      office.post(`/clusters/${other.id}/members`, { version: 1, unitIds: [unitD.id] }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json()).toMatchObject({
      error: { code: 'DUPLICATE', message: expect.stringContaining('đã thuộc') as string },
    });
    const seats = await db().select().from(clusterMembers).where(eq(clusterMembers.unitId, unitD.id));
    expect(seats).toHaveLength(1);
    // The database's own refusal (the last line of defence) reads the same way.
    const refusal = await rejectionOf(
      db().insert(clusterMembers).values({ clusterId: cluster.id, periodId: period.id, unitId: unitD.id }),
    );
    const { status, body } = toErrorResponse(refusal, {} as FastifyRequest);
    expect(status).toBe(409);
    expect(body.error).toEqual({
      code: 'DUPLICATE',
      message: 'Đơn vị đã thuộc một cụm, khối khác trong kỳ này',
    });
  });

  it('answers unknown periods, clusters and members with 404', async () => {
    const { cluster, office } = await setup();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const responses = await Promise.all([
      office.get(`/clusters/${unknown}`),
      office.post(`/periods/${unknown}/clusters`, { code: 'cum-9', name: 'Cụm 9', kind: 'cum' }),
      office.patch(`/clusters/${unknown}`, { version: 1, name: 'X' }),
      office.post(`/clusters/${unknown}/members`, { version: 1, unitIds: [unknown] }),
      office.delete(`/clusters/${cluster.id}/members/${unknown}?version=1`),
      office.get(`/clusters/${unknown}/history`),
    ]);
    for (const response of responses) expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(await clusterRow(cluster.id)).toMatchObject({ version: 1 });
  });
});
