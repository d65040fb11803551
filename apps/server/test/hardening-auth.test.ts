import { auditLog, entries, users } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, Client, TEST_PASSWORD, useTestApp } from './harness';
import { buildScoringCluster, entryUrl } from './scoring-fixture';

// Regression tests of the outside review (issue #8): sessions, CSRF, the forced password change and the
// sign-in lockout. Each one failed on the code before its fix.

/** A request with the client's cookie, an exact raw URL and, unless told otherwise, no CSRF token. */
function raw(
  app: FastifyInstance,
  client: Client,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method,
    url,
    headers: { cookie: client.cookie ?? '', ...headers },
    ...(payload ? { payload } : {}),
  });
}

describe.each(databaseTestTargets())('CSRF and the forced password change on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  it('(1) refuses a write without the CSRF token even when the query string ends in /auth/login', async () => {
    const fx = await buildScoringCluster(db(), 'results');
    const member = await as(fx.users.member.username);
    const url = `/api/v1${entryUrl(fx, fx.units.member.id, 'I.1', 'self')}`;
    for (const suffix of ['?x=/auth/login', '?/auth/login', '#/auth/login']) {
      const response = await raw(app(), member, 'PUT', url + suffix, { version: 0, plan: 1, actual: 1 });
      expect(response.statusCode, suffix).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'CSRF' } });
    }
    expect(
      await db().select().from(entries).where(eq(entries.criteriaVersionId, fx.criteriaVersionId)),
    ).toEqual([]);
    const logout = await raw(app(), member, 'POST', '/api/v1/auth/logout?next=/auth/login');
    expect(logout.statusCode).toBe(403);
    // Signing in with a stale cookie and no token still works (the route itself is exempt).
    const again = await raw(app(), member, 'POST', '/api/v1/auth/login', {
      username: fx.users.member.username,
      password: TEST_PASSWORD,
    });
    expect(again.statusCode).toBe(200);
  });

  it('(4) keeps the forced password change when the path is percent-encoded', async () => {
    const fx = await buildScoringCluster(db(), 'results');
    await db().update(users).set({ mustChangePassword: true }).where(eq(users.id, fx.users.member.id));
    const member = await as(fx.users.member.username);
    const csrf = { 'x-csrf-token': member.csrf ?? '' };
    const sheet = `/clusters/${fx.cluster.id}/scoring-sheet`;
    for (const prefix of ['/api/%761', '/api/v%31', '/%61pi/v1', '/api//v1']) {
      const read = await raw(app(), member, 'GET', prefix + sheet);
      expect(read.statusCode, prefix).not.toBe(200);
      expect([401, 403, 404]).toContain(read.statusCode);
    }
    const read = await raw(app(), member, 'GET', `/api/%761${sheet}`);
    expect(read.json()).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    const write = await raw(
      app(),
      member,
      'PUT',
      `/api/%761${entryUrl(fx, fx.units.member.id, 'I.1', 'self')}`,
      { version: 0, plan: 1, actual: 1 },
      csrf,
    );
    expect(write.statusCode).toBe(403);
    expect(
      await db().select().from(entries).where(eq(entries.criteriaVersionId, fx.criteriaVersionId)),
    ).toEqual([]);
    // What stays allowed: reading oneself, encoded or not.
    expect((await raw(app(), member, 'GET', '/api/%761/auth/me')).statusCode).toBe(200);
  });
});

