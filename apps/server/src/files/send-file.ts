import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { notFound } from '../http/errors';
import { attachmentHeader } from './attachment-names';
import type { FileStore } from './blob-store';

/** What a stored upload needs to be sent back (evidence, a dossier's component). */
export interface StoredFile {
  sha256: string;
  mimeType: string;
  sizeBytes: number;
  originalName: string;
}

/**
 * Sends a stored file always as an attachment, never rendered by the browser (nosniff, a sandboxing
 * CSP, no caching). Bytes missing from the store are logged and answered 404 naming `what`.
 */
export async function sendStoredFile(
  reply: FastifyReply,
  log: FastifyBaseLogger,
  store: FileStore,
  file: StoredFile,
  what: string,
) {
  const stream = await store.open(file.sha256);
  if (!stream) {
    log.error({ sha256: file.sha256 }, 'stored bytes missing from the file store');
    throw notFound(`nội dung ${what} trên máy chủ`);
  }
  return reply
    .header('content-type', file.mimeType)
    .header('content-length', file.sizeBytes)
    .header('content-disposition', attachmentHeader(file.originalName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(stream);
}
