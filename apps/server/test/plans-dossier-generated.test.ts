import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { awardProposals, dossierComponents, meetings } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { describeChanges } from '@thidua/vocabulary';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdfText, scratchDir } from '../../../packages/documents/test/clients';
import { useTestApp } from './harness';
import { auditOf, buildWorld, type ErrorJson, signIn, type World } from './meetings-awards-fixtures';
import { SAMPLES, upload } from './scoring-fixture';

// Issue #14 §2: the documents the product writes are attached to a dossier by themselves when their
// source exists (on filing, and on demand), marked with their generator, counted for completeness like
// uploads, replaced by an upload or a re-generation with the old row kept in the audit log.

type Component = {
  id: string;
  kind: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  generatedBy: string | null;
  generatorName: string | null;
};
type Missing = { generator: string; generatorName: string; kind: string; reason: string };
type Components = {
  items: Component[];
  missing: string[];
  complete: boolean;
  missingGenerated: Missing[];
};

const dir = scratchDir('dossier-generated');
const flat = (file: string) => pdfText(file).normalize('NFC').replace(/\s+/g, ' ');
const AWARD = 'Bằng khen của Chủ tịch UBND Thành phố';

describe.each(databaseTestTargets())('generated dossier components on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  /** The member unit's proposal for the city certificate, agreed at the cluster's summary meeting when `held`. */
  async function proposed(world: World, held: boolean) {
    const unit = world.units[world.units.length - 1]!;
    const [meeting] = held
      ? await db()
          .insert(meetings)
          .values({
            periodId: world.period.id,
            clusterId: world.cluster.id,
            kind: 'tongKet',
            heldOn: '2025-12-10',
            place: 'Hội trường Phường 1',
            minutes: 'Hội nghị thống nhất đề nghị khen thưởng.',
          })
          .returning()
      : [undefined];
    await db()
      .insert(awardProposals)
      .values({
        periodId: world.period.id,
        clusterId: world.cluster.id,
        unitId: unit.id,
        awardCode: 'BK_TP',
        criteriaVersionId: world.criteria.id,
        finalScore: '1000',
        rank: 1,
        meetingId: meeting?.id ?? null,
      });
    return unit;
  }

  async function batchOf(world: World) {
    const office = await as(world.users.standingOffice.username);
    const batch = (
      await office.post(`/periods/${world.period.id}/dossier-batches`, { name: 'Đợt tổng kết' })
    ).json<{ id: string }>();
    return { office, batch };
  }

  const collective = (unit: { id: string; name: string }) => ({
    unitId: unit.id,
    subject: 'collective',
    kind: 'bangKhen',
    level: 'provincial',
    candidateName: unit.name,
  });

  async function pdfOf(client: Awaited<ReturnType<typeof signIn>>, component: Component, name: string) {
    const download = await client.get(`/dossier-components/${component.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.rawPayload.length).toBe(component.sizeBytes);
    const file = join(dir, `${name}-${component.id}.pdf`);
    writeFileSync(file, download.rawPayload);
    return { text: flat(file), sha256: createHash('sha256').update(download.rawPayload).digest('hex') };
  }

  it('filing a dossier attaches the tờ trình, the achievement report and the minutes as PDFs, counted as complete', async () => {
    const world = await buildWorld(db(), { members: 3 });
    const unit = await proposed(world, true);
    const { office, batch } = await batchOf(world);
    const created = await office.post(`/dossier-batches/${batch.id}/dossiers`, collective(unit));
    expect(created.statusCode, created.body).toBe(201);
    const dossier = created.json<{ id: string; version: number }>();

    const view = (await office.get(`/dossiers/${dossier.id}/components`)).json<Components>();
    const order = ['toTrinh', 'baoCaoThanhTich', 'bienBan'];
    view.items.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    expect(view.items.map((c) => [c.kind, c.generatedBy, c.generatorName])).toEqual([
      ['toTrinh', 'proposal-statement', 'Tờ trình đề nghị khen thưởng do hệ thống lập'],
      ['baoCaoThanhTich', 'achievement-report', 'Báo cáo thành tích do hệ thống lập'],
      ['bienBan', 'meeting-minutes', 'Biên bản hội nghị do hệ thống lập'],
    ]);
    expect(view).toMatchObject({ complete: true, missing: [], missingGenerated: [] });

    const [statement, report, minutes] = view.items;
    const stored = await db()
      .select()
      .from(dossierComponents)
      .where(eq(dossierComponents.dossierId, dossier.id));
    const s = await pdfOf(office, statement!, 'to-trinh');
    expect(s.text).toContain('TỜ TRÌNH');
    expect(s.text).toContain(unit.name);
    expect(s.text).toContain(AWARD);
    expect(stored.find((c) => c.id === statement!.id)!.sha256).toBe(s.sha256);
    const r = await pdfOf(office, report!, 'bao-cao');
    expect(r.text).toContain('BÁO CÁO');
    expect(r.text).toContain(unit.name);
    expect(r.text).toContain(AWARD);
    const m = await pdfOf(office, minutes!, 'bien-ban');
    expect(m.text).toContain('BIÊN BẢN');
    expect(m.text).toContain(world.cluster.name);
    expect(statement!.originalName).toMatch(/^Tờ trình đề nghị khen thưởng - .*\.pdf$/);
    expect(statement!.mimeType).toBe('application/pdf');

    for (const c of view.items) {
      const [event] = await auditOf(db(), c.id, 'create');
      expect(event).toMatchObject({
        entityType: 'dossierComponent',
        actorUserId: world.users.standingOffice.id,
      });
      expect(event!.new).toMatchObject({ generatedBy: c.generatedBy, kind: c.kind });
      // The audit log names the generator in Vietnamese, never by its code.
      const said = describeChanges(null, event!.new).find((change) => change.field === 'generatedBy');
      expect(said).toMatchObject({ label: 'Tạo tự động từ', new: c.generatorName });
    }

    // Complete by its generated components alone: the appraisal passes.
    const approved = await office.post(`/dossiers/${dossier.id}/appraisal`, {
      version: dossier.version,
      outcome: 'approved',
    });
    expect(approved.statusCode, approved.body).toBe(200);
  }, 240_000);

  it('says what is missing and why, attaches the minutes once the meeting is recorded, re-generates and yields to an upload', async () => {
    const world = await buildWorld(db(), { members: 3 });
    const unit = await proposed(world, false);
    const { office, batch } = await batchOf(world);
    // The unit files its own dossier: the tờ trình is the standing office's and the council's to read.
    const member = await as(world.users.member.username);
    const created = await member.post(`/dossier-batches/${batch.id}/dossiers`, collective(unit));
    expect(created.statusCode, created.body).toBe(201);
    const dossier = created.json<{ id: string }>();
    const url = `/dossiers/${dossier.id}/components`;

    const first = (await member.get(url)).json<Components>();
    expect(first.complete).toBe(false);
    // The unit reads its own proposal's report; the tờ trình is left for the standing office.
    expect(first.items.map((c) => c.generatedBy)).toEqual(['achievement-report']);
    expect(first.missingGenerated.find((g) => g.generator === 'proposal-statement')!.reason).toContain(
      'cơ quan thường trực',
    );
    const minutesMissing = first.missingGenerated.find((g) => g.generator === 'meeting-minutes');
    expect(minutesMissing).toMatchObject({
      kind: 'bienBan',
      reason: 'Cụm, khối chưa ghi nhận hội nghị tổng kết (chưa có biên bản họp)',
    });
    expect(first.items.some((c) => c.kind === 'bienBan')).toBe(false);

    // Another unit's staff may not attach anything to it; nothing is written.
    const outsider = await as(world.users.deputy.username);
    const refused = await outsider.post(`${url}/generated`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorJson>().error.code).toBe('FORBIDDEN');
    const councilMember = await as(world.users.councilMember.username);
    expect((await councilMember.post(`${url}/generated`, {})).statusCode).toBe(403);
    expect(
      (await db().select().from(dossierComponents).where(eq(dossierComponents.dossierId, dossier.id))).length,
    ).toBe(first.items.length);

    // The summary meeting is recorded: the office attaches what is now there.
    await db().insert(meetings).values({
      periodId: world.period.id,
      clusterId: world.cluster.id,
      kind: 'tongKet',
      heldOn: '2025-12-12',
    });
    const attached = await office.post(`${url}/generated`, {});
    expect(attached.statusCode, attached.body).toBe(200);
    const result = attached.json<{ attached: Component[]; missing: Missing[] }>();
    expect(result.missing).toEqual([]);
    expect(result.attached.map((c) => c.generatedBy)).toContain('meeting-minutes');
    const full = (await office.get(url)).json<Components>();
    expect(full).toMatchObject({ complete: true, missingGenerated: [] });
    expect(full.items.map((c) => c.generatedBy).sort()).toEqual([
      'achievement-report',
      'meeting-minutes',
      'proposal-statement',
    ]);

    // Re-generating replaces each generated file; the old rows stay in the audit log.
    const before = full.items.find((c) => c.generatedBy === 'meeting-minutes')!;
    const [beforeRow] = await db()
      .select()
      .from(dossierComponents)
      .where(eq(dossierComponents.id, before.id));
    const again = (await office.post(`${url}/generated`, {})).json<{ attached: Component[] }>();
    expect(again.attached).toHaveLength(3);
    const after = (await office.get(url)).json<Components>();
    expect(after.items).toHaveLength(3);
    expect(after.items.some((c) => c.id === before.id)).toBe(false);
    const [removed] = await auditOf(db(), before.id, 'delete');
    expect(removed).toMatchObject({ reason: 'Thay bằng bản do hệ thống lập lại' });
    expect(removed!.old).toMatchObject({ generatedBy: 'meeting-minutes', sha256: beforeRow!.sha256 });

    // An upload of the same kind replaces the generated tờ trình (audited); re-generation leaves it.
    const generatedStatement = after.items.find((c) => c.kind === 'toTrinh')!;
    const sent = await upload(app(), office, `${url}?kind=toTrinh`, {
      name: 'to-trinh-ky.pdf',
      bytes: Buffer.concat([SAMPLES.pdf, Buffer.from(`% ${dossier.id}\n`)]),
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const replaced = (await office.get(url)).json<Components>();
    expect(replaced.items.filter((c) => c.kind === 'toTrinh').map((c) => c.generatedBy)).toEqual([null]);
    const [gone] = await auditOf(db(), generatedStatement.id, 'delete');
    expect(gone).toMatchObject({ reason: 'Thay bằng tệp tải lên' });
    expect(replaced.missingGenerated.map((g) => g.generator)).toEqual(['proposal-statement']);
    expect(replaced.missingGenerated[0]!.reason).toContain('tải lên');
    const kept = (await office.post(`${url}/generated`, {})).json<{
      attached: Component[];
      missing: Missing[];
    }>();
    expect(kept.missing.map((g) => g.generator)).toEqual(['proposal-statement']);
    expect((await office.get(url)).json<Components>().items.filter((c) => c.kind === 'toTrinh')).toHaveLength(
      1,
    );
  }, 240_000);

  it('attaches nothing without a proposal, and nothing for an individual, saying why', async () => {
    const world = await buildWorld(db(), { members: 3 });
    const { office, batch } = await batchOf(world);
    const unit = world.units[1]!;
    const plain = (await office.post(`/dossier-batches/${batch.id}/dossiers`, collective(unit))).json<{
      id: string;
    }>();
    const view = (await office.get(`/dossiers/${plain.id}/components`)).json<Components>();
    expect(view.items).toEqual([]);
    expect(view.missingGenerated.map((g) => g.generator)).toEqual([
      'proposal-statement',
      'achievement-report',
      'meeting-minutes',
    ]);
    expect(view.missingGenerated[0]!.reason).toMatch(/^Đơn vị chưa có đề nghị khen thưởng của cụm, khối/);
    expect(view.missingGenerated[1]!.reason).toBe(view.missingGenerated[0]!.reason);
    expect(view.missingGenerated[2]!.reason).toBe(
      'Cụm, khối chưa ghi nhận hội nghị tổng kết (chưa có biên bản họp)',
    );
    const person = (
      await office.post(`/dossier-batches/${batch.id}/dossiers`, {
        unitId: unit.id,
        subject: 'individual',
        kind: 'chienSiThiDuaCoSo',
        level: 'local',
        candidateName: 'Nguyễn Thị Hoa',
      })
    ).json<{ id: string }>();
    const none = (await office.post(`/dossiers/${person.id}/components/generated`, {})).json<{
      attached: Component[];
      missing: Missing[];
    }>();
    expect(none.attached).toEqual([]);
    expect(none.missing).toHaveLength(3);
    expect(none.missing[0]!.reason).toContain('Hồ sơ cá nhân');
  }, 120_000);
});
