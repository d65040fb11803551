import { mailOutbox, users } from '@thidua/db';
import { openTestPglite } from '@thidua/db/testing';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { createMailer, type Mailer } from '../src/mail/mailer';
import { sendDueMail } from '../src/mail/outbox';
import { scheduleNotifications } from '../src/notifications/schedule';
import { testConfig, useTestApp } from './harness';
import { buildScoringCluster, putNewEntry } from './scoring-fixture';
import { freePort } from './server-process';
import { type SmtpProcess, startSmtpProcess } from './smtp-process';

// E-mail of notifications (issue #14 §5) against a real SMTP server process (smtp-server, 127.0.0.1):
// received by the right recipient with a correctly encoded Vietnamese subject and the public link;
// nothing for whoever turned e-mail off; never a score; kept in the outbox while SMTP is down.

const PUBLIC_URL = 'https://thidua.tinh.gov.vn';
const FROM = 'Thi đua, khen thưởng <thidua@tinh.gov.vn>';

// The outbox is the database's: a run sends every message due in it. The PostgreSQL test target is one
// database shared by every test file (each isolates itself by its own council), so there this suite would
// send, and count, the messages other files queue (CI: 3 sent where 2 were this test's). It runs on an
// embedded database of its own, as the permission suite does.
const TARGETS = [{ name: 'pglite' as const, open: openTestPglite }];

