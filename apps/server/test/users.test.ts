import { auditLog, memberships, users } from '@thidua/db';
import { databaseTestTargets, uniqueSuffix } from '@thidua/db/testing';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/auth/passwords';
import { buildOrganisation, Client, type ErrorJson, useTestApp } from './harness';

type UserJson = {
  id: string;
  username: string;
  email: string | null;
  mustChangePassword: boolean | null;
  memberships: {
    id: string;
    role: string;
    roleName: string;
    unitId: string | null;
    unitName: string | null;
    endedAt: string | null;
  }[];
};

describe.each(databaseTestTargets())('users on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  const signedIn = (username: string, password?: string) => as(username, password);

  const userNamed = async (username: string) =>
    (
      await db()
        .select()
        .from(users)
        .where(sql`lower(${users.username}) = lower(${username})`)
    )[0];
  const userEvents = (councilId: string) =>
    db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.entityType, 'user')))
      .orderBy(asc(auditLog.id));

  it('lists the council’s users with their roles, filtered by role, unit and name, paginated', async () => {
    const org = await buildOrganisation(db());
    const admin = await signedIn(org.admin.username);
    const all = await admin.get(`/councils/${org.council.id}/users?pageSize=2`);
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    const staff = await admin.get(`/councils/${org.council.id}/users?role=unitStaff&unitId=${org.unitB.id}`);
    expect(staff.json()).toMatchObject({
      total: 1,
      items: [
        {
          id: org.staffB.id,
          mustChangePassword: false,
          abilities: { manage: true },
          memberships: [
            { role: 'unitStaff', roleName: 'Cán bộ đơn vị', unitId: org.unitB.id, unitName: 'Xã An Lạc' },
          ],
        },
      ],
    });
    const byName = await admin.get(
      `/councils/${org.council.id}/users?q=${org.councilMember.username.slice(-8)}`,
    );
    expect(byName.json()).toMatchObject({ total: 1, items: [{ username: org.councilMember.username }] });
  });

  it('lists the council’s people to council-level roles without account details, a colleague to anyone, 404 elsewhere', async () => {
    const org = await buildOrganisation(db());
    const member = await signedIn(org.councilMember.username);
    const list = await member.get(`/councils/${org.council.id}/users?role=administrator`);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [
        {
          id: org.admin.id,
          email: null,
          lastLoginAt: null,
          mustChangePassword: null,
          abilities: { manage: false },
        },
      ],
    });
    // Unit staff read a colleague by id (a name beside a score), not the whole council's accounts.
    const staff = await signedIn(org.staffA.username);
    const refused = await staff.get(`/councils/${org.council.id}/users`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { message: string } }>().error.message).toBe(
      'Chỉ quản trị, cơ quan thường trực và thành viên Hội đồng xem danh sách người dùng',
    );
    const one = await staff.get(`/users/${org.councilMember.id}`);
    expect(one.json()).toMatchObject({ id: org.councilMember.id, memberships: [{ role: 'councilMember' }] });
    const stranger = await signedIn(org.stranger.username);
    expect((await stranger.get(`/councils/${org.council.id}/users`)).statusCode).toBe(404);
    expect((await stranger.get(`/users/${org.staffA.id}`)).statusCode).toBe(404);
    expect((await staff.get('/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('creates a user with a temporary password to change at first sign-in, audited without the hash', async () => {
    const org = await buildOrganisation(db());
    const admin = await signedIn(org.admin.username);
    const username = `nguyen.van.an.${uniqueSuffix()}`;
    const created = await admin.post(`/councils/${org.council.id}/users`, {
      username,
      displayName: 'Nguyễn Văn An',
      email: 'an@donghai.gov.vn',
      role: 'unitStaff',
      unitId: org.unitA.id,
      title: 'Công chức Văn phòng - Thống kê',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json<{ user: UserJson; temporaryPassword: string }>();
    expect(body.user).toMatchObject({
      username,
      email: 'an@donghai.gov.vn',
      mustChangePassword: true,
      disabled: false,
      memberships: [{ role: 'unitStaff', unitId: org.unitA.id, unitName: 'Phường Đông Hải', endedAt: null }],
    });
    expect(body.temporaryPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const stored = await userNamed(username);
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored!.passwordHash, body.temporaryPassword)).toBe(true);
    const login = await new Client(app()).login(username, body.temporaryPassword);
    expect(login.json()).toMatchObject({
      user: { mustChangePassword: true },
      memberships: [{ role: 'unitStaff' }],
    });
    const [event] = await userEvents(org.council.id);
    expect(event).toMatchObject({
      action: 'create',
      entityId: stored!.id,
      new: { username },
    });
    expect(JSON.stringify(event!.new)).not.toContain('argon2');
  });

  it('accepts an administrator’s own temporary password and never echoes it', async () => {
    const org = await buildOrganisation(db());
    const admin = await signedIn(org.admin.username);
    const username = `tran.thi.binh.${uniqueSuffix()}`;
    const created = await admin.post(`/councils/${org.council.id}/users`, {
      username,
      displayName: 'Trần Thị Bình',
      role: 'councilMember',
      temporaryPassword: 'tam-thoi-2025',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      temporaryPassword: null,
      user: { memberships: [{ role: 'councilMember' }] },
    });
    await signedIn(username, 'tam-thoi-2025');
  });

  it('refuses bad input naming each field, a taken username and a weak password, saving nothing', async () => {
    const org = await buildOrganisation(db());
    const admin = await signedIn(org.admin.username);
    const url = `/councils/${org.council.id}/users`;
    const name = `le.c.${uniqueSuffix()}`;
    const wrong = await admin.post(url, {
      username: 'có dấu',
      displayName: '',
      email: 'khong-phai-email',
      role: 'boss',
    });
    expect(wrong.statusCode).toBe(400);
    expect(
      wrong
        .json<ErrorJson>()
        .error.fields!.map((f) => f.path)
        .sort(),
    ).toEqual(['body.displayName', 'body.email', 'body.role', 'body.username']);
    const noUnit = await admin.post(url, { username: name, displayName: 'Lê C', role: 'unitStaff' });
    expect(noUnit.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.unitId',
        message: expect.stringContaining('vai trò Cán bộ đơn vị phải chọn đơn vị') as string,
      },
    ]);
    const extraUnit = await admin.post(url, {
      username: name,
      displayName: 'Lê C',
      role: 'councilMember',
      unitId: org.unitA.id,
    });
    expect(extraUnit.json<ErrorJson>().error.fields![0]!.path).toBe('body.unitId');
    const otherCouncilUnit = await admin.post(url, {
      username: name,
      displayName: 'Lê C',
      role: 'unitStaff',
      unitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(otherCouncilUnit.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.unitId', message: 'không có đơn vị này (đang hoạt động) trong hội đồng' },
    ]);
    const weak = await admin.post(url, {
      username: name,
      displayName: 'Lê C',
      role: 'councilMember',
      temporaryPassword: 'abc',
    });
    expect(weak.json()).toMatchObject({
      error: { code: 'WEAK_PASSWORD', fields: [{ path: 'body.temporaryPassword' }] },
    });
    const taken = await admin.post(url, {
      username: org.staffA.username.toUpperCase(),
      displayName: 'Trùng',
      role: 'councilMember',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      error: { code: 'DUPLICATE', message: 'Tên đăng nhập đã được dùng' },
    });
    expect(await userNamed(name)).toBeUndefined();
    const rows = await db().select().from(memberships).where(eq(memberships.councilId, org.council.id));
    expect(rows).toHaveLength(5);
    expect(await userEvents(org.council.id)).toHaveLength(0);
  });

  it('refuses to create users for the standing office, unit staff, council members and other councils', async () => {
    const org = await buildOrganisation(db());
    const username = `pham.d.${uniqueSuffix()}`;
    const body = { username, displayName: 'Phạm D', role: 'councilMember' };
    for (const [who, status] of [
      [org.standingOffice, 403],
      [org.staffA, 403],
      [org.councilMember, 403],
      [org.stranger, 404],
    ] as const) {
      const response = await (await signedIn(who.username)).post(`/councils/${org.council.id}/users`, body);
      expect(response.statusCode).toBe(status);
    }
    expect(await userNamed(username)).toBeUndefined();
    expect(await userEvents(org.council.id)).toHaveLength(0);
  });
});
