import { randomUUID } from 'node:crypto';
import { type Database, memberships, units, users } from '@thidua/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { requireAccountAdmin } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { recordAuditEvents } from '../../audit/record-audit';
import { hashPassword } from '../../auth/passwords';
import { AppError, invalid } from '../../http/errors';
import { auditableUser } from './presenter';
import { generateTemporaryPassword } from './service';
import { NO_PASSWORD, queueAccountLink } from '../auth/account-tokens';

// Accounts in bulk (issue #17 §2): one staff account for each chosen unit that has none yet, made in
// one action and one transaction, each with a temporary password shown once (in the answer or on the
// printable credential sheet) and changed at first sign-in. Audited as one batch.

export interface BulkAccountsInput {
  unitIds: string[];
  /** Usernames are `<prefix>.<unit code>` (default `tdkt`). */
  usernamePrefix: string;
  /**
   * Invitations instead of temporary passwords: each unit's e-mail address. The accounts have no usable
   * password; each gets a one-time link (72 hours) by e-mail to set one.
   */
  invitations?: ReadonlyMap<string, string>;
}

export interface CreatedAccount {
  unitId: string;
  unitName: string;
  userId: string;
  username: string;
  /** Empty for an invitation (the account has no password until its link sets one). */
  temporaryPassword: string;
  email: string | null;
}

export interface SkippedUnit {
  unitId: string;
  unitName: string;
  reason: string;
}

/** `tdkt.phuong-hung-dao`: the prefix and the unit's code, kept to the username rule (≤ 60 characters). */
export function usernameFor(prefix: string, unitCode: string): string {
  const code = unitCode
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return `${prefix}.${code}`.slice(0, 60);
}

export async function createUnitAccounts(
  db: Database,
  actor: Actor,
  councilId: string,
  input: BulkAccountsInput,
): Promise<{ created: CreatedAccount[]; skipped: SkippedUnit[]; batchId: string }> {
  requireAccountAdmin(actor, councilId);
  const wanted = [...new Set(input.unitIds)];
  const found = await db
    .select()
    .from(units)
    .where(and(eq(units.councilId, councilId), inArray(units.id, wanted), eq(units.active, true)));
  const missing = wanted.filter((id) => !found.some((u) => u.id === id));
  if (missing.length)
    throw invalid(
      missing.map((id) => ({
        path: `body.unitIds[${input.unitIds.indexOf(id)}]`,
        message: 'không có đơn vị này (đang hoạt động) trong hội đồng',
      })),
    );
  const staffed = new Set(
    (
      await db
        .select({ unitId: memberships.unitId })
        .from(memberships)
        .where(
          and(
            eq(memberships.councilId, councilId),
            eq(memberships.role, 'unitStaff'),
            inArray(memberships.unitId, wanted),
            isNull(memberships.endedAt),
          ),
        )
    ).map((m) => m.unitId),
  );
  const ordered = [...found].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const skipped: SkippedUnit[] = ordered
    .filter((u) => staffed.has(u.id))
    .map((u) => ({ unitId: u.id, unitName: u.name, reason: 'đơn vị đã có tài khoản cán bộ' }));
  const toCreate = ordered
    .filter((u) => !staffed.has(u.id))
    .map((u) => ({ unit: u, username: usernameFor(input.usernamePrefix, u.code) }));

  // A name already taken refuses the whole action, naming each: nothing is half made.
  const taken = toCreate.length
    ? await db
        .select({ username: users.username })
        .from(users)
        .where(
          inArray(
            users.username,
            toCreate.map((t) => t.username),
          ),
        )
    : [];
  if (taken.length)
    throw new AppError(
      'DUPLICATE',
      `Tên đăng nhập đã có người dùng: ${taken.map((t) => t.username).join(', ')}`,
      taken.map((t) => ({ path: 'body.usernamePrefix', message: `tên đăng nhập "${t.username}" đã có` })),
    );

  // Hashing is memory-hard work (~50 ms each): done before the transaction opens.
  const invitations = input.invitations;
  const prepared = await Promise.all(
    toCreate.map(async (t) => {
      if (invitations)
        return { ...t, temporaryPassword: '', passwordHash: NO_PASSWORD, email: invitations.get(t.unit.id)! };
      const temporaryPassword = generateTemporaryPassword();
      return { ...t, temporaryPassword, passwordHash: await hashPassword(temporaryPassword), email: null };
    }),
  );
  const batchId = randomUUID();
  const created = await db.transaction(async (tx) => {
    const made: CreatedAccount[] = [];
    const events = [];
    for (const p of prepared) {
      const [user] = await tx
        .insert(users)
        .values({
          username: p.username,
          displayName: `Cán bộ thi đua ${p.unit.name}`,
          passwordHash: p.passwordHash,
          email: p.email,
          mustChangePassword: !invitations,
        })
        .returning();
      if (p.email) await queueAccountLink(tx, user!, p.email, 'invitation');
      const [membership] = await tx
        .insert(memberships)
        .values({ userId: user!.id, councilId, role: 'unitStaff', unitId: p.unit.id })
        .returning();
      events.push({
        councilId,
        entityType: 'user',
        entityId: user!.id,
        action: 'create',
        new: { ...auditableUser(user!), membership },
        reason: invitations
          ? 'Tạo tài khoản hàng loạt cho các đơn vị, gửi thư mời đặt mật khẩu'
          : 'Tạo tài khoản hàng loạt cho các đơn vị',
        batchId,
      });
      made.push({
        unitId: p.unit.id,
        unitName: p.unit.name,
        userId: user!.id,
        username: p.username,
        temporaryPassword: p.temporaryPassword,
        email: p.email,
      });
    }
    await recordAuditEvents(tx, actor, events);
    return made;
  });
  return { created, skipped, batchId };
}

export interface InvitationRow {
  unitId: string;
  email: string;
}

/**
 * Accounts in bulk by invitation: every row's address is checked first, and a bad one refuses the
 * whole action with a message naming its row and unit; then the accounts, their links and their
 * e-mails are made in one transaction (createUnitAccounts), audited as one batch.
 */
export async function inviteUnitAccounts(
  db: Database,
  actor: Actor,
  councilId: string,
  rows: readonly InvitationRow[],
  usernamePrefix: string,
) {
  requireAccountAdmin(actor, councilId);
  const named = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(
        eq(units.councilId, councilId),
        inArray(
          units.id,
          rows.map((r) => r.unitId),
        ),
      ),
    );
  const nameOf = (id: string) => named.find((u) => u.id === id)?.name ?? 'đơn vị không có trong hội đồng';
  const seen = new Set<string>();
  const problems: { path: string; message: string }[] = [];
  rows.forEach((row, i) => {
    const where = `dòng ${i + 1} (${nameOf(row.unitId)})`;
    if (seen.has(row.unitId))
      problems.push({
        path: `body.invitations[${i}].unitId`,
        message: `${where}: đơn vị đã có ở dòng trước`,
      });
    seen.add(row.unitId);
    if (!z.email().safeParse(row.email).success)
      problems.push({
        path: `body.invitations[${i}].email`,
        message: row.email
          ? `${where}: địa chỉ thư điện tử "${row.email}" không hợp lệ`
          : `${where}: chưa có địa chỉ thư điện tử`,
      });
  });
  if (problems.length) throw invalid(problems);
  return createUnitAccounts(db, actor, councilId, {
    unitIds: rows.map((r) => r.unitId),
    usernamePrefix,
    invitations: new Map(rows.map((r) => [r.unitId, r.email])),
  });
}
