import { auditLog, entries } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { resaveWithLibreOffice } from '../../../packages/spreadsheets/test/libreoffice';
import { type ErrorJson, useTestApp } from './harness';
import { buildScoringCluster, entryUrl, putNewEntry, type ScoringCluster, setStage } from './scoring-fixture';
import {
  downloadTemplate,
  editTemplate,
  type ImportJson,
  openWorkbook,
  uploadScores,
} from './spreadsheets-fixture';

// Layout of the self template of fx.units.member: one row (7); I.1 plan F, actual G; II.2 points H.

describe.each(databaseTestTargets())('score import from Excel on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function counts() {
    const [e] = await db().select({ n: count() }).from(entries);
    const [a] = await db().select({ n: count() }).from(auditLog);
    return { entries: e!.n, audit: a!.n };
  }

  async function withSelfScores(fx: ScoringCluster) {
    const member = await as(fx.users.member.username);
    expect(
      (await putNewEntry(member, fx, fx.units.member.id, 'I.1', 'self', { plan: 250, actual: 262.3 }))
        .statusCode,
    ).toBe(200);
    return member;
  }

  it('gives a unit exactly its own self-scored cells, unlocked, with values and versions', async () => {
    const fx = await buildScoringCluster(db());
    const member = await withSelfScores(fx);
    const workbook = await openWorkbook(await downloadTemplate(member, fx, 'self'));
    const sheet = workbook.getWorksheet('Bảng điểm')!;
    expect([sheet.getCell('F4').value, sheet.getCell('H4').value, sheet.getCell('I4').value]).toEqual([
      'I.1',
      'II.2',
      null,
    ]);
    expect([sheet.getCell('D7').value, sheet.getCell('E7').value]).toEqual(['phuong-3', 'Phường 3']);
    expect([sheet.getCell('F7').value, sheet.getCell('G7').value, sheet.getCell('H7').value]).toEqual([
      250,
      262.3,
      null,
    ]);
    expect(sheet.getCell('F7').protection?.locked).toBe(false);
    expect(sheet.getCell('D8').value).toBeNull();
  });

  it('changes nothing when the template comes back unedited, even after LibreOffice saved it again', async () => {
    const fx = await buildScoringCluster(db());
    const member = await withSelfScores(fx);
    const template = await downloadTemplate(member, fx, 'self');
    const before = await counts();
    for (const bytes of [template, resaveWithLibreOffice(template)]) {
      const saved = await uploadScores(app(), member, fx, bytes, true);
      expect(saved.statusCode).toBe(200);
      expect(saved.json<ImportJson>()).toMatchObject({
        changes: [],
        conflicts: [],
        unchanged: 2,
        batchId: null,
      });
    }
    // The template's download was audited before; the uploads wrote nothing.
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('previews exactly the edited cells, then saves them as one audited batch', async () => {
    const fx = await buildScoringCluster(db());
    const member = await withSelfScores(fx);
    const edited = await editTemplate(resaveWithLibreOffice(await downloadTemplate(member, fx, 'self')), {
      G7: 275,
      H7: '87,5',
    });
    const preview = await uploadScores(app(), member, fx, edited, false);
    expect(preview.statusCode).toBe(200);
    expect(preview.json<ImportJson>().changes).toEqual([
      {
        unitId: fx.units.member.id,
        unitName: 'Phường 3',
        criterionCode: 'I.1',
        criterionName: 'Thu ngân sách',
        cells: ['Bảng điểm!F7', 'Bảng điểm!G7'],
        old: 'KH 250; TH 262,3',
        new: 'KH 250; TH 275',
      },
      {
        unitId: fx.units.member.id,
        unitName: 'Phường 3',
        criterionCode: 'II.2',
        criterionName: 'Quy chế dân chủ',
        cells: ['Bảng điểm!H7'],
        old: null,
        new: '87,5',
      },
    ]);
    const own = () => db().select().from(entries).where(eq(entries.unitId, fx.units.member.id));
    expect(await own()).toHaveLength(1); // the preview saved nothing

    const saved = await uploadScores(app(), member, fx, edited, true);
    expect(saved.statusCode).toBe(200);
    const { batchId } = saved.json<ImportJson>();
    const rows = await own();
    expect(rows.map((r) => [r.criterionCode, r.stage, r.actual, r.points, r.version]).sort()).toEqual([
      ['I.1', 'self', '275', null, 2],
      ['II.2', 'self', null, '87.50', 1],
    ]);
    const events = await db().select().from(auditLog).where(eq(auditLog.batchId, batchId!));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(
      events.every((e) => e.reason === 'Nhập từ tệp Excel "bang-diem.xlsx"' && e.entityType === 'entry'),
    ).toBe(true);
  }, 120_000);

  it('refuses bad cells naming each one, and saves nothing', async () => {
    const fx = await buildScoringCluster(db());
    const member = await withSelfScores(fx);
    const template = await downloadTemplate(member, fx, 'self');
    const before = await counts();
    const cases: [Record<string, string | number>, string][] = [
      [{ H7: 125 }, 'Bảng điểm!H7: 125 vượt quá điểm chuẩn 100 của tiêu chí II.2'],
      [{ H7: 'tám mươi' }, 'Bảng điểm!H7: "tám mươi" không phải là số'],
      [{ H7: 82.555 }, 'Bảng điểm!H7: điểm chỉ được có tối đa 2 chữ số thập phân'],
      [{ G7: -5 }, 'Bảng điểm!G7:'],
      [{ E7: 'Phường Khác' }, 'Bảng điểm!E7: ô được khoá đã bị sửa'],
      [{ F4: 'II.9' }, 'Bảng điểm!F4: ô được khoá đã bị sửa'],
      [{ G7: '' }, 'Bảng điểm!G7: không xóa được giá trị đã ghi'],
    ];
    for (const [cells, message] of cases) {
      const response = await uploadScores(app(), member, fx, await editTemplate(template, cells), true);
      expect(response.statusCode, JSON.stringify(cells)).toBe(400);
      const messages = response.json<ErrorJson>().error.fields!.map((f) => f.message);
      expect(
        messages.some((m) => m.startsWith(message)),
        `${messages.join(' | ')} ∌ ${message}`,
      ).toBe(true);
    }
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('reports a cell changed on the server since the download as a conflict, and overwrites nothing', async () => {
    const fx = await buildScoringCluster(db());
    const member = await withSelfScores(fx);
    const template = await downloadTemplate(member, fx, 'self');
    // Someone saves I.1 after the download; the file edits I.1 and II.2.
    expect(
      (
        await member.put(entryUrl(fx, fx.units.member.id, 'I.1', 'self'), {
          version: 1,
          plan: 250,
          actual: 300,
        })
      ).statusCode,
    ).toBe(200);
    const edited = await editTemplate(template, { G7: 280, H7: 80 });
    const preview = (await uploadScores(app(), member, fx, edited, false)).json<ImportJson>();
    expect(preview.changes.map((c) => c.criterionCode)).toEqual(['II.2']);
    expect(preview.conflicts).toEqual([
      expect.objectContaining({ criterionCode: 'I.1', cells: ['Bảng điểm!F7', 'Bảng điểm!G7'] }),
    ]);
    expect(preview.conflicts[0]!.message).toContain('giá trị hiện tại: KH 250; TH 300');
    const before = await counts();
    const saved = await uploadScores(app(), member, fx, edited, true);
    expect(saved.statusCode).toBe(409);
    expect(saved.json<ErrorJson>().error.code).toBe('STALE');
    expect(await counts()).toEqual(before);
    // Unedited, the same file leaves the newer server value alone.
    const untouched = (await uploadScores(app(), member, fx, template, true)).json<ImportJson>();
    expect(untouched).toMatchObject({ changes: [], conflicts: [] });
    const [i1] = await db().select().from(entries).where(eq(entries.unitId, fx.units.member.id));
    expect(i1!.actual).toBe('300');
  }, 120_000);

  it('gives a focal department its assigned criteria for the other units, never its own row', async () => {
    const fx = await buildScoringCluster(db());
    const focal = await as(fx.users.focalMember.username);
    const template = await downloadTemplate(focal, fx, 'focal');
    const sheet = (await openWorkbook(template)).getWorksheet('Bảng điểm')!;
    expect(sheet.getCell('F4').value).toBe('II.3');
    expect(sheet.getCell('G4').value).toBeNull();
    const rows = [7, 8, 9, 10].map((r) => sheet.getCell(`D${r}`).value);
    expect(rows).toEqual(['phuong-1', 'phuong-2', 'phuong-3', null]);
    const added = await uploadScores(
      app(),
      focal,
      fx,
      await editTemplate(template, { D10: 'phuong-4', F10: 'Có' }),
      true,
    );
    expect(added.statusCode).toBe(400);
    expect(added.json<ErrorJson>().error.fields![0]!.message).toContain(
      'Bảng điểm!D10: hàng này không có trong mẫu',
    );
    const saved = await uploadScores(
      app(),
      focal,
      fx,
      await editTemplate(template, { F7: 'Có', F9: 'Không' }),
      true,
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json<ImportJson>().changes.map((c) => [c.unitName, c.new])).toEqual([
      ['Phường 1', 'Có'],
      ['Phường 3', 'Không'],
    ]);
  });

  it('refuses an unknown rating code by its cell (standing office template)', async () => {
    const fx = await buildScoringCluster(db());
    const office = await as(fx.users.standingOffice.username);
    const template = await downloadTemplate(office, fx, 'standingOffice');
    const response = await uploadScores(
      app(),
      office,
      fx,
      await editTemplate(template, { F8: 'XUAT_SAC' }),
      true,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error.fields![0]!.message).toMatch(/^Bảng điểm!F8: .*XUAT_SAC/);
  });

  it('refuses those who write no cell before reading the file, and a file outside the stage', async () => {
    const fx = await buildScoringCluster(db());
    const template = await downloadTemplate(await withSelfScores(fx), fx, 'self');
    for (const username of [fx.users.councilMember.username, fx.users.follower.username]) {
      const client = await as(username);
      expect(
        (await client.get(`/clusters/${fx.cluster.id}/spreadsheets/score-template?layer=self`)).statusCode,
      ).toBe(403);
      expect((await uploadScores(app(), client, fx, template, false)).statusCode).toBe(403);
    }
    const stranger = await as(fx.users.otherStandingOffice.username);
    expect((await uploadScores(app(), stranger, fx, template, false)).statusCode).toBe(404);
    await setStage(db(), fx.period.id, 'review');
    const member = await as(fx.users.member.username);
    const late = await uploadScores(app(), member, fx, await editTemplate(template, { H7: 50 }), true);
    expect(late.statusCode).toBe(409);
  });
});
