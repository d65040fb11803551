import { accountTokens, auditLog, mailOutbox, units, users } from '@thidua/db';
import { databaseTestTargets, openTestPglite, uniqueSuffix } from '@thidua/db/testing';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../src/mail/mailer';
import { sendDueMail } from '../src/mail/outbox';
import { buildOrganisation, Client, type ErrorJson, useTestApp } from './harness';
import { type SmtpProcess, startSmtpProcess } from './smtp-process';

// Accounts by invitation and password reset by e-mail (issue #17 §2): one-time links (sha-256 stored,
// single use, 72 h / 1 h), the same answer for a reset of an unknown account, audit without the token.

const PUBLIC_URL = 'https://thidua.tinh.gov.vn';
const FROM = 'Thi đua, khen thưởng <thidua@tinh.gov.vn>';

interface Invited {
  unitId: string;
  unitName: string;
  userId: string;
  username: string;
  email: string;
}

/** The one-time token of the latest message to `recipient` still in the outbox. */
async function tokenSentTo(db: ReturnType<ReturnType<typeof useTestApp>['db']>, recipient: string) {
  const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, recipient));
  const link = rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]?.link ?? '';
  return new URL(link, PUBLIC_URL).searchParams.get('token') ?? '';
}

function world(target: Parameters<typeof useTestApp>[0]) {
  const { db, app, as } = useTestApp(target);
  async function council() {
    const org = await buildOrganisation(db());
    const tag = uniqueSuffix();
    const made = await db()
      .insert(units)
      .values(
        ['Xã Đông Hưng', 'Phường Ngô Quyền'].map((name, i) => ({
          councilId: org.council.id,
          code: `moi-${i}-${tag}`,
          name,
          type: 'ward' as const,
          calendar: 'calendarYear' as const,
        })),
      )
      .returning();
    const admin = await as(org.admin.username);
    const emails = made.map((u, i) => `donvi${i}-${tag}@xa.gov.vn`.toLowerCase());
    return { org, made, admin, emails, tag };
  }
  return { db, app, as, council };
}

