import { auditLog, periods } from '@thidua/db';
import { STATISTICS_SCORE_STATE_NAMES } from '@thidua/vocabulary';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvSheetsWithLibreOffice } from '../../../packages/spreadsheets/test/libreoffice';
import { DEMO_PASSWORD } from '../src/demo/accounts';
import type { StatisticsView } from '../src/modules/statistics/schema';
import { type Client, DEMO_TARGET, openDemoCouncil, useTestApp } from './harness';

// The council's statistics (issue #14 §4) on the demo council: every number is the one the progress,
// results and quota endpoints give for the same cluster; only the standing office and council members
// read them; the Excel export (issue #13 §1), as LibreOffice reads it, holds the same numbers.

interface Progress {
  clusters: {
    id: string;
    memberCount: number;
    registered: number;
    pactSigned: number;
    selfScored: number;
    reviewed: number;
  }[];
}
interface Results {
  complete: boolean;
  units: { final: number; award: string | null }[];
}
interface Quotas {
  items: { awardCode: string; quota: number }[];
}

/** Quantile q (0, ¼, ½, ¾, 1) by interpolation between closest ranks, on scores in hundredths (integers). */
function quantile(sortedCents: number[], quarters: number): number {
  const position = (sortedCents.length - 1) * quarters;
  const low = Math.floor(position / 4);
  const fraction = position % 4;
  const base = sortedCents[low]!;
  return fraction === 0 ? base / 100 : (base * 4 + (sortedCents[low + 1]! - base) * fraction) / 400;
}

