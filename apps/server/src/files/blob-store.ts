import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// The evidence file store (SPEC §13): bytes live outside the database under `config.filesDir`, named by
// their SHA-256, so a file attached twice is stored once and a name can never point outside the store.
// Files are written without execute permission and only ever served as attachments.

/** A received upload, still in the temporary folder. */
export interface ReceivedFile {
  tempPath: string;
  sha256: string;
  sizeBytes: number;
}

const TEMP = '.tmp';

/** Where the bytes of a given hash live: `<filesDir>/ab/abcdef…`. */
export function blobPath(filesDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return join(filesDir, sha256.slice(0, 2), sha256);
}

/**
 * Streams an upload into a temporary file while hashing it; the caller moves it into place with
 * `commitFile` once the database row is written, or drops it with `discardFile`.
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
export async function commitFile(filesDir: string, file: ReceivedFile): Promise<void> {
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

/** Opens a stored file for download, or null when its bytes are missing from the store. */
export async function openStoredFile(filesDir: string, sha256: string): Promise<ReadStream | null> {
  const path = blobPath(filesDir, sha256);
  return (await exists(path)) ? createReadStream(path) : null;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
