/**
 * The permission suite: every route of the API, found in the OpenAPI document (so a new route is
 * covered the day it is added), called as the wrong people against the real objects of the demo
 * council. Anonymous callers get 401; another council's staff never read or change anything (404 or
 * 403, and the audit log — which every change writes — stays as it was); a council member and an
 * ordinary member unit change nothing of other units'. Each module's own tests check the right
 * people with valid bodies; this suite makes sure nobody was forgotten.
 */
import {
  adjustments,
  auditLog,
  awardProposals,
  clusterMembers,
  councilDecisions,
  dossierBatches,
  dossiers,
  movements,
  planTasks,
  programmeSessions,
  workPlans,
  criteriaVersions,
  entries,
  evidenceFiles,
  meetings,
  memberships,
  objections,
  pacts,
  periods,
  quotas,
  registrations,
  stageDeadlines,
  units,
  users,
  votes,
} from '@thidua/db';
import { openTestPglite } from '@thidua/db/testing';
import { and, count, eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo';
import { buildOrganisation, Client, useTestApp } from './harness';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  method: Method;
  path: string;
}

const PUBLIC = new Set(['POST /api/v1/auth/login']);
/** POSTs that change nothing (they check a draft): anyone who reads the object may call them. */
const READ_ONLY_POSTS = new Set(['POST /api/v1/criteria-versions/{versionId}/validate']);
/** Routes about the caller's own session: every signed-in user may call them. */
const OWN_SESSION = new Set([
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password',
]);

function routesOf(app: FastifyInstance): Route[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => ({ method: m.toUpperCase() as Method, path })),
  );
}

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
    await seedDemo(db());
    const d = db();
    const one = async <T>(rows: Promise<T[]>): Promise<T> => {
      const [row] = await rows;
      if (!row) throw new Error('the demo council lacks a row the suite needs');
      return row;
    };
    const [donvi] = await d.select().from(users).where(eq(users.username, 'donvi'));
    const [donviMembership] = await d.select().from(memberships).where(eq(memberships.userId, donvi!.id));
    memberUnitId = donviMembership!.unitId!;
    const period = await one(d.select().from(periods).where(ne(periods.stage, 'archived')).limit(1));
    const seat = await one(
      d
        .select()
        .from(clusterMembers)
        .where(and(eq(clusterMembers.periodId, period.id), ne(clusterMembers.unitId, memberUnitId)))
        .limit(1),
    );
    const version = await one(
      d.select().from(criteriaVersions).where(eq(criteriaVersions.clusterId, seat.clusterId)).limit(1),
    );
    const entry = await one(
      d
        .select()
        .from(entries)
        .where(and(eq(entries.unitId, seat.unitId), eq(entries.criteriaVersionId, version.id)))
        .limit(1),
    );
    const otherUser = await one(d.select().from(users).where(eq(users.username, 'cumtruong')));
    const membership = await one(d.select().from(memberships).where(eq(memberships.userId, otherUser.id)));
    let objection = (await d.select().from(objections).limit(1))[0];
    objection ??= (
      await d
        .insert(objections)
        .values({ criteriaVersionId: version.id, unitId: seat.unitId, body: 'Đề nghị xem lại điểm' })
        .returning()
    )[0]!;
    // The demo has no work plan yet: one of each SPEC §11 object, so those routes are tried too.
    const [plan] = await d
      .insert(workPlans)
      .values({
        councilId: period.councilId,
        periodId: period.id,
        title: 'Kế hoạch công tác thi đua, khen thưởng',
      })
      .returning();
    const [task] = await d
      .insert(planTasks)
      .values({
        planId: plan!.id,
        content: 'Tổ chức hội nghị sơ kết',
        deadlineKind: 'date',
        dueOn: `${period.year}-07-30`,
      })
      .returning();
    const [movement] = await d
      .insert(movements)
      .values({ councilId: period.councilId, periodId: period.id, name: 'Phong trào thi đua chuyển đổi số' })
      .returning();
    const [batch] = await d
      .insert(dossierBatches)
      .values({ councilId: period.councilId, periodId: period.id, name: 'Đợt khen thưởng tổng kết năm' })
      .returning();
    const [dossier] = await d
      .insert(dossiers)
      .values({
        batchId: batch!.id,
        unitId: seat.unitId,
        subject: 'individual',
        kind: 'chienSiThiDuaCoSo',
        level: 'local',
        candidateName: 'Nguyễn Văn Bình',
        submittedOn: `${period.year}-11-20`,
      })
      .returning();
    // The demo seeds the council's work programme of each calendar year: one of this year's sessions.
    const session = await one(
      d
        .select({ id: programmeSessions.id })
        .from(programmeSessions)
        .innerJoin(periods, eq(periods.id, programmeSessions.periodId))
        .where(ne(periods.stage, 'archived'))
        .limit(1),
    );
    Object.assign(params, {
      sessionId: session.id,
      planId: plan!.id,
      taskId: task!.id,
      movementId: movement!.id,
      batchId: batch!.id,
      dossierId: dossier!.id,
      councilId: period.councilId,
      periodId: period.id,
      clusterId: seat.clusterId,
      unitId: seat.unitId,
      userId: otherUser.id,
      membershipId: membership.id,
      versionId: version.id,
      frameworkId: version.frameworkId,
      entryId: entry.id,
      criterionCode: entry.criterionCode,
      stage: 'agreed',
      name: 'partyRating',
      fileId: (await one(d.select().from(evidenceFiles).limit(1))).id,
      meetingId: (await one(d.select().from(meetings).limit(1))).id,
      voteId: (await one(d.select().from(votes).limit(1))).id,
      quotaId: (await one(d.select().from(quotas).limit(1))).id,
      proposalId: (await one(d.select().from(awardProposals).limit(1))).id,
      decisionId: (await one(d.select().from(councilDecisions).limit(1))).id,
      registrationId: (
        await one(d.select().from(registrations).where(ne(registrations.unitId, memberUnitId)).limit(1))
      ).id,
      pactId: (await one(d.select().from(pacts).where(ne(pacts.unitId, memberUnitId)).limit(1))).id,
      adjustmentId: (await one(d.select().from(adjustments).limit(1))).id,
      objectionId: objection.id,
      deadlineId: (await one(d.select().from(stageDeadlines).limit(1))).id,
      unitIdOfCouncil: (await one(d.select().from(units).limit(1))).id,
    });
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
    return route.path
      .replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = params[name];
        if (value === undefined)
          throw new Error(`permission suite: no value for {${name}} in ${route.method} ${route.path}`);
        return encodeURIComponent(value);
      })
      .replace('/api/v1', '');
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

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  pattern?: string;
}
interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

