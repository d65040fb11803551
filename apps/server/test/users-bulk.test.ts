import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog, memberships, units, users } from '@thidua/db';
import { databaseTestTargets, uniqueSuffix } from '@thidua/db/testing';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUnit, buildUser, Client, type ErrorJson, useTestApp } from './harness';

interface Created {
  unitId: string;
  unitName: string;
  userId: string;
  username: string;
  temporaryPassword: string;
}

describe.each(databaseTestTargets())('accounts in bulk on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function world() {
    const org = await buildOrganisation(db());
    const made = await db()
      .insert(units)
      .values(
        ['Xã Đông Hưng', 'Phường Ngô Quyền', 'Xã Tân Tiến'].map((name, i) => ({
          councilId: org.council.id,
          code: `don-vi-${i}-${uniqueSuffix()}`,
          name,
          type: 'ward' as const,
          calendar: 'calendarYear' as const,
        })),
      )
      .returning();
    const admin = await buildUser(db(), org.council.id, 'administrator');
    return { org, made, admin: await as(admin.username) };
  }

  it('makes one staff account per unit without one, each signing in once with its temporary password, audited as one batch', async () => {
    const { org, made, admin } = await world();
    // One of the units already has a staff account: it is skipped, not given a second.
    const existing = await buildUser(db(), org.council.id, 'unitStaff', made[2]!.id);
    const response = await admin.post(`/councils/${org.council.id}/users/bulk`, {
      unitIds: made.map((u) => u.id),
    });
    expect(response.statusCode, response.body).toBe(201);
    const { created, skipped } = response.json<{
      created: Created[];
      skipped: { unitId: string; reason: string }[];
    }>();
    expect(created.map((c) => c.unitName)).toEqual(['Phường Ngô Quyền', 'Xã Đông Hưng']);
    expect(created.map((c) => c.username)).toEqual([`tdkt.${made[1]!.code}`, `tdkt.${made[0]!.code}`]);
    expect(skipped).toEqual([
      { unitId: made[2]!.id, unitName: 'Xã Tân Tiến', reason: 'đơn vị đã có tài khoản cán bộ' },
    ]);
    expect(existing.username).not.toContain('tdkt.');

    const ids = created.map((c) => c.userId);
    const rows = await db().select().from(memberships).where(inArray(memberships.userId, ids));
    expect(
      rows
        .map((m) => ({ role: m.role, unitId: m.unitId }))
        .sort((a, b) => a.unitId!.localeCompare(b.unitId!)),
    ).toEqual(
      [made[0]!, made[1]!]
        .map((u) => ({ role: 'unitStaff', unitId: u.id }))
        .sort((a, b) => a.unitId.localeCompare(b.unitId)),
    );
    const stored = await db().select().from(users).where(inArray(users.id, ids));
    expect(stored.every((u) => u.mustChangePassword)).toBe(true);
    // The passwords are kept only as hashes.
    for (const c of created) expect(JSON.stringify(stored)).not.toContain(c.temporaryPassword);

    // The temporary password signs in, and must be changed first.
    const unit = new Client(app());
    expect((await unit.login(created[0]!.username, created[0]!.temporaryPassword)).statusCode).toBe(200);
    const blocked = await unit.get(`/councils/${org.council.id}/users`);
    expect(blocked.json<ErrorJson>().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'user'), inArray(auditLog.entityId, ids)));
    expect(events).toHaveLength(2);
    expect(new Set(events.map((e) => e.batchId)).size).toBe(1);
    expect(events[0]!.batchId).not.toBeNull();
    expect(JSON.stringify(events)).not.toContain(created[0]!.temporaryPassword);
  });

  it('prints the credential sheet, one page per unit, with each username and temporary password (read by pdftotext)', async () => {
    const { org, made, admin } = await world();
    const response = await admin.post(`/councils/${org.council.id}/users/bulk/sheet`, {
      unitIds: made.map((u) => u.id),
      usernamePrefix: 'hh',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'thidua-sheet-'));
    try {
      writeFileSync(join(dir, 'sheet.pdf'), response.rawPayload);
      const info = execFileSync('pdfinfo', [join(dir, 'sheet.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/^Pages:\s+3$/m);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('PHIẾU CẤP TÀI KHOẢN');
      const created = await db()
        .select({ username: users.username })
        .from(users)
        .where(
          inArray(
            users.username,
            made.map((u) => `hh.${u.code}`),
          ),
        );
      expect(created).toHaveLength(3);
      for (const u of made) {
        expect(text).toContain(u.name);
        expect(text).toContain(`hh.${u.code}`);
      }
      // Each page carries a temporary password that really signs in.
      const passwords = [...text.matchAll(/Mật khẩu tạm thời:\s+(\S+)/g)].map((m) => m[1]!);
      expect(passwords).toHaveLength(3);
      const first = new Client(app());
      const [page1User] = [...text.matchAll(/Tên đăng nhập:\s+(\S+)/g)].map((m) => m[1]!);
      expect((await first.login(page1User!, passwords[0])).statusCode).toBe(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates nothing when a username is taken, a unit is another council’s, or the caller does not administer accounts', async () => {
    const { org, made, admin } = await world();
    await buildUser(db(), org.council.id, 'none').then(async (u) =>
      db()
        .update(users)
        .set({ username: `tdkt.${made[1]!.code}` })
        .where(eq(users.id, u.id)),
    );
    // The staff accounts of these units: none before, none after any refusal.
    const countUsers = async () =>
      (
        await db()
          .select({ id: memberships.id })
          .from(memberships)
          .where(
            inArray(
              memberships.unitId,
              made.map((u) => u.id),
            ),
          )
      ).length;
    const before = await countUsers();

    const taken = await admin.post(`/councils/${org.council.id}/users/bulk`, {
      unitIds: made.map((u) => u.id),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<ErrorJson>().error.message).toContain(`tdkt.${made[1]!.code}`);

    const other = await buildOrganisation(db());
    const foreign = await buildUnit(db(), other.council.id, 'Xã ngoài');
    const wrongUnit = await admin.post(`/councils/${org.council.id}/users/bulk`, {
      unitIds: [made[0]!.id, foreign.id],
    });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json<ErrorJson>().error.fields?.map((f) => f.path)).toEqual(['body.unitIds[1]']);

    const office = await as(org.standingOffice.username);
    const notAdmin = await office.post(`/councils/${org.council.id}/users/bulk`, { unitIds: [made[0]!.id] });
    expect([403]).toContain(notAdmin.statusCode);

    const badPrefix = await admin.post(`/councils/${org.council.id}/users/bulk`, {
      unitIds: [made[0]!.id],
      usernamePrefix: 'Cán Bộ',
    });
    expect(badPrefix.statusCode).toBe(400);
    expect(badPrefix.json<ErrorJson>().error.fields?.map((f) => f.path)).toEqual(['body.usernamePrefix']);
    expect(await countUsers()).toBe(before);
  });
});
