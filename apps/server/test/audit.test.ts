import { auditLog, DB_ERROR_CODES, sqlStateOf } from '@thidua/db';
import { databaseTestTargets, rejectionOf } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../src/audit/record-audit';
import { auditWhere, countEventsBounded } from '../src/modules/audit/query';
import { parseCsv as parseApiCsv } from '../../../packages/spreadsheets/test/csv';
import { AUDIT_CSV_HEADER } from './audit-csv';
import { useTestApp } from './harness';
import { buildWorld, type ErrorJson, type World } from './meetings-awards-fixtures';

type EventJson = {
  id: number;
  at: string;
  actor: { id: string; username: string } | null;
  entityType: string;
  entityTypeLabel: string;
  entityId: string;
  action: string;
  actionLabel: string;
  old: unknown;
  new: unknown;
  reason: string | null;
};
type PageJson = { items: EventJson[]; total: number };

/** The API's CSV: quoted cells may hold commas, doubled quotes and line breaks; records end with CRLF. */
const parseCsv = (text: string) => parseApiCsv(text, { strict: true });

const HEADER = AUDIT_CSV_HEADER;
const vietnamToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe.each(databaseTestTargets())('audit log on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  /** A meeting scheduled by the leader, its attendance, and a corrected vote whose reason needs quoting. */
  async function activity(world: World) {
    const leader = await as(world.users.leader.username);
    const meeting = (
      await leader.post(`/clusters/${world.cluster.id}/meetings`, { kind: 'tongKet', heldOn: '2025-12-20' })
    ).json<{ id: string }>();
    const items = world.units.map((unit) => ({ unitId: unit.id, present: true }));
    await leader.put(`/meetings/${meeting.id}/attendance`, { version: 1, items });
    const vote = (
      await leader.post(`/meetings/${meeting.id}/votes`, {
        purpose: 'election',
        position: 'leader',
        unitId: world.units[1]!.id,
        votes: 4,
      })
    ).json<{ id: string }>();
    const reason = 'Kiểm phiếu lại, theo "biên bản kiểm phiếu"\nsố 02/BB; giảm 50% sai sót';
    const patched = await leader.patch(`/votes/${vote.id}`, { version: 1, votes: 5, reason });
    expect(patched.statusCode).toBe(200);
    return { meetingId: meeting.id, voteId: vote.id, reason };
  }

  it('lists the council’s events newest first, paginated, with Vietnamese labels', async () => {
    const world = await buildWorld(db());
    const { meetingId, voteId } = await activity(world);
    const elsewhere = await buildWorld(db());
    await activity(elsewhere);
    const so = await as(world.users.standingOffice.username);
    const all = (await so.get(`/councils/${world.council.id}/audit`)).json<PageJson>();
    expect(all.total).toBe(4);
    expect(all.items.map((e) => [e.entityType, e.action])).toEqual([
      ['vote', 'update'],
      ['vote', 'create'],
      ['meeting', 'recordAttendance'],
      ['meeting', 'create'],
    ]);
    expect(all.items[0]).toMatchObject({
      entityId: voteId,
      entityTypeLabel: 'Kết quả bỏ phiếu',
      actionLabel: 'Sửa',
      actor: { id: world.users.leader.id, username: world.users.leader.username },
      old: { votes: 4 },
      new: { votes: 5 },
    });
    expect(all.items[2]).toMatchObject({ entityId: meetingId, actionLabel: 'Điểm danh' });
    const page2 = (await so.get(`/councils/${world.council.id}/audit?pageSize=3&page=2`)).json<PageJson>();
    expect(page2).toMatchObject({ total: 4, items: [{ action: 'create', entityType: 'meeting' }] });
  });

  it('counts the search exactly up to a limit and estimates beyond it, flagged approximate', async () => {
    const world = await buildWorld(db());
    await activity(world);
    const so = await as(world.users.standingOffice.username);
    const page = (await so.get(`/councils/${world.council.id}/audit`)).json<
      PageJson & { totalApproximate: boolean }
    >();
    expect(page).toMatchObject({ total: 4, totalApproximate: false });
    const where = auditWhere({ councilId: world.council.id });
    expect(await countEventsBounded(db(), where, 4)).toEqual({ total: 4, approximate: false });
    // One event more than the limit: the planner's estimate, never below what the bounded scan counted.
    const estimated = await countEventsBounded(db(), where, 3);
    expect(estimated.approximate).toBe(true);
    expect(estimated.total).toBeGreaterThanOrEqual(4);
    const filtered = auditWhere({ councilId: world.council.id, entityType: 'meeting' });
    expect(await countEventsBounded(db(), filtered, 3)).toEqual({ total: 2, approximate: false });
  });

  it('pages by keyset: nextBeforeId walks the filtered log newest first, each event once, like the offset pages', async () => {
    const world = await buildWorld(db());
    await activity(world);
    for (let i = 0; i < 5; i++) {
      await recordAudit(db(), null, {
        councilId: world.council.id,
        entityType: 'quota',
        entityId: `q-${i}`,
        action: 'update',
      });
    }
    const so = await as(world.users.standingOffice.username);
    const url = `/councils/${world.council.id}/audit?entityType=quota&pageSize=2`;
    type Keyset = PageJson & { nextBeforeId: number | null };
    const byOffset: number[] = [];
    for (let page = 1; page <= 3; page++) {
      byOffset.push(...(await so.get(`${url}&page=${page}`)).json<Keyset>().items.map((e) => e.id));
    }
    const byKeyset: number[] = [];
    let answer = (await so.get(url)).json<Keyset>();
    for (;;) {
      expect(answer.total).toBe(5);
      byKeyset.push(...answer.items.map((e) => e.id));
      if (answer.nextBeforeId === null) break;
      expect(answer.nextBeforeId).toBe(answer.items.at(-1)!.id);
      // `page` is not used with a cursor.
      answer = (await so.get(`${url}&page=9&beforeId=${answer.nextBeforeId}`)).json<Keyset>();
    }
    expect(byKeyset).toHaveLength(5);
    expect(byKeyset).toEqual(byOffset);
    expect(byKeyset).toEqual([...byKeyset].sort((a, b) => b - a));
    const bad = await so.get(`${url}&beforeId=abc`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorJson>().error.fields?.[0]?.path).toBe('query.beforeId');
  });

  it('filters by entity type and id, actor, action, date range and text in the reason', async () => {
    const world = await buildWorld(db());
    const { meetingId } = await activity(world);
    await recordAudit(db(), null, {
      councilId: world.council.id,
      entityType: 'quota',
      entityId: 'q-1',
      action: 'update',
      reason: 'Chỉ tiêu 100%_đặc biệt',
    });
    const so = await as(world.users.standingOffice.username);
    const url = `/councils/${world.council.id}/audit`;
    const total = async (query: string) => (await so.get(`${url}?${query}`)).json<PageJson>().total;
    expect(await total('entityType=meeting')).toBe(2);
    expect(await total(`entityId=${meetingId}&action=recordAttendance`)).toBe(1);
    expect(await total(`actorUserId=${world.users.leader.id}`)).toBe(4);
    expect(await total(`actor=${encodeURIComponent(world.users.leader.username.slice(-8))}`)).toBe(4);
    expect(await total(`actor=${encodeURIComponent('Người dùng unitStaff')}`)).toBe(4);
    expect(await total('action=create')).toBe(2);
    expect(await total(`from=${vietnamToday()}&to=${vietnamToday()}`)).toBe(5);
    expect(await total('to=2024-12-31')).toBe(0);
    expect(await total(`q=${encodeURIComponent('biên bản KIỂM')}`)).toBe(1);
    // % and _ are literal: "100%_" matches only the reason that contains it.
    expect(await total(`q=${encodeURIComponent('100%_')}`)).toBe(1);
    expect(await total(`q=${encodeURIComponent('0%_đ')}`)).toBe(1);
    expect(await total(`q=${encodeURIComponent('_')}`)).toBe(1);
  });

  it('exports the filtered log as CSV that Excel reads: BOM, header, RFC 4180 quoting, formula guard', async () => {
    const world = await buildWorld(db());
    const { voteId, reason } = await activity(world);
    await recordAudit(db(), null, {
      councilId: world.council.id,
      entityType: 'unit',
      entityId: world.units[0]!.id,
      action: 'update',
      old: { name: 'Phường "Cũ", số 1' },
      new: { name: 'Phường 1' },
      reason: '=HYPERLINK("http://x","bấm")',
    });
    const so = await as(world.users.standingOffice.username);
    const response = await so.get(`/councils/${world.council.id}/audit/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="nhat-ky-thay-doi-\d{8}\.csv"$/,
    );
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = parseCsv(text.slice(1));
    expect(header).toEqual(HEADER);
    for (const record of records) {
      expect(record).toHaveLength(9);
      expect(record[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    }
    // One record per changed field, its Vietnamese name in "Trường thông tin", values said as on screen.
    const [system, corrected] = records;
    expect(system).toEqual([
      system![0],
      'Hệ thống',
      'Đơn vị',
      world.units[0]!.id,
      'Sửa',
      'Tên',
      'Phường "Cũ", số 1',
      'Phường 1',
      `'=HYPERLINK("http://x","bấm")`,
    ]);
    expect(corrected!.slice(1, 9)).toEqual([
      `Người dùng unitStaff (${world.users.leader.username})`,
      'Kết quả bỏ phiếu',
      voteId,
      'Sửa',
      'Số phiếu',
      '4',
      '5',
      reason,
    ]);
    const created = records.filter((r) => r[3] === voteId && r[4] === 'Tạo mới');
    expect(created.map((r) => [r[5], r[7]])).toContainEqual(['Đơn vị', 'Phường 2']);
    expect(created.map((r) => [r[5], r[7]])).toContainEqual(['Mục đích bỏ phiếu', 'Bầu cụm trưởng, cụm phó']);
    expect(text).not.toMatch(/[{}]/);
    // The raw text quotes exactly the cells that need it.
    expect(text).toContain(`"Kiểm phiếu lại, theo ""biên bản kiểm phiếu""\nsố 02/BB; giảm 50% sai sót"\r\n`);

    const filtered = await so.get(`/councils/${world.council.id}/audit/export?entityType=meeting`);
    const meetingRows = parseCsv(filtered.body.slice(1)).slice(1);
    expect(new Set(meetingRows.map((r) => r[2]))).toEqual(new Set(['Cuộc họp']));
    expect(new Set(meetingRows.map((r) => r[4]))).toEqual(new Set(['Tạo mới', 'Điểm danh']));
  });

  it('says an entry’s change with names, not ids or codes: unit, criterion of its revision, layer, person', async () => {
    const world = await buildWorld(db());
    const unit = world.units[2]!;
    const entry = {
      id: '00000000-0000-4000-8000-000000000001',
      criteriaVersionId: world.criteria.id,
      unitId: unit.id,
      criterionCode: 'I.1',
      stage: 'focal',
      plan: '80',
      actual: '82.4',
      enteredBy: world.users.leader.id,
    };
    await recordAudit(db(), null, {
      councilId: world.council.id,
      entityType: 'entry',
      entityId: entry.id,
      action: 'update',
      old: { ...entry, actual: '80' },
      new: entry,
      reason: 'Sửa theo báo cáo',
    });
    await recordAudit(db(), null, {
      councilId: world.council.id,
      entityType: 'entry',
      entityId: '00000000-0000-4000-8000-000000000002',
      action: 'create',
      new: entry,
    });
    const so = await as(world.users.standingOffice.username);
    const listed = (await so.get(`/councils/${world.council.id}/audit?entityType=entry`)).json<{
      items: (EventJson & { changes: { label: string; old?: string; new?: string }[] })[];
    }>();
    expect(listed.items[1]!.changes).toEqual([
      { field: 'actual', label: 'Thực hiện', old: '80', new: '82,4' },
    ]);
    const created = Object.fromEntries(listed.items[0]!.changes.map((c) => [c.label, c.new]));
    expect(created).toEqual({
      'Đơn vị': unit.name,
      'Tiêu chí': 'I.1. Thu ngân sách',
      'Giai đoạn': 'Đơn vị đầu mối',
      'Kế hoạch': '80',
      'Thực hiện': '82,4',
      'Người nhập': 'Người dùng unitStaff',
    });

    const csv = (await so.get(`/councils/${world.council.id}/audit/export?entityType=entry`)).body;
    const records = parseCsv(csv.slice(1)).slice(1);
    expect(records.map((r) => [r[5], r[7]])).toEqual(
      expect.arrayContaining([
        ['Thực hiện', '82,4'],
        ['Đơn vị', unit.name],
        ['Tiêu chí', 'I.1. Thu ngân sách'],
        ['Giai đoạn', 'Đơn vị đầu mối'],
        ['Người nhập', 'Người dùng unitStaff'],
      ]),
    );
    // No id of a unit, person or revision, no layer code, in any value cell.
    const values = records.flatMap((r) => [r[6], r[7]]).join('\n');
    for (const raw of [unit.id, world.users.leader.id, world.criteria.id, 'focal']) {
      expect(values).not.toContain(raw);
    }
  });

  it('streams a large export in batches without losing or repeating an event', async () => {
    const world = await buildWorld(db());
    const count = 2345;
    await db()
      .insert(auditLog)
      .values(
        Array.from({ length: count }, (_, i) => ({
          councilId: world.council.id,
          entityType: 'entry',
          entityId: `e-${i}`,
          action: 'update',
          reason: `lần ${i}`,
        })),
      );
    const response = await (
      await as(world.users.admin.username)
    ).get(`/councils/${world.council.id}/audit/export`);
    const [, ...records] = parseCsv(response.body.slice(1));
    expect(records).toHaveLength(count);
    expect(records[0]![3]).toBe(`e-${count - 1}`);
    expect(records[count - 1]![3]).toBe('e-0');
    expect(new Set(records.map((r) => r[3])).size).toBe(count);
  });

  it('is for the standing office and administrators only: others get 403, other councils 404', async () => {
    const world = await buildWorld(db());
    await activity(world);
    const url = `/councils/${world.council.id}/audit`;
    for (const user of [world.users.standingOffice, world.users.admin, world.users.systemAdmin]) {
      const client = await as(user.username);
      expect((await client.get(url)).json<PageJson>().total, user.username).toBe(4);
      expect((await client.get(`${url}/export`)).statusCode).toBe(200);
    }
    for (const [user, status] of [
      [world.users.councilMember, 403],
      [world.users.follower, 403],
      [world.users.leader, 403],
      [world.users.member, 403],
      [world.users.stranger, 404],
    ] as const) {
      const client = await as(user.username);
      expect((await client.get(url)).statusCode, user.username).toBe(status);
      const csv = await client.get(`${url}/export`);
      expect(csv.statusCode, user.username).toBe(status);
      expect(csv.headers['content-type']).toContain('application/json');
    }
    // The installation-wide log is for system administrators.
    const system = await (
      await as(world.users.systemAdmin.username)
    ).get(`/audit?councilId=${world.council.id}`);
    expect(system.json<PageJson>().total).toBe(4);
    const systemCsv = await (
      await as(world.users.systemAdmin.username)
    ).get(`/audit/export?councilId=${world.council.id}`);
    // The same four events as the list, one record per changed field.
    const systemRecords = parseCsv(systemCsv.body.slice(1)).slice(1);
    expect(new Set(systemRecords.map((r) => `${r[3]} ${r[4]}`)).size).toBe(4);
    expect((await (await as(world.users.standingOffice.username)).get('/audit')).statusCode).toBe(403);
    expect((await (await as(world.users.standingOffice.username)).get('/audit/export')).statusCode).toBe(403);
    const anonymous = await app().inject({ method: 'GET', url: `/api/v1${url}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('has no update or delete path, and the database refuses them too', async () => {
    const world = await buildWorld(db());
    await activity(world);
    const so = await as(world.users.standingOffice.username);
    const [event] = (await so.get(`/councils/${world.council.id}/audit`)).json<PageJson>().items;
    for (const method of ['PATCH', 'PUT', 'DELETE', 'POST'] as const) {
      for (const url of [
        `/councils/${world.council.id}/audit`,
        `/councils/${world.council.id}/audit/${event!.id}`,
      ]) {
        const response = await so.request(
          method,
          url,
          method === 'DELETE' ? undefined : { reason: 'xóa dấu vết' },
        );
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
    }
    const update = await rejectionOf(
      db().update(auditLog).set({ reason: 'sửa' }).where(eq(auditLog.id, event!.id)),
    );
    expect(sqlStateOf(update)).toBe(DB_ERROR_CODES.auditLogAppendOnly);
    const remove = await rejectionOf(db().delete(auditLog).where(eq(auditLog.id, event!.id)));
    expect(sqlStateOf(remove)).toBe(DB_ERROR_CODES.auditLogAppendOnly);
    expect((await so.get(`/councils/${world.council.id}/audit`)).json<PageJson>().total).toBe(4);
  });

  it('refuses bad filters with a Vietnamese message naming the parameter', async () => {
    const world = await buildWorld(db());
    const so = await as(world.users.standingOffice.username);
    const url = `/councils/${world.council.id}/audit`;
    const bad = await so.get(`${url}?from=2025-13-01&actorUserId=abc&pageSize=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorJson>().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'query.from', message: expect.stringContaining('YYYY-MM-DD') as string },
        { path: 'query.actorUserId', message: expect.stringContaining('UUID') as string },
        { path: 'query.pageSize', message: 'phải lớn hơn hoặc bằng 1 (nhận được "0")' },
      ]),
    );
    const reversed = await so.get(`${url}/export?from=2025-03-01&to=2025-02-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json<ErrorJson>().error.fields).toEqual([
      { path: 'query.to', message: expect.stringContaining('phải là ngày từ "from" trở đi') as string },
    ]);
    expect((await so.get('/councils/khong-phai-uuid/audit')).json<ErrorJson>().error.fields).toEqual([
      { path: 'params.councilId', message: expect.stringContaining('UUID') as string },
    ]);
  });
});
