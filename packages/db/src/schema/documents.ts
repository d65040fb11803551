import { sql } from 'drizzle-orm';
import { SIGNING_AUTHORITIES, type SigningAuthority } from '@thidua/vocabulary';
import { check, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, instant, requiredRef, versioned } from './columns';
import { users } from './auth';
import { councils } from './organisation';

/** How the council's own documents are signed (in @thidua/vocabulary, for the browser too). */
export { SIGNING_AUTHORITIES, type SigningAuthority };

/** A province's own form of achievement report (báo cáo thành tích) for its provincial awards. */
export interface ProvincialReportForm {
  /** Its title as the province's guidance names it (`Mẫu số 02 - Báo cáo thành tích tập thể`). */
  title: string;
  /** Its section headings, in order; each is printed with the data the product has for it. */
  sections: string[];
}

/**
 * A council's letterhead settings: what its documents are headed and signed with. One row per council;
 * a council without a row prints the defaults derived from its name.
 */
export const councilLetterheads = pgTable(
  'council_letterheads',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .unique('council_letterheads_council_key')
      .references(() => councils.id),
    /** Cơ quan chủ quản (`Ủy ban nhân dân tỉnh Hải Hà`); empty when there is none. */
    parentBody: text('parent_body').notNull().default(''),
    /** The council as issuing body. */
    issuingBody: text('issuing_body').notNull(),
    /** Place name of the date line. */
    placeName: text('place_name').notNull(),
    /** Abbreviation of the council in document symbols (`HĐTĐKT`). */
    councilSymbol: text('council_symbol').notNull(),
    standingOffice: text('standing_office').notNull(),
    standingOfficeSymbol: text('standing_office_symbol').notNull(),
    signingAuthority: text('signing_authority').$type<SigningAuthority>().notNull().default('TM'),
    chairTitle: text('chair_title').notNull(),
    chairName: text('chair_name').notNull().default(''),
    deputyTitle: text('deputy_title').notNull(),
    deputyName: text('deputy_name').notNull().default(''),
    /** Who signs TL./TUQ. the chair (the standing office's head, …). */
    delegateTitle: text('delegate_title').notNull().default(''),
    delegateName: text('delegate_name').notNull().default(''),
    /** "Nơi nhận" printed on the council's documents unless a document says otherwise. */
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    /** The province's achievement-report form for provincial awards; null uses the built-in one. */
    provincialReportForm: jsonb('provincial_report_form').$type<ProvincialReportForm | null>(),
    ...versioned(),
  },
  (t) => [
    check(
      'council_letterheads_signing_authority_check',
      sql`${t.signingAuthority} in ('TM', 'KT', 'TL', 'TUQ')`,
    ),
  ],
);

/**
 * A council's own PKCS#12 certificate that signs its PDFs (issue #12 §4). The file and its password are
 * kept only sealed (AES-256-GCM under the server's key, bound to the council) and never leave the
 * server; what may be shown — the holder, the fingerprint, the validity — is kept beside them.
 */
export const councilSigningCertificates = pgTable('council_signing_certificates', {
  id: id(),
  councilId: uuid('council_id')
    .notNull()
    .unique('council_signing_certificates_council_key')
    .references(() => councils.id),
  /** `v1:` + base64 of IV, tag and the encrypted JSON of the .p12 bytes and its password. */
  sealedP12: text('sealed_p12').notNull(),
  /** The certificate holder's common name (who signs). */
  holder: text('holder').notNull(),
  /** SHA-256 of the certificate (DER), in hex pairs: what a reader compares with the issuer's record. */
  fingerprint: text('fingerprint').notNull(),
  validFrom: instant('valid_from').notNull(),
  validTo: instant('valid_to').notNull(),
  uploadedBy: requiredRef('uploaded_by', () => users.id),
  ...versioned(),
});
