import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditLog, councilSigningCertificates } from '@thidua/db';
import { buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfSignature, scratchDir, testCertificate } from '../../../packages/documents/test/clients';
import { unsealCertificate } from '../src/modules/documents/certificate-seal';
import { signingCertificateFor } from '../src/modules/documents/signing';
import {
  auditCount,
  buildOrganisation,
  type Client,
  type ErrorJson,
  lastAuditOf,
  testConfig,
  useTestApp,
} from './harness';
import { proposeUnit } from './proposal-fixture';

// Issue #12 §4: a council that configures its own PKCS#12 certificate gets its PDFs signed with it — the
// standing office uploads it with its password; both are sealed, never returned, never logged; pdfsig
// verifies the signature; the deployment's certificate (THIDUA_SIGN_P12) signs only the councils without
// one of their own.

const dir = scratchDir('council-certificate');
const councilHolder = 'Pham Van Cuong - Hoi dong TDKT tinh Son Ha';
const deploymentHolder = 'May chu thidua - So Noi vu';
const own = testCertificate(scratchDir('council-p12'), councilHolder);
const deployment = testCertificate(scratchDir('deployment-p12'), deploymentHolder);
const ownBase64 = readFileSync(own.p12).toString('base64');
const secretKey = { hex: undefined, file: join(dir, 'secret.key') };

interface View {
  configured: boolean;
  holder: string | null;
  fingerprint: string | null;
  validTo: string | null;
  uploadedBy: string | null;
  deploymentSigns: boolean;
  version: number;
  abilities: { update: boolean };
}

