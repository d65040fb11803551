import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditLog, awardProposals, clusters, councilDecisions, periods, units } from '@thidua/db';
import { formatDecimal } from '@thidua/documents';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed-demo';
import { libreOfficeToPdf, pdfFonts, pdfText, scratchDir } from '../../../packages/documents/test/clients';
import { buildOrganisation, Client, useTestApp } from './harness';

// The demo council only seeds an empty database: this suite runs on its own embedded database.
const target = {
  name: 'pglite' as const,
  open: () => import('@thidua/db').then((m) => m.openDatabase({ dataDir: 'memory://' })),
};

const flat = (file: string) => pdfText(file).normalize('NFC').replace(/\s+/g, ' ');

describe('award documents of the demo council: tờ trình, its list, the decision', () => {
  const { db, app } = useTestApp(target);
  let office: Client;
  let memberUnit: Client;
  let stranger: Client;
  let councilId = '';
  let periodId = '';
  let decisionId = '';
  let expected: { name: string; final: string; cluster: string }[] = [];
  const dir = scratchDir('award-documents');

  beforeAll(async () => {
    await seedDemo(db());
    office = new Client(app());
    expect((await office.login('cqtt', DEMO_PASSWORD)).statusCode).toBe(200);
    memberUnit = new Client(app());
    expect((await memberUnit.login('donvi', DEMO_PASSWORD)).statusCode).toBe(200);
    stranger = new Client(app());
    expect((await stranger.login((await buildOrganisation(db())).stranger.username)).statusCode).toBe(200);
    const [decision] = await db().select().from(councilDecisions).limit(1);
    decisionId = decision!.id;
    periodId = decision!.periodId;
    councilId = decision!.councilId;
    const rows = await db()
      .select({ name: units.name, final: awardProposals.finalScore, cluster: clusters.name })
      .from(awardProposals)
      .innerJoin(units, eq(units.id, awardProposals.unitId))
      .innerJoin(clusters, eq(clusters.id, awardProposals.clusterId))
      .where(
        and(eq(awardProposals.periodId, periodId), inArray(awardProposals.status, ['proposed', 'approved'])),
      );
    expected = rows.map((r) => ({ name: r.name, final: formatDecimal(r.final), cluster: r.cluster }));
    expect(expected.length).toBeGreaterThan(3);
  }, 240_000);

  it('writes the tờ trình (Mẫu số 01) with every proposed collective and its score, in PDF and in Word', async () => {
    const url = `/periods/${periodId}/documents/award-proposal`;
    const pdf = await office.get(`${url}?format=pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const disposition = decodeURIComponent(String(pdf.headers['content-disposition']));
    expect(disposition).toContain('Tờ trình đề nghị khen thưởng - ');
    const file = join(dir, 'to-trinh.pdf');
    writeFileSync(file, pdf.rawPayload);
    for (const f of pdfFonts(file)) expect(f.embedded).toBe(true);
    const docx = await office.get(`${url}?format=docx`);
    expect(docx.statusCode).toBe(200);
    const docxFile = join(dir, 'to-trinh.docx');
    writeFileSync(docxFile, docx.rawPayload);
    const [converted] = libreOfficeToPdf([docxFile], dir);
    for (const text of [flat(file), flat(converted!)]) {
      for (const heading of [
        'TỜ TRÌNH',
        'Căn cứ đề nghị',
        'Nội dung, hình thức và thành tích đề nghị khen thưởng',
        'Ý kiến của các cơ quan liên quan',
        'Ý kiến thẩm định',
        'DANH SÁCH TRÍCH NGANG',
        'Nghị định số 152/2025/NĐ-CP',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      ])
        expect(text).toContain(heading);
      for (const e of expected) {
        expect(text).toContain(e.name);
        expect(text).toContain(`Tổng điểm ${e.final}`);
      }
      expect(text).toMatch(/Hội nghị tổng kết ngày \d{2}\/\d{2}\/\d{4}/);
    }
  }, 180_000);

  it('prints the council’s letterhead settings: place, parent body, KT. signature and recipients', async () => {
    const current = await office.get(`/councils/${councilId}/letterhead`);
    const saved = await office.put(`/councils/${councilId}/letterhead`, {
      ...current.json<Record<string, unknown>>(),
      councilId: undefined,
      saved: undefined,
      abilities: undefined,
      parentBody: 'Ủy ban nhân dân tỉnh Sông Lam',
      placeName: 'Thành Vinh',
      signingAuthority: 'KT',
      deputyTitle: 'Phó Chủ tịch Thường trực',
      deputyName: 'Hoàng Thị Quỳnh',
      recipients: ['Chủ tịch UBND tỉnh Sông Lam', 'Lưu: VT, Phòng TĐKT'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const pdf = await office.get(`/periods/${periodId}/documents/award-proposal?format=pdf`);
    const file = join(dir, 'to-trinh-settings.pdf');
    writeFileSync(file, pdf.rawPayload);
    const text = flat(file);
    for (const t of [
      'ỦY BAN NHÂN DÂN TỈNH SÔNG LAM',
      'Thành Vinh, ngày',
      'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Sông Lam',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
      'Hoàng Thị Quỳnh',
      'Lưu: VT, Phòng TĐKT',
    ])
      expect(text).toContain(t);
  });

  it('addresses the council’s own (state-level) proposals to the Prime Minister with the council’s vote', async () => {
    const [nominee] = await db()
      .select({ periodId: awardProposals.periodId, name: units.name })
      .from(awardProposals)
      .innerJoin(units, eq(units.id, awardProposals.unitId))
      .where(isNull(awardProposals.clusterId))
      .limit(1);
    const pdf = await office.get(`/periods/${nominee!.periodId}/documents/award-proposal?level=council`);
    expect(pdf.statusCode).toBe(200);
    const file = join(dir, 'to-trinh-nha-nuoc.pdf');
    writeFileSync(file, pdf.rawPayload);
    const text = flat(file);
    expect(text).toContain('Kính gửi: Thủ tướng Chính phủ');
    expect(text).toContain(nominee!.name);
    expect(text).toContain('Cờ thi đua của Chính phủ');
  });

  it('writes the list alone and the draft decision with its annexed list', async () => {
    const list = await office.get(`/periods/${periodId}/documents/proposal-list?format=docx`);
    expect(list.statusCode).toBe(200);
    const decision = await office.get(`/decisions/${decisionId}/documents/decision?format=docx`);
    expect(decision.statusCode, decision.body.slice(0, 300)).toBe(200);
    const files = [join(dir, 'danh-sach.docx'), join(dir, 'quyet-dinh.docx')];
    writeFileSync(files[0]!, list.rawPayload);
    writeFileSync(files[1]!, decision.rawPayload);
    const [listPdf, decisionPdf] = libreOfficeToPdf(files, dir).map(flat);
    expect(listPdf).toContain('DANH SÁCH');
    expect(decisionPdf).toContain('QUYẾT ĐỊNH');
    expect(decisionPdf).toContain('Điều 1.');
    for (const e of expected) {
      expect(listPdf).toContain(e.name);
      expect(decisionPdf).toContain(e.name);
      expect(decisionPdf).toContain(e.final);
    }
    const [event] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'document'), eq(auditLog.entityId, decisionId)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(event!.new).toMatchObject({ document: 'decisionDraft', format: 'docx', decisionId });
  }, 180_000);

  it('refuses the award documents to a member unit and to another council, and audits nothing then', async () => {
    const before = await db().$count(auditLog);
    for (const url of [
      `/periods/${periodId}/documents/award-proposal`,
      `/periods/${periodId}/documents/proposal-list`,
      `/decisions/${decisionId}/documents/decision`,
    ]) {
      expect((await memberUnit.get(url)).statusCode, url).toBe(403);
      expect((await stranger.get(url)).statusCode, url).toBe(404);
    }
    expect((await office.get(`/periods/${periodId}/documents/award-proposal?level=state`)).statusCode).toBe(
      400,
    );
    expect(await db().$count(auditLog)).toBe(before);
    const [period] = await db().select().from(periods).where(eq(periods.id, periodId));
    expect(period).toBeDefined();
  });
});
