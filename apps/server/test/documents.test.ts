import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  auditLog,
  clusterMembers,
  clusters,
  criteriaVersions,
  meetings,
  memberships,
  periods,
  registrationPlans,
  registrations,
  units,
  users,
  votes,
} from '@thidua/db';
import { formatDecimal } from '@thidua/documents';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { libreOfficeToPdf, pdfFonts, pdfText, scratchDir } from '../../../packages/documents/test/clients';
import { Client, DEMO_TARGET, lastAuditOf, openDemoCouncil, useTestApp } from './harness';

interface UnitRow {
  unit: string;
  name: string;
  missing: unknown[];
  missingFacts: unknown[];
  groups: { score: number }[];
  bonusTotal: number;
  scored: number;
  deductionTotal: number;
  final: number;
  rank: number;
}

const target = DEMO_TARGET;

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('documents of the demo council', () => {
  const { db, app } = useTestApp(target);
  let office: Client;
  let memberUnit: Client;
  let stranger: Client;
  let officeUserId: string;
  let memberUnitId: string;
  const scored: { id: string; name: string; archived: boolean }[] = [];
  const dir = scratchDir('server-documents');

  beforeAll(async () => {
    ({ office, memberUnit, stranger } = await openDemoCouncil(app(), db()));
    const [cqtt] = await db().select().from(users).where(eq(users.username, 'cqtt'));
    officeUserId = cqtt!.id;
    const [donvi] = await db().select().from(users).where(eq(users.username, 'donvi'));
    const [m] = await db().select().from(memberships).where(eq(memberships.userId, donvi!.id));
    memberUnitId = m!.unitId!;
    const rows = await db()
      .selectDistinct({ id: clusters.id, name: clusters.name, stage: periods.stage })
      .from(clusters)
      .innerJoin(periods, eq(periods.id, clusters.periodId))
      .innerJoin(
        criteriaVersions,
        and(eq(criteriaVersions.clusterId, clusters.id), eq(criteriaVersions.status, 'issued')),
      );
    for (const r of rows) scored.push({ id: r.id, name: r.name, archived: r.stage === 'archived' });
    expect(scored.length).toBeGreaterThanOrEqual(10);
  }, 240_000);

  it('prints in the score table exactly the numbers /results gives, for every unit of every demo cluster', async () => {
    const docxFiles: string[] = [];
    const expected: string[][] = [];
    for (const cluster of scored) {
      const results = await office.get(`/clusters/${cluster.id}/results`);
      expect(results.statusCode).toBe(200);
      const units = results.json<{ units: UnitRow[] }>().units;
      const pdf = await office.get(`/clusters/${cluster.id}/documents/score-table?format=pdf`);
      expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
      expect(pdf.headers['content-type']).toBe(PDF);
      const file = join(dir, `${cluster.id}.pdf`);
      writeFileSync(file, pdf.rawPayload);
      const lines = pdfText(file, true).split('\n');
      units.forEach((u, i) => {
        const numbers = [
          ...u.groups.map((g) => g.score),
          u.bonusTotal,
          u.scored,
          u.deductionTotal,
          u.final,
        ].map((n) => formatDecimal(n));
        const firstWord = u.name.split(' ')[0]!;
        const line = lines.find((l) => new RegExp(`^\\s*${i + 1}\\s+${firstWord}\\s`).test(l));
        expect(line, `${cluster.name}: ${u.name}`).toBeDefined();
        const tokens = line!
          .trim()
          .split(/\s+/)
          .filter((t) => /^-?[\d.]+(,\d+)?$/.test(t));
        // STT, then the name's own numbers (if any), then the scores, then the rank.
        expect(tokens.slice(-(numbers.length + 1)), `${cluster.name}: ${u.name}`).toEqual([
          ...numbers,
          String(u.rank),
        ]);
      });
      for (const f of pdfFonts(file)) expect(f.embedded).toBe(true);
      const docx = await office.get(`/clusters/${cluster.id}/documents/score-table?format=docx`);
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toBe(DOCX);
      const docxFile = join(dir, `${cluster.id}.docx`);
      writeFileSync(docxFile, docx.rawPayload);
      docxFiles.push(docxFile);
      expected.push(units.flatMap((u) => [u.name, formatDecimal(u.final)]));
    }
    // LibreOffice opens every Word file and finds every unit and its final score.
    const converted = libreOfficeToPdf(docxFiles, dir);
    converted.forEach((file, i) => {
      const text = pdfText(file).normalize('NFC').replace(/\s+/g, ' ');
      for (const t of expected[i]!) expect(text).toContain(t);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    });
  }, 300_000);

  it('prints a unit whose figures are not all in as provisional, never as eligible, and names the cluster once', async () => {
    let checked = 0;
    for (const cluster of scored.filter((c) => !c.archived)) {
      const units = (await office.get(`/clusters/${cluster.id}/results`)).json<{ units: UnitRow[] }>().units;
      const provisional = units.filter((u) => u.missing.length > 0 || u.missingFacts.length > 0);
      if (provisional.length === 0) continue;
      const pdf = await office.get(`/clusters/${cluster.id}/documents/score-table?format=pdf`);
      expect(pdf.statusCode).toBe(200);
      const file = join(dir, `provisional-${cluster.id}.pdf`);
      writeFileSync(file, pdf.rawPayload);
      const text = pdfText(file).normalize('NFC').replace(/\s+/g, ' ');
      expect(text).toContain(`${provisional.length} đơn vị chưa đủ số liệu`);
      expect(text.split('Chưa đủ số liệu (tạm tính').length - 1).toBe(provisional.length);
      expect(text).not.toContain(`${cluster.name} - ${cluster.name}`);
      checked += 1;
    }
    // The demo's running year has clusters still scoring.
    expect(checked).toBeGreaterThan(0);
  }, 120_000);

  it('names the file in Vietnamese and records who generated which document from which data', async () => {
    const cluster = scored[0]!;
    const response = await office.get(`/clusters/${cluster.id}/documents/score-table?format=docx`);
    expect(response.statusCode).toBe(200);
    const disposition = String(response.headers['content-disposition']);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    expect(decodeURIComponent(encoded!)).toMatch(
      new RegExp(`^Bảng tổng hợp kết quả chấm điểm, xếp hạng - ${cluster.name} - \\d{4}\\.docx$`),
    );
    expect(disposition).toMatch(/^attachment; filename="Bang tong hop/);
    const event = await lastAuditOf(db(), 'document', cluster.id);
    expect(event).toMatchObject({ actorUserId: officeUserId, action: 'generate' });
    const recorded = event!.new as Record<string, unknown>;
    expect(recorded).toMatchObject({ document: 'scoreTable', format: 'docx', clusterId: cluster.id });
    expect(recorded.dataVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(recorded.criteriaVersionId).toMatch(/^[0-9a-f-]{36}$/);
    // Same data, same version.
    await office.get(`/clusters/${cluster.id}/documents/score-table?format=pdf`);
    const again = await lastAuditOf(db(), 'document', cluster.id);
    expect((again!.new as Record<string, unknown>).dataVersion).toBe(recorded.dataVersion);
  });

  it('refuses the table to a member unit before publication, to another council and to nobody signed in', async () => {
    const [seat] = await db()
      .select({ clusterId: clusterMembers.clusterId })
      .from(clusterMembers)
      .innerJoin(periods, eq(periods.id, clusterMembers.periodId))
      .where(and(eq(clusterMembers.unitId, memberUnitId), eq(periods.stage, 'results')));
    const before = await db().$count(auditLog);
    const own = await memberUnit.get(`/clusters/${seat!.clusterId}/documents/score-table`);
    expect(own.statusCode).toBe(403);
    expect((await stranger.get(`/clusters/${seat!.clusterId}/documents/score-table`)).statusCode).toBe(404);
    expect(
      (await new Client(app()).get(`/clusters/${seat!.clusterId}/documents/score-table`)).statusCode,
    ).toBe(401);
    expect(
      (await office.get(`/clusters/${seat!.clusterId}/documents/score-table?format=odt`)).statusCode,
    ).toBe(400);
    expect(await db().$count(auditLog)).toBe(before);
  });

  it('gives a member unit the table of an archived (published) period', async () => {
    const [seat] = await db()
      .select({ clusterId: clusterMembers.clusterId })
      .from(clusterMembers)
      .innerJoin(periods, eq(periods.id, clusterMembers.periodId))
      .where(and(eq(clusterMembers.unitId, memberUnitId), eq(periods.stage, 'archived')));
    const response = await memberUnit.get(`/clusters/${seat!.clusterId}/documents/score-table?format=pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives the registration form, the minutes and the vote count in Word and PDF with their data', async () => {
    const [registration] = await db()
      .select({ id: registrations.id, unitId: registrations.unitId, unitName: units.name })
      .from(registrations)
      .innerJoin(units, eq(units.id, registrations.unitId))
      .where(and(eq(registrations.unitId, memberUnitId), eq(registrations.status, 'submitted')))
      .limit(1);
    const [plan] = await db()
      .select()
      .from(registrationPlans)
      .where(eq(registrationPlans.registrationId, registration!.id))
      .limit(1);
    const [vote] = await db().select().from(votes).limit(1);
    const [meeting] = await db().select().from(meetings).where(eq(meetings.id, vote!.meetingId));
    const counted = await db()
      .select({ unitName: units.name, votes: votes.votes })
      .from(votes)
      .innerJoin(units, eq(units.id, votes.unitId))
      .where(eq(votes.meetingId, meeting!.id));
    const cases = [
      {
        client: memberUnit,
        url: `/registrations/${registration!.id}/documents/registration`,
        texts: [
          registration!.unitName,
          'ĐĂNG KÝ THAM GIA THI ĐUA',
          ...(plan?.plan ? [formatDecimal(plan.plan, 4)] : []),
        ],
      },
      {
        client: office,
        url: `/meetings/${meeting!.id}/documents/minutes`,
        texts: ['BIÊN BẢN', 'Thành phần tham dự', 'hai phần ba'],
      },
      {
        client: office,
        url: `/meetings/${meeting!.id}/documents/vote-count`,
        texts: ['BIÊN BẢN KIỂM PHIẾU', ...counted.map((c) => c.unitName)],
      },
    ];
    const docxFiles: string[] = [];
    for (const [i, c] of cases.entries()) {
      const pdf = await c.client.get(`${c.url}?format=pdf`);
      expect(pdf.statusCode, `${c.url} ${pdf.body.slice(0, 200)}`).toBe(200);
      const file = join(dir, `case-${i}.pdf`);
      writeFileSync(file, pdf.rawPayload);
      const text = pdfText(file).normalize('NFC').replace(/\s+/g, ' ');
      for (const t of c.texts) expect(text, c.url).toContain(t);
      const docx = await c.client.get(`${c.url}?format=docx`);
      expect(docx.statusCode).toBe(200);
      docxFiles.push(join(dir, `case-${i}.docx`));
      writeFileSync(docxFiles[i]!, docx.rawPayload);
      expect((await stranger.get(c.url)).statusCode).toBe(404);
    }
    libreOfficeToPdf(docxFiles, dir).forEach((file, i) => {
      const text = pdfText(file).normalize('NFC').replace(/\s+/g, ' ');
      for (const t of cases[i]!.texts) expect(text).toContain(t);
    });
  }, 180_000);

  it('refuses another unit its neighbour’s registration form', async () => {
    const rows = await db().select().from(registrations);
    const neighbour = rows.find((r) => r.unitId !== memberUnitId);
    const response = await memberUnit.get(`/registrations/${neighbour!.id}/documents/registration`);
    expect([403, 404]).toContain(response.statusCode);
  });
});
