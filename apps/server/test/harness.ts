import {
  auditLog,
  type Database,
  memberships,
  type MembershipRole,
  type NewUnit,
  type Unit,
  units,
  users,
} from '@thidua/db';
import { buildCouncil, type DatabaseTestTarget, uniqueSuffix, useTestDatabase } from '@thidua/db/testing';
import { hash } from '@node-rs/argon2';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig, type ServerConfig } from '../src/config';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed-demo';
import type { ErrorJson } from './api-errors';

export const TEST_PASSWORD = 'mat-khau-thu-1';

/** A calendar year's period values (`buildPeriod` makes 2025's), for a test that wants another year. */
export function calendarYearOf(year: number) {
  return {
    name: `Năm ${year}`,
    year,
    calendar: 'calendarYear' as const,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
  };
}

/** The server's configuration for tests: defaults, no demo, generous login limits unless a test says otherwise. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...loadConfig({}),
    seedDemo: false,
    loginLimitPerMinute: 1000,
    loginLimitPerNamePerMinute: 1000,
    // Each test app counts its own attempts, though test files share one database.
    limitNamespace: `test-${uniqueSuffix()}`,
    ...overrides,
  };
}

/**
 * One app over one database per test file (see useTestDatabase); tests build their own council.
 * `as(username)` is a client signed in to that app (the test fails if the sign-in does).
 */
export function useTestApp(target: DatabaseTestTarget, overrides: Partial<ServerConfig> = {}) {
  const db = useTestDatabase(target);
  let built: FastifyInstance | undefined;
  beforeAll(async () => {
    built = await buildApp({ db: db(), config: testConfig(overrides) });
  });
  afterAll(async () => {
    await built?.close();
  });
  const app = () => {
    if (!built) throw new Error('test app not built');
    return built;
  };
  return { db, app, as: (username: string, password?: string) => signIn(app(), username, password) };
}

/** The operations of the app's OpenAPI document by path and method (the test fails if it is not served). */
export async function openApiPaths(app: FastifyInstance) {
  const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(response.statusCode).toBe(200);
  return response.json<{
    paths: Record<string, Record<string, { tags?: string[]; summary?: string }>>;
  }>().paths;
}

/** A signed-in (or anonymous) client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie: string | undefined;
  csrf: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async login(username: string, password = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    const setCookie = response.cookies.find((c) => c.name === 'thidua_session');
    if (setCookie) this.cookie = `thidua_session=${setCookie.value}`;
    if (response.statusCode === 200) this.csrf = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }

  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    return this.app.inject({
      method,
      url: `/api/v1${url}`,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

/** A write a refusal test tries: method, URL and body. */
export type Write = readonly [method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body: unknown];

/** Sends each write as `client` and expects `status` of every one; a failing one names the user and the write. */
export async function expectWritesAnswered(
  client: Client,
  username: string,
  writes: readonly Write[],
  status: number,
): Promise<void> {
  for (const [method, url, body] of writes) {
    const response = await client.request(method, url, body);
    expect(response.statusCode, `${username} ${method} ${url}`).toBe(status);
  }
}

/** Tries every write as each user of `refusals` and expects that user's status of every one. */
export async function expectWritesRefused(
  as: (username: string) => Promise<Client>,
  refusals: readonly (readonly [{ username: string }, number])[],
  writes: readonly Write[],
): Promise<void> {
  for (const [user, status] of refusals) {
    await expectWritesAnswered(await as(user.username), user.username, writes, status);
  }
}

/** A client signed in as `username` (the test fails if the sign-in does). */
export async function signIn(app: FastifyInstance, username: string, password?: string): Promise<Client> {
  const client = new Client(app);
  expect((await client.login(username, password)).statusCode).toBe(200);
  return client;
}

export type { ErrorJson } from './api-errors';

/** One row of a refusal table: who posts which body, and the status and error code expected. */
export type PostOutcome = [username: string, payload: object, status: number, code: string];

/**
 * Posts each row's body to `url` as its user and expects the row's status and error code; a failing row
 * names the user and the body.
 */
export async function expectPostOutcomes(
  as: (username: string) => Promise<Client>,
  url: string,
  rows: readonly PostOutcome[],
): Promise<void> {
  for (const [who, payload, status, code] of rows) {
    const response = await (await as(who)).post(url, payload);
    expect([
      who,
      JSON.stringify(payload),
      response.statusCode,
      response.json<ErrorJson>().error.code,
    ]).toEqual([who, JSON.stringify(payload), status, code]);
  }
}