describe('council statistics', () => {
  const { db, app, as } = useTestApp(DEMO_TARGET);
  let office: Client;
  let memberUnit: Client;
  let stranger: Client;
  let member: Client;
  let councilId: string;
  let years: { from: number; to: number };

  beforeAll(async () => {
    ({ office, memberUnit, stranger } = await openDemoCouncil(app(), db()));
    member = await as('hoidong', DEMO_PASSWORD);
    const rows = await db().select().from(periods).orderBy(asc(periods.year));
    councilId = rows[0]!.councilId;
    years = { from: rows[0]!.year, to: rows[rows.length - 1]!.year };
  }, 120_000);

  const url = (path = 'statistics') =>
    `/councils/${councilId}/${path}?fromYear=${years.from}&toYear=${years.to}`;

  it('gives, per period and cluster, the numbers of the progress, results and quota endpoints', async () => {
    const response = await office.get(url());
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const view = response.json<StatisticsView>();
    const stored = await db().select().from(periods).where(eq(periods.councilId, councilId));
    expect(view.periods.map((p) => p.periodId).sort()).toEqual(stored.map((p) => p.id).sort());
    expect(view.periods.some((p) => p.stage === 'archived')).toBe(true);
    let withScores = 0;
    let withAwards = 0;
    for (const period of view.periods) {
      const progress = (await office.get(`/periods/${period.periodId}/progress`)).json<Progress>();
      expect(period.clusters.map((c) => c.clusterId)).toEqual(progress.clusters.map((c) => c.id));
      for (const [i, c] of period.clusters.entries()) {
        const p = progress.clusters[i]!;
        expect([c.memberCount, c.registered, c.pactSigned, c.selfScored, c.reviewed]).toEqual([
          p.memberCount,
          p.registered,
          p.pactSigned,
          p.selfScored,
          p.reviewed,
        ]);
        const results = await office.get(`/clusters/${c.clusterId}/results`);
        if (c.scoreState !== 'available') {
          expect(c.scores).toBeNull();
          continue;
        }
        expect(results.statusCode).toBe(200);
        const { units, complete } = results.json<Results>();
        expect(c.complete).toBe(complete);
        const cents = units.map((u) => Math.round(u.final * 100)).sort((a, b) => a - b);
        const s = c.scores!;
        expect(s.count).toBe(units.length);
        expect([s.min, s.q1, s.median, s.q3, s.max].map(Number)).toEqual(
          [0, 1, 2, 3, 4].map((q) => quantile(cents, q)),
        );
        const meanCents = cents.reduce((a, b) => a + b, 0) / cents.length;
        expect(Math.abs(Number(s.mean) * 100 - meanCents)).toBeLessThanOrEqual(0.5);
        const quotas = (await office.get(`/clusters/${c.clusterId}/quotas?pageSize=100`)).json<Quotas>();
        for (const a of c.awards) {
          expect(a.awarded).toBe(units.filter((u) => u.award === a.code).length);
          expect(a.quota).toBe(quotas.items.find((q) => q.awardCode === a.code)?.quota ?? null);
        }
        const awarded = units.filter((u) => u.award !== null).length;
        expect(c.awardedUnits).toBe(awarded);
        expect(Number(c.awardRatio)).toBeCloseTo((awarded * 100) / units.length, 2);
        withScores++;
        if (awarded > 0) withAwards++;
      }
    }
    // The demo has a scored, awarded past year: the checks above did check something.
    expect(withScores).toBeGreaterThan(0);
    expect(withAwards).toBeGreaterThan(0);
  });

  it('defaults to five years up to this year and refuses a reversed or too wide range by name', async () => {
    const view = (await office.get(`/councils/${councilId}/statistics`)).json<StatisticsView>();
    expect(view.toYear - view.fromYear).toBe(4);
    expect(view.toYear).toBe(Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4)));
    const reversed = await office.get(`/councils/${councilId}/statistics?fromYear=2030&toYear=2029`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('fromYear');
    const wide = await office.get(`/councils/${councilId}/statistics?fromYear=2000&toYear=2050`);
    expect(wide.statusCode).toBe(400);
    expect(wide.body).toContain('toYear');
  });

  it('lets council members read it without the scores of unpublished clusters; refuses everyone else', async () => {
    const response = await member.get(url());
    expect(response.statusCode).toBe(200);
    const view = response.json<StatisticsView>();
    const officeView = (await office.get(url())).json<StatisticsView>();
    for (const [i, period] of view.periods.entries()) {
      for (const [j, c] of period.clusters.entries()) {
        const results = await member.get(`/clusters/${c.clusterId}/results`);
        const own = officeView.periods[i]!.clusters[j]!;
        if (c.scoreState === 'available') {
          expect(results.statusCode).toBe(200);
          expect(c).toEqual(own);
        } else if (own.scoreState === 'available') {
          expect(c.scoreState).toBe('notPublished');
          expect(results.statusCode).toBe(403);
          expect([c.scores, c.awardRatio, c.awards]).toEqual([null, null, []]);
        }
      }
    }
    expect(view.periods.flatMap((p) => p.clusters).some((c) => c.scoreState === 'notPublished')).toBe(true);
    expect((await memberUnit.get(url())).statusCode).toBe(403);
    expect((await memberUnit.get(url('spreadsheets/statistics'))).statusCode).toBe(403);
    expect((await stranger.get(url())).statusCode).toBe(404);
    expect((await stranger.get(url('spreadsheets/statistics'))).statusCode).toBe(404);
  });

  it('exports the same numbers to Excel, audited', async () => {
    const view = (await office.get(url())).json<StatisticsView>();
    const response = await office.get(url('spreadsheets/statistics'));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(String(response.headers['content-disposition'])).toMatch(/filename\*=UTF-8''.+\.xlsx/);
    const sheets = csvSheetsWithLibreOffice(response.rawPayload, ['Thống kê', 'Khen thưởng và chỉ tiêu']);
    /** The `count` rows under the header row whose first cell is `first`; what follows is no data row. */
    const table = (name: string, first: string, count: number) => {
      const rows = sheets.get(name)!;
      const header = rows.findIndex((r) => r[0] === first);
      expect(header).toBeGreaterThan(0);
      const after = rows[header + 1 + count];
      expect(after === undefined || !/^\d{4}$/.test(after[0] ?? '')).toBe(true);
      return rows.slice(header + 1, header + 1 + count);
    };
    const cell = (text: string | null | undefined) => (text == null ? '' : String(Number(text)));
    const expected = view.periods.flatMap((p) =>
      p.clusters.map((c) => [
        String(p.year),
        p.name,
        c.code,
        c.name,
        ...[c.memberCount, c.registered, c.pactSigned, c.selfScored, c.reviewed].map(String),
        STATISTICS_SCORE_STATE_NAMES[c.scoreState],
        ...[c.scores?.min, c.scores?.q1, c.scores?.median, c.scores?.q3, c.scores?.max, c.scores?.mean].map(
          cell,
        ),
        c.awardedUnits === null ? '' : String(c.awardedUnits),
        cell(c.awardRatio),
      ]),
    );
    expect(table('Thống kê', 'Năm', expected.length).map((r) => r.slice(0, 18))).toEqual(expected);
    const awards = view.periods.flatMap((p) =>
      p.clusters.flatMap((c) =>
        c.awards.map((a) => [
          String(p.year),
          p.name,
          c.name,
          a.name,
          String(a.awarded),
          a.quota === null ? '' : String(a.quota),
        ]),
      ),
    );
    expect(awards.length).toBeGreaterThan(0);
    expect(table('Khen thưởng và chỉ tiêu', 'Năm', awards.length).map((r) => r.slice(0, 6))).toEqual(awards);
    const audited = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'spreadsheet'), eq(auditLog.entityId, councilId)));
    expect(audited.map((a) => (a.new as { spreadsheet: string }).spreadsheet)).toContain(
      'Thống kê của Hội đồng',
    );
  });
});
