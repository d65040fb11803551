import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildScoreTable, CertificateError, describeCertificate, renderPdf, signPdf } from '../src/index';
import { pdfSignature, pdfText, scratchDir, testCertificate } from './clients';
import { loadFonts, sampleScoreTable } from './sample';

describe('signed PDF (PAdES basic, @signpdf) checked by poppler’s pdfsig', () => {
  const dir = scratchDir('sign');
  const holder = 'Nguyen Van An - Hoi dong TDKT tinh Hai Ha';
  const files = testCertificate(dir, holder);
  const certificate = { p12: readFileSync(files.p12), passphrase: files.passphrase };

  it('signs a generated document so that pdfsig verifies it and names the signer', async () => {
    const pdf = await renderPdf(buildScoreTable(sampleScoreTable(8)), { fonts: loadFonts() });
    const signedAt = new Date('2026-12-06T03:00:00Z');
    const signed = await signPdf(pdf, {
      certificate,
      reason: 'Ký số văn bản của Hội đồng',
      location: 'Hải Hà',
      signingTime: signedAt,
    });
    expect(signed.signer).toBe(holder);
    expect(signed.signedAt).toBe(signedAt);
    const file = join(dir, 'signed.pdf');
    writeFileSync(file, signed.pdf);
    const check = pdfSignature(file);
    expect(check.output).toContain('ETSI.CAdES.detached');
    expect(check.valid, check.output).toBe(true);
    expect(check.signer).toBe(holder);
    // The signature is an incremental update: the document's text is unchanged.
    expect(pdfText(file)).toContain('BẢNG TỔNG HỢP');
  });

  it('is not valid once a byte of the signed content changes', async () => {
    const pdf = await renderPdf(buildScoreTable(sampleScoreTable(3)), { fonts: loadFonts() });
    const signed = await signPdf(pdf, {
      certificate,
      reason: 'Thử',
      location: 'Hải Hà',
      signingTime: new Date(),
    });
    const tampered = Buffer.from(signed.pdf);
    const at = tampered.indexOf('/Title');
    expect(at).toBeGreaterThan(0);
    tampered[at + 2] = 'X'.charCodeAt(0);
    const file = join(dir, 'tampered.pdf');
    writeFileSync(file, tampered);
    expect(pdfSignature(file).valid).toBe(false);
  });

  it('refuses a wrong passphrase', async () => {
    const pdf = await renderPdf(buildScoreTable(sampleScoreTable(2)), { fonts: loadFonts() });
    await expect(
      signPdf(pdf, {
        certificate: { ...certificate, passphrase: 'sai' },
        reason: 'Thử',
        location: 'Hải Hà',
        signingTime: new Date(),
      }),
    ).rejects.toThrow();
  });

  it('describes the certificate as openssl does — holder, SHA-256 fingerprint, validity — and refuses a wrong password', () => {
    const summary = describeCertificate(certificate);
    expect(summary.holder).toBe(holder);
    const openssl = execFileSync(
      'openssl',
      ['x509', '-in', files.cert, '-noout', '-fingerprint', '-sha256', '-startdate', '-enddate'],
      { encoding: 'utf8' },
    );
    expect(openssl).toContain(`=${summary.fingerprint}`);
    const notBefore = /notBefore=(.+)/.exec(openssl)![1]!;
    const notAfter = /notAfter=(.+)/.exec(openssl)![1]!;
    expect(summary.validFrom.getTime()).toBe(new Date(notBefore).getTime());
    expect(summary.validTo.getTime()).toBe(new Date(notAfter).getTime());
    expect(() => describeCertificate({ ...certificate, passphrase: 'sai' })).toThrow(CertificateError);
    expect(() => describeCertificate({ p12: Buffer.from('không phải PKCS#12'), passphrase: '' })).toThrow(
      CertificateError,
    );
  });

  // Regression: the server runs under Node's own ESM loader (tsx), where the default import of the
  // CommonJS @signpdf/signpdf is the module object, not its instance — vitest's bundler hid the
  // `signpdf.sign is not a function` every signed download then answered with a 500.
  it('signs when run by Node’s own loader, as the server runs it', () => {
    const script = join(dir, 'sign-under-node.mts');
    const out = join(dir, 'node-signed.pdf');
    const source = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const sample = fileURLToPath(new URL('./sample.ts', import.meta.url));
    writeFileSync(
      script,
      [
        "import { readFileSync, writeFileSync } from 'node:fs';",
        `import { buildScoreTable, renderPdf, signPdf } from ${JSON.stringify(source)};`,
        `import { loadFonts, sampleScoreTable } from ${JSON.stringify(sample)};`,
        'const pdf = await renderPdf(buildScoreTable(sampleScoreTable(2)), { fonts: loadFonts() });',
        `const certificate = { p12: readFileSync(${JSON.stringify(files.p12)}), passphrase: ${JSON.stringify(files.passphrase)} };`,
        "const signed = await signPdf(pdf, { certificate, reason: 'Thử', location: 'Hải Hà', signingTime: new Date() });",
        `writeFileSync(${JSON.stringify(out)}, signed.pdf);`,
      ].join('\n'),
    );
    execFileSync(process.execPath, ['--import', 'tsx', script], { stdio: 'pipe', timeout: 60_000 });
    const check = pdfSignature(out);
    expect(check.valid, check.output).toBe(true);
    expect(check.signer).toBe(holder);
  }, 60_000);
});
