/**
 * `npm run reminders [-- --as-of YYYY-MM-DD]`, for cron: writes the deadline reminders due today (each
 * once: a second run writes nothing new), then, when SMTP is configured (`THIDUA_SMTP_URL`,
 * `THIDUA_MAIL_FROM`), sends the e-mail outbox once. Uses the server's database settings.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '@thidua/db';
import { ConfigError, loadConfig } from '../config';
import { createMailer } from '../mail/mailer';
import { sendDueMail } from '../mail/outbox';
import { runReminders } from '../notifications/reminders';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new ConfigError('--as-of: ngày dạng YYYY-MM-DD');
  }
  const config = loadConfig();
  const opened = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    const run = await runReminders(opened.db, asOf);
    console.log(`Nhắc hạn ngày ${run.asOf}: ${run.created} thông báo mới.`);
    if (config.mail) {
      const mailer = createMailer(config.mail);
      try {
        const sent = await sendDueMail(opened.db, mailer, config.mail.publicUrl);
        console.log(
          `Thư điện tử: đã gửi ${sent.sent}, sẽ gửi lại ${sent.retried}, không gửi được ${sent.failed}.`,
        );
      } finally {
        mailer.close();
      }
    }
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Cấu hình không hợp lệ: ${error.message}`);
  else console.error('Không chạy được việc nhắc hạn:', error);
  process.exit(1);
});
