import { auditLog, clusters, dossierComponents, periods } from '@thidua/db';
import {
  DOSSIER_OUTCOME_NAMES,
  PROPOSAL_STATUS_NAMES,
  REGISTRATION_STATUS_NAMES,
  TASK_STATUS_NAMES,
  UNIT_STATUS_NAMES,
} from '@thidua/vocabulary';
import { and, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvSheetsWithLibreOffice } from '../../../packages/spreadsheets/test/libreoffice';
import { DEMO_PASSWORD } from '../src/demo/accounts';
import { type Client, DEMO_TARGET, openDemoCouncil, useTestApp } from './harness';

// The exports of the screens' lists (issue #13 §1): each file, as LibreOffice reads it, holds the rows the
// list's JSON gives the same reader; the readers of the list (and only they) may export it; each export
// is audited.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface UnitResult {
  unit: string;
  name: string;
  final: number;
  rank: number;
  status: keyof typeof UNIT_STATUS_NAMES;
  award: string | null;
  missing: string[];
  missingFacts: string[];
}
interface Proposal {
  unitId: string;
  unitName: string;
  awardCode: string;
  rank: number | null;
  finalScore: number | null;
  status: keyof typeof PROPOSAL_STATUS_NAMES;
  reason: string | null;
}
interface Page<T> {
  items: T[];
  total: number;
}

/** The rows under the header row whose first cell is `first`, up to the first empty row. */
function tableUnder(rows: string[][], first: string): string[][] {
  const header = rows.findIndex((r) => r[0] === first);
  expect(header).toBeGreaterThan(0);
  const body = rows.slice(header + 1);
  const end = body.findIndex((r) => r.every((c) => c === ''));
  return (end < 0 ? body : body.slice(0, end)).filter((r) => r.some((c) => c !== ''));
}

/** Codes of the enums these lists hold: a cell says their names, never these. */
const RAW_CODES = new Set([
  ...Object.keys(PROPOSAL_STATUS_NAMES),
  ...Object.keys(REGISTRATION_STATUS_NAMES),
  ...Object.keys(TASK_STATUS_NAMES),
  ...Object.keys(DOSSIER_OUTCOME_NAMES),
  ...Object.keys(UNIT_STATUS_NAMES),
  'individual',
  'collective',
  'local',
  'provincial',
  'chienSiThiDuaCoSo',
  'leader',
  'deputy',
  'member',
]);

function expectNoRawCodes(sheets: Map<string, string[][]>): void {
  for (const rows of sheets.values()) expect(rows.flat().filter((c) => RAW_CODES.has(c))).toEqual([]);
}

/** `2026-03-05` → `05/03/2026`. */
const dmy = (day: string) => day.split('-').reverse().join('/');

/** An instant's Vietnamese calendar day, `dd/mm/yyyy`. */
const vietnamDay = (instant: string) =>
  dmy(new Date(Date.parse(instant) + 7 * 3600_000).toISOString().slice(0, 10));

async function exported(client: Client, url: string, sheets: string[]): Promise<Map<string, string[][]>> {
  const response = await client.get(url);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe(XLSX);
  expect(String(response.headers['content-disposition'])).toMatch(/filename\*=UTF-8''.+\.xlsx/);
  return csvSheetsWithLibreOffice(response.rawPayload, sheets);
}

