import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Database, storedFiles, type Transaction } from '@thidua/db';
import { eq } from 'drizzle-orm';
import type { ServerConfig } from '../config';

// The file store (SPEC §13) of evidence, a dossier's components and movement reports: bytes named by
// their SHA-256, so a file attached twice is stored once and a name can never point outside the store.
// Two kinds, chosen by `THIDUA_FILE_STORE` (README, "More than one server process"):
//   directory (default)  files under `config.filesDir`, written without execute permission;
//   database             rows of `stored_files` (bytea), which every server process on the database
//                        reads, written in the same transaction as the row that names them.
// Uploads in flight always go to a temporary file under `config.filesDir` on this machine. Files are
// only ever served as attachments.

/** Where stored bytes live: one process's directory, or the database every process shares. */
export interface FileStore {
  readonly kind: ServerConfig['fileStore'];
  /** Stores a received file under its hash (nothing when that content is already stored). */
  commit(file: ReceivedFile): Promise<void>;
  /** Stores bytes already in memory under their hash (the demo's evidence). */
  put(sha256: string, bytes: Buffer): Promise<void>;
  /** The stored bytes of a hash, or null when they are missing from the store. */
  open(sha256: string): Promise<Readable | null>;
}

/** What choosing a store needs of the configuration. */
export type FileStoreConfig = Pick<ServerConfig, 'fileStore' | 'filesDir'>;

/**
 * The configured store, over `db`: give it the transaction that writes the row naming a file, so with
 * the database store the bytes and their row are committed together.
 */
export function fileStoreOf(config: FileStoreConfig, db: Database | Transaction): FileStore {
  return config.fileStore === 'database' ? databaseFileStore(db) : directoryFileStore(config.filesDir);
}

/** Files under `filesDir`: `<filesDir>/ab/abcdef…`. */
export function directoryFileStore(filesDir: string): FileStore {
  return {
    kind: 'directory',
    commit: (file) => commitFile(filesDir, file),
    put: async (sha256, bytes) => {
      const path = blobPath(filesDir, sha256);
      await mkdir(join(filesDir, sha256.slice(0, 2)), { recursive: true });
      await writeFile(path, bytes, { flag: 'wx', mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    },
    open: async (sha256) => {
      const path = blobPath(filesDir, sha256);
      return (await exists(path)) ? createReadStream(path) : null;
    },
  };
}

/**
 * Rows of `stored_files` (a `bytea` per file, migration 0032). Not PostgreSQL large objects: bytea works
 * the same on PGlite and PostgreSQL, goes with its row through a transaction, pg_dump and a PGlite
 * snapshot without special handling, and holds the largest upload (THIDUA_MAX_UPLOAD_MB, 20 MB by
 * default) well under its 1 GB limit.
 */
export function databaseFileStore(db: Database | Transaction): FileStore {
  const put = async (sha256: string, bytes: Buffer) => {
    requireHash(sha256);
    await db
      .insert(storedFiles)
      .values({ sha256, sizeBytes: bytes.length, bytes })
      .onConflictDoNothing({ target: storedFiles.sha256 });
  };
  return {
    kind: 'database',
    commit: async (file) => put(file.sha256, await readFile(file.tempPath)),
    put,
    open: async (sha256) => {
      const [row] = await db
        .select({ bytes: storedFiles.bytes })
        .from(storedFiles)
        .where(eq(storedFiles.sha256, sha256))
        .limit(1);
      return row ? Readable.from([row.bytes]) : null;
    },
  };
}

/** A received upload, still in the temporary folder. */
export interface ReceivedFile {
  tempPath: string;
  sha256: string;
  sizeBytes: number;
}

const TEMP = '.tmp';

function requireHash(sha256: string): void {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
}

/** Where the bytes of a given hash live: `<filesDir>/ab/abcdef…`. */
export function blobPath(filesDir: string, sha256: string): string {
  requireHash(sha256);
  return join(filesDir, sha256.slice(0, 2), sha256);
}

/**
 * Streams an upload into a temporary file while hashing it; the caller moves it into place with
 * `FileStore.commit` once the database row is written, or drops it with `discardFile`.
 */
export async function receiveFile(stream: Readable, filesDir: string): Promise<ReceivedFile> {
  const dir = join(filesDir, TEMP);
  await mkdir(dir, { recursive: true });
  const tempPath = join(dir, randomUUID());
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await discardFile(tempPath);
    throw error;
  }
  return { tempPath, sha256: hash.digest('hex'), sizeBytes };
}

/**
 * Moves a received file to its content address. Rename within one file system is atomic, so a reader
 * never sees half a file; when the same content is already stored the copy is simply dropped.
 */
async function commitFile(filesDir: string, file: ReceivedFile): Promise<void> {
  const target = blobPath(filesDir, file.sha256);
  if (await exists(target)) {
    await discardFile(file.tempPath);
    return;
  }
  await mkdir(join(filesDir, file.sha256.slice(0, 2)), { recursive: true });
  await rename(file.tempPath, target);
}

/** Removes a temporary file, ignoring one that is already gone. */
export async function discardFile(tempPath: string): Promise<void> {
  await unlink(tempPath).catch(() => undefined);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
