import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { councils } from '@thidua/db';
import { buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText, scratchDir } from '../../../packages/documents/test/clients';
import { auditCount, buildOrganisation, type Client, type ErrorJson, signIn, useTestApp } from './harness';
import { proposeUnit } from './proposal-fixture';

const dir = scratchDir('award-proposal-parties');
const flat = (file: string) => pdfText(file).normalize('NFC').replace(/\s+/g, ' ');

/** Found by a first user (docs/first-user-review-2026-12-07.md, item 1). */
describe.each(databaseTestTargets())('who a tờ trình goes to, and when there is none, on $name', (target) => {
  const { db, app } = useTestApp(target);
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let office: Client;
  let periodId = '';
  let emptyPeriodId = '';

  beforeAll(async () => {
    org = await buildOrganisation(db());
    await db()
      .update(councils)
      .set({ name: 'Hội đồng Thi đua - Khen thưởng tỉnh Sông Lam' })
      .where(eq(councils.id, org.council.id));
    office = await signIn(app(), org.standingOffice.username);
    const dates = { year: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31' };
    const period = await buildPeriod(db(), org.council.id, { name: 'Năm 2026', ...dates });
    periodId = period.id;
    emptyPeriodId = (await buildPeriod(db(), org.council.id, { name: 'Năm 2027', ...dates, year: 2027 })).id;
    await proposeUnit(db(), period);
    await proposeUnit(db(), period, { council: true, name: 'Xã Phú Lộc' });
  });

  async function textOf(url: string, name: string): Promise<string> {
    const response = await office.get(url);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const file = join(dir, `${target.name}-${name}.pdf`);
    writeFileSync(file, response.rawPayload);
    return flat(file);
  }

  it('sends the council’s proposal of provincial awards to the chair of the people’s committee, not to its own chair', async () => {
    const text = await textOf(`/periods/${periodId}/documents/award-proposal?format=pdf`, 'tinh');
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Sông Lam.');
    expect(text).toContain('kính trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam xem xét');
    expect(text).not.toContain('Kính gửi: Chủ tịch Hội đồng');
    expect(text).toContain('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH SÔNG LAM');
  });

  it('has the people’s committee propose State-level awards to the Prime Minister through the central board', async () => {
    const text = await textOf(`/periods/${periodId}/documents/award-proposal?level=council&format=pdf`, 'nn');
    expect(text).toContain(
      'Kính gửi: Thủ tướng Chính phủ (qua Ban Thi đua - Khen thưởng Trung ương, Bộ Nội vụ).',
    );
    expect(text).toContain('Ủy ban nhân dân tỉnh Sông Lam kính trình Thủ tướng Chính phủ xem xét');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('TTr-UBND');
    expect(text).toContain('Căn cứ kết quả xét, biểu quyết đề nghị khen thưởng của Hội đồng Thi đua');
    expect(text).not.toContain('TM. HỘI ĐỒNG');
  });

  it('names the State-level dossier package once as such', async () => {
    const response = await office.get(`/periods/${periodId}/documents/dossier-package?level=council`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const name = decodeURIComponent(String(response.headers['content-disposition']));
    expect(name).toContain('Hồ sơ đề nghị khen thưởng cấp Nhà nước - Năm 2026.zip');
    expect(name.split('cấp Nhà nước').length - 1).toBe(1);
    expect(Object.keys(unzipSync(new Uint8Array(response.rawPayload)))).toContain(
      'Tờ trình đề nghị khen thưởng.docx',
    );
  });

  it('refuses a tờ trình, list or package for a period or selection with nothing proposed, and records nothing', async () => {
    const before = await auditCount(db(), org.council.id);
    for (const url of [
      `/periods/${emptyPeriodId}/documents/award-proposal?format=pdf`,
      `/periods/${emptyPeriodId}/documents/proposal-list?format=docx`,
      `/periods/${emptyPeriodId}/documents/dossier-package`,
      `/periods/${periodId}/documents/award-proposal?awardCode=BK_CT`,
    ]) {
      const response = await office.get(url);
      expect(response.statusCode, url).toBe(409);
      const { error } = response.json<ErrorJson>();
      expect(error.code).toBe('NO_PROPOSALS');
      expect(error.message).toContain('Chưa có đề nghị khen thưởng nào');
    }
    expect(await auditCount(db(), org.council.id)).toBe(before);
  });
});
