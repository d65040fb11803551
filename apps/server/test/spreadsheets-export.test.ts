import { auditLog, clusters, criteriaVersions, periods } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvSheetsWithLibreOffice } from '../../../packages/spreadsheets/test/libreoffice';
import { AUDIT_CSV_HEADER } from '../src/modules/audit/export';
import { type Client, DEMO_TARGET, openDemoCouncil, useTestApp } from './harness';

interface UnitRow {
  unit: string;
  name: string;
  criteria: { code: string; base: number; bonus: number }[];
  groups: { score: number }[];
  scored: number;
  deductionTotal: number;
  final: number;
  rank: number;
}

const target = DEMO_TARGET;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The rows under the header row whose first cell is `first`. */
function tableUnder(rows: string[][], first: string): string[][] {
  const header = rows.findIndex((r) => r[0] === first);
  expect(header).toBeGreaterThan(0);
  return rows.slice(header + 1).filter((r) => r.some((c) => c !== ''));
}

describe('spreadsheet exports of the demo council, read by LibreOffice', () => {
  const { db, app } = useTestApp(target);
  let office: Client;
  let memberUnit: Client;
  let stranger: Client;
  let councilId: string;
  const scored: { id: string; archived: boolean }[] = [];

  beforeAll(async () => {
    ({ office, memberUnit, stranger } = await openDemoCouncil(app(), db()));
    const rows = await db()
      .selectDistinct({ id: clusters.id, stage: periods.stage, councilId: periods.councilId })
      .from(clusters)
      .innerJoin(periods, eq(periods.id, clusters.periodId))
      .innerJoin(
        criteriaVersions,
        and(eq(criteriaVersions.clusterId, clusters.id), eq(criteriaVersions.status, 'issued')),
      );
    for (const r of rows) scored.push({ id: r.id, archived: r.stage === 'archived' });
    councilId = rows[0]!.councilId;
  }, 240_000);

  it('writes every layer, group, bonus, deduction, final, rank and award exactly as /results gives them', async () => {
    const picked = [
      ...scored.filter((c) => c.archived).slice(0, 2),
      ...scored.filter((c) => !c.archived).slice(0, 1),
    ];
    expect(picked).toHaveLength(3);
    for (const cluster of picked) {
      const results = (await office.get(`/clusters/${cluster.id}/results`)).json<{ units: UnitRow[] }>();
      const response = await office.get(`/clusters/${cluster.id}/spreadsheets/results`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX);
      expect(String(response.headers['content-disposition'])).toContain('.xlsx');
      const sheets = csvSheetsWithLibreOffice(response.rawPayload, [
        'Tổng hợp',
        'Điểm từng tiêu chí',
        'Các lớp điểm',
      ]);
      const summary = tableUnder(sheets.get('Tổng hợp')!, 'Xếp hạng');
      expect(summary).toHaveLength(results.units.length);
      results.units.forEach((u, i) => {
        const row = summary[i]!;
        const groups = u.groups.length;
        expect([Number(row[0]), row[1], row[2]]).toEqual([u.rank, u.unit, u.name]);
        expect(row.slice(3, 3 + groups).map(Number)).toEqual(u.groups.map((g) => g.score));
        const final = row.length - 4;
        expect([Number(row[final - 1]), Number(row[final])]).toEqual([u.deductionTotal, u.final]);
      });
      const perCriterion = tableUnder(sheets.get('Điểm từng tiêu chí')!, 'Xếp hạng');
      results.units.forEach((u, i) => {
        expect(perCriterion[i]!.slice(3).map(Number)).toEqual(u.criteria.flatMap((c) => [c.base, c.bonus]));
      });
      const layers = tableUnder(sheets.get('Các lớp điểm')!, 'Mã đơn vị');
      expect(layers).toHaveLength(results.units.length * results.units[0]!.criteria.length);
    }
  }, 240_000);

  it('refuses the results export to those who do not see every unit, and another council', async () => {
    const current = scored.find((c) => !c.archived)!;
    expect([403, 404]).toContain(
      (await stranger.get(`/clusters/${current.id}/spreadsheets/results`)).statusCode,
    );
  });

  it('exports the audit log with its fields as columns, in Vietnamese, and audits the export', async () => {
    // An export is itself audited: one event to read back, its fields as rows.
    const current = scored.find((c) => !c.archived)!;
    expect((await office.get(`/clusters/${current.id}/spreadsheets/results`)).statusCode).toBe(200);
    const response = await office.get(`/councils/${councilId}/spreadsheets/audit?entityType=spreadsheet`);
    expect(response.statusCode).toBe(200);
    const rows = csvSheetsWithLibreOffice(response.rawPayload, ['Nhật ký thay đổi']).get('Nhật ký thay đổi')!;
    // The CSV's columns (audit.test.ts and the browser test spell them out), then the batch.
    expect(rows.find((r) => r[0] === 'Thời điểm')).toEqual([...AUDIT_CSV_HEADER, 'Mã đợt']);
    const body = tableUnder(rows, 'Thời điểm');
    expect(body.length).toBeGreaterThan(3);
    expect(body.every((r) => r[2] === 'Bảng tính (Excel)' && r[4] === 'Xuất Excel')).toBe(true);
    expect(body.some((r) => r[5] === 'Tên tệp' && r[7]!.endsWith('.xlsx'))).toBe(true);
    expect(body.some((r) => r[5] === 'Bảng tính' && r[7] === 'Bảng điểm và kết quả của cụm, khối')).toBe(
      true,
    );
    expect(body.every((r) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/.test(r[0]!))).toBe(true);
    expect(body.some((r) => r[6]!.startsWith('{') || r[7]!.startsWith('{'))).toBe(false);
    const exports = await db().select().from(auditLog).where(eq(auditLog.entityType, 'spreadsheet'));
    expect(exports.some((e) => (e.new as { spreadsheet?: string }).spreadsheet === 'Nhật ký thay đổi')).toBe(
      true,
    );
    expect((await memberUnit.get(`/councils/${councilId}/spreadsheets/audit`)).statusCode).toBe(403);
  }, 120_000);
});
