import { auditLog, users } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, Client, TEST_PASSWORD, useTestApp } from './harness';

describe.each(databaseTestTargets())('accounts on $name', (target) => {
  const { db, app } = useTestApp(target, { lockoutAfterFailures: 3 });

  it('signs in with an HttpOnly, SameSite session cookie and answers /auth/me', async () => {
    const { standingOffice, council } = await buildOrganisation(db());
    const client = new Client(app());
    const login = await client.login(standingOffice.username);
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'thidua_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = await client.get('/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { username: standingOffice.username },
      memberships: [{ councilId: council.id, role: 'standingOffice', unitId: null }],
    });
  });

  it('refuses a wrong password with a Vietnamese message and no cookie', async () => {
    const { staffA } = await buildOrganisation(db());
    const response = await new Client(app()).login(staffA.username, 'sai-mat-khau-9');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: 'BAD_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng' },
    });
    expect(response.cookies.find((c) => c.name === 'thidua_session')).toBeUndefined();
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const { staffB } = await buildOrganisation(db());
    const client = new Client(app());
    for (let i = 0; i < 2; i++)
      expect((await client.login(staffB.username, 'sai-mat-khau-9')).statusCode).toBe(401);
    expect((await client.login(staffB.username, 'sai-mat-khau-9')).json()).toMatchObject({
      error: { code: 'ACCOUNT_LOCKED' },
    });
    const right = await client.login(staffB.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    const [row] = await db().select().from(users).where(eq(users.id, staffB.id));
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { standingOffice, council } = await buildOrganisation(db());
    const client = new Client(app());
    await client.login(standingOffice.username);
    client.csrf = undefined;
    const response = await client.post(`/councils/${council.id}/units`, {
      code: 'x',
      name: 'X',
      type: 'ward',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'CSRF' } });
  });

  it('answers 401 to anonymous requests and ends the session at logout', async () => {
    const { staffA } = await buildOrganisation(db());
    const client = new Client(app());
    expect((await client.get('/auth/me')).statusCode).toBe(401);
    await client.login(staffA.username);
    expect((await client.post('/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/auth/me')).statusCode).toBe(401);
  });

  it('changes a password (old one refused afterwards) and audits it', async () => {
    const { staffA } = await buildOrganisation(db());
    const client = new Client(app());
    await client.login(staffA.username);
    const weak = await client.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'ngan' });
    expect(weak.json()).toMatchObject({ error: { code: 'WEAK_PASSWORD' } });
    const changed = await client.post('/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mat-khau-moi-2025',
    });
    expect(changed.statusCode).toBe(200);
    expect((await new Client(app()).login(staffA.username)).statusCode).toBe(401);
    expect((await new Client(app()).login(staffA.username, 'mat-khau-moi-2025')).statusCode).toBe(200);
    const events = await db().select().from(auditLog).where(eq(auditLog.entityId, staffA.id));
    expect(events.map((e) => e.action)).toContain('password.change');
  });

  it('lets a council administrator reset a member password, and nobody else', async () => {
    const org = await buildOrganisation(db());
    const admin = new Client(app());
    await admin.login(org.admin.username);
    const reset = await admin.post(`/users/${org.staffA.id}/reset-password`, {
      newPassword: 'tam-thoi-12345',
    });
    expect(reset.statusCode).toBe(200);
    const login = await new Client(app()).login(org.staffA.username, 'tam-thoi-12345');
    expect(login.json()).toMatchObject({ user: { mustChangePassword: true } });
    for (const who of [org.standingOffice, org.staffB, org.stranger]) {
      const client = new Client(app());
      await client.login(who.username);
      const refused = await client.post(`/users/${org.staffA.id}/reset-password`, {
        newPassword: 'tam-thoi-12345',
      });
      expect(refused.statusCode).toBe(404);
    }
    const outsider = await buildUser(db(), null, 'none');
    const refused = await admin.post(`/users/${outsider.id}/reset-password`, {
      newPassword: 'tam-thoi-12345',
    });
    expect(refused.statusCode).toBe(404);
  });
});

describe.each(databaseTestTargets())('login rate limit on $name', (target) => {
  const { db, app } = useTestApp(target, { loginLimitPerMinute: 3 });

  it('answers 429 with a Vietnamese message past the per-minute limit', async () => {
    const { staffA } = await buildOrganisation(db());
    const client = new Client(app());
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await client.login(staffA.username)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await client.login(staffA.username);
    expect(limited.json()).toMatchObject({
      error: { code: 'RATE_LIMITED', message: 'Quá nhiều yêu cầu; vui lòng đợi một lát rồi thử lại' },
    });
  });
});

describe.each(databaseTestTargets())('temporary passwords on $name', (target) => {
  const { db, app } = useTestApp(target);

  it('allows nothing but reading oneself and changing the password until it is changed', async () => {
    const org = await buildOrganisation(db());
    await db().update(users).set({ mustChangePassword: true }).where(eq(users.id, org.standingOffice.id));
    const client = new Client(app());
    await client.login(org.standingOffice.username);
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    const refused = await client.get(`/councils/${org.council.id}/units`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    const changed = await client.post('/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mat-khau-moi-2025',
    });
    expect(changed.statusCode).toBe(200);
    const fresh = new Client(app());
    await fresh.login(org.standingOffice.username, 'mat-khau-moi-2025');
    expect((await fresh.get(`/councils/${org.council.id}/units`)).statusCode).toBe(200);
  });
});
