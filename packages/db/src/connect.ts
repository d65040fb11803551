import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Assume } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { buildPendingIndexesConcurrently } from './concurrent-indexes';
import pg from 'pg';
import * as schema from './schema';

/** The Drizzle schema object: every table and enum. */
export type Schema = typeof schema;

/**
 * What `db.execute(sql…)` returns on both drivers: PGlite's `Results` and pg's `QueryResult` share
 * `rows` (and `fields`), which is all callers may rely on.
 */
export interface RowsQueryResultHKT extends PgQueryResultHKT {
  type: RowsResult<Assume<this['row'], Record<string, unknown>>>;
}

/** The part of a raw query's result that both drivers return. */
export interface RowsResult<TRow> {
  rows: TRow[];
}

/** A Drizzle database over either driver; code above this package never needs to know which. */
export type Database = PgDatabase<RowsQueryResultHKT, Schema>;

/** The `tx` of `db.transaction(async (tx) => …)`: commands take it so they compose in one transaction. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenDatabaseOptions {
  /** A `postgres://` or `postgresql://` URL. Defaults to env DATABASE_URL unless `dataDir` is given. */
  url?: string;
  /** PGlite's data directory, or `memory://` for a throw-away database. Default `.data/pglite`. */
  dataDir?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /**
   * PGlite only: start from this data directory (a tarball made by PGlite's `dumpDataDir`) instead of
   * an empty cluster. Tests load a migrated template this way (see `@thidua/db/testing`).
   */
  loadDataDir?: Blob;
}

export interface OpenedDatabase {
  db: Database;
  kind: DatabaseKind;
  /** Ends the pool or shuts PGlite down; the database must not be used afterwards. */
  close(): Promise<void>;
  /** PostgreSQL only: the connection pool's state, for the metrics. */
  poolStats?(): PoolStats;
  /**
   * PGlite only: a consistent copy of the whole data directory (a gzipped tarball PGlite can open
   * again with `loadDataDir`), taken while the database keeps serving: PGlite runs one query at a
   * time, so the copy sits between two statements and never inside a transaction.
   */
  snapshot?(): Promise<Blob>;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** Where data lives when nothing says otherwise: beside the working directory, ignored by git. */
export const DEFAULT_DATA_DIR = '.data/pglite';

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** Serialises migrations of several processes (or test files) on one PostgreSQL; any constant will do. */
const MIGRATION_LOCK_KEY = 7_030_001;

/**
 * Decides which database to open: an explicit `url`, then an explicit `dataDir`, then env DATABASE_URL,
 * then the default PGlite directory. An explicit `dataDir` beats DATABASE_URL so tests that ask for
 * `memory://` get PGlite even in a CI job that also points at PostgreSQL.
 */
export function resolveDatabaseTarget(
  options: OpenDatabaseOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): DatabaseTarget {
  const url = options.url ?? (options.dataDir === undefined ? env.DATABASE_URL : undefined);
  if (url !== undefined && url !== '') {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`Unsupported database URL (expected postgres://…): ${url.split('@').pop() ?? ''}`);
    }
    return { kind: 'postgres', url };
  }
  return { kind: 'pglite', dataDir: options.dataDir ?? DEFAULT_DATA_DIR };
}

/**
 * Opens thidua's database — embedded PGlite by default, PostgreSQL when given a URL — and brings its
 * schema up to date with the migrations in `packages/db/migrations`.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const target = resolveDatabaseTarget(options);
  const runMigrations = options.migrate ?? true;
  return target.kind === 'postgres'
    ? openPostgres(target.url, runMigrations)
    : openPglite(target.dataDir, runMigrations, options.loadDataDir);
}

async function openPglite(
  dataDir: string,
  runMigrations: boolean,
  loadDataDir: Blob | undefined,
): Promise<OpenedDatabase> {
  // A file-system directory is made absolute (a relative one means the working directory's) and
  // created first; memory:// and idb:// need nothing.
  const isPath = !/^[a-z]+:\/\//.test(dataDir);
  if (isPath) mkdirSync(resolve(dataDir), { recursive: true });
  const client = await PGlite.create({
    dataDir: isPath ? resolve(dataDir) : dataDir,
    ...(loadDataDir ? { loadDataDir } : {}),
    // The audit search's trigram indexes (migration 0033); PostgreSQL ships the module itself.
    extensions: { pg_trgm },
  });
  const db = drizzlePglite({ client, schema });
  if (runMigrations)
    await migrateOrClose(
      () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      () => client.close(),
    );
  return {
    db,
    kind: 'pglite',
    close: () => client.close(),
    snapshot: async () => {
      // A checkpoint first makes the copy a clean data directory (no WAL to replay on open); the
      // copy itself waits for the transactions in flight and holds new ones until it is taken.
      await client.exec('CHECKPOINT');
      return client.transaction(() => client.dumpDataDir('gzip'));
    },
  };
}

async function openPostgres(url: string, runMigrations: boolean): Promise<OpenedDatabase> {
  const pool = new pg.Pool({ connectionString: url });
  // An idle client that loses its connection emits 'error' on the pool; unhandled, it would end the
  // process. The pool drops that client by itself, so a warning is enough.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL pool: ${error.message}`));
  const db = drizzlePostgres({ client: pool, schema });
  if (runMigrations)
    await migrateOrClose(
      () =>
        withMigrationLock(pool, async () => {
          // Indexes on large tables first, concurrently, outside the migrator's one transaction.
          await buildPendingIndexesConcurrently(pool, MIGRATIONS_FOLDER);
          await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
        }),
      () => pool.end(),
    );
  return {
    db,
    kind: 'postgres',
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

/** Holds a session advisory lock on its own connection while `work` migrates on another one. */
/** Runs the migrations; if they fail, closes the database before passing the error on. */
async function migrateOrClose(migrate: () => Promise<unknown>, close: () => Promise<void>): Promise<void> {
  try {
    await migrate();
  } catch (error) {
    await close();
    throw error;
  }
}

async function withMigrationLock(pool: pg.Pool, work: () => Promise<void>): Promise<void> {
  const lockClient = await pool.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await work();
    } finally {
      await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    lockClient.release();
  }
}
