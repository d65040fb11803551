/**
 * The permission suite: every route of the API, found in the OpenAPI document (so a new route is
 * covered the day it is added), called as the wrong people against the real objects of the demo
 * council. Anonymous callers get 401; another council's staff never read or change anything (404 or
 * 403, and the audit log — which every change writes — stays as it was); a council member and an
 * ordinary member unit change nothing of other units'. Each module's own tests check the right
 * people with valid bodies; this suite makes sure nobody was forgotten.
 */
import { auditLog } from '@thidua/db';
import { openTestPglite } from '@thidua/db/testing';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, Client, useTestApp } from './harness';
import {
  type OpenApiDocument,
  type Route,
  routesOf,
  sampleOf,
  seedDemoRouteParams,
  urlOf as urlWith,
} from './route-walk';

const PUBLIC = new Set([
  'POST /api/v1/auth/login',
  'GET /api/v1/auth/methods',
  'GET /api/v1/auth/oidc/start',
  'GET /api/v1/auth/oidc/callback',
  'POST /api/v1/auth/forgot-password',
  'POST /api/v1/auth/set-password',
]);
/** POSTs that change nothing (they check a draft): anyone who reads the object may call them. */
const READ_ONLY_POSTS = new Set(['POST /api/v1/criteria-versions/{versionId}/validate']);
/** Routes about the caller's own session: every signed-in user may call them. */
const OWN_SESSION = new Set([
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password',
  'GET /api/v1/me/notifications',
  'POST /api/v1/me/notifications/read-all',
  'GET /api/v1/me/profile',
  'PATCH /api/v1/me/profile',
]);

// The demo council only seeds an empty database: this suite runs on its own embedded database.
const target = { name: 'pglite' as const, open: openTestPglite };

describe('every route as the wrong user', () => {
  const { db, app } = useTestApp(target);
  const params: Record<string, string> = {};
  let stranger: Client;
  let councilMember: Client;
  let memberUnit: Client;
  let memberUnitId: string;

  beforeAll(async () => {
    const d = db();
    const seeded = await seedDemoRouteParams(d);
    Object.assign(params, seeded.params);
    memberUnitId = seeded.memberUnitId;
    const org = await buildOrganisation(d);
    stranger = new Client(app());
    expect((await stranger.login(org.stranger.username)).statusCode).toBe(200);
    councilMember = new Client(app());
    expect(
      (await councilMember.login('hoidong', (await import('../src/demo/seed-demo')).DEMO_PASSWORD))
        .statusCode,
    ).toBe(200);
    memberUnit = new Client(app());
    expect(
      (await memberUnit.login('donvi', (await import('../src/demo/seed-demo')).DEMO_PASSWORD)).statusCode,
    ).toBe(200);
  }, 120_000);

  /** The route's path with every `{param}` replaced by a real id of the demo council. */
  function urlOf(route: Route): string {
    return urlWith(route, params);
  }

  async function auditCount(): Promise<number> {
    const [row] = await db().select({ n: count() }).from(auditLog);
    return row!.n;
  }

  it('covers every route, and every path parameter has a value', () => {
    const routes = routesOf(app());
    expect(routes.length).toBeGreaterThan(80);
    for (const route of routes)
      if (!PUBLIC.has(`${route.method} ${route.path}`)) expect(() => urlOf(route)).not.toThrow();
  });

  it('answers 401 to an anonymous caller on every route but sign-in', async () => {
    const anonymous = new Client(app());
    const wrong: string[] = [];
    for (const route of routesOf(app())) {
      if (PUBLIC.has(`${route.method} ${route.path}`)) continue;
      const response = await anonymous.request(
        route.method,
        urlOf(route),
        route.method === 'GET' ? undefined : {},
      );
      if (response.statusCode !== 401) wrong.push(`${route.method} ${route.path} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('never lets another council’s standing office read or change this council’s data', async () => {
    const wrong: string[] = [];
    const before = await auditCount();
    for (const route of routesOf(app())) {
      const key = `${route.method} ${route.path}`;
      if (PUBLIC.has(key) || OWN_SESSION.has(key) || !route.path.includes('{')) continue;
      const response = await stranger.request(
        route.method,
        urlOf(route),
        route.method === 'GET' ? undefined : {},
      );
      // 400 only where the query or body is checked first (it reveals nothing of the data).
      if (![400, 403, 404].includes(response.statusCode)) wrong.push(`${key} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('lets neither a council member nor an ordinary member unit change anything with an empty request', async () => {
    const before = await auditCount();
    const wrong: string[] = [];
    for (const [who, client] of [
      ['council member', councilMember],
      ['member unit', memberUnit],
    ] as const) {
      for (const route of routesOf(app())) {
        const key = `${route.method} ${route.path}`;
        if (route.method === 'GET' || PUBLIC.has(key) || OWN_SESSION.has(key)) continue;
        const response = await client.request(route.method, urlOf(route), {});
        if (response.statusCode < 400) wrong.push(`${who}: ${key} → ${response.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  // The empty requests above may be refused for their emptiness; these are well formed (built from each
  // route's own request schema), so only the permission check can refuse them: 403 or 404, never 400.
  it('refuses the wrong people even when the request is well formed', async () => {
    const doc = app().swagger() as OpenApiDocument;
    const before = await auditCount();
    const wrong: string[] = [];
    for (const [who, client] of [
      ['another council', stranger],
      ['council member', councilMember],
      ['member unit', memberUnit],
    ] as const) {
      for (const route of routesOf(app())) {
        const key = `${route.method} ${route.path}`;
        if (route.method === 'GET' || PUBLIC.has(key) || OWN_SESSION.has(key)) continue;
        const operation = doc.paths[route.path]![route.method.toLowerCase()]!;
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        const body = schema ? sampleOf(doc, schema, '', params) : {};
        const query = new URLSearchParams();
        for (const p of operation.parameters ?? [])
          if (p.in === 'query' && p.required)
            query.set(p.name, String(sampleOf(doc, p.schema, p.name, params)));
        const url = urlOf(route) + (query.size > 0 ? `?${query.toString()}` : '');
        const response = await client.request(route.method, url, body);
        const code =
          response.statusCode >= 400 ? response.json<{ error: { code: string } }>().error.code : '';
        const allowed = READ_ONLY_POSTS.has(key) && client !== stranger ? [200] : [403, 404];
        if (!allowed.includes(response.statusCode))
          wrong.push(`${who}: ${key} → ${response.statusCode} ${code} ${JSON.stringify(body)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('never shows an ordinary member unit another unit’s registration, pact or unpublished self-scores', async () => {
    const registration = await memberUnit.get(`/registrations/${params.registrationId}`);
    expect([403, 404]).toContain(registration.statusCode);
    const sheet = await memberUnit.get(`/clusters/${params.clusterId}/scoring-sheet`);
    if (sheet.statusCode === 200) {
      const body = sheet.json<{ rows?: { unitId: string }[]; items?: { unitId: string }[] }>();
      const rows = body.rows ?? body.items ?? [];
      expect(rows.every((r) => r.unitId === memberUnitId)).toBe(true);
    } else {
      expect([403, 404]).toContain(sheet.statusCode);
    }
  });
});