/**
 * A well-formed value for a request schema: ids of the demo council's own objects where a field names
 * one (`unitId`, `clusterId`…), the first choice of an enum, the least number allowed, a plain
 * Vietnamese text. It need not make sense to the domain: the wrong people must be refused before that
 * matters.
 */
function sampleOf(
  doc: OpenApiDocument,
  schema: JsonSchema,
  name: string,
  ids: Record<string, string>,
): unknown {
  if (schema.$ref) return sampleOf(doc, doc.components!.schemas![schema.$ref.split('/').pop()!]!, name, ids);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sampleOf(doc, options.find((o) => o.type !== 'null') ?? options[0]!, name, ids);
  if (schema.allOf)
    return Object.assign({}, ...(schema.allOf.map((s) => sampleOf(doc, s, name, ids)) as object[]));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      // A change whose only required fields are its version and reason gets one field to change too,
      // so a rule like "at least one change" holds.
      const required = schema.required ?? [];
      const bare = required.every((key) => key === 'version' || key === 'reason');
      const change = Object.keys(schema.properties ?? {}).find((key) => !required.includes(key));
      const keys = bare && change ? [...required, change] : required;
      for (const key of keys) out[key] = sampleOf(doc, schema.properties![key]!, key, ids);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(doc, schema.items!, name, ids));
    case 'integer':
    case 'number':
      return name === 'version' ? 1 : Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return true;
    case 'string': {
      if (schema.format === 'uuid') return ids[name] ?? ids[name.replace(/Ids?$/, 'Id')] ?? ids.unitId;
      if (schema.format === 'date') return '2026-06-30';
      if (schema.format === 'date-time') return '2026-06-30T02:00:00.000Z';
      if (schema.format === 'email') return 'can-bo@example.vn';
      if (/password/i.test(name)) return 'MatKhauMoi2026x';
      if (name === 'criterionCode') return ids.criterionCode;
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern, 'u');
        return ['ma-moi', 'ten-moi-1', '2026-06', 'A1'].find((c) => pattern.test(c)) ?? 'ten-moi-1';
      }
      return 'Nội dung hợp lệ';
    }
    case 'null':
    case undefined:
    default:
      return {};
  }
}
