/**
 * `npm start`: opens the database (embedded PGlite under .data/ by default, PostgreSQL when
 * DATABASE_URL is set), migrates it, seeds the demo council on first run (outside production), and
 * serves the API and the web application.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from '@thidua/db';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DefaultPasswordError, refuseDefaultPasswords } from './demo/default-passwords';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo/seed-demo';
import { scheduleNotifications } from './notifications/schedule';
import { fileStoreOf } from './files/blob-store';
import { registerControl, scheduleBackups } from './operations/control';

async function start(): Promise<void> {
  const config = loadConfig();
  const opened = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  if (config.production) await refuseDefaultPasswords(opened.db);
  const seeded = config.seedDemo
    ? await seedDemo(opened.db, { store: fileStoreOf(config, opened.db) })
    : false;
  // Uploads cut off by a crash (kill -9) leave half-written files in the temporary folder; nothing
  // refers to them (a file is committed to its content address only after its row is saved), and no
  // upload is in flight before this server listens, so the folder is emptied at every start.
  await rm(join(config.filesDir, '.tmp'), { recursive: true, force: true });
  const app = await buildApp({ db: opened.db, config, database: opened });
  const control = registerControl(app, config, opened);
  const stopBackups =
    config.backup.everyMinutes > 0
      ? scheduleBackups(app, config, opened, {
          dir: config.backup.dir,
          everyMs: config.backup.everyMinutes * 60_000,
          keep: config.backup.keep,
        })
      : () => undefined;
  const stopNotifications = scheduleNotifications(opened.db, config, app.log);
  const shutdown = async () => {
    // Never hang on the way out: whatever is still open after 10 s is cut (writes are transactional).
    setTimeout(() => process.exit(1), 10_000).unref();
    stopBackups();
    stopNotifications();
    control.removeFile();
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  control.writeFile(config.port);
  const where = opened.kind === 'pglite' ? `PGlite tại ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`thidua đang chạy tại http://localhost:${config.port} — cơ sở dữ liệu: ${where}`);
  console.log(`Tài liệu API: http://localhost:${config.port}/api/docs`);
  if (config.seedDemo) {
    console.log(seeded ? '\nĐã tạo dữ liệu mẫu.' : '\nDữ liệu mẫu đã có từ lần chạy trước.');
    console.log(`Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.username.padEnd(16)} ${account.role}`);
  }
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Cấu hình không hợp lệ: ${error.message}`);
  else if (error instanceof DefaultPasswordError) console.error(error.message);
  else console.error('Không khởi động được thidua:', error);
  process.exit(1);
});
