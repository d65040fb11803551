import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openAsBlob,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase, type OpenedDatabase } from '../connect';

// Opening an empty PGlite runs initdb, and migrating it replays every migration: ~3 s per test file.
// Instead the vitest run migrates one PGlite once, dumps its data directory to a tarball (the
// template), and every test file loads a copy of it (~0.5 s). The tarball is kept between runs under
// node_modules/.cache, named by a hash of everything that shapes it (the migrations and the versions
// of PGlite and drizzle-orm), so a changed migration makes a new template and a stale one is never used.

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite template's path, provided by the run's globalSetup. */
    pgliteTemplate: string;
  }
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PREFIX = 'pglite-template-';

/** The installed version of a dependency, found the way Node would (its package.json may not be exported). */
function versionOf(name: string): string {
  for (let dir = PACKAGE_ROOT; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}

/** The key of the template the current migrations and libraries make. */
export function pgliteTemplateKey(): string {
  const hash = createHash('sha256');
  for (const name of ['@electric-sql/pglite', 'drizzle-orm']) hash.update(`${name}@${versionOf(name)}\n`);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path.slice(MIGRATIONS_FOLDER.length)}\n`).update(readFileSync(path));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The path of a migrated PGlite data directory (an uncompressed tarball) for the current migrations,
 * made now if `cacheDir` does not hold it yet. Concurrent runs may both make it: each writes its own
 * temporary file and renames it into place, so a reader never sees half a file.
 */
export async function ensurePgliteTemplate(cacheDir: string): Promise<string> {
  const key = pgliteTemplateKey();
  const file = join(cacheDir, `${PREFIX}${key}.tar`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const opened = await openDatabase({ dataDir: 'memory://' });
  try {
    const client = (opened.db as unknown as { $client: PGlite }).$client;
    const tarball = await client.dumpDataDir('none');
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await opened.close();
  }
  // Templates of earlier migrations are of no further use.
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(PREFIX) && name !== `${PREFIX}${key}.tar` && !name.endsWith('.partial')) {
      rmSync(join(cacheDir, name), { force: true });
    }
  }
  return file;
}

/**
 * Opens a throw-away in-memory PGlite loaded from the template at `file`. It still runs the migrator,
 * which finds nothing to apply (a few milliseconds), so a template that were somehow behind could
 * only cost time, never a wrong schema.
 */
export async function openFromPgliteTemplate(file: string): Promise<OpenedDatabase> {
  return openDatabase({ dataDir: 'memory://', loadDataDir: await openAsBlob(file) });
}
