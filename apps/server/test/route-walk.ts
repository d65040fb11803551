/**
 * Walking the API's routes from its own OpenAPI document: the routes, real ids of the demo council for
 * their path parameters, and well-formed values for their request schemas. Shared by the permission
 * suite (the wrong people on every route) and the fuzz suite (odd input on every route).
 */
import {
  adjustments,
  awardProposals,
  clusterMembers,
  councilDecisions,
  dossierBatches,
  dossierComponents,
  dossierPostingComments,
  dossiers,
  movementReports,
  movements,
  notifications,
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
  type Database,
} from '@thidua/db';
import { and, eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { seedDemo } from '../src/demo/seed-demo';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface Route {
  method: Method;
  path: string;
}

export function routesOf(app: FastifyInstance): Route[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => ({ method: m.toUpperCase() as Method, path })),
  );
}

/**
 * Seeds the demo council into an empty database and returns a real id for each path parameter of the
 * API (`{unitId}`, `{versionId}`…), plus the unit of the demo's member-unit account (`donvi`).
 */
export async function seedDemoRouteParams(
  d: Database,
): Promise<{ params: Record<string, string>; memberUnitId: string }> {
  await seedDemo(d);
  const one = async <T>(rows: Promise<T[]>): Promise<T> => {
    const [row] = await rows;
    if (!row) throw new Error('the demo council lacks a row the suite needs');
    return row;
  };
  const [donvi] = await d.select().from(users).where(eq(users.username, 'donvi'));
  const [donviMembership] = await d.select().from(memberships).where(eq(memberships.userId, donvi!.id));
  const memberUnitId = donviMembership!.unitId!;
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
    .values({
      councilId: period.councilId,
      periodId: period.id,
      name: 'Phong trào thi đua chuyển đổi số',
      reportDueDates: [`${period.year}-06-10`],
    })
    .returning();
  // Another unit's report: the member unit may neither replace nor review it.
  const [movementReport] = await d
    .insert(movementReports)
    .values({
      movementId: movement!.id,
      unitId: seat.unitId,
      dueOn: `${period.year}-06-10`,
      summary: 'Báo cáo 6 tháng',
      submittedAt: new Date(),
    })
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
  const evidence = await one(d.select().from(evidenceFiles).limit(1));
  const [component] = await d
    .insert(dossierComponents)
    .values({
      dossierId: dossier!.id,
      kind: 'toTrinh',
      originalName: 'to-trinh.pdf',
      sha256: evidence.sha256,
      sizeBytes: evidence.sizeBytes,
      mimeType: evidence.mimeType,
    })
    .returning();
  const [postingComment] = await d
    .insert(dossierPostingComments)
    .values({ batchId: batch!.id, receivedOn: `${period.year}-11-25`, content: 'Đề nghị làm rõ thành tích' })
    .returning();
  // Someone else's notification: only its own user may mark it read.
  const [notification] = await d
    .insert(notifications)
    .values({
      userId: otherUser.id,
      councilId: period.councilId,
      kind: 'objectionRaised',
      text: 'Phường 3 gửi ý kiến về bảng điểm',
      link: '/',
    })
    .returning();
  const params: Record<string, string> = {
    notificationId: notification!.id,
    sessionId: session.id,
    planId: plan!.id,
    taskId: task!.id,
    movementId: movement!.id,
    reportId: movementReport!.id,
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
    fileId: evidence.id,
    componentId: component!.id,
    commentId: postingComment!.id,
    meetingId: (await one(d.select().from(meetings).limit(1))).id,
    voteId: (await one(d.select().from(votes).limit(1))).id,
    quotaId: (await one(d.select().from(quotas).limit(1))).id,
    proposalId: (await one(d.select().from(awardProposals).limit(1))).id,
    decisionId: (await one(d.select().from(councilDecisions).limit(1))).id,
    registrationId: (
      await one(d.select().from(registrations).where(ne(registrations.unitId, memberUnitId)).limit(1))
    ).id,
    party: 'follower',
    pactId: (await one(d.select().from(pacts).where(ne(pacts.unitId, memberUnitId)).limit(1))).id,
    adjustmentId: (await one(d.select().from(adjustments).limit(1))).id,
    objectionId: objection.id,
    deadlineId: (await one(d.select().from(stageDeadlines).limit(1))).id,
    unitIdOfCouncil: (await one(d.select().from(units).limit(1))).id,
  };
  return { params, memberUnitId };
}

/** The route's path (without `/api/v1`) with every `{param}` replaced by its value in `params`. */
export function urlOf(route: Route, params: Record<string, string>): string {
  return route.path
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`no value for {${name}} in ${route.method} ${route.path}`);
      return encodeURIComponent(value);
    })
    .replace('/api/v1', '');
}

export interface JsonSchema {
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
export interface OpenApiDocument {
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
export function sampleOf(
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
      // A file's bytes (a certificate): well-formed base64 of bytes that are not the file the route wants.
      if (schema.format === 'base64') return Buffer.from('Nội dung hợp lệ').toString('base64');
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
