import { auditLog, memberships, sessions, users } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, Client, type ErrorJson, useTestApp } from './harness';

type UserJson = {
  memberships: { id: string; role: string; unitId: string | null; endedAt: string | null }[];
};

describe.each(databaseTestTargets())('memberships and account state on $name', (target) => {
  const { db, app, as: signedIn } = useTestApp(target);

  const rolesOf = (userId: string) =>
    db().select().from(memberships).where(eq(memberships.userId, userId)).orderBy(asc(memberships.createdAt));
  const userRow = async (id: string) => (await db().select().from(users).where(eq(users.id, id)))[0]!;
  const eventsFor = (userId: string) =>
    db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId)))
      .orderBy(asc(auditLog.id));

  it('adds a role, refuses it twice, ends it and resumes it, each audited', async () => {
    const org = await buildOrganisation(db());
    const admin = await signedIn(org.admin.username);
    const url = `/councils/${org.council.id}/users/${org.staffA.id}/memberships`;
    const added = await admin.post(url, { role: 'councilMember', title: 'Ủy viên Hội đồng' });
    expect(added.statusCode).toBe(201);
    const roles = added.json<UserJson>().memberships;
    expect(roles.map((m) => m.role).sort()).toEqual(['councilMember', 'unitStaff']);
    const twice = await admin.post(url, { role: 'councilMember' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      error: {
        code: 'DUPLICATE',
        fields: [{ path: 'body.role', message: 'người dùng đang có vai trò này' }],
      },
    });
    const membershipId = roles.find((m) => m.role === 'councilMember')!.id;
    const ended = await admin.post(`/memberships/${membershipId}/end`, { reason: 'Thôi làm ủy viên' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json<UserJson>().memberships.find((m) => m.id === membershipId)!.endedAt).not.toBeNull();
    // The user's next request no longer carries the ended role.
    const staff = await signedIn(org.staffA.username);
    const me = await staff.get('/auth/me');
    expect(me.json<{ memberships: { role: string }[] }>().memberships.map((m) => m.role)).toEqual([
      'unitStaff',
    ]);
    const again = await admin.post(`/memberships/${membershipId}/end`, {});
    expect(again.statusCode).toBe(200);
    const resumed = await admin.post(url, { role: 'councilMember' });
    expect(resumed.statusCode).toBe(201);
    const rows = await rolesOf(org.staffA.id);
    expect(rows.map((m) => [m.role, m.endedAt])).toEqual([
      ['unitStaff', null],
      ['councilMember', null],
    ]);
    const events = await eventsFor(org.staffA.id);
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ['membership.add', null],
      ['membership.end', 'Thôi làm ủy viên'],
      ['membership.resume', null],
    ]);
  });

  it('refuses roles for unknown users or units and users of other councils', async () => {
    const org = await buildOrganisation(db());
    const admin = await signedIn(org.admin.username);
    const unknownUser = await admin.post(
      `/councils/${org.council.id}/users/00000000-0000-4000-8000-000000000000/memberships`,
      { role: 'councilMember' },
    );
    expect(unknownUser.statusCode).toBe(404);
    const foreign = await admin.post(`/councils/${org.council.id}/users/${org.stranger.id}/memberships`, {
      role: 'councilMember',
    });
    expect(foreign.statusCode).toBe(404);
    const badUnit = await admin.post(
      `/councils/${org.council.id}/users/${org.councilMember.id}/memberships`,
      {
        role: 'unitStaff',
        unitId: '00000000-0000-4000-8000-000000000000',
      },
    );
    expect(badUnit.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.unitId', message: 'không có đơn vị này (đang hoạt động) trong hội đồng' },
    ]);
    const badRole = await admin.post(
      `/councils/${org.council.id}/users/${org.councilMember.id}/memberships`,
      {
        role: 42,
      },
    );
    expect(badRole.json<ErrorJson>().error.fields![0]).toMatchObject({ path: 'body.role' });
    expect(await rolesOf(org.stranger.id)).toHaveLength(1);
    expect(await rolesOf(org.councilMember.id)).toHaveLength(1);
    expect((await admin.post('/memberships/00000000-0000-4000-8000-000000000000/end', {})).statusCode).toBe(
      404,
    );
  });

  it('will not let an administrator end their own administrator role', async () => {
    const org = await buildOrganisation(db());
    const admin = await signedIn(org.admin.username);
    const [own] = await rolesOf(org.admin.id);
    const response = await admin.post(`/memberships/${own!.id}/end`, {});
    expect(response.statusCode).toBe(403);
    expect((await rolesOf(org.admin.id))[0]!.endedAt).toBeNull();
  });

  it('disables a user, deleting their sessions, and enables them again, audited with the reason', async () => {
    const org = await buildOrganisation(db());
    const staff = await signedIn(org.staffA.username);
    expect(await db().select().from(sessions).where(eq(sessions.userId, org.staffA.id))).toHaveLength(1);
    const admin = await signedIn(org.admin.username);
    const disabled = await admin.post(`/users/${org.staffA.id}/disable`, { reason: 'Nghỉ hưu' });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await userRow(org.staffA.id)).disabledAt).toBeInstanceOf(Date);
    expect(await db().select().from(sessions).where(eq(sessions.userId, org.staffA.id))).toHaveLength(0);
    expect((await staff.get('/auth/me')).statusCode).toBe(401);
    const login = await new Client(app()).login(org.staffA.username);
    expect(login.json()).toMatchObject({ error: { code: 'ACCOUNT_DISABLED' } });
    expect((await admin.post(`/users/${org.staffA.id}/disable`, {})).statusCode).toBe(200);
    const enabled = await admin.post(`/users/${org.staffA.id}/enable`, {});
    expect(enabled.json()).toMatchObject({ disabled: false });
    await signedIn(org.staffA.username);
    const events = await eventsFor(org.staffA.id);
    expect(events.map((e) => [e.action, e.reason, e.councilId])).toEqual([
      ['disable', 'Nghỉ hưu', org.council.id],
      ['enable', null, org.council.id],
    ]);
  });

  it('refuses to disable oneself or a system administrator', async () => {
    const org = await buildOrganisation(db());
    const admin = await signedIn(org.admin.username);
    const self = await admin.post(`/users/${org.admin.id}/disable`, {});
    expect(self.statusCode).toBe(403);
    const root = await buildUser(db(), null, 'systemAdmin');
    await db()
      .insert(memberships)
      .values({ userId: root.id, councilId: org.council.id, role: 'councilMember' });
    const response = await admin.post(`/users/${root.id}/disable`, {});
    expect(response.statusCode).toBe(403);
    expect((await userRow(root.id)).disabledAt).toBeNull();
    expect((await userRow(org.admin.id)).disabledAt).toBeNull();
    const system = await signedIn(root.username);
    expect((await system.post(`/users/${org.stranger.id}/disable`, {})).statusCode).toBe(200);
  });

  it('refuses account writes from the standing office, unit staff, council members and other councils', async () => {
    const org = await buildOrganisation(db());
    const [membership] = await rolesOf(org.staffB.id);
    for (const [who, status] of [
      [org.standingOffice, 403],
      [org.staffA, 403],
      [org.councilMember, 403],
      [org.stranger, 404],
    ] as const) {
      const client = await signedIn(who.username);
      const responses = await Promise.all([
        client.post(`/councils/${org.council.id}/users/${org.staffB.id}/memberships`, {
          role: 'councilMember',
        }),
        client.post(`/memberships/${membership!.id}/end`, {}),
        client.post(`/users/${org.staffB.id}/disable`, {}),
        client.post(`/users/${org.staffB.id}/enable`, {}),
      ]);
      expect(responses.map((r) => r.statusCode)).toEqual([status, status, status, status]);
    }
    expect((await rolesOf(org.staffB.id)).map((m) => [m.role, m.endedAt])).toEqual([['unitStaff', null]]);
    expect((await userRow(org.staffB.id)).disabledAt).toBeNull();
    expect(await eventsFor(org.staffB.id)).toHaveLength(0);
  });
});
