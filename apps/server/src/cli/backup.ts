/**
 * `npm run backup [-- --out DIR]`: one backup file of the database and the stored files, taken while the
 * server runs or not (default folder: THIDUA_BACKUP_DIR, else .data/backups).
 * - PostgreSQL (DATABASE_URL): pg_dump takes one consistent snapshot, beside the running servers.
 * - Embedded PGlite: only the server's process may open its directory, so a running server is asked
 *   to take the copy (through its control file); a stopped one is opened here.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@thidua/db';
import { loadConfig } from '../config';
import { BackupError, createBackup } from '../operations/backup';
import { readControlFile } from '../operations/control';

async function askRunningServer(port: number, token: string, outDir: string): Promise<string | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/internal/backup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-thidua-control': token },
      body: JSON.stringify({ outDir }),
      signal: AbortSignal.timeout(30 * 60_000),
    });
    const json = (await response.json()) as { path?: string; error?: { message: string } };
    if (!response.ok) throw new BackupError(json.error?.message ?? `Máy chủ trả lời ${response.status}`);
    return json.path ?? null;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    return null;
  }
}

/** Whether a process with this id is alive (signal 0 tests without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadConfig();
  const outDir = resolve(values.out ?? config.backup.dir);
  let path: string | null = null;
  if (!config.databaseUrl) {
    const control = readControlFile(config);
    if (control) {
      path = await askRunningServer(control.port, control.token, outDir);
      // Two processes must never open one PGlite directory: a server that is alive but did not
      // answer is a reason to stop, not to open its data here. A dead one left its file behind.
      if (!path && alive(control.pid))
        throw new BackupError(
          `máy chủ (tiến trình ${control.pid}) đang chạy nhưng không trả lời tại cổng ${control.port}; thử lại sau`,
        );
    }
  }
  if (!path) {
    if (!config.databaseUrl && !existsSync(config.dataDir))
      throw new BackupError(`Không có cơ sở dữ liệu tại ${config.dataDir}`);
    const opened = await openDatabase(
      config.databaseUrl
        ? { url: config.databaseUrl, migrate: false }
        : { dataDir: config.dataDir, migrate: false },
    );
    try {
      path = await createBackup(
        { database: opened, databaseUrl: config.databaseUrl, filesDir: config.filesDir },
        outDir,
      );
    } finally {
      await opened.close();
    }
  }
  console.log(`Đã sao lưu: ${path}`);
}

main().catch((error: unknown) => {
  console.error(`Không sao lưu được: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
