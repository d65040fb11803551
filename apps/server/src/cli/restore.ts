/**
 * `npm run restore -- FILE`: restores a backup made by `npm run backup` into an empty place — the
 * PGlite directory of THIDUA_DATA_DIR, or the empty PostgreSQL database of DATABASE_URL — with its
 * stored files, then brings the schema forward (migrations are forward-only). Never over existing data.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@thidua/db';
import { loadConfig } from '../config';
import { restoreBackup } from '../operations/backup';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new Error('cần tên tệp sao lưu: npm run restore -- <tệp .tar>');
  const config = loadConfig();
  const manifest = await restoreBackup(resolve(file), {
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir }),
    filesDir: config.filesDir,
  });
  const opened = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  await opened.close();
  console.log(
    `Đã khôi phục bản sao lưu lúc ${manifest.createdAt} (${manifest.files} tệp) vào ${config.databaseUrl ? 'PostgreSQL' : config.dataDir}`,
  );
}

main().catch((error: unknown) => {
  console.error(`Không khôi phục được: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
