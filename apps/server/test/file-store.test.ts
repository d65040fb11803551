import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { storedFiles } from '@thidua/db';
import { databaseTestTargets, useTestDatabase } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { ConfigError, loadConfig } from '../src/config';
import {
  databaseFileStore,
  directoryFileStore,
  discardFile,
  type FileStore,
  fileStoreOf,
  receiveFile,
} from '../src/files/blob-store';
import { testConfig } from './harness';
import { buildScoringCluster, putNewEntry, SAMPLES, signIn, upload } from './scoring-fixture';

// The two file stores (issue #15): the local directory (the default) and the database's `stored_files`,
// which every server process on one database shares (THIDUA_FILE_STORE=database).

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = async (stream: Readable | null) => {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe('THIDUA_FILE_STORE', () => {
  it('is the directory unless told database, and a wrong value names the variable', () => {
    expect(loadConfig({}).fileStore).toBe('directory');
    expect(loadConfig({ THIDUA_FILE_STORE: 'database' }).fileStore).toBe('database');
    expect(() => loadConfig({ THIDUA_FILE_STORE: 's3' })).toThrow(ConfigError);
    expect(() => loadConfig({ THIDUA_FILE_STORE: 's3' })).toThrow(/THIDUA_FILE_STORE/);
  });
});

describe.each(databaseTestTargets())('the file stores on $name', (target) => {
  const db = useTestDatabase(target);

  const stores: [string, (filesDir: string) => FileStore][] = [
    ['directory', (filesDir) => directoryFileStore(filesDir)],
    ['database', () => databaseFileStore(db())],
  ];

  it.each(stores)(
    'the %s store keeps received and given bytes by hash, once, and reads them back',
    async (_, make) => {
      const filesDir = mkdtempSync(join(tmpdir(), 'thidua-store-'));
      const store = make(filesDir);
      const bytes = randomBytes(70_000);
      const received = await receiveFile(Readable.from([bytes]), filesDir);
      expect(received).toMatchObject({ sha256: sha(bytes), sizeBytes: bytes.length });
      await store.commit(received);
      await discardFile(received.tempPath);
      // The same content again: nothing new, nothing refused.
      const again = await receiveFile(Readable.from([bytes]), filesDir);
      await store.commit(again);
      await discardFile(again.tempPath);
      expect((await bytesOf(await store.open(sha(bytes))))!.equals(bytes)).toBe(true);

      const given = randomBytes(100);
      await store.put(sha(given), given);
      await store.put(sha(given), given);
      expect((await bytesOf(await store.open(sha(given))))!.equals(given)).toBe(true);
      expect(await store.open(sha(randomBytes(8)))).toBeNull();
      expect(readdirSync(join(filesDir, '.tmp'))).toEqual([]);

      const rows = await db()
        .select()
        .from(storedFiles)
        .where(eq(storedFiles.sha256, sha(bytes)));
      const onDisk = existsSync(join(filesDir, sha(bytes).slice(0, 2), sha(bytes)));
      if (store.kind === 'database') {
        expect(rows.map((r) => [r.sizeBytes, r.bytes.equals(bytes)])).toEqual([[bytes.length, true]]);
        expect(onDisk).toBe(false);
      } else {
        expect(rows).toEqual([]);
        expect(onDisk).toBe(true);
      }
    },
  );

  it('the database store keeps nothing of a transaction that is rolled back', async () => {
    const bytes = randomBytes(1000);
    const refused = db().transaction(async (tx) => {
      await fileStoreOf({ fileStore: 'database', filesDir: '/nonexistent' }, tx).put(sha(bytes), bytes);
      throw new Error('refused');
    });
    await expect(refused).rejects.toThrow('refused');
    expect(await databaseFileStore(db()).open(sha(bytes))).toBeNull();
  });

  describe('evidence through the database store', () => {
    let a: FastifyInstance;
    let b: FastifyInstance;
    let local: FastifyInstance;
    const dirA = mkdtempSync(join(tmpdir(), 'thidua-store-a-'));
    beforeAll(async () => {
      a = await buildApp({ db: db(), config: testConfig({ fileStore: 'database', filesDir: dirA }) });
      // Another process: its own (empty) directory, the same database.
      const dirB = mkdtempSync(join(tmpdir(), 'thidua-store-b-'));
      b = await buildApp({ db: db(), config: testConfig({ fileStore: 'database', filesDir: dirB }) });
      local = await buildApp({ db: db(), config: testConfig({ filesDir: dirB }) });
    });
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close(), local?.close()]);
    });

    it('stores an upload in the database, serves it from another app, and puts it in the council archive', async () => {
      const fx = await buildScoringCluster(db());
      const member = await signIn(a, fx.users.member.username);
      const saved = await putNewEntry(member, fx, fx.units.member.id, 'I.1', 'self', {
        plan: 10,
        actual: 12,
      });
      expect(saved.statusCode).toBe(200);
      const bytes = Buffer.concat([SAMPLES.pdf, Buffer.from(`%${randomBytes(8).toString('hex')}\n`)]);
      const uploaded = await upload(a, member, `/entries/${saved.json<{ id: string }>().id}/evidence`, {
        name: 'Báo cáo quý I.pdf',
        bytes,
      });
      expect(uploaded.statusCode).toBe(201);
      const file = uploaded.json<{ id: string; sha256: string }>();
      expect(file.sha256).toBe(sha(bytes));
      // Nothing under the directory but the empty folder of uploads in flight.
      expect(readdirSync(dirA)).toEqual(['.tmp']);
      expect(readdirSync(join(dirA, '.tmp'))).toEqual([]);

      const onB = await signIn(b, fx.users.standingOffice.username);
      const download = await onB.get(`/evidence/${file.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(bytes)).toBe(true);
      // A process on the directory store does not have the bytes: why N processes need the shared store.
      const onLocal = await signIn(local, fx.users.standingOffice.username);
      expect((await onLocal.get(`/evidence/${file.id}`)).statusCode).toBe(404);

      const archive = await onB.get(`/councils/${fx.council.id}/archive`);
      expect(archive.statusCode).toBe(200);
      const dir = mkdtempSync(join(tmpdir(), 'thidua-store-archive-'));
      writeFileSync(join(dir, 'a.tar.gz'), archive.rawPayload);
      await tar.extract({ file: join(dir, 'a.tar.gz'), cwd: dir, strict: true });
      expect(readFileSync(join(dir, 'evidence', file.sha256)).equals(bytes)).toBe(true);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        evidenceFiles: number;
        missingEvidenceFiles: number;
      };
      expect(manifest).toMatchObject({ evidenceFiles: 1, missingEvidenceFiles: 0 });
    });
  });
});
