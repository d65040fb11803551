import { rateLimitWindows } from '@thidua/db';
import { databaseTestTargets, uniqueSuffix, useTestDatabase } from '@thidua/db/testing';
import { like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { testConfig } from './harness';

// The sign-in limits are counted in the database (auth/rate-limit-store.ts), so two server processes on
// one database — here two apps on one database — count the same attempts (issue #15). With the plugin's
// default in-memory store each app allowed the full limit again.

describe.each(databaseTestTargets())('sign-in limits shared by two apps on $name', (target) => {
  const db = useTestDatabase(target);
  const namespace = `shared-${uniqueSuffix()}`;
  let a: FastifyInstance;
  let b: FastifyInstance;
  let alone: FastifyInstance;
  beforeAll(async () => {
    const config = testConfig({
      limitNamespace: namespace,
      loginLimitPerMinute: 5,
      loginLimitPerNamePerMinute: 3,
      lockoutAfterFailures: 1000,
    });
    a = await buildApp({ db: db(), config });
    b = await buildApp({ db: db(), config });
    // Another deployment's namespace on the same database: its own counters.
    alone = await buildApp({ db: db(), config: { ...config, limitNamespace: `other-${uniqueSuffix()}` } });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), alone?.close()]);
  });

  const attempt = (app: FastifyInstance, username: string, remoteAddress: string) =>
    app
      .inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: 'sai-9-sai' },
        remoteAddress,
      })
      .then((response) => response.statusCode);

  it('counts attempts on one name on both apps together', async () => {
    const name = `khong-co-${uniqueSuffix()}`;
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push(await attempt(i % 2 ? b : a, name, `198.51.100.${i + 1}`));
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    // The other namespace has counted nothing.
    expect(await attempt(alone, name, '198.51.100.9')).toBe(401);
  });

  it('counts attempts from one address on both apps together, in parallel without losing a hit', async () => {
    const address = `192.0.2.${1 + Math.floor(Math.random() * 250)}`;
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => attempt(i % 2 ? b : a, `ten-${uniqueSuffix()}`, address)),
    );
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(3);
    const rows = await db()
      .select()
      .from(rateLimitWindows)
      .where(like(rateLimitWindows.key, `${namespace}|POST /api/v1/auth/login|${address}`));
    expect(rows.map((r) => r.hits)).toEqual([8]);
    expect(rows[0]!.windowEndsAt.getTime()).toBeGreaterThan(Date.now());
  });
});