describe.each(databaseTestTargets())('a council’s own signing certificate on $name', (target) => {
  const { db, as } = useTestApp(target, {
    signing: { p12Path: deployment.p12, passphrase: deployment.passphrase },
    secretKey,
  });
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let office: Client;
  let periodId = '';
  let otherPeriodId = '';

  beforeAll(async () => {
    org = await buildOrganisation(db());
    office = await as(org.standingOffice.username);
    const dates = { year: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31' };
    const period = await buildPeriod(db(), org.council.id, { name: 'Năm 2026', ...dates });
    const otherPeriod = await buildPeriod(db(), org.otherCouncil.id, { name: 'Năm 2026', ...dates });
    [periodId, otherPeriodId] = [period.id, otherPeriod.id];
    // The tờ trình is only written for a period with a proposal.
    for (const p of [period, otherPeriod]) await proposeUnit(db(), p);
  });

  /** Downloads a tờ trình as PDF and asks pdfsig who signed it. */
  async function signerOf(client: Client, period: string, name: string) {
    const response = await client.get(`/periods/${period}/documents/award-proposal?format=pdf`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const file = join(dir, `${target.name}-${name}.pdf`);
    writeFileSync(file, response.rawPayload);
    return pdfSignature(file);
  }

  const url = () => `/councils/${org.council.id}/signing-certificate`;

  it('signs with the deployment’s certificate until the council uploads its own', async () => {
    const view = (await office.get(url())).json<View>();
    expect(view).toMatchObject({ configured: false, holder: null, deploymentSigns: true, version: 0 });
    expect(view.abilities.update).toBe(true);
    const check = await signerOf(office, periodId, 'before');
    expect(check.valid, check.output).toBe(true);
    expect(check.signer).toBe(deploymentHolder);
  });

  it('refuses a wrong password by its field, in Vietnamese, and keeps nothing', async () => {
    const before = await auditCount(db(), org.council.id);
    const response = await office.put(url(), { p12: ownBase64, passphrase: 'sai-mat-khau', version: 0 });
    expect(response.statusCode).toBe(400);
    const error = response.json<ErrorJson>().error;
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[0]?.path).toBe('body.passphrase');
    expect(error.fields?.[0]?.message).toMatch(/sai mật khẩu/);
    expect(response.body).not.toContain('sai-mat-khau');
    const garbage = await office.put(url(), {
      p12: Buffer.from('không phải chứng thư').toString('base64'),
      passphrase: own.passphrase,
      version: 0,
    });
    expect(garbage.statusCode).toBe(400);
    expect(await db().$count(councilSigningCertificates)).toBe(0);
    expect(await auditCount(db(), org.council.id)).toBe(before);
  });

  it('lets only the council’s standing office or administrator upload; others are refused and nothing changes', async () => {
    const before = await db().$count(auditLog);
    const body = { p12: ownBase64, passphrase: own.passphrase, version: 0 };
    for (const username of [org.councilMember.username, org.staffA.username]) {
      const client = await as(username);
      expect((await client.put(url(), body)).statusCode, username).toBe(403);
      expect((await client.get(url())).json<View>().abilities.update).toBe(false);
    }
    const stranger = await as(org.stranger.username);
    expect((await stranger.put(url(), body)).statusCode).toBe(404);
    expect((await stranger.get(url())).statusCode).toBe(404);
    expect(await db().$count(auditLog)).toBe(before);
  });

  it('keeps the uploaded certificate sealed, shows only its holder and validity, audits it without its secrets', async () => {
    const response = await office.put(url(), { p12: ownBase64, passphrase: own.passphrase, version: 0 });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<View>();
    expect(view).toMatchObject({ configured: true, holder: councilHolder, version: 1 });
    expect(view.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(view.uploadedBy).toBe('Người dùng standingOffice');
    expect(Date.parse(view.validTo!)).toBeGreaterThan(Date.now());
    // Neither the file nor its password leaves the server, nor is kept in the clear.
    const read = await office.get(url());
    for (const body of [response.body, read.body]) {
      expect(body).not.toContain(own.passphrase);
      expect(body).not.toContain(ownBase64.slice(0, 40));
    }
    const [row] = await db()
      .select()
      .from(councilSigningCertificates)
      .where(eq(councilSigningCertificates.councilId, org.council.id));
    expect(row!.sealedP12).toMatch(/^v1:/);
    expect(row!.sealedP12).not.toContain(ownBase64.slice(0, 40));
    expect(Buffer.from(row!.sealedP12.slice(3), 'base64').toString('latin1')).not.toContain(own.passphrase);
    // Sealed for this council: it does not open as another council's.
    await expect(unsealCertificate(secretKey, org.otherCouncil.id, row!.sealedP12)).rejects.toThrow();
    const opened = await unsealCertificate(secretKey, org.council.id, row!.sealedP12);
    expect(opened.passphrase).toBe(own.passphrase);
    const event = await lastAuditOf(db(), 'signingCertificate', row!.id);
    expect(event).toMatchObject({ action: 'create', actorUserId: org.standingOffice.id });
    expect(event!.new).toMatchObject({ holder: councilHolder, fingerprint: view.fingerprint });
    const logged = JSON.stringify(event);
    expect(logged).not.toContain(own.passphrase);
    expect(logged).not.toContain('sealed');
    expect(logged).not.toContain(ownBase64.slice(0, 40));
  });

  it('signs the council’s PDFs with its own certificate (pdfsig verifies), records the signer, and leaves other councils as they were', async () => {
    const check = await signerOf(office, periodId, 'own');
    expect(check.valid, check.output).toBe(true);
    expect(check.signer).toBe(councilHolder);
    const generated = await lastAuditOf(db(), 'document', periodId);
    expect((generated!.new as { signature?: { signer: string } }).signature?.signer).toBe(councilHolder);
    const stranger = await as(org.stranger.username);
    const other = await signerOf(stranger, otherPeriodId, 'other-council');
    expect(other.valid, other.output).toBe(true);
    expect(other.signer).toBe(deploymentHolder);
  });

  it('says so, in Vietnamese, when the server’s key no longer opens the council’s certificate (a database restored without it)', async () => {
    const otherKey = { hex: 'ab'.repeat(32), file: join(dir, 'khong-dung.key') };
    await expect(
      signingCertificateFor(db(), { ...testConfig(), secretKey: otherKey }, org.council.id),
    ).rejects.toMatchObject({
      code: 'SIGNING_CERTIFICATE_SEALED',
      status: 409,
    });
    expect(
      (await signingCertificateFor(db(), { ...testConfig(), secretKey }, org.council.id))?.passphrase,
    ).toBe(own.passphrase);
  });

  it('refuses a stale replacement (409), and after removal signs with the deployment’s certificate again', async () => {
    const stale = await office.put(url(), { p12: ownBase64, passphrase: own.passphrase, version: 0 });
    expect(stale.statusCode).toBe(409);
    const replaced = await office.put(url(), { p12: ownBase64, passphrase: own.passphrase, version: 1 });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json<View>().version).toBe(2);
    expect((await office.request('DELETE', `${url()}?version=1`)).statusCode).toBe(409);
    const removed = await office.request('DELETE', `${url()}?version=2&reason=Chứng thư được thay`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<View>()).toMatchObject({ configured: false, holder: null, version: 0 });
    const [event] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'delete'))
      .then((rows) => rows.filter((r) => r.entityType === 'signingCertificate'));
    expect(event).toMatchObject({ reason: 'Chứng thư được thay' });
    expect(event!.old).toMatchObject({ holder: councilHolder });
    const check = await signerOf(office, periodId, 'after');
    expect(check.signer).toBe(deploymentHolder);
  });
});
