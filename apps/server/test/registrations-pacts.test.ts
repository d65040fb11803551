import { pacts, periods, type PeriodStage } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditCount, auditOf, buildWorld, type ErrorJson, type World } from './criteria-fixtures';
import { useTestApp } from './harness';

interface PactJson {
  id: string;
  unitId: string;
  signedOn: string;
  documentNumber: string | null;
  version: number;
  abilities: { update: boolean };
}

describe.each(databaseTestTargets())('pacts on $name', (target) => {
  const { db, as: client } = useTestApp(target);
  const setStage = (w: World, stage: PeriodStage) =>
    db().update(periods).set({ stage }).where(eq(periods.id, w.period.id));
  const pactsOf = (w: World) => db().select().from(pacts).where(eq(pacts.clusterId, w.cluster.id));
  /** The follower and the standing office agree, as the signing requires (Ba Đình 2022, Long Biên 2023). */
  async function agree(w: World) {
    for (const [who, party] of [
      [w.users.follower, 'follower'],
      [w.users.standingOffice, 'standingOffice'],
    ] as const) {
      const response = await (
        await client(who.username)
      ).post(`/clusters/${w.cluster.id}/pact-agreements/${party}`, {});
      expect(response.statusCode, party).toBe(200);
    }
  }

  /** The standing office records the second member's signing (of 20 February 2025). */
  async function officeRecordsPact(w: World) {
    const office = await client(w.users.standingOffice.username);
    const pact = (
      await office.post(`/clusters/${w.cluster.id}/pacts`, {
        unitId: w.units.memberB.id,
        signedOn: '2025-02-20',
      })
    ).json<PactJson>();
    return { office, pact };
  }

  it('records each unit’s signing (leader or standing office) and lists the cluster with who has signed', async () => {
    const w = await buildWorld(db(), { stage: 'pact', issuedVersion: true });
    await agree(w);
    const leader = await client(w.users.leader.username);
    const created = await leader.post(`/clusters/${w.cluster.id}/pacts`, {
      unitId: w.units.memberA.id,
      signedOn: '2025-02-20',
      documentNumber: '01/GƯTĐ-CTĐ1',
      note: 'Ký tại hội nghị triển khai',
    });
    expect(created.statusCode).toBe(201);
    const pact = created.json<PactJson>();
    expect(pact).toMatchObject({
      unitId: w.units.memberA.id,
      signedOn: '2025-02-20',
      documentNumber: '01/GƯTĐ-CTĐ1',
      version: 1,
      abilities: { update: true },
    });
    const office = await client(w.users.standingOffice.username);
    expect(
      (
        await office.post(`/clusters/${w.cluster.id}/pacts`, {
          unitId: w.units.leader.id,
          signedOn: '2025-02-20',
        })
      ).statusCode,
    ).toBe(201);
    const [row] = (await pactsOf(w)).filter((p) => p.id === pact.id);
    expect(row).toMatchObject({
      periodId: w.period.id,
      recordedBy: w.users.leader.id,
      note: 'Ký tại hội nghị triển khai',
    });
    expect((await auditOf(db(), pact.id, 'create'))[0]!.new).toMatchObject({ signedOn: '2025-02-20' });

    const member = await client(w.users.memberB.username);
    const list = await member.get(`/clusters/${w.cluster.id}/pacts?pageSize=3`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 4,
      pageSize: 3,
      items: [
        {
          unit: { id: w.units.leader.id, seat: 'leader' },
          pact: { signedOn: '2025-02-20', abilities: { update: false } },
        },
        { unit: { id: w.units.deputy.id, seat: 'deputy' }, pact: null },
        { unit: { seat: 'member' } },
      ],
    });
    expect(
      (await (await client(w.users.outsider.username)).get(`/clusters/${w.cluster.id}/pacts`)).statusCode,
    ).toBe(403);
    expect(
      (await (await client(w.users.stranger.username)).get(`/clusters/${w.cluster.id}/pacts`)).statusCode,
    ).toBe(404);
  });

  it('corrects a record with the version read; a stale version gets 409; audited old and new', async () => {
    const w = await buildWorld(db(), { stage: 'registration', issuedVersion: true });
    await agree(w);
    const { office, pact } = await officeRecordsPact(w);
    const edited = await office.patch(`/pacts/${pact.id}`, {
      version: 1,
      signedOn: '2025-02-21',
      documentNumber: '02/GƯTĐ',
    });
    expect(edited.json<PactJson>()).toMatchObject({
      version: 2,
      signedOn: '2025-02-21',
      documentNumber: '02/GƯTĐ',
    });
    const stale = await office.patch(`/pacts/${pact.id}`, { version: 1, note: 'ghi đè' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const events = await auditOf(db(), pact.id, 'update');
    expect(events).toMatchObject([
      { old: { signedOn: '2025-02-20', version: 1 }, new: { signedOn: '2025-02-21', version: 2 } },
    ]);
    expect(
      (await office.patch('/pacts/00000000-0000-4000-8000-000000000000', { version: 1 })).statusCode,
    ).toBe(404);
    const badDate = await office.patch(`/pacts/${pact.id}`, { version: 2, signedOn: '21/02/2025' });
    expect(badDate.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.signedOn', message: expect.stringContaining('YYYY-MM-DD') as string },
    ]);
  });

  it('refuses recording to members, deputies, council members (403) and another council (404), saving nothing', async () => {
    const w = await buildWorld(db(), { stage: 'pact', issuedVersion: true });
    await agree(w);
    const { pact } = await officeRecordsPact(w);
    const before = await auditCount(db(), w.council.id);
    for (const [who, status] of [
      [w.users.memberA, 403],
      [w.users.deputy, 403],
      [w.users.councilMember, 403],
      [w.users.follower, 403],
      [w.users.stranger, 404],
    ] as const) {
      const c = await client(who.username);
      const create = await c.post(`/clusters/${w.cluster.id}/pacts`, {
        unitId: w.units.memberA.id,
        signedOn: '2025-02-20',
      });
      const edit = await c.patch(`/pacts/${pact.id}`, { version: 1, note: 'trái phép' });
      expect([create.statusCode, edit.statusCode], who.username).toEqual([status, status]);
    }
    expect(await pactsOf(w)).toHaveLength(1);
    expect((await pactsOf(w))[0]).toMatchObject({ version: 1, note: null });
    expect(await auditCount(db(), w.council.id)).toBe(before);
  });

  it('refuses a unit outside the cluster, a second record, and recording outside the registration and pact stages', async () => {
    const w = await buildWorld(db(), { stage: 'pact', issuedVersion: true });
    await agree(w);
    const leader = await client(w.users.leader.username);
    const url = `/clusters/${w.cluster.id}/pacts`;
    const outsider = await leader.post(url, { unitId: w.units.outsider.id, signedOn: '2025-02-20' });
    expect(outsider.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.unitId', message: 'đơn vị không thuộc cụm, khối này trong kỳ thi đua' },
    ]);
    expect((await leader.post(url, { unitId: w.units.memberA.id, signedOn: '2025-02-20' })).statusCode).toBe(
      201,
    );
    const twice = await leader.post(url, { unitId: w.units.memberA.id, signedOn: '2025-02-21' });
    expect(twice.json<ErrorJson>().error).toMatchObject({
      code: 'DUPLICATE',
      message: expect.stringContaining('Đã ghi nhận ký giao ước') as string,
    });
    await setStage(w, 'results');
    const late = await leader.post(url, { unitId: w.units.memberB.id, signedOn: '2025-02-20' });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorJson>().error.code).toBe('STAGE');
    expect(await pactsOf(w)).toHaveLength(1);
  });
});
