import { auditLog, units } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, Client, useTestApp } from './harness';

describe.each(databaseTestTargets())('units on $name', (target) => {
  const { db, as } = useTestApp(target);

  const signedIn = (username: string) => as(username);

  it('lists the council’s units with pagination and a name filter', async () => {
    const org = await buildOrganisation(db());
    const client = await signedIn(org.staffA.username);
    const page = await client.get(`/councils/${org.council.id}/units?pageSize=1`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      total: 2,
      page: 1,
      pageSize: 1,
      items: [{ name: 'Phường Đông Hải' }],
    });
    const filtered = await client.get(`/councils/${org.council.id}/units?q=an%20l`);
    expect(filtered.json()).toMatchObject({
      total: 1,
      items: [{ name: 'Xã An Lạc', abilities: { update: false } }],
    });
  });

  it('answers 404 for another council’s units', async () => {
    const org = await buildOrganisation(db());
    const client = await signedIn(org.stranger.username);
    const response = await client.get(`/councils/${org.council.id}/units`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('lets the standing office add a unit, audited, and refuses everyone else', async () => {
    const org = await buildOrganisation(db());
    const body = { code: 'phuong-moi', name: 'Phường Mới', type: 'ward' };
    for (const who of [org.staffA, org.councilMember]) {
      const refused = await (await signedIn(who.username)).post(`/councils/${org.council.id}/units`, body);
      expect(refused.statusCode).toBe(403);
    }
    const stranger = await (
      await signedIn(org.stranger.username)
    ).post(`/councils/${org.council.id}/units`, body);
    expect(stranger.statusCode).toBe(404);
    const created = await (
      await signedIn(org.standingOffice.username)
    ).post(`/councils/${org.council.id}/units`, body);
    expect(created.statusCode).toBe(201);
    const unit = created.json<{ id: string; calendar: string; version: number }>();
    expect(unit).toMatchObject({ calendar: 'calendarYear', version: 1 });
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, unit.id), eq(auditLog.action, 'create')));
    expect(events).toHaveLength(1);
    expect(events[0]!.new).toMatchObject({ code: 'phuong-moi', name: 'Phường Mới' });
  });

  it('keeps a unit’s parent body (cơ quan cấp trên): given, changed, cleared to none; each change audited', async () => {
    const org = await buildOrganisation(db());
    const office = await signedIn(org.standingOffice.username);
    const created = await office.post(`/councils/${org.council.id}/units`, {
      code: 'so-tu-phap',
      name: 'Sở Tư pháp',
      type: 'department',
      parentBody: '  Ủy ban nhân dân tỉnh Hải Hà ',
    });
    expect(created.statusCode, created.body).toBe(201);
    const unit = created.json<{ id: string; parentBody: string | null; version: number }>();
    expect(unit.parentBody).toBe('Ủy ban nhân dân tỉnh Hải Hà');
    const changed = await office.patch(`/units/${unit.id}`, { version: 1, parentBody: 'Bộ Tư pháp' });
    expect(changed.json<{ parentBody: string | null }>().parentBody).toBe('Bộ Tư pháp');
    const cleared = await office.patch(`/units/${unit.id}`, { version: 2, parentBody: '' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<{ parentBody: string | null }>().parentBody).toBeNull();
    const tooLong = await office.patch(`/units/${unit.id}`, { version: 3, parentBody: 'x'.repeat(301) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ error: { fields: { path: string }[] } }>().error.fields[0]!.path).toBe(
      'body.parentBody',
    );
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, unit.id), eq(auditLog.action, 'update')));
    events.sort((a, b) => (a.new as { version: number }).version - (b.new as { version: number }).version);
    expect(
      events.map((e) => [
        (e.old as { parentBody: string }).parentBody,
        (e.new as { parentBody: string }).parentBody,
      ]),
    ).toEqual([
      ['Ủy ban nhân dân tỉnh Hải Hà', 'Bộ Tư pháp'],
      ['Bộ Tư pháp', null],
    ]);
  });

  it('refuses bad input with a Vietnamese message naming each field, saving nothing', async () => {
    const org = await buildOrganisation(db());
    const client = await signedIn(org.standingOffice.username);
    const response = await client.post(`/councils/${org.council.id}/units`, {
      code: 'Có Dấu',
      name: '',
      type: 'lang',
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{
      error: { code: string; fields: { path: string; message: string }[] };
    }>();
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.code', message: expect.stringContaining('chỉ gồm chữ thường không dấu') as string },
        { path: 'body.name', message: 'không được để trống' },
        { path: 'body.type', message: expect.stringContaining('phải là một trong các giá trị') as string },
      ]),
    );
    const rows = await db().select().from(units).where(eq(units.councilId, org.council.id));
    expect(rows).toHaveLength(2);
  });

  it('detects a stale edit: the second writer gets 409 and the first write stands', async () => {
    const org = await buildOrganisation(db());
    const first = await signedIn(org.standingOffice.username);
    const second = await signedIn(org.admin.username);
    const url = `/units/${org.unitA.id}`;
    const [a, b] = await Promise.all([
      first.patch(url, { version: 1, name: 'Phường Đông Hải (sửa 1)' }),
      second.patch(url, { version: 1, name: 'Phường Đông Hải (sửa 2)' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json()).toMatchObject({ error: { code: 'STALE' } });
    const [row] = await db().select().from(units).where(eq(units.id, org.unitA.id));
    expect(row!.version).toBe(2);
    const winner = a.statusCode === 200 ? 'Phường Đông Hải (sửa 1)' : 'Phường Đông Hải (sửa 2)';
    expect(row!.name).toBe(winner);
  });

  it('refuses an unknown id with 404 and a malformed id with a field message', async () => {
    const org = await buildOrganisation(db());
    const client = await signedIn(org.standingOffice.username);
    const unknown = await client.patch('/units/00000000-0000-4000-8000-000000000000', {
      version: 1,
      name: 'X',
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await client.patch('/units/khong-phai-uuid', { version: 1, name: 'X' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { fields: [{ path: 'params.unitId' }] } });
  });
});

describe.each(databaseTestTargets())('Vietnamese order on $name', (target) => {
  const { db, app } = useTestApp(target);

  it('lists units in Vietnamese alphabetical order (a < ă < â, d < đ), not by code point', async () => {
    const org = await buildOrganisation(db());
    const names = [
      'Phường Đông Hải',
      'Phường Hồng Hà',
      'Phường Ân Thi',
      'Phường Dương Nội',
      'Phường An Hải',
      'Trường THPT số 2',
    ];
    await db()
      .insert(units)
      .values(
        names.map((name, i) => ({
          councilId: org.council.id,
          code: `vn-${i}`,
          name,
          type: 'ward' as const,
          calendar: 'calendarYear' as const,
        })),
      );
    const client = new Client(app());
    await client.login(org.staffA.username);
    const listed = await client.get(`/councils/${org.council.id}/units?pageSize=50&q=vn-`);
    expect(listed.json<{ items: { name: string }[] }>().items.map((u) => u.name)).toEqual([
      'Phường An Hải',
      'Phường Ân Thi',
      'Phường Dương Nội',
      'Phường Đông Hải',
      'Phường Hồng Hà',
      'Trường THPT số 2',
    ]);
  });
});

describe.each(databaseTestTargets())('duplicate codes on $name', (target) => {
  const { db, app } = useTestApp(target);

  it('refuses a unit code already used, naming the field, and saves nothing', async () => {
    const org = await buildOrganisation(db());
    const client = new Client(app());
    await client.login(org.standingOffice.username);
    const response = await client.post(`/councils/${org.council.id}/units`, {
      code: org.unitA.code,
      name: 'Trùng mã',
      type: 'ward',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      error: {
        code: 'DUPLICATE',
        message: 'Mã đơn vị đã được dùng trong hội đồng này',
        fields: [{ path: 'body.code', message: 'Mã đơn vị đã được dùng trong hội đồng này' }],
      },
    });
    const rows = await db().select().from(units).where(eq(units.councilId, org.council.id));
    expect(rows).toHaveLength(2);
  });
});
