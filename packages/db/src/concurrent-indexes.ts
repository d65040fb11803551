import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Drizzle's migrator runs every pending migration in ONE transaction, where `CREATE INDEX CONCURRENTLY`
// cannot run; a plain `CREATE INDEX` there holds a SHARE lock on the table until the whole migration
// commits, so on a table of tens of millions of rows (the audit log of a national deployment) every
// audited write would wait for the build. So the migrations listed here hold only
// `CREATE INDEX IF NOT EXISTS` statements, and before the migrator runs (under the same migration lock)
// PostgreSQL builds each of their indexes with `CREATE INDEX CONCURRENTLY` on its own connection,
// outside any transaction: writes go on during the build, and the migration's own statements then find
// the indexes and do nothing. An index left INVALID by an interrupted concurrent build is dropped
// (concurrently) and built again. On a new database the table does not exist yet and the migration
// builds the indexes on the empty table itself; PGlite (one connection, nobody else writing) does that
// too.

/**
 * Migrations made only of `CREATE INDEX IF NOT EXISTS` (and the `CREATE EXTENSION IF NOT EXISTS` their
 * operator classes need), built concurrently beforehand on PostgreSQL.
 */
export const CONCURRENT_INDEX_MIGRATIONS = ['0031_audit_search_indexes', '0033_audit_trigram_indexes'];

/** What runs one statement on its own (autocommit): a pg pool, or PGlite's client. */
export interface Queryable {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

interface JournalEntry {
  tag: string;
  when: number;
}

const INDEX_STATEMENT = /^CREATE INDEX IF NOT EXISTS "(\w+)" ON "(\w+)"/;

/** One index of a migration: its name, its table and the statement that builds it concurrently. */
export interface ConcurrentIndex {
  name: string;
  table: string;
  statement: string;
}

/** A migration's statements, without its comment lines. */
function statementsOf(migrationSql: string): string[] {
  return migrationSql
    .split('--> statement-breakpoint')
    .map((part) =>
      part
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement !== '');
}

/** The extension an index needs (`CREATE EXTENSION IF NOT EXISTS pg_trgm;`), created before the builds. */
const EXTENSION_STATEMENT = /^CREATE EXTENSION IF NOT EXISTS \w+;?$/;

/** The extensions a migration creates for its indexes' operator classes, as statements. */
export function extensionsOf(migrationSql: string): string[] {
  return statementsOf(migrationSql).filter((statement) => EXTENSION_STATEMENT.test(statement));
}

/**
 * The indexes of a migration's text, each as a `CREATE INDEX CONCURRENTLY IF NOT EXISTS` statement
 * (its `CREATE EXTENSION IF NOT EXISTS` statements aside, see `extensionsOf`).
 */
export function concurrentIndexesOf(migrationSql: string): ConcurrentIndex[] {
  return statementsOf(migrationSql)
    .filter((statement) => !EXTENSION_STATEMENT.test(statement))
    .map((statement) => {
      const match = INDEX_STATEMENT.exec(statement);
      if (!match) throw new Error(`Not an index statement in a concurrent-index migration: ${statement}`);
      return {
        name: match[1]!,
        table: match[2]!,
        statement: statement.replace(
          /^CREATE INDEX IF NOT EXISTS/,
          'CREATE INDEX CONCURRENTLY IF NOT EXISTS',
        ),
      };
    });
}

/**
 * Builds, concurrently, the indexes of the listed migrations the database has not applied yet (the
 * migrator applies those journal entries younger than the last one it recorded). Call it holding the
 * migration lock, right before the migrator.
 */
export async function buildPendingIndexesConcurrently(
  pool: Queryable,
  migrationsFolder: string,
  tags: readonly string[] = CONCURRENT_INDEX_MIGRATIONS,
): Promise<string[]> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  // A new database has no migrations table yet (nothing applied, nothing to build on).
  const recorded = await pool.query<{ present: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!recorded.rows[0]?.present) return [];
  const applied = await pool.query<{ last: string | null }>(
    'select max(created_at)::text as last from drizzle.__drizzle_migrations',
  );
  const last = Number(applied.rows[0]?.last ?? -1);
  const built: string[] = [];
  for (const entry of journal.entries) {
    if (!tags.includes(entry.tag) || entry.when <= last) continue;
    const text = readFileSync(join(migrationsFolder, `${entry.tag}.sql`), 'utf8');
    for (const statement of extensionsOf(text)) await pool.query(statement);
    for (const index of concurrentIndexesOf(text)) {
      const state = await pool.query<{ table_exists: boolean; valid: boolean | null }>(
        `select to_regclass($1) is not null as table_exists,
                (select i.indisvalid from pg_index i where i.indexrelid = to_regclass($2)) as valid`,
        [`public.${index.table}`, `public.${index.name}`],
      );
      const { table_exists: tableExists, valid } = state.rows[0]!;
      if (!tableExists || valid === true) continue;
      if (valid === false) await pool.query(`DROP INDEX CONCURRENTLY IF EXISTS "${index.name}"`);
      await pool.query(index.statement);
      built.push(index.name);
    }
  }
  return built;
}
