import { type Database, users } from '@thidua/db';
import { inArray } from 'drizzle-orm';
import { verifyPassword } from '../auth/passwords';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-demo';

export class DefaultPasswordError extends Error {}

/**
 * Production refuses to start while any demo account still has the published demo password: those
 * accounts would be an open door.
 */
export async function refuseDefaultPasswords(
  db: Database,
  accounts: readonly { username: string }[] = DEMO_ACCOUNTS,
): Promise<void> {
  const rows = await db
    .select({ username: users.username, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(
      inArray(
        users.username,
        accounts.map((a) => a.username),
      ),
    );
  const open: string[] = [];
  for (const row of rows) {
    if (!row.disabledAt && (await verifyPassword(row.passwordHash, DEMO_PASSWORD))) open.push(row.username);
  }
  if (open.length > 0) {
    throw new DefaultPasswordError(
      `Chế độ production không chạy khi tài khoản còn mật khẩu mặc định: ${open.join(', ')}. ` +
        'Hãy đổi mật khẩu hoặc vô hiệu hóa các tài khoản này trước.',
    );
  }
}
