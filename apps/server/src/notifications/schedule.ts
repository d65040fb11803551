import type { Database } from '@thidua/db';
import type { FastifyBaseLogger } from 'fastify';
import type { ServerConfig } from '../config';
import { createMailer } from '../mail/mailer';
import { sendDueMail } from '../mail/outbox';
import { runReminders } from './reminders';

/** A job run every `everyMs`, never twice at once, its errors logged (it tries again next time). */
function every(everyMs: number, job: () => Promise<unknown>, log: FastifyBaseLogger, what: string) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    job()
      .catch((error: unknown) => log.error({ err: error }, `${what} failed`))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The server's background work for reminders: the mail worker (when SMTP is configured) sends the
 * outbox every `THIDUA_MAIL_EVERY_SECONDS`; the deadline reminders run every
 * `THIDUA_REMINDERS_EVERY_MINUTES` (when set). Returns the function that stops both.
 */
export function scheduleNotifications(
  db: Database,
  config: ServerConfig,
  log: FastifyBaseLogger,
): () => void {
  const stops: (() => void)[] = [];
  if (config.mail) {
    const mail = config.mail;
    const mailer = createMailer(mail);
    stops.push(
      every(
        config.mailEverySeconds * 1000,
        () => sendDueMail(db, mailer, mail.publicUrl),
        log,
        'mail outbox',
      ),
      () => mailer.close(),
    );
  }
  if (config.remindersEveryMinutes > 0) {
    stops.push(
      every(config.remindersEveryMinutes * 60_000, () => runReminders(db), log, 'deadline reminders'),
    );
  }
  return () => stops.forEach((stop) => stop());
}
