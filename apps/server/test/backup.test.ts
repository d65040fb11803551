import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@thidua/db';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backupName, pruneBackups } from '../src/operations/backup';
import { buildScoringCluster, SAMPLES } from './scoring-fixture';
import { freePort, signIn, startServer, stopServer } from './server-process';

const CLI = fileURLToPath(new URL('../src/cli/', import.meta.url));

/** Runs `npm run backup` / `npm run restore`'s programme with its own environment. */
function runCli(name: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(CLI, `${name}.ts`), ...args], {
    env: { ...process.env, THIDUA_DEMO: 'false', NODE_ENV: 'test', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

interface Session {
  port: number;
  cookie: string;
  csrf: string;
}

async function call(session: Session, method: string, path: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${session.port}/api/v1${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrf }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  return response;
}

async function as(port: number, username: string): Promise<Session> {
  return { port, ...(await signIn(port, username)) };
}

/** What must come back identical: the cluster's results, the council's audit log, the evidence bytes. */
async function observe(port: number, fx: Awaited<ReturnType<typeof buildScoringCluster>>, fileId: string) {
  const office = await as(port, fx.users.standingOffice.username);
  const results = await (await call(office, 'GET', `/clusters/${fx.cluster.id}/results`)).json();
  const audit = await (await call(office, 'GET', `/councils/${fx.council.id}/audit/export`)).text();
  const evidence = Buffer.from(await (await call(office, 'GET', `/evidence/${fileId}`)).arrayBuffer());
  return { results, audit, evidence };
}

interface Place {
  name: string;
  /** Environment of the original server and the backup; of the restore target. */
  source: Record<string, string>;
  target: Record<string, string>;
  open: () => ReturnType<typeof openDatabase>;
  cleanup: () => Promise<void>;
}

async function places(): Promise<Place[]> {
  const root = mkdtempSync(join(tmpdir(), 'thidua-backup-test-'));
  // Three data directories and their backups: more than the default 10 s on a busy machine.
  afterAll(() => rm(root, { recursive: true, force: true }), 120_000);
  const list: Place[] = [
    {
      name: 'pglite',
      source: { THIDUA_DATA_DIR: join(root, 'source'), DATABASE_URL: '' },
      target: { THIDUA_DATA_DIR: join(root, 'restored'), DATABASE_URL: '' },
      open: () => openDatabase({ dataDir: join(root, 'source', 'pglite') }),
      cleanup: async () => {},
    },
    {
      // The database file store (issue #15): the evidence travels inside the database's copy.
      name: 'pglite with THIDUA_FILE_STORE=database',
      source: { THIDUA_DATA_DIR: join(root, 'db-files'), DATABASE_URL: '', THIDUA_FILE_STORE: 'database' },
      target: {
        THIDUA_DATA_DIR: join(root, 'db-files-restored'),
        DATABASE_URL: '',
        THIDUA_FILE_STORE: 'database',
      },
      open: () => openDatabase({ dataDir: join(root, 'db-files', 'pglite') }),
      cleanup: async () => {},
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    const suffix = `${process.pid}_${Date.now()}`;
    const names = [`thidua_backup_src_${suffix}`, `thidua_backup_dst_${suffix}`];
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    for (const name of names) await admin.query(`create database ${name}`);
    await admin.end();
    const urlOf = (name: string) => {
      const u = new URL(url);
      u.pathname = `/${name}`;
      return u.toString();
    };
    list.push({
      name: 'postgres',
      source: { DATABASE_URL: urlOf(names[0]!), THIDUA_DATA_DIR: join(root, 'pg-source') },
      target: { DATABASE_URL: urlOf(names[1]!), THIDUA_DATA_DIR: join(root, 'pg-restored') },
      open: () => openDatabase({ url: urlOf(names[0]!) }),
      cleanup: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        for (const name of names) await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    });
  }
  return list;
}

describe.each(await places())(
  'backup while the server runs, restore into an empty place, on $name',
  (place) => {
    // Dropping the databases waits for their last connections: more than 10 s on a busy machine.
    afterAll(() => place.cleanup(), 120_000);

    it(
      'gives back identical results, audit log and evidence, without what was written after the backup',
      { timeout: 480_000 },
      async () => {
        const setup = await place.open();
        const fx = await buildScoringCluster(setup.db);
        await setup.close();

        const port = await freePort();
        const server = await startServer(place.source, port);
        let before: Awaited<ReturnType<typeof observe>>;
        let backupFile: string;
        try {
          // The member scores a criterion with its evidence file.
          const member = await as(port, fx.users.member.username);
          const unit = fx.units.member.id;
          const entryUrl = `/clusters/${fx.cluster.id}/units/${unit}/entries/I.1/self`;
          const saved = await call(member, 'PUT', entryUrl, { version: 0, plan: 10, actual: 12 });
          expect(saved.status).toBe(200);
          const entry = (await saved.json()) as { id: string; version: number };
          const form = new FormData();
          form.append('file', new Blob([SAMPLES.pdf], { type: 'application/pdf' }), 'Báo cáo quý I.pdf');
          const uploaded = await fetch(`http://127.0.0.1:${port}/api/v1/entries/${entry.id}/evidence`, {
            method: 'POST',
            headers: { cookie: member.cookie, 'x-csrf-token': member.csrf },
            body: form,
          });
          expect(uploaded.status).toBe(201);
          const fileId = ((await uploaded.json()) as { id: string }).id;
          if (place.source.THIDUA_FILE_STORE === 'database') {
            // Nothing in the directory but the folder of uploads in flight: the bytes are in the database.
            expect(readdirSync(join(place.source.THIDUA_DATA_DIR!, 'files'))).toEqual(['.tmp']);
          }
          before = await observe(port, fx, fileId);

          // `npm run backup` beside the running server.
          const backups = join(place.source.THIDUA_DATA_DIR!, '..', `${place.name}-backups`);
          const backup = runCli('backup', ['--out', backups], place.source);
          expect(backup.output).toMatch(/^Đã sao lưu: /m);
          expect(backup.status).toBe(0);
          const made = readdirSync(backups);
          expect(made).toHaveLength(1);
          expect(made[0]).toMatch(/^thidua-backup-\d{8}-\d{6}Z\.tar$/);
          backupFile = join(backups, made[0]!);

          // Written after the backup: must not come back.
          const later = await call(member, 'PUT', entryUrl, { version: entry.version, plan: 10, actual: 15 });
          expect(later.status).toBe(200);
          (before as { fileId?: string }).fileId = fileId;
        } finally {
          await stopServer(server);
        }

        // Restore into an empty place, then serve it.
        const restore = runCli('restore', [backupFile], place.target);
        expect(restore.output).toMatch(/^Đã khôi phục bản sao lưu lúc /m);
        expect(restore.status).toBe(0);
        // A second restore over the restored data is refused: never mixed with what is there.
        const again = runCli('restore', [backupFile], place.target);
        expect(again.status).toBe(1);
        expect(again.output).toMatch(/đã có dữ liệu: chỉ khôi phục vào nơi trống/);

        const restoredServer = await startServer(place.target, port);
        try {
          const after = await observe(port, fx, (before as { fileId?: string }).fileId!);
          expect(after.results).toEqual(before.results);
          // The restored audit log is the original's up to the backup, event for event.
          expect(after.audit).toBe(before.audit);
          expect(after.evidence.equals(SAMPLES.pdf)).toBe(true);
          expect(after.evidence.equals(before.evidence)).toBe(true);
        } finally {
          await stopServer(restoredServer);
        }
      },
    );
  },
);

describe('backup files', () => {
  it('are named by their UTC time, and pruning keeps the newest', async () => {
    expect(backupName(new Date('2026-12-06T07:15:02.345Z'))).toBe('thidua-backup-20261206-071502Z.tar');
    const dir = mkdtempSync(join(tmpdir(), 'thidua-prune-'));
    try {
      const names = [1, 2, 3, 4, 5].map((day) => backupName(new Date(Date.UTC(2026, 11, day, 1))));
      for (const name of names) writeFileSync(join(dir, name), '');
      mkdirSync(join(dir, 'keep-me'));
      writeFileSync(join(dir, 'notes.txt'), '');
      expect(await pruneBackups(dir, 2)).toEqual(names.slice(0, 3));
      expect(readdirSync(dir).sort()).toEqual([...names.slice(3), 'keep-me', 'notes.txt'].sort());
      expect(existsSync(join(dir, names[4]!))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
