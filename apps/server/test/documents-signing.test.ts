import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfSignature, scratchDir, testCertificate } from '../../../packages/documents/test/clients';
import { buildOrganisation, type Client, lastAuditOf, useTestApp } from './harness';
import { proposeUnit } from './proposal-fixture';

const dir = scratchDir('server-signing');
const holder = 'Tran Thi Binh - So Noi vu tinh Hai Ha';
const certificate = testCertificate(dir, holder);

describe.each(databaseTestTargets())('signed PDFs on $name', (target) => {
  const { db, as } = useTestApp(target, {
    signing: { p12Path: certificate.p12, passphrase: certificate.passphrase },
  });
  let office: Client;
  let periodId = '';

  beforeAll(async () => {
    const org = await buildOrganisation(db());
    office = await as(org.standingOffice.username);
    const period = await buildPeriod(db(), org.council.id, {
      name: 'Năm 2026',
      year: 2026,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    periodId = period.id;
    await proposeUnit(db(), period);
  });

  it('signs every PDF when a certificate is configured: pdfsig verifies it; the signer and time are audited', async () => {
    const before = Date.now();
    const response = await office.get(`/periods/${periodId}/documents/award-proposal?format=pdf`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const file = join(dir, `${target.name}.pdf`);
    writeFileSync(file, response.rawPayload);
    const check = pdfSignature(file);
    expect(check.valid, check.output).toBe(true);
    expect(check.signer).toBe(holder);
    const event = await lastAuditOf(db(), 'document', periodId);
    const recorded = event!.new as { signature?: { signer: string; signedAt: string } };
    expect(recorded.signature?.signer).toBe(holder);
    expect(Date.parse(recorded.signature!.signedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('leaves Word files unsigned (Word signs its own way) and records no signature for them', async () => {
    const response = await office.get(`/periods/${periodId}/documents/award-proposal?format=docx`);
    expect(response.statusCode).toBe(200);
    const event = await lastAuditOf(db(), 'document', periodId);
    expect(event!.new).not.toHaveProperty('signature');
  });
});