/**
 * The stored hash of every test user's password: argon2id like the server's, but at a small memory
 * and time cost. Sign-in verifies with the parameters written in the hash, so each sign-in takes
 * ~1 ms instead of ~60 ms (the suite signs in a thousand times); the server's own hashes
 * (`hashPassword`) keep the OWASP parameters, and tests of them use that function.
 */
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () =>
  (passwordHash ??= hash(TEST_PASSWORD, { algorithm: 2, memoryCost: 64, timeCost: 1, parallelism: 1 }));

/** A user with a role in a council (and a unit for unit staff); returns the username. */
export async function buildUser(
  db: Database,
  councilId: string | null,
  role: MembershipRole | 'systemAdmin' | 'none',
  unitId?: string,
): Promise<{ id: string; username: string }> {
  const username = `u-${role}-${uniqueSuffix()}`;
  const [user] = await db
    .insert(users)
    .values({
      username,
      displayName: `Người dùng ${role}`,
      passwordHash: await testPasswordHash(),
      isSystemAdmin: role === 'systemAdmin',
    })
    .returning();
  if (councilId && role !== 'systemAdmin' && role !== 'none') {
    await db.insert(memberships).values({ userId: user!.id, councilId, role, unitId: unitId ?? null });
  }
  return { id: user!.id, username };
}

/**
 * A unit of a council, a calendar-year ward with a unique code unless `values` say otherwise (other
 * councils' units, units outside a cluster, the odd department).
 */
export async function buildUnit(
  db: Database,
  councilId: string,
  name: string,
  values: Partial<Omit<NewUnit, 'councilId' | 'name'>> = {},
): Promise<Unit> {
  const row: NewUnit = {
    councilId,
    code: `u-${uniqueSuffix()}`,
    name,
    type: 'ward',
    calendar: 'calendarYear',
    ...values,
  };
  return (await db.insert(units).values(row).returning())[0]!;
}

/** A council with two units and one user per role, plus a stranger from another council. */
export async function buildOrganisation(db: Database) {
  const council = await buildCouncil(db);
  const unitA = await buildUnit(db, council.id, 'Phường Đông Hải', { code: `a-${uniqueSuffix()}` });
  const unitB = await buildUnit(db, council.id, 'Xã An Lạc', {
    code: `b-${uniqueSuffix()}`,
    type: 'commune',
  });
  const other = await buildCouncil(db, 'Hội đồng khác');
  return {
    council,
    unitA,
    unitB,
    admin: await buildUser(db, council.id, 'administrator'),
    standingOffice: await buildUser(db, council.id, 'standingOffice'),
    councilMember: await buildUser(db, council.id, 'councilMember'),
    staffA: await buildUser(db, council.id, 'unitStaff', unitA.id),
    staffB: await buildUser(db, council.id, 'unitStaff', unitB.id),
    stranger: await buildUser(db, other.id, 'standingOffice'),
    otherCouncil: other,
  };
}

/** Audit events of one entity, optionally of one action, oldest first. */
export async function auditOf(db: Database, entityId: string, action?: string) {
  const filters = [eq(auditLog.entityId, entityId)];
  if (action) filters.push(eq(auditLog.action, action));
  return db
    .select()
    .from(auditLog)
    .where(and(...filters))
    .orderBy(auditLog.id);
}

/** Audit events recorded in a council (to prove a refused request left no trace). */
export async function auditCount(db: Database, councilId: string): Promise<number> {
  return (await db.select().from(auditLog).where(eq(auditLog.councilId, councilId))).length;
}

/** The latest audit event of one entity of a type (e.g. the document just produced for a period). */
export async function lastAuditOf(db: Database, entityType: string, entityId: string) {
  const [event] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return event;
}

/** The demo council seeds only an empty database: suites over it run on an embedded database of their own. */
export const DEMO_TARGET = {
  name: 'pglite' as const,
  open: () => import('@thidua/db').then((m) => m.openDatabase({ dataDir: 'memory://' })),
};

/**
 * Seeds the demo council and signs in its standing office (`cqtt`), a member unit's staff (`donvi`)
 * and another council's standing office (the test fails if a sign-in does).
 */
export async function openDemoCouncil(app: FastifyInstance, db: Database) {
  await seedDemo(db);
  const office = new Client(app);
  expect((await office.login('cqtt', DEMO_PASSWORD)).statusCode).toBe(200);
  const memberUnit = new Client(app);
  expect((await memberUnit.login('donvi', DEMO_PASSWORD)).statusCode).toBe(200);
  const stranger = new Client(app);
  expect((await stranger.login((await buildOrganisation(db)).stranger.username)).statusCode).toBe(200);
  return { office, memberUnit, stranger };
}
