import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, meetings, quotas, unitFacts, votes } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { evaluatePeriod, type ResultDocument } from '@thidua/engine';
import { describe, expect, it } from 'vitest';
import { type ErrorJson, useTestApp } from './harness';
import { buildScoringCluster, entryUrl, type ScoringCluster, setStage } from './scoring-fixture';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface PeriodFileJson {
  units: { id: string; facts?: Record<string, unknown> }[];
  entries: Record<string, unknown>[];
  adjustments: Record<string, unknown>[];
  quotas?: Record<string, number>;
  votes?: Record<string, unknown>[];
}

describe.each(databaseTestTargets())('results and period file on $name', (target) => {
  const { db, as } = useTestApp(target);

  /**
   * A complete year: every layer written by its scorer, a review that overrides a self-score, bonuses,
   * a deduction, facts, a quota of one flag and a tie for it broken by the latest of two votes.
   * phuong-1 (leader) and phuong-3 both end on 978; phuong-4 is excluded by a fact.
   */
  async function scoredYear(database: Database): Promise<ScoringCluster> {
    const fx = await buildScoringCluster(database);
    const u = fx.units;
    const put = async (username: string, unitId: string, code: string, stage: string, body: object) => {
      const response = await (
        await as(username)
      ).put(entryUrl(fx, unitId, code, stage), { version: 0, ...body });
      expect([code, stage, response.statusCode]).toEqual([code, stage, 200]);
    };
    const self: [typeof fx.users.member, string, object, object][] = [
      [fx.users.leader, u.leader.id, { plan: 100, actual: 100 }, { points: 90 }],
      [fx.users.deputy, u.deputy.id, { plan: 100, actual: 50 }, { points: 70 }],
      [fx.users.member, u.member.id, { plan: 100, actual: 100 }, { points: 68 }],
      [fx.users.focalMember, u.focalMember.id, { plan: 100, actual: 120 }, { points: 99.99 }],
    ];
    for (const [user, unitId, quantitative, qualitative] of self) {
      await put(user.username, unitId, 'I.1', 'self', quantitative);
      await put(user.username, unitId, 'II.2', 'self', qualitative);
    }
    for (const [unitId, value] of [
      [u.leader.id, 95],
      [u.deputy.id, 80],
      [u.member.id, 95],
    ] as const) {
      await put(fx.users.focal.username, unitId, 'I.2', 'focal', { value });
    }
    for (const [unitId, rating] of [
      [u.leader.id, 'HTXSNV'],
      [u.deputy.id, 'HTTNV'],
      [u.member.id, 'HTXSNV'],
    ] as const) {
      await put(fx.users.standingOffice.username, unitId, 'II.1', 'standingOffice', { rating });
    }
    for (const [unitId, done] of [
      [u.leader.id, true],
      [u.deputy.id, false],
      [u.member.id, true],
    ] as const) {
      await put(fx.users.focalMember.username, unitId, 'II.3', 'focal', { done });
    }
    const so = await as(fx.users.standingOffice.username);
    const adjustmentsUrl = `/clusters/${fx.cluster.id}/adjustments`;
    for (const body of [
      { unitId: u.member.id, itemCode: 'IV', points: 10 },
      {
        unitId: u.leader.id,
        itemCode: 'PHE_BINH',
        count: 2,
        sourceNumber: '12/TB',
        sourceDate: '2025-10-01',
        sourceIssuer: 'UBND tỉnh',
      },
    ]) {
      expect((await so.post(adjustmentsUrl, body)).statusCode).toBe(201);
    }
    expect(
      (
        await (
          await as(fx.users.leader.username)
        ).post(adjustmentsUrl, { unitId: u.deputy.id, itemCode: 'CUM', points: 3 })
      ).statusCode,
    ).toBe(201);
    const factUrl = `/clusters/${fx.cluster.id}/units/${u.focalMember.id}/facts/seriousViolation`;
    expect((await so.put(factUrl, { version: 0, value: true })).statusCode).toBe(200);
    await setStage(database, fx.period.id, 'review');
    await put(fx.users.deputy.username, u.leader.id, 'II.2', 'agreed', {
      points: 80,
      reason: 'Thiếu biên bản',
    });
    await database.insert(quotas).values({ clusterId: fx.cluster.id, awardCode: 'CO_TP', quota: 1 });
    const [first, second] = await database
      .insert(meetings)
      .values([
        { periodId: fx.period.id, clusterId: fx.cluster.id, kind: 'truBi', heldOn: '2025-12-01' },
        { periodId: fx.period.id, clusterId: fx.cluster.id, kind: 'tongKet', heldOn: '2025-12-15' },
      ])
      .returning();
    await database.insert(votes).values([
      { meetingId: first!.id, purpose: 'tieBreak', awardCode: 'CO_TP', unitId: u.leader.id, votes: 6 },
      { meetingId: first!.id, purpose: 'tieBreak', awardCode: 'CO_TP', unitId: u.member.id, votes: 1 },
      { meetingId: second!.id, purpose: 'tieBreak', awardCode: 'CO_TP', unitId: u.leader.id, votes: 2 },
      { meetingId: second!.id, purpose: 'tieBreak', awardCode: 'CO_TP', unitId: u.member.id, votes: 5 },
      { meetingId: second!.id, purpose: 'election', position: 'leader', unitId: u.member.id, votes: 4 },
    ]);
    return fx;
  }

  it('exports the stored year as thidua/period@1 and scores it exactly as `npx thidua score` does', async () => {
    const fx = await scoredYear(db());
    const so = await as(fx.users.standingOffice.username);
    const exported = await so.get(`/clusters/${fx.cluster.id}/period-file`);
    expect(exported.statusCode).toBe(200);
    const file = exported.json<PeriodFileJson>();
    expect(file).toMatchObject({
      format: 'thidua/period@1',
      name: 'Cụm thi đua số 1 — Năm 2025',
      year: 2025,
    });
    // Nobody registered or signed the pact (past those stages: the records say so), and one typed fact.
    const none = { registered: false, pactSigned: false };
    expect(file.units).toEqual([
      { id: 'phuong-1', name: 'Phường 1', facts: none },
      { id: 'phuong-2', name: 'Phường 2', facts: none },
      { id: 'phuong-3', name: 'Phường 3', facts: none },
      { id: 'phuong-4', name: 'Phường 4', facts: { ...none, seriousViolation: true } },
    ]);
    // The reviewed value wins over the self-score; each entry carries its kind's fields only.
    expect(file.entries.filter((e) => e.unit === 'phuong-1')).toEqual([
      { unit: 'phuong-1', criterion: 'I.1', plan: 100, actual: 100 },
      { unit: 'phuong-1', criterion: 'I.2', value: 95 },
      { unit: 'phuong-1', criterion: 'II.1', rating: 'HTXSNV' },
      { unit: 'phuong-1', criterion: 'II.2', points: 80 },
      { unit: 'phuong-1', criterion: 'II.3', done: true },
    ]);
    expect(file.entries.filter((e) => e.unit === 'phuong-4')).toEqual([
      { unit: 'phuong-4', criterion: 'I.1', plan: 100, actual: 120 },
      { unit: 'phuong-4', criterion: 'II.2', points: 99.99 },
    ]);
    expect(file.adjustments).toEqual([
      { unit: 'phuong-1', code: 'PHE_BINH', count: 2 },
      { unit: 'phuong-2', code: 'CUM', points: 3 },
      { unit: 'phuong-3', code: 'IV', points: 10 },
    ]);
    expect(file.quotas).toEqual({ CO_TP: 1 });
    expect(file.votes).toEqual([
      { award: 'CO_TP', unit: 'phuong-1', votes: 2 },
      { award: 'CO_TP', unit: 'phuong-3', votes: 5 },
    ]);

    const results = await so.get(`/clusters/${fx.cluster.id}/results`);
    expect(results.statusCode).toBe(200);
    const result = results.json<ResultDocument>();
    const evaluation = evaluatePeriod(file);
    expect(evaluation.ok).toBe(true);
    expect(result).toEqual(evaluation.ok ? evaluation.result : null);
    // And the command line, on the exported file, prints the very same document.
    const path = join(mkdtempSync(join(tmpdir(), 'thidua-export-')), 'cum-1.period.json');
    writeFileSync(path, exported.body);
    const cli = execFileSync(process.execPath, [join(ROOT, 'packages/cli/bin/thidua.js'), 'score', path], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(JSON.parse(cli)).toEqual(result);

    expect(result.units.map((r) => [r.unit, r.final, r.rank, r.status, r.award])).toEqual([
      ['phuong-1', 978, 1, 'eligible', 'TTLDXS'],
      ['phuong-3', 978, 1, 'eligible', 'CO_TP'],
      ['phuong-4', 399.99, 3, 'excluded', null],
      ['phuong-2', 373, 4, 'eligible', 'TTLDXS'],
    ]);
    expect(result.complete).toBe(true);
    expect(result.units[0]!.criteria.find((c) => c.code === 'II.2')!.explanation).toEqual(expect.any(String));
  });

  it('shows results to each role as far as they may see, and the period file to reviewers only', async () => {
    const fx = await scoredYear(db());
    await setStage(db(), fx.period.id, 'results');
    const codes = async (username: string) => {
      const response = await (await as(username)).get(`/clusters/${fx.cluster.id}/results`);
      return response.statusCode === 200
        ? response.json<ResultDocument>().units.map((u) => u.unit)
        : response.statusCode;
    };
    for (const user of [fx.users.standingOffice, fx.users.leader, fx.users.deputy, fx.users.follower]) {
      expect(await codes(user.username)).toHaveLength(4);
    }
    expect(await codes(fx.users.member.username)).toEqual(['phuong-3']);
    expect(await codes(fx.users.focal.username)).toBe(403);
    expect(await codes(fx.users.councilMember.username)).toBe(403);
    expect(await codes(fx.users.otherStandingOffice.username)).toBe(404);
    await setStage(db(), fx.period.id, 'review');
    expect(await codes(fx.users.member.username)).toHaveLength(4);
    expect(await codes(fx.users.councilMember.username)).toHaveLength(4);

    const exportAs = async (username: string) =>
      (await (await as(username)).get(`/clusters/${fx.cluster.id}/period-file`)).statusCode;
    expect(await exportAs(fx.users.leader.username)).toBe(200);
    expect(await exportAs(fx.users.deputy.username)).toBe(200);
    for (const user of [fx.users.member, fx.users.follower, fx.users.focal, fx.users.councilMember]) {
      expect(await exportAs(user.username)).toBe(403);
    }
    expect(await exportAs(fx.users.otherStandingOffice.username)).toBe(404);
  });

  it('reports stored data the engine cannot score instead of hiding it', async () => {
    const fx = await scoredYear(db());
    await db().insert(quotas).values({ clusterId: fx.cluster.id, awardCode: 'CO_CP', quota: 1 });
    await db()
      .insert(unitFacts)
      .values({ periodId: fx.period.id, unitId: fx.units.member.id, name: 'partyRating', value: 'HTXSNV' });
    const response = await (
      await as(fx.users.standingOffice.username)
    ).get(`/clusters/${fx.cluster.id}/results`);
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorJson>().error).toMatchObject({
      code: 'SCORING_DATA_INVALID',
      fields: [{ path: 'quotas.CO_CP', message: expect.stringContaining('CO_CP') as string }],
    });
  });
});
