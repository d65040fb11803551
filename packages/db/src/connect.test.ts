import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, openDatabase, resolveDatabaseTarget } from './connect';
import * as s from './schema';

/** Every migration of packages/db/migrations, as drizzle-kit's journal lists them. */
const MIGRATION_COUNT = (
  JSON.parse(readFileSync(new URL('../migrations/meta/_journal.json', import.meta.url), 'utf8')) as {
    entries: unknown[];
  }
).entries.length;

describe('resolveDatabaseTarget', () => {
  const pgUrl = 'postgres://thidua@127.0.0.1:5432/thidua';

  it('uses embedded PGlite in .data/pglite when nothing is configured', () => {
    expect(resolveDatabaseTarget({}, {})).toEqual({ kind: 'pglite', dataDir: DEFAULT_DATA_DIR });
  });

  it('uses PostgreSQL when DATABASE_URL is set, or a URL is given', () => {
    expect(resolveDatabaseTarget({}, { DATABASE_URL: pgUrl })).toEqual({ kind: 'postgres', url: pgUrl });
    expect(resolveDatabaseTarget({ url: 'postgresql://h/db' }, {})).toEqual({
      kind: 'postgres',
      url: 'postgresql://h/db',
    });
  });

  it('prefers an explicit data directory over DATABASE_URL', () => {
    expect(resolveDatabaseTarget({ dataDir: 'memory://' }, { DATABASE_URL: pgUrl })).toEqual({
      kind: 'pglite',
      dataDir: 'memory://',
    });
  });

  it('refuses a URL that is not PostgreSQL, without echoing its credentials', () => {
    expect(() => resolveDatabaseTarget({ url: 'mysql://root:secret@h/db' }, {})).toThrow(/h\/db/);
    expect(() => resolveDatabaseTarget({ url: 'mysql://root:secret@h/db' }, {})).not.toThrow(/secret/);
  });
});

describe('openDatabase on a PGlite data directory', () => {
  const parent = mkdtempSync(join(tmpdir(), 'thidua-db-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('creates the directory, migrates once, and finds its data again after a restart', async () => {
    const dataDir = join(parent, 'nested', 'pglite');
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await first.db.insert(s.councils).values({ code: 'ha-noi', name: 'Hội đồng TĐKT Thành phố Hà Nội' });
    await first.close();

    const second = await openDatabase({ dataDir });
    const councils = await second.db.select({ code: s.councils.code }).from(s.councils);
    const applied = await second.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await second.close();
    expect(councils).toEqual([{ code: 'ha-noi' }]);
    expect(applied.rows).toEqual([{ n: MIGRATION_COUNT }]);
  }, 60_000);
});
