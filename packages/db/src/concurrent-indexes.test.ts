import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildPendingIndexesConcurrently,
  CONCURRENT_INDEX_MIGRATIONS,
  concurrentIndexesOf,
  extensionsOf,
  type Queryable,
} from './concurrent-indexes';
import { auditLog, users } from './schema';
import { databaseTestTargets, useTestDatabase } from './testing';

const MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));

describe('indexes built concurrently before the migrator (migration 0031)', () => {
  it('reads every statement of the audit search migration as a concurrent build of a schema index', () => {
    const [tag] = CONCURRENT_INDEX_MIGRATIONS;
    const indexes = concurrentIndexesOf(readFileSync(join(MIGRATIONS, `${tag}.sql`), 'utf8'));
    expect(indexes.map((i) => i.name)).toEqual([
      'audit_log_council_id_idx',
      'audit_log_council_entity_type_idx',
      'audit_log_council_actor_idx',
    ]);
    const declared = getTableConfig(auditLog).indexes.map((i) => i.config.name);
    for (const index of indexes) {
      expect(index.table).toBe('audit_log');
      expect(declared).toContain(index.name);
      expect(index.statement).toMatch(/^CREATE INDEX CONCURRENTLY IF NOT EXISTS "\w+" ON "audit_log"/);
    }
  });

  it('reads the trigram migration as its extension, then concurrent builds of schema indexes', () => {
    const text = readFileSync(join(MIGRATIONS, '0033_audit_trigram_indexes.sql'), 'utf8');
    expect(CONCURRENT_INDEX_MIGRATIONS).toContain('0033_audit_trigram_indexes');
    expect(extensionsOf(text)).toEqual(['CREATE EXTENSION IF NOT EXISTS pg_trgm;']);
    const indexes = concurrentIndexesOf(text);
    expect(indexes.map((i) => [i.table, i.name])).toEqual([
      ['audit_log', 'audit_log_reason_trgm_idx'],
      ['users', 'users_username_trgm_idx'],
      ['users', 'users_display_name_trgm_idx'],
    ]);
    const declared = [auditLog, users].flatMap((t) => getTableConfig(t).indexes.map((i) => i.config.name));
    for (const index of indexes) {
      expect(declared).toContain(index.name);
      expect(index.statement).toMatch(/^CREATE INDEX CONCURRENTLY IF NOT EXISTS "\w+" ON "\w+" USING gin/);
    }
  });

  it('does nothing on a new database, which has no migrations table yet', async () => {
    const client = await PGlite.create();
    try {
      expect(await buildPendingIndexesConcurrently(client, MIGRATIONS)).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('refuses a statement that is not an index in such a migration', () => {
    expect(() => concurrentIndexesOf('ALTER TABLE "x" ADD COLUMN "y" int;')).toThrow(/Not an index/);
  });
});

describe.each(databaseTestTargets())('concurrent index builds on $name', (target) => {
  const db = useTestDatabase(target);

  it('serves a substring search of the reason and of users’ names by the trigram indexes', async () => {
    const client = (db() as unknown as { $client: Queryable }).$client;
    // Planned as if the tables were large: a sequential scan of a test database's few rows is cheaper.
    await client.query('SET enable_seqscan = off');
    try {
      const plan = async (query: string) =>
        (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query}`)).rows
          .map((r) => r['QUERY PLAN'])
          .join('\n');
      expect(await plan(`select id from audit_log where reason ilike '%chấm lại%'`)).toContain(
        'audit_log_reason_trgm_idx',
      );
      const names = await plan(
        `select id from users where username ilike '%nguyen%' or display_name ilike '%nguyễn%'`,
      );
      expect(names).toContain('users_username_trgm_idx');
      expect(names).toContain('users_display_name_trgm_idx');
    } finally {
      await client.query('RESET enable_seqscan');
    }
  });

  it('builds a pending migration’s index outside any transaction, replacing one left invalid, once', async () => {
    const client = (db() as unknown as { $client: Queryable }).$client;
    const tag = randomUUID().slice(0, 8);
    const table = `scratch_${tag}`;
    await client.query(`CREATE TABLE "${table}" (a int, b int)`);
    try {
      await client.query(`INSERT INTO "${table}" VALUES (1, 1), (1, 2)`);
      // An interrupted concurrent build leaves an INVALID index behind: a unique one on duplicates does.
      await expect(
        client.query(`CREATE UNIQUE INDEX CONCURRENTLY "${table}_a_idx" ON "${table}" (a)`),
      ).rejects.toThrow();
      const folder = mkdtempSync(join(tmpdir(), 'thidua-migrations-'));
      mkdirSync(join(folder, 'meta'));
      const entries = [
        // Applied long ago (older than the last recorded migration): left to the migrator.
        { idx: 1, version: '7', when: 1, tag: `0001_${tag}`, breakpoints: true },
        { idx: 2, version: '7', when: Number.MAX_SAFE_INTEGER, tag: `0002_${tag}`, breakpoints: true },
      ];
      writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ entries }));
      writeFileSync(
        join(folder, `0001_${tag}.sql`),
        `CREATE INDEX IF NOT EXISTS "${table}_old_idx" ON "${table}" USING btree ("b");`,
      );
      writeFileSync(
        join(folder, `0002_${tag}.sql`),
        `-- a comment\nCREATE INDEX IF NOT EXISTS "${table}_a_idx" ON "${table}" USING btree ("a");--> statement-breakpoint\n` +
          `CREATE INDEX IF NOT EXISTS "${table}_b_idx" ON "${table}" USING btree ("b","a");`,
      );
      const tags = entries.map((e) => e.tag);
      expect(await buildPendingIndexesConcurrently(client, folder, tags)).toEqual([
        `${table}_a_idx`,
        `${table}_b_idx`,
      ]);
      const state = await client.query<{ name: string; valid: boolean }>(
        `select c.relname as name, i.indisvalid as valid from pg_index i join pg_class c on c.oid = i.indexrelid
         where i.indrelid = to_regclass($1) order by 1`,
        [table],
      );
      expect(state.rows).toEqual([
        { name: `${table}_a_idx`, valid: true },
        { name: `${table}_b_idx`, valid: true },
      ]);
      expect(await buildPendingIndexesConcurrently(client, folder, tags)).toEqual([]);
    } finally {
      await client.query(`DROP TABLE "${table}"`);
    }
  });
});