describe.each(databaseTestTargets())('invitations and password reset by e-mail on $name', (target) => {
  const { db, app, as, council } = world(target);

  it('invites one account per unit: no usable password, a one-time link that sets one and signs in, audited', async () => {
    const { org, made, admin, emails } = await council();
    const response = await admin.post(`/councils/${org.council.id}/users/bulk/invitations`, {
      invitations: made.map((u, i) => ({ unitId: u.id, email: emails[i] })),
      usernamePrefix: 'moi',
    });
    expect(response.statusCode, response.body).toBe(201);
    const { created } = response.json<{ created: Invited[] }>();
    expect(created.map((c) => c.email).sort()).toEqual([...emails].sort());

    const ids = created.map((c) => c.userId);
    const stored = await db().select().from(users).where(inArray(users.id, ids));
    expect(stored.every((u) => !u.passwordHash.startsWith('$') && !u.mustChangePassword)).toBe(true);
    // No password signs in to an invited account (not even the marker stored instead of a hash).
    const guess = await new Client(app()).login(created[0]!.username, stored[0]!.passwordHash);
    expect(guess.json<ErrorJson>().error.code).toBe('BAD_CREDENTIALS');

    // One creation event per account, one batch; no token anywhere in the log.
    const events = await db().select().from(auditLog).where(inArray(auditLog.entityId, ids));
    expect(events.map((e) => e.action)).toEqual(['create', 'create']);
    expect(new Set(events.map((e) => e.batchId)).size).toBe(1);

    const invited = created.find((c) => c.email === emails[0])!;
    const token = await tokenSentTo(db(), invited.email);
    expect(token).toMatch(/^[\w-]{40,}$/);
    const [row] = await db().select().from(accountTokens).where(eq(accountTokens.userId, invited.userId));
    expect(row!.purpose).toBe('invitation');
    expect(row!.tokenHash).not.toContain(token);
    const hours = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 3600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThan(72.1);

    const anonymous = new Client(app());
    const weak = await anonymous.post('/auth/set-password', { token, newPassword: 'ngan' });
    expect(weak.json<ErrorJson>().error.code).toBe('WEAK_PASSWORD');
    const set = await anonymous.post('/auth/set-password', { token, newPassword: 'mat-khau-moi-2026' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<{ user: { username: string } }>().user.username).toBe(invited.username);
    expect(set.cookies.some((c) => c.name === 'thidua_session')).toBe(true);

    // Single use: the same link again is refused, nothing changes.
    const again = await anonymous.post('/auth/set-password', { token, newPassword: 'mat-khau-khac-2027' });
    expect(again.statusCode).toBe(400);
    expect(again.json<ErrorJson>().error.code).toBe('TOKEN_USED');
    expect(again.json<ErrorJson>().error.message).toContain('đã được dùng');
    await as(invited.username, 'mat-khau-moi-2026');

    const accepted = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, invited.userId), eq(auditLog.action, 'invitation.accept')));
    expect(accepted).toHaveLength(1);
    expect(JSON.stringify(accepted)).not.toContain(token);
  });

  it('refuses an unknown token and an expired one with a Vietnamese message', async () => {
    const { org, made, admin, emails } = await council();
    const response = await admin.post(`/councils/${org.council.id}/users/bulk/invitations`, {
      invitations: [{ unitId: made[0]!.id, email: emails[0] }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const [invited] = response.json<{ created: Invited[] }>().created;
    const anonymous = new Client(app());
    const wrong = await anonymous.post('/auth/set-password', {
      token: 'khong-phai-ma-that',
      newPassword: 'mat-khau-moi-2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ErrorJson>().error.code).toBe('TOKEN_INVALID');
    expect(wrong.json<ErrorJson>().error.message).toContain('không hợp lệ');

    const token = await tokenSentTo(db(), emails[0]!);
    await db()
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.userId, invited!.userId));
    const expired = await anonymous.post('/auth/set-password', { token, newPassword: 'mat-khau-moi-2026' });
    expect(expired.statusCode).toBe(400);
    expect(expired.json<ErrorJson>().error.code).toBe('TOKEN_EXPIRED');
    expect(expired.json<ErrorJson>().error.message).toContain('hết hạn');
    const [user] = await db().select().from(users).where(eq(users.id, invited!.userId));
    expect(user!.passwordHash.startsWith('$')).toBe(false);
  });

  it('checks every address first and names the row; nothing is made when one is wrong', async () => {
    const { org, made, admin, emails } = await council();
    const response = await admin.post(`/councils/${org.council.id}/users/bulk/invitations`, {
      invitations: [
        { unitId: made[0]!.id, email: emails[0] },
        { unitId: made[1]!.id, email: 'khong-phai-thu' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<ErrorJson>();
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([
      {
        path: 'body.invitations[1].email',
        message: 'dòng 2 (Phường Ngô Quyền): địa chỉ thư điện tử "khong-phai-thu" không hợp lệ',
      },
    ]);
    const made0 = await db()
      .select()
      .from(users)
      .where(inArray(users.email, [emails[0]!]));
    expect(made0).toHaveLength(0);
  });

  it('lets only the administrator invite', async () => {
    const { org, made, emails } = await council();
    const body = { invitations: [{ unitId: made[0]!.id, email: emails[0] }] };
    const url = `/councils/${org.council.id}/users/bulk/invitations`;
    expect((await new Client(app()).post(url, body)).statusCode).toBe(401);
    for (const who of [org.standingOffice, org.councilMember, org.staffA, org.stranger]) {
      const client = await as(who.username);
      expect([403, 404], who.username).toContain((await client.post(url, body)).statusCode);
    }
    expect(await db().select().from(users).where(eq(users.email, emails[0]!))).toHaveLength(0);
  });

  it('answers a reset request the same whether the account exists; sends a one-hour link only to a real one', async () => {
    const { org, tag } = await council();
    const email = `canbo-${tag}@so.gov.vn`.toLowerCase();
    await db().update(users).set({ email }).where(eq(users.id, org.staffA.id));
    const anonymous = new Client(app());
    const unknown = await anonymous.post('/auth/forgot-password', { login: `khong-co-${tag}` });
    const byName = await anonymous.post('/auth/forgot-password', { login: org.staffA.username });
    const byEmail = await anonymous.post('/auth/forgot-password', { login: email.toUpperCase() });
    expect([unknown.statusCode, byName.statusCode, byEmail.statusCode]).toEqual([202, 202, 202]);
    expect(unknown.body).toBe(byName.body);
    expect(unknown.body).toBe(byEmail.body);
    // No address, no mail (and the same answer again).
    const noAddress = await anonymous.post('/auth/forgot-password', { login: org.staffB.username });
    expect(noAddress.body).toBe(unknown.body);

    const tokens = await db()
      .select()
      .from(accountTokens)
      .where(inArray(accountTokens.userId, [org.staffA.id, org.staffB.id]));
    expect(tokens.map((t) => t.userId)).toEqual([org.staffA.id, org.staffA.id]);
    expect(tokens.every((t) => t.purpose === 'reset')).toBe(true);
    const minutes = (tokens[0]!.expiresAt.getTime() - tokens[0]!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThan(61);

    const token = await tokenSentTo(db(), email);
    const set = await anonymous.post('/auth/set-password', { token, newPassword: 'mat-khau-moi-2026' });
    expect(set.statusCode, set.body).toBe(200);
    // The other link sent is closed by the one used.
    const used = await db().select().from(accountTokens).where(eq(accountTokens.userId, org.staffA.id));
    expect(used.every((t) => t.usedAt !== null)).toBe(true);
    await as(org.staffA.username, 'mat-khau-moi-2026');

    const events = await db().select().from(auditLog).where(eq(auditLog.entityId, org.staffA.id));
    expect(events.map((e) => e.action).sort()).toEqual([
      'password.resetByLink',
      'password.resetRequest',
      'password.resetRequest',
    ]);
    expect(events.every((e) => e.actorUserId === null)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(token);
  });
});

// The messages themselves, through a real SMTP server process. A run of the outbox sends every message
// due in the database: on the shared PostgreSQL database it would send other files' messages too, so this
// part runs on an embedded database of its own (as notifications-mail.test.ts does).
describe('invitation and reset e-mails through a real SMTP server', () => {
  const { db, council, app } = world({ name: 'pglite' as const, open: openTestPglite });
  const processes: SmtpProcess[] = [];
  const mailers: Mailer[] = [];
  afterAll(async () => {
    mailers.forEach((m) => m.close());
    await Promise.all(processes.map((p) => p.stop()));
  });

  it('delivers each unit its invitation in Vietnamese with its link, then the reset link; the outbox forgets the tokens once sent', async () => {
    const server = await startSmtpProcess();
    processes.push(server);
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${server.port}`, from: FROM });
    mailers.push(mailer);
    const { org, made, admin, emails } = await council();
    const response = await admin.post(`/councils/${org.council.id}/users/bulk/invitations`, {
      invitations: made.map((u, i) => ({ unitId: u.id, email: emails[i] })),
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<{ created: Invited[] }>().created;

    expect(await sendDueMail(db(), mailer, PUBLIC_URL)).toEqual({ sent: 2, retried: 0, failed: 0 });
    const received = await server.waitFor(2);
    expect(received.flatMap((m) => m.to).sort()).toEqual([...emails].sort());
    const first = received.find((m) => m.to.includes(emails[0]!))!;
    expect(first.parsed.subject).toBe('[Thi đua] Mời đặt mật khẩu tài khoản');
    const account = created.find((c) => c.email === emails[0])!;
    expect(first.parsed.text).toContain(`tên đăng nhập "${account.username}"`);
    expect(first.parsed.text).not.toContain('tắt nhận thông báo');
    const link = /https:\/\/thidua\.tinh\.gov\.vn\/dat-mat-khau\?token=([\w-]+)/.exec(
      first.parsed.text ?? '',
    );
    expect(link).not.toBeNull();

    // Sent: the outbox keeps the message without its token.
    const rows = await db().select().from(mailOutbox).where(inArray(mailOutbox.recipient, emails));
    expect(rows.map((r) => [r.status, r.kind, r.link])).toEqual([
      ['sent', 'account', '/dat-mat-khau'],
      ['sent', 'account', '/dat-mat-khau'],
    ]);

    const anonymous = new Client(app());
    const set = await anonymous.post('/auth/set-password', {
      token: link![1],
      newPassword: 'mat-khau-moi-2026',
    });
    expect(set.statusCode, set.body).toBe(200);

    // Forgotten later: the reset link arrives at the same address.
    expect((await anonymous.post('/auth/forgot-password', { login: account.username })).statusCode).toBe(202);
    expect(await sendDueMail(db(), mailer, PUBLIC_URL)).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [, , reset] = await server.waitFor(3);
    expect(reset!.to).toEqual([emails[0]]);
    expect(reset!.parsed.subject).toBe('[Thi đua] Đặt lại mật khẩu');
    expect(reset!.parsed.text).toMatch(/dat-mat-khau\?token=[\w-]+/);
    expect(reset!.parsed.text).toContain('trong 1 giờ');
  });
});

describe('reset requests are rate-limited like sign-in', () => {
  const { app } = useTestApp(
    { name: 'pglite' as const, open: openTestPglite },
    { loginLimitPerNamePerMinute: 2 },
  );

  it('refuses the third request for one name within a minute, known or not', async () => {
    const anonymous = new Client(app());
    const login = `ai-do-${uniqueSuffix()}`;
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push((await anonymous.post('/auth/forgot-password', { login })).statusCode);
    expect(codes).toEqual([202, 202, 429]);
  });
});