describe('Excel exports of the lists (ranking and proposals, registrations, plan tasks, dossiers)', () => {
  const { db, app, as } = useTestApp(DEMO_TARGET);
  let office: Client;
  let memberUnit: Client;
  let stranger: Client;
  let school: Client;
  let proposedCluster: string;
  let currentCluster: string;
  let currentPeriod: string;

  beforeAll(async () => {
    ({ office, memberUnit, stranger } = await openDemoCouncil(app(), db()));
    school = await as('truonghoc', DEMO_PASSWORD);
    const rows = await db()
      .select({ id: clusters.id, code: clusters.code, periodId: periods.id, stage: periods.stage })
      .from(clusters)
      .innerJoin(periods, eq(periods.id, clusters.periodId))
      .orderBy(clusters.code);
    // A closed year's cluster has proposals; the current year's is open for plans and dossiers.
    for (const r of rows) {
      if (r.stage === 'archived') continue;
      currentCluster ??= r.id;
      currentPeriod ??= r.periodId;
    }
    for (const r of rows) {
      const page = (await office.get(`/clusters/${r.id}/proposals?pageSize=500`)).json<Page<Proposal>>();
      if (page.total > 0) {
        proposedCluster = r.id;
        break;
      }
    }
    expect(proposedCluster).toBeDefined();
    expect(currentCluster).toBeDefined();
  }, 240_000);

  it('ranking and proposals: the ranking of /results and the list of /proposals', async () => {
    const results = (await office.get(`/clusters/${proposedCluster}/results`)).json<{
      units: UnitResult[];
    }>();
    const proposals = (await office.get(`/clusters/${proposedCluster}/proposals?pageSize=500`)).json<
      Page<Proposal>
    >();
    expect(proposals.total).toBeGreaterThan(0);
    const sheets = await exported(office, `/clusters/${proposedCluster}/spreadsheets/ranking`, [
      'Xếp hạng',
      'Đề nghị khen thưởng',
    ]);
    // The note on provisional results follows the table in its first column only.
    const ranking = tableUnder(sheets.get('Xếp hạng')!, 'Xếp hạng').filter((r) => r[1] !== '');
    expect(sheets.get('Xếp hạng')!.find((r) => r[0] === 'Xếp hạng')).toEqual([
      'Xếp hạng',
      'Mã đơn vị',
      'Tên đơn vị',
      'Điểm cuối cùng',
      'Kết quả',
      'Số liệu',
      'Tình trạng',
      'Khen thưởng theo kết quả',
      'Đề nghị khen thưởng',
    ]);
    expect(ranking).toHaveLength(results.units.length);
    const proposedNames = new Set(proposals.items.map((p) => p.unitName));
    results.units.forEach((u, i) => {
      const row = ranking[i]!;
      expect([Number(row[0]), row[1], row[2], Number(row[3])]).toEqual([u.rank, u.unit, u.name, u.final]);
      const provisional = u.missing.length > 0 || u.missingFacts.length > 0;
      expect(row[4]).toBe(provisional ? 'Tạm tính' : 'Chính thức');
      expect(row[6]).toBe(UNIT_STATUS_NAMES[u.status]);
      if (u.award) expect(row[7]).not.toContain(u.award); // the award's name, never its code
      if (!proposedNames.has(u.name)) expect(row[8]).toBe('Chưa đề nghị');
    });
    expectNoRawCodes(sheets);
    const listed = tableUnder(sheets.get('Đề nghị khen thưởng')!, 'Hình thức khen thưởng');
    expect(listed).toHaveLength(proposals.total);
    proposals.items.forEach((p, i) => {
      const row = listed[i]!;
      expect(row[0]).not.toBe(p.awardCode); // the award's name, never its code
      expect([row[1] === '' ? null : Number(row[1]), row[2], Number(row[3]), row[4]]).toEqual([
        p.rank,
        p.unitName,
        p.finalScore,
        PROPOSAL_STATUS_NAMES[p.status],
      ]);
      const unitRow = ranking.find((r) => r[2] === p.unitName)!;
      expect(unitRow[8]).toContain(PROPOSAL_STATUS_NAMES[p.status]);
    });
  }, 120_000);

  it('registrations: the rows of /registrations with titles and pact signing', async () => {
    type Row = {
      unit: { id: string; code: string; name: string };
      registration: { id: string; status: 'draft' | 'submitted'; submittedAt: string | null } | null;
    };
    const list = (await office.get(`/clusters/${currentCluster}/registrations?pageSize=500`)).json<
      Page<Row>
    >();
    const pacts = (await office.get(`/clusters/${currentCluster}/pacts?pageSize=500`)).json<
      Page<{ unit: { id: string }; pact: { signedOn: string; documentNumber: string | null } | null }>
    >();
    expect(list.items.some((r) => r.registration)).toBe(true);
    const sheets = await exported(office, `/clusters/${currentCluster}/spreadsheets/registrations`, [
      'Đăng ký thi đua',
    ]);
    expectNoRawCodes(sheets);
    const rows = tableUnder(sheets.get('Đăng ký thi đua')!, 'STT');
    expect(rows).toHaveLength(list.total);
    // The demo's cluster has registered titles and signed pacts: the comparison below covers both.
    expect(rows.some((r) => r[6] !== '')).toBe(true);
    expect(rows.some((r) => r[7] === 'Đã ký')).toBe(true);
    for (const [i, item] of list.items.entries()) {
      const row = rows[i]!;
      expect([Number(row[0]), row[1], row[2]]).toEqual([i + 1, item.unit.code, item.unit.name]);
      const r = item.registration;
      expect(row[4]).toBe(r ? REGISTRATION_STATUS_NAMES[r.status] : 'Chưa đăng ký');
      expect(row[5]).toBe(r?.submittedAt ? vietnamDay(r.submittedAt) : '');
      if (r) {
        const view = (await office.get(`/registrations/${r.id}`)).json<{
          titlesSought: { name: string }[];
        }>();
        expect(row[6]).toBe(view.titlesSought.map((t) => t.name).join('; '));
      }
      const pact = pacts.items.find((p) => p.unit.id === item.unit.id)?.pact ?? null;
      expect([row[7], row[8], row[9]]).toEqual(
        pact ? ['Đã ký', dmy(pact.signedOn), pact.documentNumber ?? ''] : ['Chưa ký', '', ''],
      );
    }
  }, 120_000);

  it('plan tasks: the appendix columns of /plans/:id/tasks, deadlines worded as the screen', async () => {
    const units = (await office.get(`/clusters/${currentCluster}/registrations?pageSize=500`)).json<
      Page<{ unit: { id: string; name: string } }>
    >().items;
    const plan = await office.post(`/periods/${currentPeriod}/plans`, { title: 'Kế hoạch xuất Excel' });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json<{ id: string }>().id;
    const tasks = [
      {
        section: 'I',
        content: 'Tổ chức Hội nghị ký giao ước thi đua',
        lead: 'Thường trực Hội đồng',
        executingUnitId: units[0]!.unit.id,
        coordinatingUnitIds: [units[1]!.unit.id],
        coordinatingBodies: 'Sở Nội vụ',
        deadlineKind: 'date',
        dueOn: '2020-03-31',
      },
      {
        content: 'Sơ kết 6 tháng',
        executingBody: 'Các cụm, khối',
        deadlineKind: 'month',
        dueMonth: '2099-07',
      },
      { content: 'Theo dõi phong trào', deadlineKind: 'recurring', recurrence: 'continuous' },
    ];
    for (const task of tasks) {
      const created = await office.post(`/plans/${planId}/tasks`, task);
      expect(created.statusCode, created.body).toBe(201);
    }
    type Task = {
      content: string;
      lead: string | null;
      deadlineText: string;
      status: keyof typeof TASK_STATUS_NAMES;
      daysLate: number;
    };
    const list = (await office.get(`/plans/${planId}/tasks?pageSize=500`)).json<Page<Task>>();
    const sheets = await exported(office, `/plans/${planId}/spreadsheets/tasks`, ['Danh mục nhiệm vụ']);
    expectNoRawCodes(sheets);
    const rows = tableUnder(sheets.get('Danh mục nhiệm vụ')!, 'STT');
    expect(rows).toHaveLength(3);
    list.items.forEach((t, i) => {
      const row = rows[i]!;
      expect([Number(row[0]), row[2], row[3], row[6], row[8]]).toEqual([
        i + 1,
        t.content,
        t.lead ?? '',
        t.deadlineText,
        TASK_STATUS_NAMES[t.status],
      ]);
      expect(row[10]).toBe(t.daysLate > 0 ? String(t.daysLate) : '');
    });
    expect(rows[0]!.slice(4, 6)).toEqual([units[0]!.unit.name, `${units[1]!.unit.name}; Sở Nội vụ`]);
    expect(rows[1]![4]).toBe('Các cụm, khối');
    expect(rows.map((r) => r[6])).toEqual(['Trước ngày 31/03/2020', 'Tháng 07/2099', 'Thường xuyên']);
  }, 120_000);

  it('dossiers: the rows of /dossier-batches/:id/dossiers, completeness and returned reason', async () => {
    const units = (await office.get(`/clusters/${currentCluster}/registrations?pageSize=500`)).json<
      Page<{ unit: { id: string; name: string } }>
    >().items;
    const batch = await office.post(`/periods/${currentPeriod}/dossier-batches`, { name: 'Đợt xuất Excel' });
    expect(batch.statusCode, batch.body).toBe(201);
    const batchId = batch.json<{ id: string }>().id;
    const file = async (candidateName: string, unitId: string, submittedOn: string) => {
      const response = await office.post(`/dossier-batches/${batchId}/dossiers`, {
        unitId,
        subject: 'individual',
        kind: 'chienSiThiDuaCoSo',
        level: 'local',
        candidateName,
        submittedOn,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string; version: number }>();
    };
    const complete = await file('Nguyễn Văn An', units[0]!.unit.id, '2026-05-02');
    const returned = await file('Trần Thị Bình', units[1]!.unit.id, '2026-05-01');
    await db()
      .insert(dossierComponents)
      .values(
        (['toTrinh', 'baoCaoThanhTich', 'bienBan'] as const).map((kind, i) => ({
          dossierId: complete.id,
          kind,
          originalName: `${kind}.pdf`,
          sha256: String(i).repeat(64),
          sizeBytes: 10,
          mimeType: 'application/pdf',
        })),
      );
    const back = await office.post(`/dossiers/${returned.id}/appraisal`, {
      version: returned.version,
      outcome: 'returned',
      reason: 'Thiếu biên bản họp xét',
    });
    expect(back.statusCode, back.body).toBe(200);
    type Dossier = {
      id: string;
      candidateName: string;
      outcome: string;
      returnReason: string | null;
      submittedOn: string;
    };
    const list = (await office.get(`/dossier-batches/${batchId}/dossiers?pageSize=500`)).json<
      Page<Dossier>
    >();
    const sheets = await exported(office, `/dossier-batches/${batchId}/spreadsheets/dossiers`, [
      'Hồ sơ đề nghị khen thưởng',
    ]);
    expectNoRawCodes(sheets);
    const rows = tableUnder(sheets.get('Hồ sơ đề nghị khen thưởng')!, 'STT');
    expect(rows).toHaveLength(2);
    for (const [i, d] of list.items.entries()) {
      const components = (await office.get(`/dossiers/${d.id}/components`)).json<{ missing: string[] }>();
      const row = rows[i]!;
      expect([row[1], row[2], row[4], row[7], row[9], row[11]]).toEqual([
        d.candidateName,
        'Cá nhân',
        'Chiến sĩ thi đua cơ sở',
        dmy(d.submittedOn),
        DOSSIER_OUTCOME_NAMES[d.outcome],
        d.returnReason ?? '',
      ]);
      expect(row[8]).toBe(
        components.missing.length === 0 ? 'Đủ thành phần' : `Thiếu ${components.missing.length} thành phần`,
      );
    }
    expect(rows.map((r) => [r[1], r[3], r[8], r[9], r[11]])).toEqual([
      ['Nguyễn Văn An', units[0]!.unit.name, 'Đủ thành phần', 'Chờ thẩm định', ''],
      ['Trần Thị Bình', units[1]!.unit.name, 'Thiếu 3 thành phần', 'Trả lại', 'Thiếu biên bản họp xét'],
    ]);
    // Every export of this file is in the audit log, by kind.
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'spreadsheet'), ne(auditLog.action, 'import')));
    const kinds = new Set(events.map((e) => (e.new as { spreadsheet?: string }).spreadsheet));
    for (const kind of [
      'Xếp hạng và đề nghị khen thưởng của cụm, khối',
      'Tình hình đăng ký thi đua của cụm, khối',
      'Danh mục nhiệm vụ của kế hoạch',
      'Danh sách hồ sơ của đợt xét khen thưởng',
    ]) {
      expect(kinds.has(kind), kind).toBe(true);
    }
    const dossierExport = events.find((e) => e.entityId === batchId)!;
    expect(dossierExport.action).toBe('export');
    expect(dossierExport.new).toMatchObject({ fileName: 'Hồ sơ đề nghị khen thưởng - Đợt xuất Excel.xlsx' });
  }, 120_000);

  it('lets exactly the readers of each list export it', async () => {
    const plan = (await office.get(`/periods/${currentPeriod}/plans`)).json<Page<{ id: string }>>().items[0]!;
    const batch = (await office.get(`/periods/${currentPeriod}/dossier-batches`)).json<
      Page<{ id: string }> | { id: string }[]
    >();
    const batchId = (Array.isArray(batch) ? batch : batch.items)[0]!.id;
    const pairs: [list: string, exportUrl: string][] = [
      [`/clusters/${proposedCluster}/proposals`, `/clusters/${proposedCluster}/spreadsheets/ranking`],
      [`/clusters/${currentCluster}/registrations`, `/clusters/${currentCluster}/spreadsheets/registrations`],
      [`/plans/${plan.id}/tasks`, `/plans/${plan.id}/spreadsheets/tasks`],
      [`/dossier-batches/${batchId}/dossiers`, `/dossier-batches/${batchId}/spreadsheets/dossiers`],
    ];
    const refused: number[] = [];
    for (const [list, exportUrl] of pairs) {
      for (const client of [office, memberUnit, school, stranger]) {
        const listStatus = (await client.get(list)).statusCode;
        const exportStatus = (await client.get(exportUrl)).statusCode;
        expect([list, exportStatus]).toEqual([list, listStatus === 200 ? 200 : listStatus]);
        if (exportStatus !== 200) refused.push(exportStatus);
      }
    }
    // The school's staff may not read Cụm 1's proposals; another council's user reads nothing here.
    expect(refused).toContain(403);
    expect(refused).toContain(404);
  }, 240_000);
});
