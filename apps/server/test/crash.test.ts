import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog, openDatabase, type OpenDatabaseOptions, units } from '@thidua/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from './harness';
import { exitOf, freePort, signIn, startServer, stopServer } from './server-process';

interface Target {
  name: string;
  options: OpenDatabaseOptions;
  env: Record<string, string>;
}

function targets(): Target[] {
  const root = mkdtempSync(join(tmpdir(), 'thidua-crash-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const list: Target[] = [
    {
      name: 'pglite',
      options: { dataDir: join(root, 'pglite') },
      env: { THIDUA_DATA_DIR: root, DATABASE_URL: '' },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) list.push({ name: 'postgres', options: { url }, env: { DATABASE_URL: url } });
  return list;
}

describe.each(targets())('kill -9 during a burst of writes on $name', (target) => {
  it('keeps every acknowledged write and its audit event after a restart', { timeout: 240_000 }, async () => {
    // Prepare a council and a standing-office account, then let the server own the database.
    const setup = await openDatabase(target.options);
    const org = await buildOrganisation(setup.db);
    await setup.close();

    const port = await freePort();
    const server = await startServer(target.env, port);
    const { cookie, csrf } = await signIn(port, org.standingOffice.username);

    const acknowledged: string[] = [];
    const refusals: string[] = [];
    let attempted = 0;
    const worker = async (w: number) => {
      for (let i = 0; ; i++) {
        attempted++;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/v1/councils/${org.council.id}/units`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
            body: JSON.stringify({ code: `crash-${w}-${i}`, name: `Đơn vị thử ${w}-${i}`, type: 'ward' }),
            signal: AbortSignal.timeout(15_000),
          });
          if (response.status !== 201) {
            refusals.push(`${response.status} ${await response.text()}`);
            return;
          }
          acknowledged.push(((await response.json()) as { id: string }).id);
        } catch {
          return; // the connection died with the server
        }
      }
    };
    let finished = false;
    const burst = Promise.all([0, 1, 2, 3, 4, 5].map(worker)).then(() => (finished = true));
    while (acknowledged.length < 40 && !finished) await new Promise((r) => setTimeout(r, 5));
    expect(refusals).toEqual([]);
    server.kill('SIGKILL');
    await burst;
    await exitOf(server);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(attempted).toBeGreaterThan(acknowledged.length);

    // Restart on the same data: it must come up (recovering its database) and serve the data.
    const restarted = await startServer(target.env, port);
    const again = await signIn(port, org.standingOffice.username);
    const listed = await fetch(
      `http://127.0.0.1:${port}/api/v1/councils/${org.council.id}/units?pageSize=500`,
      { headers: { cookie: again.cookie }, signal: AbortSignal.timeout(15_000) },
    );
    const ids = new Set(((await listed.json()) as { items: { id: string }[] }).items.map((u) => u.id));
    await stopServer(restarted);
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);

    const check = await openDatabase(target.options);
    try {
      const rows = await check.db.select({ id: units.id }).from(units).where(inArray(units.id, acknowledged));
      expect(rows).toHaveLength(acknowledged.length);
      const events = await check.db
        .select({ entityId: auditLog.entityId })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entityType, 'unit'),
            eq(auditLog.action, 'create'),
            inArray(auditLog.entityId, acknowledged),
          ),
        );
      expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(acknowledged));
    } finally {
      await check.close();
    }
  });
});

describe('uploads cut off by a crash', () => {
  it(
    'leave no orphan temporary files after the next start, and stored files stay',
    { timeout: 240_000 },
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'thidua-orphans-'));
      try {
        const setup = await openDatabase({ dataDir: join(root, 'pglite') });
        await setup.close();
        // What kill -9 during an upload leaves: half-written files in files/.tmp; and a committed file.
        const temporary = join(root, 'files', '.tmp');
        mkdirSync(temporary, { recursive: true });
        writeFileSync(join(temporary, 'upload-1.part'), 'half a PDF');
        writeFileSync(join(temporary, 'upload-2.part'), Buffer.alloc(1024));
        const stored = join(root, 'files', 'ab', 'abcdef');
        mkdirSync(join(root, 'files', 'ab'), { recursive: true });
        writeFileSync(stored, 'a committed evidence file');

        const port = await freePort();
        const server = await startServer({ THIDUA_DATA_DIR: root, DATABASE_URL: '' }, port);
        await stopServer(server);
        expect(existsSync(join(temporary, 'upload-1.part'))).toBe(false);
        expect(existsSync(join(temporary, 'upload-2.part'))).toBe(false);
        expect(readFileSync(stored, 'utf8')).toBe('a committed evidence file');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );
});
