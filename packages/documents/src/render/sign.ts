import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';

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

/** The common name (else the whole subject) of the certificate that matches the PKCS#12's key. */
export function certificateHolder(certificate: SigningCertificate): string {
  const asn1 = forge.asn1.fromDer(Buffer.from(certificate.p12).toString('binary'));
  const p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, certificate.passphrase);
  const bags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const cert = bags.find((b) => b.cert)?.cert;
  if (!cert) throw new Error('Tệp chứng thư số PKCS#12 không có chứng thư');
  const attrs = cert.subject.attributes;
  const cn = attrs.find((a) => a.shortName === 'CN')?.value;
  return typeof cn === 'string' ? cn : attrs.map((a) => `${a.shortName ?? ''}=${String(a.value)}`).join(', ');
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
  const signed = await signpdf.sign(withPlaceholder, p12Signer, options.signingTime);
  return { pdf: signed, signer, signedAt: options.signingTime };
}
