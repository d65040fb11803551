import { existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

/** Where `vite build` puts the web application (apps/web/dist). */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Vite's hashed file names never change content: browsers may keep them for a year. */
const IMMUTABLE_PREFIX = '/assets/';

function isFileInside(root: string, pathname: string): boolean {
  const target = resolve(root, `.${pathname}`);
  if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) return false;
  try {
    return statSync(target).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web application from the same origin as the API, so its session cookie and CSRF
 * token need no cross-origin setup: files of apps/web/dist as they are, and index.html for every other
 * GET outside /api (the application's own addresses, such as /hoi-dong/…/don-vi, are decided in the
 * browser). A missing file with an extension (an old /assets/… after an update) is a 404, not the
 * page. Does nothing when the web application has not been built (the API alone still runs).
 */
export async function staticWeb(app: FastifyInstance, options: { distDir?: string } = {}): Promise<void> {
  const root = resolve(options.distDir ?? WEB_DIST_DIR);
  if (!existsSync(resolve(root, 'index.html'))) return;

  await app.register(fastifyStatic, { root, serve: false });

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?', 1)[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) throw new AppError('NOT_FOUND');
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      throw new AppError('NOT_FOUND');
    }
    if (decoded !== '/' && decoded !== '/index.html' && isFileInside(root, decoded)) {
      const immutable = decoded.startsWith(IMMUTABLE_PREFIX);
      return reply.sendFile(decoded.slice(1), { maxAge: immutable ? '365d' : '1h', immutable });
    }
    if (extname(decoded) !== '') throw new AppError('NOT_FOUND');
    // The page itself is never cached: after an update, the next visit loads the new files.
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
