import { clusters, quotas } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { auditOf, buildWorld, type ErrorJson } from './meetings-awards-fixtures';

type QuotaJson = { id: string; awardCode: string; awardName: string | null; quota: number; version: number };

describe.each(databaseTestTargets())('quotas on $name', (target) => {
  const { db, as } = useTestApp(target);
  const stored = (clusterId: string) => db().select().from(quotas).where(eq(quotas.clusterId, clusterId));

  it('lets the standing office set and edit a quota per award, audited; members read it', async () => {
    const world = await buildWorld(db());
    const so = await as(world.users.standingOffice.username);
    const created = await so.post(`/clusters/${world.cluster.id}/quotas`, {
      awardCode: 'CO_TP',
      quota: 1,
      sourceNumber: '125/QĐ-UBND',
    });
    expect(created.statusCode).toBe(201);
    const quota = created.json<QuotaJson>();
    expect(quota).toMatchObject({
      awardCode: 'CO_TP',
      awardName: 'Cờ thi đua của UBND Thành phố',
      quota: 1,
      version: 1,
    });
    const [createEvent] = await auditOf(db(), quota.id, 'create');
    expect(createEvent!.new).toMatchObject({ awardCode: 'CO_TP', quota: 1, sourceNumber: '125/QĐ-UBND' });

    const edited = await so.patch(`/quotas/${quota.id}`, {
      version: 1,
      quota: 2,
      reason: 'Quyết định điều chỉnh chỉ tiêu',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ quota: 2, version: 2, sourceNumber: '125/QĐ-UBND' });
    const [updateEvent] = await auditOf(db(), quota.id, 'update');
    expect(updateEvent).toMatchObject({
      reason: 'Quyết định điều chỉnh chỉ tiêu',
      old: { quota: 1 },
      new: { quota: 2 },
    });

    await so.post(`/clusters/${world.cluster.id}/quotas`, {
      awardCode: 'BK_TP',
      quota: 0,
      sourceNumber: '125/QĐ-UBND',
    });
    const list = await (
      await as(world.users.member.username)
    ).get(`/clusters/${world.cluster.id}/quotas?pageSize=1`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 2,
      pageSize: 1,
      items: [{ awardCode: 'BK_TP', quota: 0, abilities: { update: false } }],
    });
  });

  it('detects a stale quota edit: 409 and the first edit stands', async () => {
    const world = await buildWorld(db());
    const so = await as(world.users.standingOffice.username);
    const quota = (
      await so.post(`/clusters/${world.cluster.id}/quotas`, {
        awardCode: 'TTLDXS',
        quota: 3,
        sourceNumber: '1/QĐ',
      })
    ).json<QuotaJson>();
    const admin = await as(world.users.admin.username);
    const [a, b] = await Promise.all([
      so.patch(`/quotas/${quota.id}`, { version: 1, quota: 4 }),
      admin.patch(`/quotas/${quota.id}`, { version: 1, quota: 5 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [row] = await stored(world.cluster.id);
    expect(row!.version).toBe(2);
    expect(row!.quota).toBe(a.statusCode === 200 ? 4 : 5);
  });

  it('refuses unknown award codes, negative or fractional quotas, a missing source and duplicates', async () => {
    const world = await buildWorld(db());
    const so = await as(world.users.standingOffice.username);
    const url = `/clusters/${world.cluster.id}/quotas`;
    const cases: [Record<string, unknown>, { path: string; message: string }[]][] = [
      [
        { awardCode: 'CO_CP', quota: 1, sourceNumber: '1/QĐ' },
        [
          {
            path: 'body.awardCode',
            message:
              'không có trong bộ tiêu chí đã ban hành của cụm, khối (các mã hợp lệ: CO_TP, BK_TP, TTLDXS)',
          },
        ],
      ],
      [
        { awardCode: 'CO_TP', quota: -1, sourceNumber: '1/QĐ' },
        [{ path: 'body.quota', message: 'phải lớn hơn hoặc bằng 0 (nhận được −1)' }],
      ],
      [
        { awardCode: 'CO_TP', quota: 1.5, sourceNumber: '1/QĐ' },
        [{ path: 'body.quota', message: 'phải là một số nguyên (nhận được 1,5)' }],
      ],
      [{ awardCode: 'CO_TP', quota: 1 }, [{ path: 'body.sourceNumber', message: 'thiếu trường bắt buộc' }]],
      [
        { awardCode: '', quota: 1, sourceNumber: '1/QĐ' },
        [{ path: 'body.awardCode', message: 'không được để trống' }],
      ],
    ];
    for (const [body, fields] of cases) {
      const response = await so.post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<ErrorJson>().error).toMatchObject({ code: 'VALIDATION', fields });
    }
    expect(await stored(world.cluster.id)).toEqual([]);
    expect((await so.post(url, { awardCode: 'CO_TP', quota: 1, sourceNumber: '1/QĐ' })).statusCode).toBe(201);
    const duplicate = await so.post(url, { awardCode: 'CO_TP', quota: 2, sourceNumber: '2/QĐ' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<ErrorJson>().error).toEqual({
      code: 'DUPLICATE',
      message: 'Cụm, khối đã có chỉ tiêu cho hình thức khen thưởng này',
    });
    const [row] = await stored(world.cluster.id);
    expect(row).toMatchObject({ quota: 1 });
    const patched = await so.patch(`/quotas/${row!.id}`, { version: 1, quota: -2 });
    expect(patched.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.quota', message: 'phải lớn hơn hoặc bằng 0 (nhận được −2)' },
    ]);
    expect(
      (await so.patch('/quotas/00000000-0000-4000-8000-000000000000', { version: 1, quota: 1 })).statusCode,
    ).toBe(404);
  });

  it('refuses a quota before the cluster has issued criteria', async () => {
    const world = await buildWorld(db());
    const [bare] = await db()
      .insert(clusters)
      .values({ periodId: world.period.id, code: 'cum-moi', name: 'Cụm mới', kind: 'cum' })
      .returning();
    const response = await (
      await as(world.users.standingOffice.username)
    ).post(`/clusters/${bare!.id}/quotas`, { awardCode: 'CO_TP', quota: 1, sourceNumber: '1/QĐ' });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorJson>().error.code).toBe('NO_ISSUED_CRITERIA');
  });

  it('refuses quota writes from the leader, members, council members and another council', async () => {
    const world = await buildWorld(db());
    const so = await as(world.users.standingOffice.username);
    const quota = (
      await so.post(`/clusters/${world.cluster.id}/quotas`, {
        awardCode: 'CO_TP',
        quota: 1,
        sourceNumber: '1/QĐ',
      })
    ).json<QuotaJson>();
    for (const [user, status] of [
      [world.users.leader, 403],
      [world.users.member, 403],
      [world.users.councilMember, 403],
      [world.users.follower, 403],
      [world.users.stranger, 404],
    ] as const) {
      const client = await as(user.username);
      const create = await client.post(`/clusters/${world.cluster.id}/quotas`, {
        awardCode: 'BK_TP',
        quota: 9,
        sourceNumber: '9/QĐ',
      });
      expect(create.statusCode, user.username).toBe(status);
      const edit = await client.patch(`/quotas/${quota.id}`, { version: 1, quota: 9 });
      expect(edit.statusCode, user.username).toBe(status);
    }
    expect(
      (await (await as(world.users.stranger.username)).get(`/clusters/${world.cluster.id}/quotas`))
        .statusCode,
    ).toBe(404);
    const rows = await stored(world.cluster.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ quota: 1, version: 1 });
  });
});
