import { CURRENT_YEAR } from '../src/demo/periods-plan';
import {
  adjustments,
  awardProposals,
  clusterMembers,
  clusters,
  councils,
  criteriaVersions,
  type Database,
  entries,
  evidenceFiles,
  meetings,
  memberships,
  type OpenedDatabase,
  openDatabase,
  periods,
  programmeSessions,
  quotas,
  unitFacts,
  units,
  users,
  votes,
} from '@thidua/db';
import { databaseTestTargets, SMALL_RULESET, uniqueSuffix } from '@thidua/db/testing';
import { type Entry, evaluatePeriod, type Period, type Ruleset } from '@thidua/engine';
import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/auth/passwords';
import { localToday } from '../src/kernel/dates';
import { tieBreakBallots } from '../src/demo/seed-awards';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/demo/seed-demo';

/**
 * The demo needs an empty database (it seeds only where no council exists), so on PostgreSQL it gets
 * a database of its own, dropped afterwards, instead of the one other suites share.
 */
function demoTargets() {
  return databaseTestTargets().map((target) => {
    if (target.name !== 'postgres') return target;
    const url = process.env.DATABASE_URL!;
    const name = `thidua_demo_${uniqueSuffix().replace(/-/g, '')}`;
    const own = new URL(url);
    own.pathname = `/${name}`;
    return {
      name: target.name,
      async open(): Promise<OpenedDatabase> {
        const admin = await openDatabase({ url, migrate: false });
        await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
        const opened = await openDatabase({ url: own.toString() });
        return {
          ...opened,
          async close() {
            await opened.close();
            await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name}`));
            await admin.close();
          },
        };
      },
    };
  });
}

describe.each(demoTargets())('the demo council on $name', (target) => {
  let opened: OpenedDatabase | undefined;
  const seeded: boolean[] = [];
  const db = (): Database => opened!.db;

  beforeAll(async () => {
    opened = await target.open();
    seeded.push(await seedDemo(db()), await seedDemo(db()));
  }, 180_000);
  afterAll(async () => {
    await opened?.close();
  });

  it('seeds an empty database once and leaves it alone the second time', async () => {
    expect(seeded).toEqual([true, false]);
    const [row] = await db().select({ n: count() }).from(councils);
    expect(row?.n).toBe(1);
  });

  it('has 24 communes and wards, the departments and 8 schools', async () => {
    const rows = await db().select({ type: units.type, n: count() }).from(units).groupBy(units.type);
    const byType = Object.fromEntries(rows.map((r) => [r.type, r.n]));
    expect((byType.ward ?? 0) + (byType.commune ?? 0)).toBe(24);
    expect(byType.department).toBeGreaterThanOrEqual(12);
    expect(byType.school).toBe(8);
  });

  it('has five clusters a calendar year and one block a school year, each with one leader and 1–2 deputies', async () => {
    const periodRows = await db().select().from(periods).orderBy(periods.calendar, periods.year);
    expect(periodRows.map((p) => [p.calendar, p.year])).toEqual([
      ['calendarYear', CURRENT_YEAR - 1],
      ['calendarYear', CURRENT_YEAR],
      ['schoolYear', CURRENT_YEAR - 2],
      ['schoolYear', CURRENT_YEAR - 1],
    ]);
    for (const period of periodRows) {
      const rows = await db().select().from(clusters).where(eq(clusters.periodId, period.id));
      expect(rows).toHaveLength(period.calendar === 'calendarYear' ? 5 : 1);
      for (const cluster of rows) {
        expect(cluster.followerUserId).not.toBeNull();
        const seats = await db()
          .select()
          .from(clusterMembers)
          .where(eq(clusterMembers.clusterId, cluster.id));
        expect(seats.filter((s) => s.role === 'leader')).toHaveLength(1);
        const deputies = seats.filter((s) => s.role === 'deputy').length;
        expect(deputies).toBeGreaterThanOrEqual(1);
        expect(deputies).toBeLessThanOrEqual(2);
      }
    }
    // The same cluster across years shares its lineage, and its leader rotated.
    const cum1 = await db().select().from(clusters).where(eq(clusters.code, 'cum-1'));
    expect(cum1).toHaveLength(2);
    expect(cum1[0]!.lineageId).toBe(cum1[1]!.lineageId);
    const leaders = await db()
      .select({ unitId: clusterMembers.unitId })
      .from(clusterMembers)
      .where(
        and(
          inArray(
            clusterMembers.clusterId,
            cum1.map((c) => c.id),
          ),
          eq(clusterMembers.role, 'leader'),
        ),
      );
    expect(new Set(leaders.map((l) => l.unitId)).size).toBe(2);
  });

  it('proposes for last year exactly the awards the engine gives on the stored data', async () => {
    const closed = await db().select().from(periods).where(eq(periods.stage, 'archived'));
    let proposed = 0;
    for (const period of closed) {
      const rows = await db().select().from(clusters).where(eq(clusters.periodId, period.id));
      for (const cluster of rows) {
        const { document, codes } = await storedPeriodDocument(db(), cluster.id);
        const evaluation = evaluatePeriod(document);
        if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors.slice(0, 5)));
        expect(evaluation.result.complete).toBe(true);
        const expected = evaluation.result.units
          .filter((u) => u.award !== null)
          .map((u) => ({ unit: u.unit, award: u.award, final: u.final, rank: u.rank }));
        const stored = await db()
          .select()
          .from(awardProposals)
          .where(eq(awardProposals.clusterId, cluster.id));
        const actual = stored.map((p) => ({
          unit: codes.get(p.unitId),
          award: p.awardCode,
          final: Number(p.finalScore),
          rank: p.rank,
        }));
        expect(sortByUnit(actual)).toEqual(sortByUnit(expected));
        expect(stored.every((p) => p.status === 'approved' && p.decisionId !== null)).toBe(true);
        proposed += stored.length;
      }
    }
    expect(proposed).toBeGreaterThan(0);
  });

  it('shows eligibility at work last year: one unit excluded, one postponed, one downgraded', async () => {
    const statuses: string[] = [];
    let downgraded = 0;
    const closed = await db().select().from(periods).where(eq(periods.stage, 'archived'));
    for (const period of closed) {
      for (const cluster of await db().select().from(clusters).where(eq(clusters.periodId, period.id))) {
        const result = evaluatePeriod((await storedPeriodDocument(db(), cluster.id)).document);
        if (!result.ok) throw new Error('invalid stored period');
        statuses.push(...result.result.units.map((u) => u.status));
        downgraded += result.result.units.filter((u) => u.downgraded).length;
      }
    }
    expect(statuses.filter((s) => s === 'excluded')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'postponed')).toHaveLength(1);
    expect(downgraded).toBe(1);
  });

  it('lets every demo account sign in with the demo password, and only the administrator is one', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await db().select().from(users).where(eq(users.username, account.username));
      expect(user, account.username).toBeDefined();
      expect(await verifyPassword(user!.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(user!.isSystemAdmin).toBe(account.username === 'quantri');
      const roles = await db().select().from(memberships).where(eq(memberships.userId, user!.id));
      expect(roles.length, account.username).toBeGreaterThan(0);
    }
    // The other people of the demo cannot be signed in to with the published password.
    const [other] = await db().select().from(users).where(eq(users.username, 'hd.ldld'));
    expect(await verifyPassword(other!.passwordHash, DEMO_PASSWORD)).toBe(false);
  });

  it('leaves last year archived and this year at the results stage, with self-scores but no agreed ones', async () => {
    const rows = await db().select().from(periods);
    for (const period of rows) {
      const last =
        period.calendar === 'calendarYear'
          ? period.year === CURRENT_YEAR - 1
          : period.year === CURRENT_YEAR - 2;
      expect(period.stage).toBe(last ? 'archived' : 'results');
      expect(period.archivedAt !== null).toBe(last);
    }
    const current = rows.filter((p) => p.stage === 'results').map((p) => p.id);
    const layers = await db()
      .select({ stage: entries.stage, n: count() })
      .from(entries)
      .innerJoin(criteriaVersions, eq(criteriaVersions.id, entries.criteriaVersionId))
      .innerJoin(clusters, eq(clusters.id, criteriaVersions.clusterId))
      .where(inArray(clusters.periodId, current))
      .groupBy(entries.stage);
    expect(layers.map((l) => l.stage)).toEqual(['self']);
    expect(layers[0]!.n).toBeGreaterThan(100);
    const evidence = await db()
      .select({ stage: entries.stage, versionId: entries.criteriaVersionId })
      .from(evidenceFiles)
      .innerJoin(entries, eq(entries.id, evidenceFiles.entryId));
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.stage === 'self')).toBe(true);
  });

  it('keeps the council’s work programme of both calendar years: last year held, this year held up to today', async () => {
    const today = localToday();
    const [soNoiVu] = await db().select().from(units).where(eq(units.code, 'so-noi-vu'));
    const calendarPeriods = await db().select().from(periods).where(eq(periods.calendar, 'calendarYear'));
    expect(calendarPeriods).toHaveLength(2);
    for (const period of calendarPeriods) {
      const sessions = await db()
        .select()
        .from(programmeSessions)
        .where(eq(programmeSessions.periodId, period.id))
        .orderBy(programmeSessions.month);
      expect(sessions.length, period.name).toBeGreaterThanOrEqual(4);
      // From January (last year's awards) to December (the year's summary and deliberation).
      expect(sessions[0]!.month).toBe(1);
      expect(sessions.at(-1)!.month).toBe(12);
      expect(sessions.some((s) => s.month === 6 || s.month === 7)).toBe(true);
      for (const s of sessions) {
        expect(s.year).toBe(period.year);
        expect(s.agenda.split('\n').length).toBeGreaterThanOrEqual(2);
        expect(s.preparingUnitId).toBe(soNoiVu!.id);
        if (period.stage === 'archived') {
          expect(s.status, s.title).toBe('held');
        } else {
          expect(s.status, s.title).toBe(s.heldOn !== null && s.heldOn < today ? 'held' : 'planned');
        }
        if (s.status === 'held')
          expect(s.heldOn?.slice(0, 7)).toBe(`${s.year}-${String(s.month).padStart(2, '0')}`);
      }
      // This year, seeded mid-way: the sessions before today held, the rest still planned.
      const todayMonth = Number(today.slice(5, 7));
      if (period.stage !== 'archived' && today.startsWith(`${period.year}-`)) {
        const held = sessions.filter((s) => s.status === 'held');
        const planned = sessions.filter((s) => s.status === 'planned');
        expect(held.every((s) => s.month <= todayMonth)).toBe(true);
        expect(planned.every((s) => s.month >= todayMonth)).toBe(true);
        if (todayMonth >= 3 && todayMonth <= 11)
          expect([held.length > 0, planned.length > 0]).toEqual([true, true]);
      }
    }
    // The schools' year has no programme of its own: the council works by the calendar year.
    const schoolSessions = await db()
      .select({ n: count() })
      .from(programmeSessions)
      .innerJoin(periods, eq(periods.id, programmeSessions.periodId))
      .where(eq(periods.calendar, 'schoolYear'));
    expect(schoolSessions[0]!.n).toBe(0);
  });
});

describe('the demo’s tie-break ballot', () => {
  it('separates units tied at a quota’s last place, so the engine can allocate the award', () => {
    const tied: Period = {
      format: 'thidua/period@1',
      name: 'Hòa điểm',
      year: 2024,
      ruleset: {
        ...(SMALL_RULESET as unknown as Ruleset),
        awards: [{ code: 'CO_T', name: 'Cờ', minScore: 0 }],
      },
      units: [
        { id: 'xa-a', name: 'Xã A' },
        { id: 'xa-b', name: 'Xã B' },
      ],
      entries: ['xa-a', 'xa-b'].map((unit) => ({ unit, criterion: 'II.2', points: 80 })),
      quotas: { CO_T: 1 },
    };
    const pending = evaluatePeriod(tied);
    if (!pending.ok) throw new Error('invalid test period');
    expect(pending.result.pendingVotes).toHaveLength(1);
    const ballots = tieBreakBallots('CO_T', pending.result.pendingVotes[0]!.units, 7);
    expect(ballots.map((b) => b.votes)).toEqual([4, 2]);
    const decided = evaluatePeriod({ ...tied, votes: ballots });
    if (!decided.ok) throw new Error('invalid test period');
    expect(decided.result.complete).toBe(true);
    expect(decided.result.units.find((u) => u.unit === 'xa-a')?.award).toBe('CO_T');
    expect(tieBreakBallots('BK_CT', ['a', 'b', 'c'], 5).map((b) => b.votes)).toEqual([2, 1, 0]);
  });
});

const sortByUnit = <T extends { unit: string | undefined }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.unit ?? '').localeCompare(b.unit ?? ''));

/**
 * A cluster's year as `thidua/period@1`, read back from the tables (its latest criteria revision,
 * members and facts, agreed entries, adjustments, quotas, tie-break ballots) independently of the seed.
 */
async function storedPeriodDocument(db: Database, clusterId: string) {
  const [cluster] = await db.select().from(clusters).where(eq(clusters.id, clusterId));
  const [version] = await db
    .select()
    .from(criteriaVersions)
    .where(eq(criteriaVersions.clusterId, clusterId))
    .orderBy(desc(criteriaVersions.revision))
    .limit(1);
  const members = await db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(clusterMembers)
    .innerJoin(units, eq(units.id, clusterMembers.unitId))
    .where(eq(clusterMembers.clusterId, clusterId))
    .orderBy(units.code);
  const codes = new Map(members.map((m) => [m.id, m.code]));
  const ids = members.map((m) => m.id);
  const facts = await db
    .select()
    .from(unitFacts)
    .where(and(eq(unitFacts.periodId, cluster!.periodId), inArray(unitFacts.unitId, ids)));
  const agreed = await db
    .select()
    .from(entries)
    .where(and(eq(entries.criteriaVersionId, version!.id), eq(entries.stage, 'agreed')));
  const adjusted = await db.select().from(adjustments).where(eq(adjustments.criteriaVersionId, version!.id));
  const quotaRows = await db.select().from(quotas).where(eq(quotas.clusterId, clusterId));
  const ballots = await db
    .select({ award: votes.awardCode, unit: votes.unitId, votes: votes.votes })
    .from(votes)
    .innerJoin(meetings, eq(meetings.id, votes.meetingId))
    .where(and(eq(meetings.clusterId, clusterId), eq(votes.purpose, 'tieBreak'), isNotNull(votes.awardCode)));
  const document: Period = {
    format: 'thidua/period@1',
    name: cluster!.name,
    year: 0,
    ruleset: version!.ruleset as unknown as Ruleset,
    units: members.map((m) => ({
      id: m.code,
      name: m.name,
      facts: Object.fromEntries(facts.filter((f) => f.unitId === m.id).map((f) => [f.name, f.value])),
    })),
    entries: agreed.map((e) => {
      const entry: Entry = { unit: codes.get(e.unitId)!, criterion: e.criterionCode };
      if (e.plan !== null) entry.plan = Number(e.plan);
      if (e.actual !== null) entry.actual = Number(e.actual);
      if (e.points !== null) entry.points = Number(e.points);
      if (e.value !== null) entry.value = Number(e.value);
      if (e.rating !== null) entry.rating = e.rating;
      if (e.done !== null) entry.done = e.done;
      return entry;
    }),
    adjustments: adjusted.map((a) =>
      a.kind === 'bonus'
        ? { unit: codes.get(a.unitId)!, code: a.itemCode, points: Number(a.points) }
        : { unit: codes.get(a.unitId)!, code: a.itemCode, count: a.count! },
    ),
    quotas: Object.fromEntries(quotaRows.map((q) => [q.awardCode, q.quota])),
    votes: ballots.map((b) => ({ award: b.award!, unit: codes.get(b.unit)!, votes: b.votes })),
  };
  return { document, codes };
}
