import { createHash } from 'node:crypto';
import { DOCUMENT_KIND_NAMES } from '@thidua/vocabulary';
import type { Database } from '@thidua/db';
import { type OfficialDocument, renderDocx, renderPdf } from '@thidua/documents';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { canonicalJson } from '../criteria/canonical-json';
import { attachmentHeader } from '../../files/attachment-names';
import { pdfFonts } from './fonts';
import { signIfConfigured } from './signing';
import type { ServerConfig } from '../../config';
import type { DocumentFormat } from './schema';

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Codes of the documents, as the audit log records them (their names live in @thidua/vocabulary). */
export const DOCUMENT_KINDS = DOCUMENT_KIND_NAMES;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** A document ready to render, with what the audit log keeps about where it came from. */
export interface PreparedDocument {
  kind: DocumentKind;
  document: OfficialDocument;
  /** File name without extension, in Vietnamese (`Bảng tổng hợp - Cụm thi đua số 1 - Năm 2026`). */
  fileName: string;
  councilId: string;
  /** The object the document is about (cluster, unit, meeting, …). */
  entityId: string;
  /** Identifies the data the document was made from: ids and versions, and the data's own digest. */
  source: Record<string, unknown>;
  /** The data the document shows; its SHA-256 is the data version recorded in the audit log. */
  data: unknown;
  /** Author in the file's properties. */
  author: string;
}

/** SHA-256 of the canonical JSON of the data: the same data always gives the same version. */
export function dataVersion(data: unknown): string {
  return createHash('sha256').update(canonicalJson(data)).digest('hex');
}

/** The rendered file of a prepared document; a PDF signed with the council's certificate when it has one. */
export interface RenderedDocument {
  bytes: Uint8Array;
  signed: { signer: string; signedAt: Date } | null;
}

/** Renders a prepared document in the asked format (a PDF is signed when a certificate is configured). */
export async function renderPrepared(
  { db, config }: { db: Database; config: ServerConfig },
  prepared: PreparedDocument,
  format: DocumentFormat,
): Promise<RenderedDocument> {
  const bytes =
    format === 'pdf'
      ? await renderPdf(prepared.document, { fonts: await pdfFonts(), author: prepared.author })
      : await renderDocx(prepared.document, { author: prepared.author });
  if (format !== 'pdf') return { bytes, signed: null };
  const signed = await signIfConfigured({ db, config }, prepared.councilId, bytes, {
    issuingBody: prepared.document.header.issuingBody,
    place: prepared.document.header.place,
  });
  return signed
    ? { bytes: signed.pdf, signed: { signer: signed.signer, signedAt: signed.signedAt } }
    : { bytes, signed: null };
}

/**
 * Renders the document in the asked format (`renderPrepared`), records
 * who generated which document from which data version — and, when signed, the certificate holder and
 * the time — in its own transaction (the data was read on a read-only snapshot), and sends it as an
 * attachment with its Vietnamese file name.
 */
export async function deliverDocument(
  { db, config }: { db: Database; config: ServerConfig },
  actor: Actor,
  prepared: PreparedDocument,
  format: DocumentFormat,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { bytes, signed } = await renderPrepared({ db, config }, prepared, format);
  const fileName = `${prepared.fileName}.${format}`;
  await recordAudit(db, actor, {
    councilId: prepared.councilId,
    entityType: 'document',
    entityId: prepared.entityId,
    action: 'generate',
    new: {
      document: prepared.kind,
      documentTitle: DOCUMENT_KINDS[prepared.kind],
      format,
      fileName,
      ...prepared.source,
      dataVersion: dataVersion(prepared.data),
      bytes: bytes.length,
      ...(signed ? { signature: { signer: signed.signer, signedAt: signed.signedAt.toISOString() } } : {}),
    },
  });
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-length', bytes.length)
    .header('content-disposition', attachmentHeader(fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(bytes);
}
