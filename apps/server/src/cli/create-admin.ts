/**
 * `npm run admin:create -- --username NAME --name "Họ tên" [--council-code CODE --council-name "Tên hội đồng"]`
 * with the password in env THIDUA_ADMIN_PASSWORD: creates the first system administrator of a
 * production installation (and, optionally, the first council with them as its administrator).
 */
import { parseArgs } from 'node:util';
import { councils, type Database, memberships, openDatabase, users } from '@thidua/db';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { hashPassword, isStrongPassword } from '../auth/passwords';
import { loadConfig } from '../config';

export interface CreateAdminInput {
  username: string;
  displayName: string;
  password: string;
  council?: { code: string; name: string } | undefined;
}

export class CreateAdminError extends Error {}

/** Creates the administrator (and council) in one transaction; refuses weak passwords and taken names. */
export async function createAdmin(db: Database, input: CreateAdminInput): Promise<string> {
  if (!/^[a-z0-9._-]{3,50}$/i.test(input.username)) {
    throw new CreateAdminError(
      '--username: 3–50 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang',
    );
  }
  if (input.displayName.trim() === '') throw new CreateAdminError('--name: cần họ tên người quản trị');
  if (!isStrongPassword(input.password)) {
    throw new CreateAdminError('THIDUA_ADMIN_PASSWORD: mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số');
  }
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${input.username})`);
  if (taken) throw new CreateAdminError(`--username: tên đăng nhập "${input.username}" đã được dùng`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash,
        isSystemAdmin: true,
      })
      .returning();
    let councilId: string | null = null;
    if (input.council) {
      const [council] = await tx
        .insert(councils)
        .values({ code: input.council.code, name: input.council.name })
        .returning();
      councilId = council!.id;
      await tx.insert(memberships).values({ userId: user!.id, councilId, role: 'administrator' });
    }
    await recordAudit(tx, null, {
      councilId,
      entityType: 'user',
      entityId: user!.id,
      action: 'create-admin',
      new: { username: user!.username, displayName: user!.displayName, isSystemAdmin: true },
    });
    return user!.id;
  });
}

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      'council-code': { type: 'string' },
      'council-name': { type: 'string' },
    },
  });
  const config = loadConfig();
  const password = process.env.THIDUA_ADMIN_PASSWORD ?? '';
  const council =
    values['council-code'] && values['council-name']
      ? { code: values['council-code'], name: values['council-name'] }
      : undefined;
  const opened = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await createAdmin(opened.db, {
      username: values.username ?? '',
      displayName: values.name ?? '',
      password,
      council,
    });
    console.log(
      `Đã tạo quản trị hệ thống "${values.username}".${council ? ` Hội đồng: ${council.name}.` : ''}`,
    );
  } finally {
    await opened.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  run().catch((error: unknown) => {
    console.error(error instanceof CreateAdminError ? error.message : error);
    process.exit(error instanceof CreateAdminError ? 2 : 1);
  });
}
