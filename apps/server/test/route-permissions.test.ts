/**
 * Every write route against the permission table (issue #9): each route of the API's OpenAPI document is
 * classified here — a cluster action of `CLUSTER_PERMISSIONS`, a council-level right of the standing
 * office, a row that belongs to one unit, or the caller's own session — and a route nobody classified
 * fails the suite, so a new route is placed in the table the day it is added. Then the demo's five
 * people of "Cụm thi đua số 1" (leader, deputy, standing office, the council member following it, an
 * ordinary member unit) call every classified route with a well-formed request about another unit of
 * that cluster: whoever the table refuses gets 403 or 404 and changes nothing; whoever it allows is
 * never answered 403 (the stage, the row's state or the sample's values may still refuse it otherwise).
 */
import {
  adjustments,
  auditLog,
  awardProposals,
  clusterMembers,
  criteriaVersions,
  entries,
  meetings,
  memberships,
  objections,
  pacts,
  periods,
  quotas,
  registrations,
  users,
  votes,
} from '@thidua/db';
import { openTestPglite } from '@thidua/db/testing';
import { and, count, desc, eq, ne, notInArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClusterRole } from '../src/access/cluster-access';
import { CLUSTER_PERMISSIONS, type ClusterAction } from '../src/access/permissions';
import { DEMO_PASSWORD } from '../src/demo/seed-demo';
import { Client, useTestApp } from './harness';
import {
  type OpenApiDocument,
  type Route,
  routesOf,
  sampleOf,
  seedDemoRouteParams,
  urlOf,
} from './route-walk';

/** Which table decides a write route. */
type Rule =
  | { cluster: ClusterAction } // CLUSTER_PERMISSIONS
  | 'council' // the council's standing office (or an administrator)
  | 'admin' // accounts: the system administrator only
  | 'ownRow' // a unit's own row, or a choice in the body (party, item): the module's own tests
  | 'ownSession' // the caller's own session, profile and notifications
  | 'public'
  | 'readOnly'; // a POST that checks a draft and changes nothing

const c = (action: ClusterAction): Rule => ({ cluster: action });

