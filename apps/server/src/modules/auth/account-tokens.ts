import { createHash, randomBytes } from 'node:crypto';
import {
  type AccountTokenPurpose,
  accountTokens,
  type Database,
  mailOutbox,
  sessions,
  type Transaction,
  users,
} from '@thidua/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { hashPassword, isStrongPassword } from '../../auth/passwords';
import { clearFailures } from '../../auth/login-failures';
import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../http/errors';

// One-time links by e-mail (issue #17 §2): an invitation to an account made without a usable password
// (72 hours) and a password reset asked for on the sign-in page (1 hour). Only the token's sha-256 is
// stored; the token itself is in the e-mail's link alone (the outbox drops it once sent) and is never
// logged or audited. Using a link sets the password, ends every session and every other open link of
// the account, and signs in.

/** Stored instead of a password hash for an invited account: no password ever verifies against it. */
export const NO_PASSWORD = '!invitation';

export const TOKEN_HOURS: Record<AccountTokenPurpose, number> = { invitation: 72, reset: 1 };

/** The web page that receives a link's token. */
export const SET_PASSWORD_PATH = '/dat-mat-khau';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Makes a one-time link for `userId` and queues its e-mail to `email`, in the caller's transaction (so
 * the account, its link and its mail commit together). Returns nothing: the token leaves only by mail.
 */
export async function queueAccountLink(
  tx: Database | Transaction,
  user: { id: string; username: string; displayName: string },
  email: string,
  purpose: AccountTokenPurpose,
  now: Date = new Date(),
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const hours = TOKEN_HOURS[purpose];
  await tx.insert(accountTokens).values({
    userId: user.id,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(now.getTime() + hours * 3600_000),
  });
  const message =
    purpose === 'invitation'
      ? `Kính gửi ${user.displayName}: Hội đồng Thi đua - Khen thưởng đã cấp cho bạn tài khoản sử dụng phần mềm ` +
        `quản lý thi đua, khen thưởng với tên đăng nhập "${user.username}". Hãy mở đường liên kết dưới đây để ` +
        `đặt mật khẩu (ít nhất 10 ký tự, gồm chữ và số). Đường liên kết dùng được một lần, trong ${hours} giờ.`
      : `Có yêu cầu đặt lại mật khẩu cho tài khoản "${user.username}". Nếu đúng là bạn, hãy mở đường liên kết ` +
        `dưới đây để đặt mật khẩu mới; đường liên kết dùng được một lần, trong ${hours} giờ. Nếu không phải ` +
        `bạn, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.`;
  await tx.insert(mailOutbox).values({
    kind: 'account',
    recipient: email,
    subject: purpose === 'invitation' ? '[Thi đua] Mời đặt mật khẩu tài khoản' : '[Thi đua] Đặt lại mật khẩu',
    message,
    link: `${SET_PASSWORD_PATH}?token=${token}`,
  });
}

/**
 * "Quên mật khẩu?": the account named by its username or its e-mail address, when it exists, is enabled
 * and has an address, gets a reset link by e-mail. The caller answers the same either way.
 */
export async function requestPasswordReset(db: Database, login: string): Promise<void> {
  const key = login.trim().normalize('NFC').toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(sql`(lower(${users.username}) = ${key} or lower(${users.email}) = ${key})`)
    .limit(2);
  if (!user || !user.email || user.disabledAt) return;
  await db.transaction(async (tx) => {
    await queueAccountLink(tx, user, user.email!, 'reset');
    await recordAudit(tx, null, {
      councilId: null,
      entityType: 'user',
      entityId: user.id,
      action: 'password.resetRequest',
      reason: 'Yêu cầu đặt lại mật khẩu qua thư điện tử',
    });
  });
}

/**
 * Sets the password of the link's account and returns the account's id. The link is claimed in one
 * statement (unused and unexpired), so two uses at once cannot both succeed; nothing changes when the
 * link is unknown, used or expired, or the password too weak.
 */
export async function setPasswordByLink(db: Database, token: string, password: string): Promise<string> {
  const [row] = await db
    .select()
    .from(accountTokens)
    .where(eq(accountTokens.tokenHash, sha256(token)));
  if (!row) throw new AppError('TOKEN_INVALID');
  if (row.usedAt) throw new AppError('TOKEN_USED');
  if (row.expiresAt.getTime() <= Date.now()) throw new AppError('TOKEN_EXPIRED');
  if (!isStrongPassword(password))
    throw new AppError('WEAK_PASSWORD', undefined, [
      { path: 'body.newPassword', message: 'mật khẩu quá yếu' },
    ]);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(accountTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(accountTokens.id, row.id),
          isNull(accountTokens.usedAt),
          sql`${accountTokens.expiresAt} > now()`,
        ),
      )
      .returning();
    if (!claimed) throw new AppError('TOKEN_USED');
    // Every other open link of the account goes with it.
    await tx
      .update(accountTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(accountTokens.userId, row.userId), isNull(accountTokens.usedAt)));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, failedLoginCount: 0, lockedUntil: null })
      .where(and(eq(users.id, row.userId), isNull(users.disabledAt)))
      .returning();
    if (!user) throw new AppError('ACCOUNT_DISABLED');
    await clearFailures(tx, user.username);
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(tx, null, {
      councilId: null,
      entityType: 'user',
      entityId: user.id,
      action: row.purpose === 'invitation' ? 'invitation.accept' : 'password.resetByLink',
      reason:
        row.purpose === 'invitation'
          ? 'Đặt mật khẩu theo thư mời'
          : 'Đặt lại mật khẩu theo đường liên kết gửi qua thư điện tử',
    });
    return user.id;
  });
}
