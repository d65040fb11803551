import { readFile } from 'node:fs/promises';
import { signPdf, type SignedPdf, type SigningCertificate } from '@thidua/documents';
import type { ServerConfig } from '../../config';

let cached: { path: string; certificate: Promise<SigningCertificate> } | undefined;

/** The configured certificate, read once per path (a replaced file needs a restart, like the config). */
function certificateOf(signing: NonNullable<ServerConfig['signing']>): Promise<SigningCertificate> {
  if (cached?.path !== signing.p12Path) {
    cached = {
      path: signing.p12Path,
      certificate: readFile(signing.p12Path).then((p12) => ({ p12, passphrase: signing.passphrase })),
    };
  }
  return cached.certificate;
}

/**
 * Signs a PDF with the deployment's certificate when one is configured (README, "Ký số văn bản PDF"),
 * else returns null and the PDF goes out unsigned.
 */
export async function signIfConfigured(
  config: ServerConfig,
  pdf: Buffer,
  context: { issuingBody: string; place: string },
): Promise<SignedPdf | null> {
  if (!config.signing) return null;
  return signPdf(pdf, {
    certificate: await certificateOf(config.signing),
    reason: `Văn bản do ${context.issuingBody} ban hành`,
    location: context.place,
    signingTime: new Date(),
  });
}
