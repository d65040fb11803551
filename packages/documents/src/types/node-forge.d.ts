// The few calls of node-forge (a dependency of @signpdf/signer-p12) used to describe a certificate: its
// holder, fingerprint and validity, and whether the PKCS#12 file holds its private key.
declare module 'node-forge' {
  export interface Attribute {
    shortName?: string;
    value: unknown;
  }
  export interface Certificate {
    subject: { attributes: Attribute[] };
    validity: { notBefore: Date; notAfter: Date };
  }
  export interface Bag {
    cert?: Certificate;
    key?: unknown;
  }
  export interface Pkcs12 {
    getBags(filter: { bagType: string }): Record<string, Bag[] | undefined>;
  }
  export interface ByteBuffer {
    getBytes(): string;
  }
  export interface MessageDigest {
    update(bytes: string): MessageDigest;
    digest(): { toHex(): string };
  }
  const forge: {
    asn1: { fromDer(bytes: string): unknown; toDer(asn1: unknown): ByteBuffer };
    pkcs12: { pkcs12FromAsn1(asn1: unknown, strict: boolean, password: string): Pkcs12 };
    pki: {
      oids: { certBag: string; keyBag: string; pkcs8ShroudedKeyBag: string };
      certificateToAsn1(cert: Certificate): unknown;
    };
    md: { sha256: { create(): MessageDigest } };
  };
  export default forge;
}
