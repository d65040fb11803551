import { users } from '@thidua/db';
import { databaseTestTargets, uniqueSuffix } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords';
import { createAdmin, CreateAdminError } from '../src/cli/create-admin';
import { refuseDefaultPasswords } from '../src/demo/default-passwords';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/seed-demo';
import { Client, useTestApp } from './harness';

describe.each(databaseTestTargets())('production setup on $name', (target) => {
  const { db, app } = useTestApp(target);

  it('creates the first administrator, who can sign in and sees the new council', async () => {
    const username = `admin-${uniqueSuffix()}`;
    const code = `hd-${uniqueSuffix()}`;
    await createAdmin(db(), {
      username,
      displayName: 'Nguyễn Văn Quản',
      password: 'MatKhauManh2025',
      council: { code, name: 'Hội đồng TĐKT tỉnh thử' },
    });
    const client = new Client(app());
    const login = await client.login(username, 'MatKhauManh2025');
    expect(login.json()).toMatchObject({ user: { isSystemAdmin: true } });
    const councils = await client.get('/councils');
    expect(councils.json<{ items: { code: string; roles: string[] }[] }>().items).toContainEqual(
      expect.objectContaining({ code, roles: ['administrator'] }),
    );
  });

  it('refuses a weak password and a taken username, creating nothing', async () => {
    const username = `admin-${uniqueSuffix()}`;
    await expect(createAdmin(db(), { username, displayName: 'A', password: 'ngan' })).rejects.toThrow(
      CreateAdminError,
    );
    expect(await db().select().from(users).where(eq(users.username, username))).toHaveLength(0);
    await createAdmin(db(), { username, displayName: 'A', password: 'MatKhauManh2025' });
    await expect(
      createAdmin(db(), { username: username.toUpperCase(), displayName: 'B', password: 'MatKhauManh2025' }),
    ).rejects.toThrow(/đã được dùng/);
  });
});

describe.each(databaseTestTargets())('default passwords in production on $name', (target) => {
  const { db } = useTestApp(target);

  it('refuses to start while a demo account keeps the demo password, and starts once it is changed', async () => {
    const account = { username: `demo-${uniqueSuffix()}` };
    await db()
      .insert(users)
      .values({
        username: account.username,
        displayName: 'Tài khoản mẫu',
        passwordHash: await hashPassword(DEMO_PASSWORD),
      });
    await expect(refuseDefaultPasswords(db(), [account])).rejects.toThrow(
      new RegExp(`mật khẩu mặc định: ${account.username}`),
    );
    await db()
      .update(users)
      .set({ passwordHash: await hashPassword('MatKhauRieng2025') })
      .where(eq(users.username, account.username));
    await expect(refuseDefaultPasswords(db(), [account])).resolves.toBeUndefined();
  });

  it('checks every published demo account by default', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.username)).toContain('cqtt');
  });
});
