// The few calls of node-forge (a dependency of @signpdf/signer-p12) used to name a certificate's holder.
declare module 'node-forge' {
  interface Attribute {
    shortName?: string;
    value: unknown;
  }
  interface Certificate {
    subject: { attributes: Attribute[] };
    validity: { notBefore: Date; notAfter: Date };
  }
  interface Bag {
    cert?: Certificate;
  }
  interface Pkcs12 {
    getBags(filter: { bagType: string }): Record<string, Bag[] | undefined>;
  }
  const forge: {
    asn1: { fromDer(bytes: string): unknown };
    pkcs12: { pkcs12FromAsn1(asn1: unknown, strict: boolean, password: string): Pkcs12 };
    pki: { oids: { certBag: string } };
  };
  export default forge;
}
