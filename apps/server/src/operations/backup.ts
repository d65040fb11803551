import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { migrationStatus, openDatabase, type OpenedDatabase } from '@thidua/db';
import * as tar from 'tar';

// Backups taken while the server runs (issue #17), and their restore into an empty place.
//
// A backup is one tar file, `thidua-backup-<UTC time>.tar`:
//   manifest.json                 what it holds (format thidua/backup@1, the database's kind, counts)
//   database/pglite.tar.gz        PGlite: a consistent copy of its data directory (OpenedDatabase.snapshot)
//   database/postgres.dump        PostgreSQL: pg_dump's custom format (one consistent MVCC snapshot)
//   files/…                       the evidence and document files (content-addressed, never rewritten)
// The database is copied first, then the files: a stored file is written before the row that names it
// is committed and never deleted, so every file the copied database names is in the copied files.

export const BACKUP_FORMAT = 'thidua/backup@1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: 'pglite' | 'postgres';
  migrations: { applied: number; expected: number };
  files: number;
  /** SHA-256 of the database part, checked on restore. */
  databaseSha256: string;
}

export class BackupError extends Error {}

/** `thidua-backup-20261206-071502Z.tar` for a given time: sortable, one per second. */
export function backupName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `thidua-backup-${stamp}Z.tar`;
}

/** Runs a program to completion; its stderr becomes the error message when it fails. */
function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new BackupError(`Không chạy được ${program}: ${error.message}`)));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${program} dừng với mã ${code}: ${stderr.trim()}`)),
    );
  });
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every stored file below `filesDir` except the temporary folder of uploads in flight. */
function storedFiles(filesDir: string): string[] {
  if (!existsSync(filesDir)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === filesDir && entry.name === '.tmp') continue;
        walk(path);
      } else if (entry.isFile()) found.push(relative(filesDir, path));
    }
  };
  walk(filesDir);
  return found.sort();
}

export interface BackupSource {
  /** The open database (PGlite's snapshot is taken through it); for PostgreSQL its URL is needed too. */
  database: OpenedDatabase;
  databaseUrl?: string;
  filesDir: string;
}

/** Writes a backup into `outDir` and returns its path. */
export async function createBackup(source: BackupSource, outDir: string, now = new Date()): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'thidua-backup-'));
  try {
    mkdirSync(join(work, 'database'));
    const kind = source.database.kind;
    const part = join(work, 'database', kind === 'pglite' ? 'pglite.tar.gz' : 'postgres.dump');
    if (kind === 'pglite') {
      if (!source.database.snapshot) throw new BackupError('Cơ sở dữ liệu nhúng không hỗ trợ sao lưu');
      const blob = await source.database.snapshot();
      await writeFile(part, Buffer.from(await blob.arrayBuffer()));
    } else {
      if (!source.databaseUrl) throw new BackupError('Thiếu DATABASE_URL để sao lưu PostgreSQL');
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${part}`,
        source.databaseUrl,
      ]);
    }
    const migrations = await migrationStatus(source.database.db);
    const files = storedFiles(source.filesDir);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      database: kind,
      migrations: { applied: migrations.applied, expected: migrations.expected },
      files: files.length,
      databaseSha256: await sha256Of(part),
    };
    await writeFile(join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const target = join(outDir, backupName(now));
    const partial = `${target}.partial`;
    await tar.create({ file: partial, cwd: work, portable: true }, ['manifest.json', 'database']);
    if (files.length > 0)
      await tar.update({ file: partial, cwd: source.filesDir, portable: true, prefix: 'files' }, files);
    // Complete or absent: a crash mid-way leaves only a `.partial` file, never a short backup.
    await rename(partial, target);
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Keeps the newest `keep` backups in `outDir` (by their names, which sort by time); returns the removed. */
export async function pruneBackups(outDir: string, keep: number): Promise<string[]> {
  const names = (await readdir(outDir)).filter((n) => /^thidua-backup-\d{8}-\d{6}Z\.tar$/.test(n)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const name of old) await unlink(join(outDir, name));
  return old;
}

export interface RestoreTarget {
  /** PGlite's data directory (must be empty or absent), or */
  dataDir?: string;
  /** an empty PostgreSQL database. */
  databaseUrl?: string;
  filesDir: string;
}

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/**
 * Restores a backup into an empty place: never over existing data (a restore that mixes two states is
 * worse than none). The database then opens as usual, migrating forward if the backup is older.
 */
export async function restoreBackup(backupFile: string, target: RestoreTarget): Promise<BackupManifest> {
  const work = await mkdtemp(join(tmpdir(), 'thidua-restore-'));
  try {
    await tar.extract({ file: backupFile, cwd: work, strict: true });
    const manifest = JSON.parse(await readFile(join(work, 'manifest.json'), 'utf8')) as BackupManifest;
    if ((manifest.format as string) !== BACKUP_FORMAT)
      throw new BackupError(
        `Tệp ${basename(backupFile)} không phải bản sao lưu thidua (${BACKUP_FORMAT as string})`,
      );
    const part = join(work, 'database', manifest.database === 'pglite' ? 'pglite.tar.gz' : 'postgres.dump');
    if ((await sha256Of(part)) !== manifest.databaseSha256)
      throw new BackupError('Bản sao lưu bị hỏng: phần cơ sở dữ liệu không khớp mã kiểm tra');
    if (!isEmptyDir(target.filesDir))
      throw new BackupError(`Thư mục tệp ${target.filesDir} đã có dữ liệu: chỉ khôi phục vào nơi trống`);

    if (target.databaseUrl) {
      if (manifest.database !== 'postgres')
        throw new BackupError('Bản sao lưu của cơ sở dữ liệu nhúng (PGlite) chỉ khôi phục vào PGlite');
      await run('pg_restore', [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        `--dbname=${target.databaseUrl}`,
        part,
      ]);
    } else {
      if (manifest.database !== 'pglite')
        throw new BackupError('Bản sao lưu PostgreSQL chỉ khôi phục vào PostgreSQL (đặt DATABASE_URL)');
      if (!target.dataDir) throw new BackupError('Thiếu thư mục dữ liệu để khôi phục');
      if (!isEmptyDir(target.dataDir))
        throw new BackupError(`Thư mục dữ liệu ${target.dataDir} đã có dữ liệu: chỉ khôi phục vào nơi trống`);
      const restored = await openDatabase({
        dataDir: target.dataDir,
        loadDataDir: new Blob([await readFile(part)]),
        migrate: false,
      });
      await restored.close();
    }
    const files = join(work, 'files');
    if (existsSync(files) && statSync(files).isDirectory()) {
      mkdirSync(dirname(target.filesDir), { recursive: true });
      await rm(target.filesDir, { recursive: true, force: true });
      // A rename, or a copy when the temporary folder is on another file system.
      await rename(files, target.filesDir).catch(() => cp(files, target.filesDir, { recursive: true }));
    }
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
