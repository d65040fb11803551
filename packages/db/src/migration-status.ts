import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './connect';

const JOURNAL = fileURLToPath(new URL('../migrations/meta/_journal.json', import.meta.url));

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/** Whether the database holds every migration this version of thidua ships, and which it lacks. */
export interface MigrationStatus {
  /** Migrations this version ships. */
  expected: number;
  /** Of those, the ones the database has applied. */
  applied: number;
  /** Tags of the shipped migrations not applied yet (empty when current). */
  pending: string[];
}

/**
 * Compares the shipped migration journal with what the database recorded (Drizzle's
 * `drizzle.__drizzle_migrations`, one row per applied migration with its journal timestamp).
 * Migrations are forward-only: a database is current when every shipped one is applied.
 */
export async function migrationStatus(db: Database): Promise<MigrationStatus> {
  const journal = (JSON.parse(readFileSync(JOURNAL, 'utf8')) as { entries: JournalEntry[] }).entries;
  const exists = await db.execute<{ present: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  const rows = exists.rows[0]?.present
    ? (
        await db.execute<{ created_at: string | number }>(
          sql`select created_at from drizzle.__drizzle_migrations`,
        )
      ).rows
    : [];
  const done = new Set(rows.map((row) => Number(row.created_at)));
  const pending = journal.filter((entry) => !done.has(entry.when)).map((entry) => entry.tag);
  return { expected: journal.length, applied: journal.length - pending.length, pending };
}
