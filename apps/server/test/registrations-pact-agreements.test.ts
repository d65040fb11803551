import { pactAgreements, pacts, periods } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditCount, auditOf, buildWorld, type ErrorJson, type World } from './criteria-fixtures';
import { useTestApp } from './harness';

interface PartyJson {
  agreedBy: string | null;
  agreedAt: string | null;
  abilities: { agree: boolean; withdraw: boolean };
}
interface AgreementsJson {
  follower: PartyJson;
  standingOffice: PartyJson;
  signed: boolean;
  agreed: boolean;
  missing: string | null;
}

describe.each(databaseTestTargets())('pact agreements on $name', (target) => {
  const { db, as: client } = useTestApp(target);
  const url = (w: World, party?: string) =>
    `/clusters/${w.cluster.id}/pact-agreements${party ? `/${party}` : ''}`;
  const rowsOf = (w: World) =>
    db().select().from(pactAgreements).where(eq(pactAgreements.clusterId, w.cluster.id));
  const sign = async (w: World) =>
    (await client(w.users.leader.username)).post(`/clusters/${w.cluster.id}/pacts`, {
      unitId: w.units.memberA.id,
      signedOn: '2025-02-20',
    });

  it('refuses the signing until the follower and the standing office have both agreed, naming who has not', async () => {
    const w = await buildWorld(db(), { stage: 'registration' });
    const none = await sign(w);
    expect(none.statusCode).toBe(409);
    expect(none.json<ErrorJson>().error).toMatchObject({
      code: 'PACT_NOT_AGREED',
      message: expect.stringContaining(
        'chưa có ý kiến đồng ý của thành viên Hội đồng theo dõi cụm và cơ quan thường trực',
      ) as string,
    });

    const follower = await client(w.users.follower.username);
    const agreed = await follower.post(url(w, 'follower'), { note: 'Đồng ý nội dung giao ước' });
    expect(agreed.statusCode).toBe(200);
    expect(agreed.json<AgreementsJson>()).toMatchObject({
      follower: { agreedBy: 'Người dùng councilMember', abilities: { agree: false, withdraw: true } },
      standingOffice: { agreedBy: null, abilities: { agree: false, withdraw: false } },
      agreed: false,
      signed: false,
    });
    const [row] = await rowsOf(w);
    expect(row).toMatchObject({ party: 'follower', agreedBy: w.users.follower.id });
    const [event] = await auditOf(db(), row!.id, 'agree');
    expect(event).toMatchObject({ entityType: 'pactAgreement', actorUserId: w.users.follower.id });
    expect(event!.new).toMatchObject({ party: 'follower', note: 'Đồng ý nội dung giao ước' });

    const half = await sign(w);
    expect(half.statusCode).toBe(409);
    const halfMessage = half.json<ErrorJson>().error.message;
    expect(halfMessage).toMatch(/^Chưa ký giao ước được: chưa có ý kiến đồng ý của cơ quan thường trực \(/);

    const office = await client(w.users.standingOffice.username);
    expect((await office.post(url(w, 'standingOffice'), {})).json<AgreementsJson>()).toMatchObject({
      agreed: true,
      missing: null,
    });
    expect((await sign(w)).statusCode).toBe(201);
    // Once signed, nobody withdraws or agrees again; everyone reading the cluster sees both agreements.
    const member = await client(w.users.memberB.username);
    expect((await member.get(url(w))).json<AgreementsJson>()).toMatchObject({
      signed: true,
      agreed: true,
      follower: { agreedBy: 'Người dùng councilMember', abilities: { withdraw: false } },
      standingOffice: { agreedBy: 'Người dùng standingOffice' },
    });
    const late = await follower.delete(url(w, 'follower'));
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorJson>().error.code).toBe('PACT_SIGNED');
    expect(await rowsOf(w)).toHaveLength(2);
  });

  it('lets each party withdraw its agreement until the signing, audited; agreeing twice is refused', async () => {
    const w = await buildWorld(db(), { stage: 'pact' });
    const office = await client(w.users.standingOffice.username);
    const follower = await client(w.users.follower.username);
    expect((await office.post(url(w, 'standingOffice'), {})).statusCode).toBe(200);
    const twice = await office.post(url(w, 'standingOffice'), {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorJson>().error.code).toBe('DUPLICATE');
    expect((await follower.post(url(w, 'follower'), {})).statusCode).toBe(200);
    const [officeRow] = (await rowsOf(w)).filter((r) => r.party === 'standingOffice');

    const withdrawn = await office.delete(url(w, 'standingOffice'));
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<AgreementsJson>()).toMatchObject({
      agreed: false,
      standingOffice: { agreedBy: null, abilities: { agree: true, withdraw: false } },
    });
    const [event] = await auditOf(db(), officeRow!.id, 'withdrawAgreement');
    expect(event!.old).toMatchObject({ party: 'standingOffice', agreedBy: w.users.standingOffice.id });
    expect((await sign(w)).json<ErrorJson>().error.message).toContain('cơ quan thường trực');
    const again = await office.delete(url(w, 'standingOffice'));
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error.message).toContain('Chưa có ý kiến đồng ý của cơ quan thường trực');
  });

  it('lets only the follower agree for the follower and only the standing office for the office; saves nothing else', async () => {
    const w = await buildWorld(db(), { stage: 'pact' });
    const before = await auditCount(db(), w.council.id);
    for (const [who, party, status] of [
      [w.users.leader, 'follower', 403],
      [w.users.leader, 'standingOffice', 403],
      [w.users.standingOffice, 'follower', 403],
      [w.users.follower, 'standingOffice', 403],
      [w.users.deputy, 'follower', 403],
      [w.users.memberA, 'standingOffice', 403],
      [w.users.councilMember, 'follower', 403],
      [w.users.stranger, 'standingOffice', 404],
    ] as const) {
      const c = await client(who.username);
      const agree = await c.post(url(w, party), {});
      const withdraw = await c.delete(url(w, party));
      expect([agree.statusCode, withdraw.statusCode], `${who.username} as ${party}`).toEqual([
        status,
        status,
      ]);
      if (status === 403) expect(agree.json<ErrorJson>().error.message).toMatch(/^Chỉ /);
    }
    expect(await rowsOf(w)).toHaveLength(0);
    expect(await auditCount(db(), w.council.id)).toBe(before);
    // Read by the cluster's readers; another council's user gets 404.
    expect((await (await client(w.users.stranger.username)).get(url(w))).statusCode).toBe(404);
    const bad = await (await client(w.users.follower.username)).post(url(w, 'chairman'), {});
    expect(bad.statusCode).toBe(400);
  });

  it('refuses agreeing outside the registration and pact stages', async () => {
    const w = await buildWorld(db(), { stage: 'pact' });
    await db().update(periods).set({ stage: 'results' }).where(eq(periods.id, w.period.id));
    const response = await (await client(w.users.follower.username)).post(url(w, 'follower'), {});
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorJson>().error.code).toBe('STAGE');
    expect(await db().select().from(pacts).where(eq(pacts.clusterId, w.cluster.id))).toHaveLength(0);
  });
});