export const WRITE_ROUTES: Record<string, Rule> = {
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/forgot-password': 'public',
  'POST /api/v1/auth/set-password': 'public',
  'POST /api/v1/auth/logout': 'ownSession',
  'POST /api/v1/auth/password': 'ownSession',
  'POST /api/v1/me/notifications/read-all': 'ownSession',
  'POST /api/v1/me/notifications/{notificationId}/read': 'ownSession',
  'PATCH /api/v1/me/profile': 'ownSession',

  // Criteria (SPEC §4.2).
  'POST /api/v1/clusters/{clusterId}/criteria-versions': c('draftCriteria'),
  'PATCH /api/v1/criteria-versions/{versionId}': c('draftCriteria'),
  'PUT /api/v1/criteria-versions/{versionId}/assignments': c('draftCriteria'),
  'POST /api/v1/criteria-versions/{versionId}/revisions': c('draftCriteria'),
  'POST /api/v1/criteria-versions/{versionId}/spreadsheets/criteria-import/preview': c('draftCriteria'),
  'POST /api/v1/criteria-versions/{versionId}/agree': c('issueCriteria'),
  'POST /api/v1/criteria-versions/{versionId}/issue': c('issueCriteria'),
  'POST /api/v1/criteria-versions/{versionId}/validate': 'readOnly',

  // Registrations and the pact (SPEC §4.3, §4.4): the sample is about another unit of the cluster.
  'POST /api/v1/clusters/{clusterId}/registrations': c('registerForAnyUnit'),
  'PATCH /api/v1/registrations/{registrationId}': c('registerForAnyUnit'),
  'POST /api/v1/registrations/{registrationId}/submit': c('registerForAnyUnit'),
  'POST /api/v1/registrations/{registrationId}/reopen': c('reopenRegistration'),
  'POST /api/v1/clusters/{clusterId}/pacts': c('recordPact'),
  'PATCH /api/v1/pacts/{pactId}': c('recordPact'),
  'POST /api/v1/clusters/{clusterId}/pact-agreements/{party}': 'ownRow',
  'DELETE /api/v1/clusters/{clusterId}/pact-agreements/{party}': 'ownRow',

  // Scoring and review (SPEC §5, §6): the sample writes the agreed layer of another unit's entry.
  'PUT /api/v1/clusters/{clusterId}/units/{unitId}/entries/{criterionCode}/{stage}': c('reviewScores'),
  'POST /api/v1/clusters/{clusterId}/review-batches': c('reviewScores'),
  'POST /api/v1/objections/{objectionId}/answer': c('reviewScores'),
  'POST /api/v1/clusters/{clusterId}/objections': 'ownRow',
  'POST /api/v1/objections/{objectionId}/withdraw': 'ownRow',
  'POST /api/v1/entries/{entryId}/evidence': 'ownRow',
  'DELETE /api/v1/evidence/{fileId}': 'ownRow',
  'POST /api/v1/clusters/{clusterId}/spreadsheets/score-import': 'ownRow',
  'POST /api/v1/clusters/{clusterId}/spreadsheets/score-import/preview': 'ownRow',
  // Who may write an adjustment depends on its item (a cluster's own bonus or any other).
  'POST /api/v1/clusters/{clusterId}/adjustments': 'ownRow',
  'PATCH /api/v1/adjustments/{adjustmentId}': 'ownRow',
  'DELETE /api/v1/adjustments/{adjustmentId}': 'ownRow',
  'POST /api/v1/clusters/{clusterId}/adjustments/late-tasks': c('writeFromRecords'),
  'POST /api/v1/clusters/{clusterId}/entries/returned-dossiers': c('writeFromRecords'),
  'PUT /api/v1/clusters/{clusterId}/units/{unitId}/facts/{name}': c('writeFacts'),
  'DELETE /api/v1/clusters/{clusterId}/units/{unitId}/facts/{name}': c('writeFacts'),
  'PUT /api/v1/clusters/{clusterId}/units/{unitId}/staff-count': c('writeFacts'),
  'POST /api/v1/clusters/{clusterId}/units/{unitId}/staff-count/confirm': c('writeFacts'),
  'POST /api/v1/clusters/{clusterId}/period-file': c('importPeriodFile'),

  // Meetings and votes of a cluster (SPEC §8).
  'POST /api/v1/clusters/{clusterId}/meetings': c('writeMeetings'),
  'PATCH /api/v1/meetings/{meetingId}': c('writeMeetings'),
  'PUT /api/v1/meetings/{meetingId}/attendance': c('writeMeetings'),
  'POST /api/v1/meetings/{meetingId}/votes': c('writeMeetings'),
  'PATCH /api/v1/votes/{voteId}': c('writeMeetings'),

  // Proposals and quotas (SPEC §9).
  'POST /api/v1/clusters/{clusterId}/proposals': c('propose'),
  'PATCH /api/v1/proposals/{proposalId}': c('propose'),
  'POST /api/v1/proposals/{proposalId}/withdraw': c('propose'),
  'POST /api/v1/proposals/{proposalId}/decide': c('decideProposals'),
  'POST /api/v1/proposals/{proposalId}/return': c('decideProposals'),
  'POST /api/v1/clusters/{clusterId}/quotas': c('decideProposals'),
  'PATCH /api/v1/quotas/{quotaId}': c('decideProposals'),

  // The council's own work: the standing office's (SPEC §1, §11).
  'PATCH /api/v1/clusters/{clusterId}': 'council',
  'PUT /api/v1/clusters/{clusterId}/leadership': 'council',
  'POST /api/v1/clusters/{clusterId}/members': 'council',
  'DELETE /api/v1/clusters/{clusterId}/members/{unitId}': 'council',
  'POST /api/v1/councils/{councilId}/frameworks': 'council',
  'PATCH /api/v1/frameworks/{frameworkId}': 'council',
  'POST /api/v1/frameworks/{frameworkId}/issue': 'council',
  'POST /api/v1/frameworks/{frameworkId}/revisions': 'council',
  'PUT /api/v1/councils/{councilId}/letterhead': 'council',
  'PUT /api/v1/councils/{councilId}/signing-certificate': 'council',
  'DELETE /api/v1/councils/{councilId}/signing-certificate': 'council',
  'POST /api/v1/councils/{councilId}/periods': 'council',
  'POST /api/v1/councils/{councilId}/units': 'council',
  'PATCH /api/v1/units/{unitId}': 'council',
  'POST /api/v1/councils/{councilId}/spreadsheets/units-import': 'council',
  'POST /api/v1/councils/{councilId}/spreadsheets/units-import/preview': 'council',
  'POST /api/v1/councils/{councilId}/users': 'admin',
  'POST /api/v1/councils/{councilId}/users/bulk': 'admin',
  'POST /api/v1/councils/{councilId}/users/bulk/invitations': 'admin',
  'POST /api/v1/councils/{councilId}/users/bulk/sheet': 'admin',
  'POST /api/v1/councils/{councilId}/users/{userId}/memberships': 'admin',
  'POST /api/v1/memberships/{membershipId}/end': 'admin',
  'PATCH /api/v1/users/{userId}': 'admin',
  'POST /api/v1/users/{userId}/disable': 'admin',
  'POST /api/v1/users/{userId}/enable': 'admin',
  'POST /api/v1/users/{userId}/reset-password': 'admin',
  'PATCH /api/v1/periods/{periodId}': 'council',
  'POST /api/v1/periods/{periodId}/stage': 'council',
  'POST /api/v1/periods/{periodId}/clusters': 'council',
  'POST /api/v1/periods/{periodId}/clusters/copy': 'council',
  'PUT /api/v1/periods/{periodId}/deadlines': 'council',
  'DELETE /api/v1/periods/{periodId}/deadlines/{deadlineId}': 'council',
  'POST /api/v1/periods/{periodId}/meetings': 'council',
  'POST /api/v1/periods/{periodId}/decisions': 'council',
  'PATCH /api/v1/decisions/{decisionId}': 'council',
  'POST /api/v1/periods/{periodId}/government-flag/nominee': 'council',
  'POST /api/v1/periods/{periodId}/plans': 'council',
  'PATCH /api/v1/plans/{planId}': 'council',
  'DELETE /api/v1/plans/{planId}': 'council',
  'POST /api/v1/plans/{planId}/tasks': 'council',
  'POST /api/v1/plans/{planId}/tasks/import': 'council',
  'POST /api/v1/plans/{planId}/spreadsheets/tasks-import': 'council',
  'POST /api/v1/plans/{planId}/spreadsheets/tasks-import/preview': 'council',
  'PATCH /api/v1/plan-tasks/{taskId}': 'council',
  'DELETE /api/v1/plan-tasks/{taskId}': 'council',
  'POST /api/v1/plan-tasks/{taskId}/completion': 'council',
  'POST /api/v1/periods/{periodId}/programme': 'council',
  'PATCH /api/v1/programme-sessions/{sessionId}': 'council',
  'DELETE /api/v1/programme-sessions/{sessionId}': 'council',
  'POST /api/v1/periods/{periodId}/movements': 'council',
  'PATCH /api/v1/movements/{movementId}': 'council',
  'DELETE /api/v1/movements/{movementId}': 'council',
  'POST /api/v1/movement-reports/{reportId}/review': 'council',
  'PUT /api/v1/movements/{movementId}/reports': 'ownRow',
  'POST /api/v1/movement-reports/{reportId}/file': 'ownRow',
  'POST /api/v1/periods/{periodId}/dossier-batches': 'council',
  'PATCH /api/v1/dossier-batches/{batchId}': 'council',
  'DELETE /api/v1/dossier-batches/{batchId}': 'council',
  'POST /api/v1/dossier-batches/{batchId}/posting-comments': 'council',
  'PATCH /api/v1/posting-comments/{commentId}': 'council',
  'DELETE /api/v1/posting-comments/{commentId}': 'council',
  'POST /api/v1/dossiers/{dossierId}/appraisal': 'council',
  'POST /api/v1/dossier-batches/{batchId}/dossiers': 'ownRow',
  'PATCH /api/v1/dossiers/{dossierId}': 'ownRow',
  'DELETE /api/v1/dossiers/{dossierId}': 'ownRow',
  'POST /api/v1/dossiers/{dossierId}/components': 'ownRow',
  'DELETE /api/v1/dossier-components/{componentId}': 'ownRow',
};

