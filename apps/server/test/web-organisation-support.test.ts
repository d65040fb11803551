// What the organisation, users and audit screens of the web application read besides the modules'
// own routes: the period profiles, the audit log's filter names, an account's edit and its lock.
import { auditLog, users } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, Client, type ErrorJson, useTestApp } from './harness';

describe.each(databaseTestTargets())('screens’ support routes on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  const signedIn = ({ username }: { username: string }) => as(username);

  it('lists the built-in profiles with their calendar and deadlines for the period form', async () => {
    const org = await buildOrganisation(db());
    const office = await signedIn(org.standingOffice);
    const response = await office.get('/period-profiles');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{
      items: { id: string; calendar: string; deadlines: { stage: string; month: number }[] }[];
    }>();
    expect(items.length).toBeGreaterThan(2);
    const school = items.find((p) => p.id === 'ba-dinh-2022-truong-hoc');
    expect(school?.calendar).toBe('schoolYear');
    expect(items.find((p) => p.id === 'ba-dinh-2022-phuong')?.calendar).toBe('calendarYear');
    expect(items.some((p) => p.deadlines.length > 0)).toBe(true);
    expect((await new Client(app()).get('/period-profiles')).statusCode).toBe(401);
  });

  it('names every entity type and action the modules write, for the audit filters', async () => {
    const org = await buildOrganisation(db());
    const member = await signedIn(org.councilMember);
    const response = await member.get('/audit/labels');
    expect(response.statusCode).toBe(200);
    const { entityTypes, actions } = response.json<{
      entityTypes: { code: string; label: string }[];
      actions: { code: string; label: string }[];
    }>();
    expect(entityTypes).toContainEqual({ code: 'cluster', label: 'Cụm, khối' });
    expect(actions).toContainEqual({ code: 'leadership.set', label: 'Đặt cụm trưởng, cụm phó' });
    expect(actions).toContainEqual({ code: 'stage.change', label: 'Chuyển giai đoạn' });
    expect(new Set(actions.map((a) => a.label)).size).toBe(actions.length);
  });

  it('lets an administrator edit a name and e-mail, audited; others are refused and nothing changes', async () => {
    const org = await buildOrganisation(db());
    const [target] = await db().select().from(users).where(eq(users.id, org.staffA.id));
    const admin = await signedIn(org.admin);
    const edited = await admin.patch(`/users/${target!.id}`, {
      version: 1,
      displayName: 'Nguyễn Văn Mới',
      email: 'moi@example.vn',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      displayName: 'Nguyễn Văn Mới',
      email: 'moi@example.vn',
      version: 2,
    });
    // A second administrator's edit made from the page read before the first: 409, nothing changed.
    const stale = await admin.patch(`/users/${target!.id}`, { version: 1, displayName: 'Tên cũ hơn' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const [event] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, target!.id), eq(auditLog.action, 'update')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(event).toMatchObject({
      councilId: org.council.id,
      old: { displayName: target!.displayName, email: target!.email },
      new: { displayName: 'Nguyễn Văn Mới', email: 'moi@example.vn' },
    });

    const empty = await admin.patch(`/users/${target!.id}`, { version: 2 });
    expect(empty.statusCode).toBe(400);
    const badEmail = await admin.patch(`/users/${target!.id}`, { version: 2, email: 'không phải thư' });
    expect(badEmail.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.email');

    const office = await signedIn(org.standingOffice);
    const other = { version: 2, displayName: 'Khác' };
    expect((await office.patch(`/users/${target!.id}`, other)).statusCode).toBe(403);
    const stranger = await signedIn(org.stranger);
    expect((await stranger.patch(`/users/${target!.id}`, other)).statusCode).toBe(404);
    const [after] = await db().select().from(users).where(eq(users.id, target!.id));
    expect(after!.displayName).toBe('Nguyễn Văn Mới');
  });

  it('shows administrators until when an account is locked, and nobody else', async () => {
    const org = await buildOrganisation(db());
    const until = new Date(Date.now() + 10 * 60_000);
    await db().update(users).set({ lockedUntil: until }).where(eq(users.id, org.staffB.id));
    const [target] = await db().select().from(users).where(eq(users.id, org.staffB.id));
    const admin = await signedIn(org.admin);
    expect((await admin.get(`/users/${target!.id}`)).json()).toMatchObject({
      lockedUntil: until.toISOString(),
    });
    const office = await signedIn(org.standingOffice);
    expect((await office.get(`/users/${target!.id}`)).json()).toMatchObject({ lockedUntil: null });
    await db()
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 60_000) })
      .where(eq(users.id, target!.id));
    expect((await admin.get(`/users/${target!.id}`)).json()).toMatchObject({ lockedUntil: null });
  });
});
