import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { ConfigError, loadConfig } from '../src/config';
import { testConfig, useTestApp } from './harness';
import { freePort, startServer, stopServer } from './server-process';

describe.each(databaseTestTargets())('operations endpoints on $name', (target) => {
  const { db, app } = useTestApp(target);

  it('answers /healthz without a session', async () => {
    const response = await app().inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is ready when the database answers and every shipped migration is applied, and says when not', async () => {
    const ready = await app().inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    const body = ready.json<{
      status: string;
      migrations: { expected: number; applied: number; pending: string[] };
    }>();
    expect(body.status).toBe('ready');
    expect(body.migrations.pending).toEqual([]);
    expect(body.migrations.applied).toBe(body.migrations.expected);
    expect(body.migrations.expected).toBeGreaterThan(10);

    // Forget the newest migration, as a database left behind by an older version would be.
    const [last] = (
      await db().execute<{ id: number; hash: string; created_at: string }>(
        sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
      )
    ).rows;
    await db().execute(sql`delete from drizzle.__drizzle_migrations where id = ${last!.id}`);
    try {
      const behind = await app().inject({ method: 'GET', url: '/readyz' });
      expect(behind.statusCode).toBe(503);
      const json = behind.json<{ status: string; reason: string; migrations: { pending: string[] } }>();
      expect(json.status).toBe('not-ready');
      expect(json.reason).toBe('Cơ sở dữ liệu còn 1 bản cập nhật cấu trúc chưa áp dụng');
      expect(json.migrations.pending).toHaveLength(1);
    } finally {
      await db().execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last!.id}, ${last!.hash}, ${last!.created_at})`,
      );
    }
    expect((await app().inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('counts requests by route pattern in the Prometheus format, readable from this machine only', async () => {
    for (let i = 0; i < 3; i++) await app().inject({ method: 'GET', url: '/healthz' });
    await app().inject({
      method: 'GET',
      url: '/api/v1/clusters/7d3c2a1e-0000-4000-8000-000000000000/results',
    });
    const metrics = await app().inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = metrics.body;
    const count = (route: string, status: string) =>
      Number(
        new RegExp(
          `^thidua_http_requests_total\\{method="GET",route="${route.replace(/[/:]/g, (c) => `\\${c}`)}",status="${status}"\\} (\\d+)$`,
          'm',
        ).exec(text)?.[1] ?? 0,
      );
    expect(count('/healthz', '2xx')).toBeGreaterThanOrEqual(3);
    // The pattern, never the id: no series per cluster.
    expect(count('/api/v1/clusters/:clusterId/results', '4xx')).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('7d3c2a1e');
    expect(text).toMatch(
      /^thidua_http_request_duration_seconds_bucket\{method="GET",route="\/healthz",le="\+Inf"\} \d+$/m,
    );
    expect(text).toMatch(/^thidua_event_loop_delay_seconds\{quantile="p99"\} [0-9.e-]+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);

    const remote = await app().inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(remote.statusCode).toBe(403);
    // A forwarded header does not make a remote client local.
    const forwarded = await app().inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { 'x-forwarded-for': '127.0.0.1' },
    });
    expect(forwarded.statusCode).toBe(403);
    // Nor does a local reverse proxy: what it forwards comes from loopback but from a client elsewhere.
    const proxied = await app().inject({
      method: 'GET',
      url: '/metrics',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(proxied.statusCode).toBe(403);
  });

  it('gives every answer a request id, keeping a well-formed one the client sent', async () => {
    const fresh = await app().inject({ method: 'GET', url: '/healthz' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await app().inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'proxy-42.a_b' },
    });
    expect(kept.headers['x-request-id']).toBe('proxy-42.a_b');
    const forged = await app().inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { 'x-request-id': 'x"}\n{"level":60' },
    });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('metrics behind a token', () => {
  let app: FastifyInstance;
  const database = { close: async () => {} };
  beforeAll(async () => {
    const opened = await openDatabase({ dataDir: 'memory://' });
    database.close = () => opened.close();
    app = await buildApp({
      db: opened.db,
      config: testConfig({ metricsToken: 'bi-mat-van-hanh' }),
      database: opened,
    });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('needs the bearer token, even from this machine', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(403);
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer sai' },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: 'Bearer bi-mat-van-hanh' },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('# TYPE thidua_http_requests_total counter');
  });
});

describe('the server process', () => {
  it('writes one JSON log line per request with its request id', { timeout: 240_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'thidua-logs-'));
    try {
      // The database made and migrated here, so the server only opens it.
      await (await openDatabase({ dataDir: join(root, 'pglite') })).close();
      const port = await freePort();
      const server = await startServer(
        { THIDUA_DATA_DIR: root, DATABASE_URL: '', THIDUA_LOG_LEVEL: 'info' },
        port,
      );
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`, {
          headers: { 'x-request-id': 'kiem-tra-nhat-ky-1' },
        });
        expect(response.headers.get('x-request-id')).toBe('kiem-tra-nhat-ky-1');
        await new Promise((r) => setTimeout(r, 300));
      } finally {
        await stopServer(server);
      }
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { reqId?: string; msg?: string; res?: { statusCode: number } });
      const mine = lines.filter((line) => line.reqId === 'kiem-tra-nhat-ky-1');
      expect(mine.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
      expect(mine[1]!.res!.statusCode).toBe(200);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the log settings', () => {
  it('log at info in production, nothing otherwise, and refuse an unknown level naming the variable', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).logLevel).toBe('info');
    expect(loadConfig({}).logLevel).toBe(false);
    expect(loadConfig({ THIDUA_LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({ NODE_ENV: 'production', THIDUA_LOG_LEVEL: 'off' }).logLevel).toBe(false);
    expect(() => loadConfig({ THIDUA_LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadConfig({ THIDUA_LOG_LEVEL: 'loud' })).toThrow(/THIDUA_LOG_LEVEL/);
  });
});
