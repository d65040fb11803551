import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OpenedDatabase } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerConfig } from '../config';
import { createBackup, pruneBackups } from './backup';

// How `npm run backup` reaches a running server on the embedded database: only the server's own
// process may open PGlite's directory, so the copy is taken there. At start the server writes a
// control file beside its data (readable by its own OS user only) with its port and a random token;
// POST /internal/backup with that token, from this machine, writes a backup where the caller says.

export interface ControlFile {
  pid: number;
  port: number;
  token: string;
}

/** Where the control file of a data directory lives. */
export const controlFilePath = (config: ServerConfig) => join(dirname(config.dataDir), 'server-control.json');

export function readControlFile(config: ServerConfig): ControlFile | null {
  const path = controlFilePath(config);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ControlFile;
  } catch {
    return null;
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const body = z.object({ outDir: z.string().min(1).max(4096) });

/** The control route and file; returns what removes the file when the server stops. */
export function registerControl(
  app: FastifyInstance,
  config: ServerConfig,
  database: OpenedDatabase,
): { writeFile(port: number): void; removeFile(): void } {
  const token = randomBytes(32).toString('hex');
  app.post('/internal/backup', { schema: { hide: true } }, async (request, reply) => {
    const given = Buffer.from(String(request.headers['x-thidua-control'] ?? ''));
    const expected = Buffer.from(token);
    if (
      !LOOPBACK.has(request.socket.remoteAddress ?? '') ||
      given.length !== expected.length ||
      !timingSafeEqual(given, expected)
    )
      return reply
        .code(403)
        .send({ error: { code: 'FORBIDDEN', message: 'Không có quyền điều khiển máy chủ' } });
    const parsed = body.safeParse(request.body);
    if (!parsed.success)
      return reply
        .code(400)
        .send({ error: { code: 'VALIDATION', message: 'Thiếu thư mục lưu bản sao lưu (outDir)' } });
    const path = await createBackup(
      { database, databaseUrl: config.databaseUrl, filesDir: config.filesDir },
      parsed.data.outDir,
    );
    request.log.info({ backup: path }, 'backup written');
    return { path };
  });
  const path = controlFilePath(config);
  // Only the embedded database needs it: on PostgreSQL `npm run backup` runs pg_dump itself, and several
  // server processes may share one data folder.
  const needed = database.kind === 'pglite';
  return {
    writeFile: (port) => {
      if (!needed) return;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify({ pid: process.pid, port, token } satisfies ControlFile), {
        mode: 0o600,
      });
    },
    removeFile: () => {
      if (needed) rmSync(path, { force: true });
    },
  };
}

/** A backup every `everyMs` into `dir`, keeping the newest `keep`; returns what stops the timer. */
export function scheduleBackups(
  app: FastifyInstance,
  config: ServerConfig,
  database: OpenedDatabase,
  schedule: { dir: string; everyMs: number; keep: number },
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    createBackup({ database, databaseUrl: config.databaseUrl, filesDir: config.filesDir }, schedule.dir)
      .then(async (path) => {
        const removed = await pruneBackups(schedule.dir, schedule.keep);
        app.log.info({ backup: path, removed }, 'scheduled backup written');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'scheduled backup failed'))
      .finally(() => (running = false));
  }, schedule.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
