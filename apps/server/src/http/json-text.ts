import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A large answer already written as JSON text (the scoring sheet, the results), kept in a cache per state
 * of the data: it is written once, and compressed once, however many readers ask for it. The results of
 * a cluster are ~75 KB of JSON and ~6 KB gzipped; the sheet ~250 KB. Writing the bytes to the socket was
 * the largest single cost of these reads, so a client that accepts gzip (every browser) gets them gzipped.
 */
export class JsonText {
  private compressed: Buffer | undefined;
  constructor(readonly text: Buffer) {}

  static of(json: string): JsonText {
    return new JsonText(Buffer.from(json));
  }

  /** The text gzipped, made on first use and kept with the text. */
  gzipped(): Buffer {
    return (this.compressed ??= gzipSync(this.text, { level: 6 }));
  }
}

/** Below this a gzip header and a compression cost more than they save. */
const MIN_GZIP_BYTES = 1024;

/** Whether an Accept-Encoding header accepts gzip (by name or `*`, with a quality above 0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let gzip: number | undefined;
  let any: number | undefined;
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (name === 'gzip' || name === 'x-gzip') gzip = Number.isNaN(quality) ? 0 : quality;
    else if (name === '*') any = Number.isNaN(quality) ? 0 : quality;
  }
  return (gzip ?? any ?? 0) > 0;
}

/** Sends `body` as the answer, gzipped when the client accepts it. */
export function sendJsonText(request: FastifyRequest, reply: FastifyReply, body: JsonText): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (body.text.length >= MIN_GZIP_BYTES && acceptsGzip(request.headers['accept-encoding'])) {
    return reply.header('content-encoding', 'gzip').send(body.gzipped());
  }
  return reply.send(body.text);
}
