import { auditLog, criteriaVersions } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import type ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { resaveWithLibreOffice } from '../../../packages/spreadsheets/test/libreoffice';
import { auditCount, buildWorld, type ErrorJson } from './criteria-fixtures';
import type { Client } from './harness';
import { useTestApp } from './harness';
import { upload } from './scoring-fixture';
import { openWorkbook } from './spreadsheets-fixture';

interface PreviewJson {
  sheet: string;
  rows: number;
  version: number;
  ruleset: { name: string; groups: { code: string; criteria: { code: string; name: string }[] }[] };
  changes: {
    added: { code: string }[];
    removed: { code: string }[];
    changed: { code: string; changes: { field: string; from: unknown; to: unknown }[] }[];
    otherChanges: string[];
  };
}

/** The row of "Tiêu chí" whose STT/mã cell holds `code`. */
function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === code && found === 0) found = n;
  });
  if (found === 0) throw new Error(`no row ${code}`);
  return found;
}

async function editSheet(bytes: Uint8Array, change: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = await openWorkbook(bytes);
  change(workbook.getWorksheet('Tiêu chí')!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(databaseTestTargets())('criteria from Excel on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function withDraft() {
    const w = await buildWorld(db());
    const leader = await as(w.users.leader.username);
    const created = await leader.post(`/clusters/${w.cluster.id}/criteria-versions`, {
      frameworkId: w.framework.id,
    });
    expect(created.statusCode).toBe(201);
    return { w, leader, draft: created.json<{ id: string; version: number; ruleset: unknown }>() };
  }

  const exportOf = async (client: Client, versionId: string, template = false) => {
    const response = await client.get(
      `/criteria-versions/${versionId}/spreadsheets/${template ? 'criteria-template' : 'criteria'}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.rawPayload;
  };
  const preview = (client: Client, versionId: string, bytes: Buffer) =>
    upload(app(), client, `/criteria-versions/${versionId}/spreadsheets/criteria-import/preview`, {
      name: 'bo-tieu-chi.xlsx',
      bytes,
    });
  const row = async (id: string) =>
    (await db().select().from(criteriaVersions).where(eq(criteriaVersions.id, id)))[0]!;

  it('exports the draft (audited) and reads the export back unchanged, saving nothing', async () => {
    const { w, leader, draft } = await withDraft();
    const bytes = await exportOf(leader, draft.id);
    const exports = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, draft.id), eq(auditLog.action, 'export')));
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ entityType: 'spreadsheet' });
    const before = await auditCount(db(), w.council.id);
    const response = await preview(leader, draft.id, bytes);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<PreviewJson>();
    expect(body.ruleset).toEqual(draft.ruleset);
    expect(body.changes).toMatchObject({ added: [], removed: [], changed: [], otherChanges: [] });
    expect(body.version).toBe(draft.version);
    expect(await auditCount(db(), w.council.id)).toBe(before);
    expect((await row(draft.id)).version).toBe(draft.version);
  });

  it('previews an edited file with what differs; saving it goes through the draft’s own save, audited', async () => {
    const { leader, draft } = await withDraft();
    const edited = await editSheet(await exportOf(leader, draft.id), (sheet) => {
      sheet.getCell(`B${rowOf(sheet, 'II.2')}`).value = 'Thực hiện quy chế dân chủ ở cơ sở';
    });
    const response = await preview(leader, draft.id, edited);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<PreviewJson>();
    expect(body.changes.changed).toEqual([
      expect.objectContaining({
        code: 'II.2',
        changes: [{ field: 'name', from: 'Quy chế dân chủ', to: 'Thực hiện quy chế dân chủ ở cơ sở' }],
      }),
    ]);
    expect((await row(draft.id)).ruleset).toEqual(draft.ruleset);
    const saved = await leader.patch(`/criteria-versions/${draft.id}`, {
      version: body.version,
      ruleset: body.ruleset,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const stored = (await row(draft.id)).ruleset as PreviewJson['ruleset'];
    expect(stored.groups[1]!.criteria[1]!.name).toBe('Thực hiện quy chế dân chủ ở cơ sở');
    const updates = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, draft.id), eq(auditLog.action, 'update')));
    expect(updates).toHaveLength(1);
  });

  it('refuses the whole file naming each bad cell, the framework’s rules included', async () => {
    const { w, leader, draft } = await withDraft();
    const edited = await editSheet(await exportOf(leader, draft.id), (sheet) => {
      sheet.getCell(`C${rowOf(sheet, 'I.1')}`).value = -5;
      sheet.getCell(`D${rowOf(sheet, 'II.2')}`).value = 'Bốc thăm';
    });
    const before = await auditCount(db(), w.council.id);
    const response = await preview(leader, draft.id, edited);
    expect(response.statusCode).toBe(400);
    const error = response.json<ErrorJson>().error;
    expect(error.fields!.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Tiêu chí!C\d+: điểm chuẩn không được âm \(-5\)$/),
      expect.stringMatching(/^Tiêu chí!D\d+: cách chấm "Bốc thăm" không có trong danh sách/),
    ]);
    // A fixed group of the framework (III) changed by the cluster: the framework's rule, at the cell.
    const fixed = await editSheet(await exportOf(leader, draft.id), (sheet) => {
      sheet.getCell(`B${rowOf(sheet, 'III.1')}`).value = 'Đăng ký thi đua';
    });
    const refused = await preview(leader, draft.id, fixed);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorJson>().error.fields![0]!.message).toMatch(/^Tiêu chí!/);
    expect(await auditCount(db(), w.council.id)).toBe(before + 1); // the second export only
    expect((await row(draft.id)).version).toBe(draft.version);
  });

  it('lets only the drafters import or take the template (403), another council 404, nothing on an issued version', async () => {
    const { w, leader, draft } = await withDraft();
    const bytes = await exportOf(leader, draft.id);
    for (const [user, status] of [
      [w.users.memberA, 403],
      [w.users.councilMember, 403],
      [w.users.stranger, 404],
    ] as const) {
      const client = await as(user.username);
      expect((await preview(client, draft.id, bytes)).statusCode).toBe(status);
      const template = await client.get(`/criteria-versions/${draft.id}/spreadsheets/criteria-template`);
      expect(template.statusCode).toBe(status);
    }
    const deputy = await as(w.users.deputy.username);
    expect((await preview(deputy, draft.id, bytes)).statusCode).toBe(200);
    const standing = await as(w.users.standingOffice.username);
    expect((await preview(standing, draft.id, bytes)).statusCode).toBe(200);
    await db()
      .update(criteriaVersions)
      .set({ status: 'issued', issuedAt: new Date() })
      .where(eq(criteriaVersions.id, draft.id));
    const issued = await preview(leader, draft.id, bytes);
    expect(issued.statusCode).toBe(409);
    expect(issued.json<ErrorJson>().error.code).toBe('CRITERIA_ISSUED');
  });

  it('reads the template filled and a file re-saved by LibreOffice the same', async () => {
    const { leader, draft } = await withDraft();
    const template = await exportOf(leader, draft.id, true);
    const filled = await preview(leader, draft.id, template);
    // The example (one group, I.1 and I.2) replaces the framework's groups: its fixed group III is missing.
    expect(filled.statusCode).toBe(400);
    expect(
      filled
        .json<ErrorJson>()
        .error.fields!.map((f) => f.message)
        .join('\n'),
    ).toContain('III');
    const exported = await exportOf(leader, draft.id);
    const resaved = resaveWithLibreOffice(exported);
    const response = await preview(leader, draft.id, resaved);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<PreviewJson>().ruleset).toEqual(draft.ruleset);
  }, 200_000);
});
