import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  auditLog,
  awardProposals,
  clusters,
  councilDecisions,
  criteriaVersions,
  entries,
  evidenceFiles,
  memberships,
  periods,
  planTasks,
  units,
  users,
  workPlans,
} from '@thidua/db';
import { formatDecimal, formatShortDate, vietnamDay } from '@thidua/documents';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { libreOfficeToPdf, pdfFonts, pdfText, scratchDir } from '../../../packages/documents/test/clients';
import { type Client, DEMO_TARGET, lastAuditOf, openDemoCouncil, useTestApp } from './harness';

const target = DEMO_TARGET;

const flat = (file: string) => pdfText(file).normalize('NFC').replace(/\s+/g, ' ');

describe('documents of the demo council: tờ trình, list, decision, criteria, self-scoring', () => {
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
    ({ office, memberUnit, stranger } = await openDemoCouncil(app(), db()));
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
    const event = await lastAuditOf(db(), 'document', decisionId);
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

  it('writes the issued criteria with its revision, date, every criterion and its standard points', async () => {
    const [version] = await db()
      .select()
      .from(criteriaVersions)
      .where(eq(criteriaVersions.status, 'issued'))
      .limit(1);
    const ruleset = version!.ruleset as {
      groups: { code: string; name: string; criteria: { code: string; points: number }[] }[];
    };
    const pdf = await office.get(`/criteria-versions/${version!.id}/documents/criteria?format=pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    const file = join(dir, 'bo-tieu-chi.pdf');
    writeFileSync(file, pdf.rawPayload);
    const docx = await office.get(`/criteria-versions/${version!.id}/documents/criteria?format=docx`);
    const docxFile = join(dir, 'bo-tieu-chi.docx');
    writeFileSync(docxFile, docx.rawPayload);
    const issuedOn = formatShortDate(vietnamDay(new Date(version!.issuedAt!)));
    for (const text of [flat(file), flat(libreOfficeToPdf([docxFile], dir)[0]!)]) {
      expect(text).toContain('BỘ TIÊU CHÍ, THANG ĐIỂM');
      expect(text).toContain(`Phiên bản ${version!.revision}, ban hành ngày ${issuedOn}`);
      for (const g of ruleset.groups) {
        expect(text).toContain(g.name.replace(/\s+/g, ' '));
        for (const c of g.criteria) expect(text).toContain(c.code);
      }
    }
  }, 180_000);

  it('writes a unit’s self-scoring sheet with its declared values, points and evidence, and keeps it from neighbours', async () => {
    const [donvi] = await db().select().from(users).where(eq(users.username, 'donvi'));
    const [m] = await db().select().from(memberships).where(eq(memberships.userId, donvi!.id));
    const unitId = m!.unitId!;
    // A cell of the unit's own self layer with an evidence file, in an issued revision.
    const [cell] = await db()
      .select({
        versionId: entries.criteriaVersionId,
        clusterId: criteriaVersions.clusterId,
        file: evidenceFiles.originalName,
      })
      .from(evidenceFiles)
      .innerJoin(entries, eq(entries.id, evidenceFiles.entryId))
      .innerJoin(criteriaVersions, eq(criteriaVersions.id, entries.criteriaVersionId))
      .where(
        and(eq(entries.unitId, unitId), eq(entries.stage, 'self'), eq(criteriaVersions.status, 'issued')),
      )
      .limit(1);
    expect(cell).toBeDefined();
    const self = await db()
      .select()
      .from(entries)
      .where(
        and(
          eq(entries.unitId, unitId),
          eq(entries.criteriaVersionId, cell!.versionId),
          eq(entries.stage, 'self'),
          isNotNull(entries.points),
        ),
      );
    const url = `/clusters/${cell!.clusterId}/units/${unitId}/documents/self-score?criteriaVersionId=${cell!.versionId}`;
    const pdf = await memberUnit.get(`${url}&format=pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    const file = join(dir, 'tu-cham.pdf');
    writeFileSync(file, pdf.rawPayload);
    const [unit] = await db().select().from(units).where(eq(units.id, unitId));
    const text = flat(file);
    expect(text).toContain('BẢNG TỰ CHẤM ĐIỂM');
    expect(text).toContain(unit!.name);
    expect(text).toContain(cell!.file);
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    // A qualitative leaf's self points are what the unit typed: the engine gives them back unchanged.
    expect(self.length).toBeGreaterThan(0);
    for (const e of self) expect(text).toContain(formatDecimal(e.points));
    const neighbour = await db()
      .select({ unitId: entries.unitId })
      .from(entries)
      .where(and(eq(entries.criteriaVersionId, cell!.versionId)))
      .then((rows) => rows.find((r) => r.unitId !== unitId));
    const other = await memberUnit.get(
      `/clusters/${cell!.clusterId}/units/${neighbour!.unitId}/documents/self-score?criteriaVersionId=${cell!.versionId}`,
    );
    expect([403, 404]).toContain(other.statusCode);
  }, 120_000);

  it('prefills the achievement report from the unit’s year, in the decree’s form or the province’s', async () => {
    const [approved] = await db()
      .select({ id: awardProposals.id, final: awardProposals.finalScore, name: units.name })
      .from(awardProposals)
      .innerJoin(units, eq(units.id, awardProposals.unitId))
      .where(and(eq(awardProposals.periodId, periodId), isNotNull(awardProposals.clusterId)))
      .limit(1);
    const url = `/proposals/${approved!.id}/documents/achievement-report`;
    const decree = await office.get(`${url}?format=pdf`);
    expect(decree.statusCode, decree.body.slice(0, 300)).toBe(200);
    const decreeFile = join(dir, 'bao-cao-nd152.pdf');
    writeFileSync(decreeFile, decree.rawPayload);
    const decreeText = flat(decreeFile);
    for (const t of [
      'BÁO CÁO THÀNH TÍCH',
      approved!.name,
      'Nghị định số 152/2025/NĐ-CP',
      'Sơ lược đặc điểm, tình hình',
      'Các hình thức đã được khen thưởng',
      `${formatDecimal(approved!.final)} điểm`,
      'Kế hoạch',
      'Thực hiện',
    ])
      expect(decreeText).toContain(t);

    const current = (await office.get(`/councils/${councilId}/letterhead`)).json<Record<string, unknown>>();
    const saved = await office.put(`/councils/${councilId}/letterhead`, {
      ...current,
      councilId: undefined,
      saved: undefined,
      abilities: undefined,
      provincialReportForm: {
        title: 'Mẫu số 02 ban hành kèm Quyết định của UBND tỉnh',
        sections: [
          'Phần một: Đặc điểm tình hình',
          'Phần hai: Kết quả thực hiện nhiệm vụ',
          'Phần ba: Khen thưởng đã đạt',
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const docx = await office.get(`${url}?format=docx`);
    expect(docx.statusCode).toBe(200);
    const docxFile = join(dir, 'bao-cao-tinh.docx');
    writeFileSync(docxFile, docx.rawPayload);
    const provincial = flat(libreOfficeToPdf([docxFile], dir)[0]!);
    for (const t of [
      'Mẫu số 02 ban hành kèm Quyết định của UBND tỉnh',
      'Phần hai: Kết quả thực hiện nhiệm vụ',
      'Phần ba: Khen thưởng đã đạt',
      `${formatDecimal(approved!.final)} điểm`,
    ])
      expect(provincial).toContain(t);
    expect(provincial).not.toContain('Sơ lược đặc điểm, tình hình');
    expect((await memberUnit.get(url)).statusCode).toBe(403);
  }, 120_000);

  it('packs the dossier (Art. 33.12): one PDF of tờ trình, list, reports and minutes, and the two Word files', async () => {
    const response = await office.get(`/periods/${periodId}/documents/dossier-package?level=cluster`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
      'Hồ sơ đề nghị khen thưởng - ',
    );
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const names = Object.keys(files);
    expect(names).toHaveLength(3);
    expect(names).toContain('Tờ trình đề nghị khen thưởng.docx');
    expect(names).toContain('Danh sách trích ngang.docx');
    const pdfName = names.find((n) => n.endsWith('.pdf'))!;
    const pdfFile = join(dir, 'ho-so.pdf');
    writeFileSync(pdfFile, files[pdfName]!);
    const text = flat(pdfFile);
    for (const t of ['TỜ TRÌNH', 'DANH SÁCH', 'BÁO CÁO THÀNH TÍCH', 'BIÊN BẢN']) expect(text).toContain(t);
    // One achievement report per proposed collective.
    expect(text.split('BÁO CÁO THÀNH TÍCH').length - 1).toBe(expected.length);
    const words = join(dir, 'ho-so-to-trinh.docx');
    writeFileSync(words, files['Tờ trình đề nghị khen thưởng.docx']!);
    expect(flat(libreOfficeToPdf([words], dir)[0]!)).toContain('TỜ TRÌNH');
    const event = await lastAuditOf(db(), 'document', periodId);
    expect(event!.new).toMatchObject({ document: 'dossierPackage', format: 'zip', level: 'cluster' });
    expect((await memberUnit.get(`/periods/${periodId}/documents/dossier-package`)).statusCode).toBe(403);
  }, 180_000);

  it('writes the year’s plan with its task appendix, and the council’s annual report across clusters', async () => {
    const [period] = await db().select().from(periods).where(eq(periods.id, periodId));
    const [plan] = await db()
      .insert(workPlans)
      .values({
        councilId,
        periodId,
        title: 'Kế hoạch công tác thi đua, khen thưởng năm học',
        number: '12/KH-HĐTĐKT',
        issuedOn: `${period!.year}-09-15`,
        status: 'issued',
      })
      .returning();
    await db()
      .insert(planTasks)
      .values([
        {
          planId: plan!.id,
          position: 1,
          section: 'I',
          content: 'Tổ chức hội nghị sơ kết phong trào thi đua',
          lead: 'Phó Chủ tịch Hội đồng',
          executingBody: 'Sở Nội vụ',
          deadlineKind: 'date',
          dueOn: `${period!.year}-12-20`,
        },
        {
          planId: plan!.id,
          position: 2,
          section: 'II',
          content: 'Kiểm tra việc chấm điểm tại các cụm, khối',
          executingBody: 'Các cụm, khối thi đua',
          deadlineKind: 'recurring',
          recurrence: 'quarterly',
        },
      ]);
    const docx = await office.get(`/plans/${plan!.id}/documents/work-plan?format=docx`);
    expect(docx.statusCode, docx.body.slice(0, 300)).toBe(200);
    const planFile = join(dir, 'ke-hoach.docx');
    writeFileSync(planFile, docx.rawPayload);
    const planText = flat(libreOfficeToPdf([planFile], dir)[0]!);
    for (const t of [
      'KẾ HOẠCH',
      'Số: 12/KH-HĐTĐKT',
      'PHỤ LỤC',
      'Tổ chức hội nghị sơ kết phong trào thi đua',
      `20/12/${period!.year}`,
      'Hàng quý',
      'Chưa thực hiện',
    ])
      expect(planText).toContain(t);

    const report = await office.get(`/periods/${periodId}/documents/council-report?kind=annual&format=pdf`);
    expect(report.statusCode, report.body.slice(0, 300)).toBe(200);
    const reportFile = join(dir, 'bao-cao-tong-ket.pdf');
    writeFileSync(reportFile, report.rawPayload);
    const text = flat(reportFile);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổng kết công tác thi đua, khen thưởng');
    const clusterRows = await db().select().from(clusters).where(eq(clusters.periodId, periodId));
    for (const cluster of clusterRows) {
      expect(text).toContain(cluster.name);
      const results = await office.get(`/clusters/${cluster.id}/results`);
      if (results.statusCode !== 200) continue;
      const [top] = results.json<{ units: { name: string; final: number }[] }>().units;
      if (top) expect(text).toContain(`${top.name} (${formatDecimal(top.final)})`);
    }
    expect((await memberUnit.get(`/periods/${periodId}/documents/council-report`)).statusCode).toBe(403);
  }, 180_000);
});
