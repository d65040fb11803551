import { auditLog } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, type Client, type ErrorJson, useTestApp } from './harness';

interface LetterheadJson {
  councilId: string;
  saved: boolean;
  version: number;
  placeName: string;
  issuingBody: string;
  signingAuthority: string;
  recipients: string[];
  abilities: { update: boolean };
  [key: string]: unknown;
}

const settings = {
  parentBody: 'Ủy ban nhân dân tỉnh Hải Hà',
  issuingBody: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà',
  placeName: 'Hải Hà',
  councilSymbol: 'HĐTĐKT',
  standingOffice: 'Sở Nội vụ tỉnh Hải Hà',
  standingOfficeSymbol: 'SNV',
  signingAuthority: 'KT',
  chairTitle: 'Chủ tịch',
  chairName: 'Trần Văn Hùng',
  deputyTitle: 'Phó Chủ tịch',
  deputyName: 'Lê Thị Mai',
  delegateTitle: '',
  delegateName: '',
  recipients: ['Ban Thi đua - Khen thưởng Trung ương', 'Lưu: VT, SNV'],
  provincialReportForm: null,
};

describe.each(databaseTestTargets())('letterhead settings of a council on $name', (target) => {
  const { db, as } = useTestApp(target);
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let office: Client;
  let admin: Client;
  let unitStaff: Client;
  let stranger: Client;
  let url = '';

  beforeAll(async () => {
    org = await buildOrganisation(db());
    office = await as(org.standingOffice.username);
    admin = await as(org.admin.username);
    unitStaff = await as(org.staffA.username);
    stranger = await as(org.stranger.username);
    url = `/councils/${org.council.id}/letterhead`;
  });

  it('shows the defaults derived from the council’s name until the council saves its own', async () => {
    const response = await unitStaff.get(url);
    expect(response.statusCode).toBe(200);
    const body = response.json<LetterheadJson>();
    expect(body).toMatchObject({ saved: false, version: 0, signingAuthority: 'TM' });
    expect(body.issuingBody).toBe(org.council.name);
    expect(body.abilities.update).toBe(false);
    expect((await office.get(url)).json<LetterheadJson>().abilities.update).toBe(true);
  });

  it('saves, versions and audits the settings; a stale version is told 409', async () => {
    const created = await office.put(url, { ...settings, version: 0 });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json<LetterheadJson>()).toMatchObject({ saved: true, version: 1, placeName: 'Hải Hà' });
    const again = await admin.put(url, { ...settings, version: 0 });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error.code).toBe('STALE');
    const updated = await admin.put(url, { ...settings, placeName: 'Thành phố Hải Hà', version: 1 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<LetterheadJson>()).toMatchObject({ version: 2, placeName: 'Thành phố Hải Hà' });
    const stale = await office.put(url, { ...settings, version: 1 });
    expect(stale.statusCode).toBe(409);
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, org.council.id), eq(auditLog.entityType, 'letterhead')))
      .orderBy(auditLog.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[1]!.old).toMatchObject({ placeName: 'Hải Hà', version: 1 });
    expect(events[1]!.new).toMatchObject({ placeName: 'Thành phố Hải Hà', version: 2 });
    expect((await unitStaff.get(url)).json<LetterheadJson>().placeName).toBe('Thành phố Hải Hà');
  });

  it('refuses bad values by field, in Vietnamese, and saves nothing', async () => {
    const before = await db().$count(auditLog, eq(auditLog.entityType, 'letterhead'));
    const cases: [Record<string, unknown>, string][] = [
      [{ councilSymbol: 'hđ tđkt' }, 'body.councilSymbol'],
      [{ placeName: '   ' }, 'body.placeName'],
      [{ signingAuthority: 'XY' }, 'body.signingAuthority'],
      [{ signingAuthority: 'TUQ', delegateTitle: '' }, 'body.delegateTitle'],
      [{ recipients: ['ok', ''] }, 'body.recipients[1]'],
      [{ provincialReportForm: { title: 'Mẫu 02', sections: [] } }, 'body.provincialReportForm.sections'],
    ];
    for (const [change, path] of cases) {
      const response = await office.put(url, { ...settings, ...change, version: 2 });
      expect(response.statusCode, path).toBe(400);
      const fields = response.json<ErrorJson>().error.fields ?? [];
      expect(
        fields.map((f) => f.path),
        path,
      ).toContain(path);
      for (const f of fields) expect(f.message).toMatch(/[à-ỹ]/u);
    }
    expect(await db().$count(auditLog, eq(auditLog.entityType, 'letterhead'))).toBe(before);
  });

  it('lets only the standing office or an administrator write, and hides the council from others', async () => {
    expect((await unitStaff.put(url, { ...settings, version: 2 })).statusCode).toBe(403);
    expect((await stranger.get(url)).statusCode).toBe(404);
    expect((await stranger.put(url, { ...settings, version: 2 })).statusCode).toBe(404);
  });
});