describe.each(TARGETS)('notification e-mail on $name', (target) => {
  const { db, app, as } = useTestApp(target);
  const processes: SmtpProcess[] = [];
  const mailers: Mailer[] = [];
  const smtp = async (port = 0) => {
    const started = await startSmtpProcess(port);
    processes.push(started);
    return started;
  };
  const mailerFor = (port: number) => {
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM });
    mailers.push(mailer);
    return mailer;
  };
  afterAll(async () => {
    mailers.forEach((m) => m.close());
    await Promise.all(processes.map((p) => p.stop()));
  });

  it('delivers the notification to its recipient only: Vietnamese subject, link, no score', async () => {
    const server = await smtp();
    const fx = await buildScoringCluster(db(), 'review');
    const emails = {
      leader: `truong-${fx.cluster.id.slice(0, 8)}@cum.gov.vn`,
      deputy: `pho-${fx.cluster.id.slice(0, 8)}@cum.gov.vn`,
      member: `donvi-${fx.cluster.id.slice(0, 8)}@phuong.gov.vn`,
    };
    await db().update(users).set({ email: emails.leader }).where(eq(users.id, fx.users.leader.id));
    await db().update(users).set({ email: emails.member }).where(eq(users.id, fx.users.member.id));
    // The deputy turned e-mail off: told in the application, not by mail.
    await db()
      .update(users)
      .set({ email: emails.deputy, emailNotifications: false })
      .where(eq(users.id, fx.users.deputy.id));

    const deputy = await as(fx.users.deputy.username);
    const reviewed = await putNewEntry(deputy, fx, fx.units.member.id, 'II.2', 'agreed', {
      points: 57.25,
      reason: 'Thiếu minh chứng',
    });
    expect(reviewed.statusCode).toBe(200);
    const member = await as(fx.users.member.username);
    expect(
      (
        await member.post(`/clusters/${fx.cluster.id}/objections`, {
          unitId: fx.units.member.id,
          criterionCode: 'II.2',
          body: 'Đơn vị đã gửi bổ sung biên bản',
        })
      ).statusCode,
    ).toBe(201);

    const run = await sendDueMail(db(), mailerFor(server.port), PUBLIC_URL);
    expect(run).toEqual({ sent: 2, retried: 0, failed: 0 });
    const received = await server.waitFor(2);
    expect(received.flatMap((m) => m.to).sort()).toEqual([emails.leader, emails.member].sort());

    const toLeader = received.find((m) => m.to.includes(emails.leader))!;
    expect(toLeader.parsed.subject).toBe('[Thi đua] Ý kiến mới về bảng điểm');
    // Encoded on the wire (RFC 2047), not raw 8-bit: the header line is plain ASCII.
    const subjectLine = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(toLeader.raw)![1]!;
    expect(subjectLine).toMatch(/=\?UTF-8\?[BQ]\?/i);
    expect(/^[\x20-\x7e\r\n\t]*$/.test(subjectLine)).toBe(true);
    const link = `${PUBLIC_URL}/hoi-dong/${fx.council.id}/y-kien?ky=${fx.period.id}&cum=${fx.cluster.id}&donVi=${fx.units.member.id}`;
    expect(toLeader.parsed.text).toContain(link);
    expect(toLeader.parsed.text).toContain('Phường 3 gửi ý kiến về bảng điểm');
    expect(toLeader.parsed.html).toContain(`href="${link.replaceAll('&', '&amp;')}"`);
    expect(toLeader.parsed.from?.text).toContain('thidua@tinh.gov.vn');

    const toMember = received.find((m) => m.to.includes(emails.member))!;
    expect(toMember.parsed.subject).toBe('[Thi đua] Điểm thẩm định thay đổi');
    // No score in the message (not the reviewed 57.25, nor any other number than the link's ids).
    expect(toMember.raw).not.toMatch(/57[.,]25|57,25/);
    expect(toMember.parsed.text).not.toMatch(/\bđiểm\s+\d/);

    const rows = await db()
      .select()
      .from(mailOutbox)
      .where(inArray(mailOutbox.recipient, Object.values(emails)));
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.every((r) => r.recipient !== emails.deputy)).toBe(true);
    // Sent once: a second run sends nothing.
    expect(await sendDueMail(db(), mailerFor(server.port), PUBLIC_URL)).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
  });

  it('keeps the message while the SMTP server is down and sends it once it is up', async () => {
    const port = await freePort();
    const fx = await buildScoringCluster(db(), 'review');
    const email = `truong-${fx.cluster.id.slice(0, 8)}@cum.gov.vn`;
    await db().update(users).set({ email }).where(eq(users.id, fx.users.leader.id));
    const member = await as(fx.users.member.username);
    await member.post(`/clusters/${fx.cluster.id}/objections`, {
      unitId: fx.units.member.id,
      body: 'Xem lại',
    });

    const mailer = mailerFor(port);
    const now = new Date();
    expect(await sendDueMail(db(), mailer, PUBLIC_URL, now)).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [waiting] = await db().select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(waiting!.lastError).toBeTruthy();
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // Not yet due: the backoff holds it.
    expect(await sendDueMail(db(), mailer, PUBLIC_URL, now)).toEqual({ sent: 0, retried: 0, failed: 0 });

    const server = await smtp(port);
    const later = new Date(now.getTime() + 2 * 60_000);
    expect(await sendDueMail(db(), mailer, PUBLIC_URL, later)).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [received] = await server.waitFor(1);
    expect(received!.to).toEqual([email]);
    expect(received!.parsed.subject).toBe('[Thi đua] Ý kiến mới về bảng điểm');
    const [sent] = await db().select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('is sent by the server’s own worker when SMTP is configured', async () => {
    const server = await smtp();
    const fx = await buildScoringCluster(db(), 'review');
    const email = `worker-${fx.cluster.id.slice(0, 8)}@cum.gov.vn`;
    await db().update(users).set({ email }).where(eq(users.id, fx.users.leader.id));
    const member = await as(fx.users.member.username);
    await member.post(`/clusters/${fx.cluster.id}/objections`, {
      unitId: fx.units.member.id,
      body: 'Xem lại',
    });
    const config = testConfig({
      mail: { smtpUrl: `smtp://127.0.0.1:${server.port}`, from: FROM, publicUrl: PUBLIC_URL },
      mailEverySeconds: 1,
    });
    const stop = scheduleNotifications(db(), config, app().log);
    try {
      const received = await server.waitFor(1, 15_000);
      expect(received.flatMap((m) => m.to)).toContain(email);
    } finally {
      stop();
    }
  });
});

describe('e-mail configuration', () => {
  it('reads the SMTP settings, and refuses a bad one naming the variable', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(
      loadConfig({
        THIDUA_SMTP_URL: 'smtp://u:p@mail.tinh.gov.vn:587',
        THIDUA_MAIL_FROM: 'thidua@tinh.gov.vn',
      }).mail,
    ).toEqual({
      smtpUrl: 'smtp://u:p@mail.tinh.gov.vn:587',
      from: 'thidua@tinh.gov.vn',
      publicUrl: 'http://localhost:3000',
    });
    expect(() => loadConfig({ THIDUA_SMTP_URL: 'mail.tinh.gov.vn', THIDUA_MAIL_FROM: 'a@b.vn' })).toThrow(
      /THIDUA_SMTP_URL/,
    );
    expect(() => loadConfig({ THIDUA_SMTP_URL: 'smtp://mail.tinh.gov.vn' })).toThrow(ConfigError);
    expect(() => loadConfig({ THIDUA_SMTP_URL: 'smtp://mail.tinh.gov.vn' })).toThrow(/THIDUA_MAIL_FROM/);
    expect(loadConfig({ THIDUA_REMINDERS_EVERY_MINUTES: '60' }).remindersEveryMinutes).toBe(60);
  });
});