type Person = ClusterRole | 'admin';

/** The demo's people of "Cụm thi đua số 1", by the role the table knows them by, and the administrator. */
const PEOPLE: { username: string; role: Person }[] = [
  { username: 'quantri', role: 'admin' },
  { username: 'cumtruong', role: 'leader' },
  { username: 'cumpho', role: 'deputy' },
  { username: 'cqtt', role: 'standingOffice' },
  { username: 'hoidong', role: 'follower' },
  { username: 'donvi', role: 'member' },
];

/**
 * Whether the table lets the person do what the route does; null where the table does not decide. An
 * administrator counts as the council's standing office (`isStandingOffice`), in its clusters too.
 */
function allowed(rule: Rule, role: Person): boolean | null {
  if (rule === 'admin') return role === 'admin';
  const as = role === 'admin' ? 'standingOffice' : role;
  if (rule === 'council') return as === 'standingOffice';
  if (typeof rule === 'object')
    return (CLUSTER_PERMISSIONS[rule.cluster].roles as readonly string[]).includes(as);
  return null;
}

// The demo council only seeds an empty database: this suite runs on its own embedded database.
const target = { name: 'pglite' as const, open: openTestPglite };

describe('every write route against the permission table', () => {
  const { db, app } = useTestApp(target);
  const params: Record<string, string> = {};
  const clients = new Map<string, Client>();

  beforeAll(async () => {
    const d = db();
    Object.assign(params, (await seedDemoRouteParams(d)).params);
    // The objects of the cluster the demo's people sit in, about a unit none of them works for (so no
    // conflict-of-interest rule speaks instead of the table).
    const unitOf = async (username: string) => {
      const [row] = await d
        .select({ unitId: memberships.unitId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(users.username, username));
      return row!.unitId!;
    };
    const own = [await unitOf('cumtruong'), await unitOf('cumpho'), await unitOf('donvi')];
    const [seat] = await d
      .select({ clusterId: clusterMembers.clusterId, periodId: clusterMembers.periodId })
      .from(clusterMembers)
      .innerJoin(periods, eq(periods.id, clusterMembers.periodId))
      .where(
        and(
          eq(clusterMembers.unitId, own[0]!),
          eq(clusterMembers.role, 'leader'),
          ne(periods.stage, 'archived'),
        ),
      )
      .orderBy(desc(periods.year))
      .limit(1);
    params.periodId = seat!.periodId;
    const clusterId = seat!.clusterId;
    const [other] = await d
      .select()
      .from(clusterMembers)
      .where(
        and(
          eq(clusterMembers.periodId, params.periodId),
          eq(clusterMembers.clusterId, clusterId),
          notInArray(clusterMembers.unitId, own),
        ),
      )
      .limit(1);
    const unitId = other!.unitId;
    const [version] = await d
      .select()
      .from(criteriaVersions)
      .where(eq(criteriaVersions.clusterId, clusterId))
      .orderBy(desc(criteriaVersions.revision))
      .limit(1);
    const [entry] = await d
      .select()
      .from(entries)
      .where(and(eq(entries.unitId, unitId), eq(entries.criteriaVersionId, version!.id)))
      .limit(1);
    const [objection] = await d
      .insert(objections)
      .values({ criteriaVersionId: version!.id, unitId, body: 'Đề nghị xem lại điểm' })
      .returning();
    Object.assign(params, { clusterId, unitId, versionId: version!.id, entryId: entry!.id });
    Object.assign(params, { criterionCode: entry!.criterionCode, objectionId: objection!.id });
    const first = async (key: string, rows: Promise<{ id: string }[]>) => {
      const [row] = await rows;
      if (row) params[key] = row.id;
    };
    await first('registrationId', d.select().from(registrations).where(eq(registrations.unitId, unitId)));
    await first(
      'pactId',
      d
        .select()
        .from(pacts)
        .where(and(eq(pacts.unitId, unitId), eq(pacts.clusterId, clusterId))),
    );
    // This year's cluster is still scoring: its proposal and vote are made here, as the summary would.
    const [proposal] = await d
      .insert(awardProposals)
      .values({
        periodId: params.periodId,
        clusterId,
        unitId,
        awardCode: 'CO_TP',
        criteriaVersionId: version!.id,
      })
      .returning();
    params.proposalId = proposal!.id;
    await first('quotaId', d.select().from(quotas).where(eq(quotas.clusterId, clusterId)));
    await first(
      'adjustmentId',
      d
        .select()
        .from(adjustments)
        .where(and(eq(adjustments.criteriaVersionId, version!.id), eq(adjustments.unitId, unitId))),
    );
    const [meeting] = await d.select().from(meetings).where(eq(meetings.clusterId, clusterId)).limit(1);
    const [vote] = await d
      .insert(votes)
      .values({ meetingId: meeting!.id, purpose: 'election', position: 'leader', unitId, votes: 5 })
      .returning();
    Object.assign(params, { meetingId: meeting!.id, voteId: vote!.id });
    for (const { username } of PEOPLE) {
      const client = new Client(app());
      expect((await client.login(username, DEMO_PASSWORD)).statusCode, username).toBe(200);
      clients.set(username, client);
    }
  }, 180_000);

  const writeRoutes = (): Route[] => routesOf(app()).filter((r) => r.method !== 'GET');

  function requestOf(route: Route): { url: string; body: unknown } {
    const doc = app().swagger() as OpenApiDocument;
    const operation = doc.paths[route.path]![route.method.toLowerCase()]!;
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    const body = schema ? sampleOf(doc, schema, '', params) : {};
    const query = new URLSearchParams();
    for (const p of operation.parameters ?? [])
      if (p.in === 'query' && p.required) query.set(p.name, String(sampleOf(doc, p.schema, p.name, params)));
    return { url: urlOf(route, params) + (query.size > 0 ? `?${query.toString()}` : ''), body };
  }

  it('places every write route of the API in the table, and lists no route the API does not have', () => {
    const keys = writeRoutes().map((r) => `${r.method} ${r.path}`);
    expect(
      keys.filter((k) => !(k in WRITE_ROUTES)),
      'routes nobody placed in the table',
    ).toEqual([]);
    expect(
      Object.keys(WRITE_ROUTES).filter((k) => !keys.includes(k)),
      'routes that are gone',
    ).toEqual([]);
  });

  it('names only actions the permission table has, and uses every one of them', () => {
    const used = new Set(
      Object.values(WRITE_ROUTES).flatMap((rule) => (typeof rule === 'object' ? [rule.cluster] : [])),
    );
    for (const action of used) expect(CLUSTER_PERMISSIONS).toHaveProperty(action);
    // Reading actions gate reads, not writes; the standing office's criteria and any adjustment are
    // decided by the row (the criterion's owner, the adjustment's item), so their routes are 'ownRow'.
    const byRow = ['readAllRegistrations', 'seeWholeCluster', 'scoreForStandingOffice', 'writeAnyAdjustment'];
    const writes = (Object.keys(CLUSTER_PERMISSIONS) as ClusterAction[]).filter((a) => !byRow.includes(a));
    expect(writes.filter((a) => !used.has(a))).toEqual([]);
  });

  it('refuses, changing nothing, everyone the table does not allow', async () => {
    const [before] = await db().select({ n: count() }).from(auditLog);
    const wrong: string[] = [];
    for (const route of writeRoutes()) {
      const key = `${route.method} ${route.path}`;
      const rule = WRITE_ROUTES[key];
      if (!rule) continue;
      for (const { username, role } of PEOPLE) {
        if (allowed(rule, role) !== false) continue;
        const { url, body } = requestOf(route);
        const response = await clients.get(username)!.request(route.method, url, body);
        if (![403, 404].includes(response.statusCode))
          wrong.push(`${username} (${role}): ${key} → ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
    const [after] = await db().select({ n: count() }).from(auditLog);
    expect(after!.n).toBe(before!.n);
  }, 300_000);

  // Allowed calls may succeed and change the demo: the cluster's own routes go first, so the council's
  // (which may move the leadership or end a membership) cannot take a role away before it is tried.
  it('never answers 403 to someone the table allows', async () => {
    const wrong: string[] = [];
    const order = (r: Route) => (typeof WRITE_ROUTES[`${r.method} ${r.path}`] === 'object' ? 0 : 1);
    for (const route of writeRoutes().sort((a, b) => order(a) - order(b))) {
      const key = `${route.method} ${route.path}`;
      const rule = WRITE_ROUTES[key];
      if (!rule) continue;
      for (const { username, role } of PEOPLE) {
        if (allowed(rule, role) !== true) continue;
        const { url, body } = requestOf(route);
        const response = await clients.get(username)!.request(route.method, url, body);
        if (response.statusCode === 403)
          wrong.push(`${username} (${role}): ${key} → 403 ${response.body.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
