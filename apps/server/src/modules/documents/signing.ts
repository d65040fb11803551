import { readFile } from 'node:fs/promises';
import { councilSigningCertificates, type Database } from '@thidua/db';
import { signPdf, type SignedPdf, type SigningCertificate } from '@thidua/documents';
import { eq } from 'drizzle-orm';
import type { ServerConfig } from '../../config';
import { AppError } from '../../http/errors';
import { unsealCertificate } from './certificate-seal';

let cached: { path: string; certificate: Promise<SigningCertificate> } | undefined;

/** The deployment's certificate, read once per path (a replaced file needs a restart, like the config). */
function deploymentCertificate(signing: NonNullable<ServerConfig['signing']>): Promise<SigningCertificate> {
  if (cached?.path !== signing.p12Path) {
    cached = {
      path: signing.p12Path,
      certificate: readFile(signing.p12Path).then((p12) => ({ p12, passphrase: signing.passphrase })),
    };
  }
  return cached.certificate;
}

/**
 * The certificate that signs a council's PDFs: the council's own when its standing office or
 * administrator uploaded one ("Thiết lập văn bản"), else the deployment's (`THIDUA_SIGN_P12`), else none.
 */
export async function signingCertificateFor(
  db: Database,
  config: ServerConfig,
  councilId: string,
): Promise<SigningCertificate | null> {
  const [own] = await db
    .select({ sealed: councilSigningCertificates.sealedP12 })
    .from(councilSigningCertificates)
    .where(eq(councilSigningCertificates.councilId, councilId))
    .limit(1);
  if (own) {
    // A restored database without the server's key (or another key) cannot open it: say so, never sign
    // with another certificate or send the PDF unsigned as if nothing were configured.
    return unsealCertificate(config.secretKey, councilId, own.sealed).catch(() => {
      throw new AppError('SIGNING_CERTIFICATE_SEALED');
    });
  }
  return config.signing ? deploymentCertificate(config.signing) : null;
}

/**
 * Signs a PDF of a council with its certificate (README, "Ký số văn bản PDF"), or returns null when the
 * council has none and the deployment none either: the PDF then goes out unsigned.
 */
export async function signIfConfigured(
  { db, config }: { db: Database; config: ServerConfig },
  councilId: string,
  pdf: Buffer,
  context: { issuingBody: string; place: string },
): Promise<SignedPdf | null> {
  const certificate = await signingCertificateFor(db, config, councilId);
  if (!certificate) return null;
  return signPdf(pdf, {
    certificate,
    reason: `Văn bản do ${context.issuingBody} ban hành`,
    location: context.place,
    signingTime: new Date(),
  });
}