describe.each(databaseTestTargets())('sign-in lockout on $name', (target) => {
  const { db, app } = useTestApp(target, { lockoutAfterFailures: 5, loginLimitPerNamePerMinute: 1000 });

  const login = (username: string, password: string, remoteAddress = '127.0.0.1', headers = {}) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress,
      headers,
    });

  it('(2) locks after parallel wrong passwords: the count is one atomic update', async () => {
    const { staffA } = await buildOrganisation(db());
    const answers = await Promise.all(
      Array.from({ length: 18 }, () => login(staffA.username, 'sai-mat-khau-9', '10.0.0.2')),
    );
    expect(answers.filter((a) => a.statusCode === 423).length).toBeGreaterThanOrEqual(13);
    const right = await login(staffA.username, TEST_PASSWORD, '10.0.0.2');
    expect(right.statusCode).toBe(423);
    expect(right.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
  });

  it('(8) counts wrong current passwords at /auth/password toward the lockout', async () => {
    const { staffA } = await buildOrganisation(db());
    const client = new Client(app());
    await client.login(staffA.username);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await client.post('/auth/password', {
        currentPassword: `doan-mo-${i}`,
        newPassword: 'mat-khau-moi-2025',
      });
      codes.push(response.statusCode);
    }
    expect(codes).toEqual([400, 400, 400, 400, 423, 423]);
    const right = await client.post('/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mat-khau-moi-2025',
    });
    expect(right.statusCode).toBe(423);
    expect((await login(staffA.username, TEST_PASSWORD)).statusCode).toBe(423);
    const audits = await db().select().from(auditLog).where(eq(auditLog.entityId, staffA.id));
    expect(audits.filter((a) => a.action === 'password.change')).toEqual([]);
  });

  it('(9) answers an unknown name, a disabled account and a wrong password alike', async () => {
    const { staffA, staffB } = await buildOrganisation(db());
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, staffB.id));
    const address = '10.0.0.9';
    const unknown = await login(`khong-co-${staffA.username}`, 'sai-mat-khau-9', address);
    const wrong = await login(staffA.username, 'sai-mat-khau-9', address);
    const disabled = await login(staffB.username, 'sai-mat-khau-9', address);
    expect(unknown.json()).toEqual(wrong.json());
    expect(disabled.json()).toEqual(wrong.json());
    expect([unknown.statusCode, wrong.statusCode, disabled.statusCode]).toEqual([401, 401, 401]);
    // An unknown name locks exactly like a known one.
    const nobody = `khong-co-${staffB.username}`;
    const codesUnknown: number[] = [];
    const codesKnown: number[] = [];
    for (let i = 0; i < 6; i++) {
      codesUnknown.push((await login(nobody, 'sai-mat-khau-9', '10.0.0.10')).statusCode);
      codesKnown.push((await login(staffA.username, 'sai-mat-khau-9', '10.0.0.10')).statusCode);
    }
    expect(codesUnknown).toEqual(codesKnown);
    expect(codesKnown).toEqual([401, 401, 401, 401, 423, 423]);
    // A stranger's failures lock the name from the stranger's address only.
    expect((await login(staffA.username, TEST_PASSWORD, '10.0.0.11')).statusCode).toBe(200);
    // Only the holder of the right password learns that an account is disabled.
    expect((await login(staffB.username, TEST_PASSWORD, '10.0.0.12')).json()).toMatchObject({
      error: { code: 'ACCOUNT_DISABLED' },
    });
  });
});

describe.each(databaseTestTargets())('sign-in limits behind proxies on $name', (target) => {
  const { db, app } = useTestApp(target, {
    production: true,
    loginLimitPerMinute: 3,
    loginLimitPerNamePerMinute: 1000,
  });

  it('(3) does not trust X-Forwarded-For unless a proxy is configured', async () => {
    const { staffA } = await buildOrganisation(db());
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: staffA.username, password: TEST_PASSWORD },
        remoteAddress: '192.0.2.50',
        headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
      });
      codes.push(response.statusCode);
    }
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });
});

describe.each(databaseTestTargets())('the per-name sign-in limit on $name', (target) => {
  const { db, app } = useTestApp(target, {
    loginLimitPerMinute: 1000,
    loginLimitPerNamePerMinute: 4,
    lockoutAfterFailures: 1000,
  });

  it('(3) limits attempts on one name from many addresses', async () => {
    const { staffA, staffB } = await buildOrganisation(db());
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await app().inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: i % 2 ? staffA.username.toUpperCase() : staffA.username, password: 'sai-9-sai' },
        remoteAddress: `203.0.113.${i + 1}`,
      });
      codes.push(response.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
    // Another name is not held back.
    const other = await app().inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: staffB.username, password: TEST_PASSWORD },
      remoteAddress: '203.0.113.1',
    });
    expect(other.statusCode).toBe(200);
  });
});
