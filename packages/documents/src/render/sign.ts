import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge, { type Pkcs12 } from 'node-forge';

/** A PKCS#12 certificate (with its private key) that signs a council's PDFs. */
export interface SigningCertificate {
  readonly p12: Uint8Array;
  readonly passphrase: string;
}

export interface SignOptions {
  readonly certificate: SigningCertificate;
  /** Why the document is signed (`Ký số văn bản của Hội đồng Thi đua - Khen thưởng …`). */
  readonly reason: string;
  /** Where (the place name of the council). */
  readonly location: string;
  readonly contactInfo?: string;
  readonly signingTime: Date;
}

export interface SignedPdf {
  readonly pdf: Buffer;
  /** The certificate holder's common name (who signed). */
  readonly signer: string;
  readonly signedAt: Date;
}

/** What may be shown of a PKCS#12 certificate: never its key or password. */
export interface CertificateSummary {
  /** The common name (else the whole subject) of the certificate that goes with the key. */
  readonly holder: string;
  /** SHA-256 of the certificate's DER, as upper-case hex pairs joined by colons. */
  readonly fingerprint: string;
  readonly validFrom: Date;
  readonly validTo: Date;
}

/** Why a PKCS#12 file cannot sign: its password is wrong or it is no PKCS#12, or it lacks a part. */
export class CertificateError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'noCertificate' | 'noKey',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Opens a PKCS#12 file with its password and describes the certificate that signs with its key. Throws a
 * CertificateError when the password is wrong or the file is not PKCS#12 (including the AES/PBKDF2
 * encryption OpenSSL 3 uses by default, which node-forge and so the signer cannot read), or when it has
 * no certificate or no private key.
 */
export function describeCertificate(certificate: SigningCertificate): CertificateSummary {
  let p12: Pkcs12;
  try {
    const asn1 = forge.asn1.fromDer(Buffer.from(certificate.p12).toString('binary'));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, certificate.passphrase);
  } catch {
    throw new CertificateError('unreadable', 'Tệp chứng thư số PKCS#12 không đọc được');
  }
  const certs = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const keys = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ??
      []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const cert = certs.find((b) => b.cert)?.cert;
  if (!cert) throw new CertificateError('noCertificate', 'Tệp chứng thư số PKCS#12 không có chứng thư');
  if (!keys.some((b) => b.key))
    throw new CertificateError('noKey', 'Tệp chứng thư số PKCS#12 không có khóa bí mật');
  const attrs = cert.subject.attributes;
  const cn = attrs.find((a) => a.shortName === 'CN')?.value;
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  const digest = forge.md.sha256.create().update(der).digest().toHex().toUpperCase();
  return {
    holder:
      typeof cn === 'string' ? cn : attrs.map((a) => `${a.shortName ?? ''}=${String(a.value)}`).join(', '),
    fingerprint: digest.match(/../g)!.join(':'),
    validFrom: cert.validity.notBefore,
    validTo: cert.validity.notAfter,
  };
}

/** The common name (else the whole subject) of the certificate that matches the PKCS#12's key. */
export function certificateHolder(certificate: SigningCertificate): string {
  return describeCertificate(certificate).holder;
}

/**
 * Signs a PDF (PAdES basic: a CAdES detached signature, subfilter ETSI.CAdES.detached) with the
 * council's PKCS#12 certificate: a signature placeholder added as an incremental update, then the
 * CMS signature over the byte ranges. Pure: bytes in, bytes out.
 */
export async function signPdf(pdf: Buffer, options: SignOptions): Promise<SignedPdf> {
  const signer = certificateHolder(options.certificate);
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: options.reason,
    contactInfo: options.contactInfo ?? '',
    name: signer,
    location: options.location,
    signingTime: options.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'thidua',
  });
  const p12Signer = new P12Signer(Buffer.from(options.certificate.p12), {
    passphrase: options.certificate.passphrase,
  });
  // The named class, not the default instance: under Node's own ESM loader (the server run by tsx)
  // the CommonJS default import is the module object, which has no `sign` (bundlers hide this).
  const signed = await new SignPdf().sign(withPlaceholder, p12Signer, options.signingTime);
  return { pdf: signed, signer, signedAt: options.signingTime };
}
