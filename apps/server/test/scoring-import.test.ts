import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  auditLog,
  clusterMembers,
  clusters,
  criteriaVersions,
  type Database,
  entries,
  type PeriodStage,
  periods,
  units,
} from '@thidua/db';
import { buildCouncil, databaseTestTargets } from '@thidua/db/testing';
import { evaluatePeriod } from '@thidua/engine';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildUnit, buildUser, useTestApp } from './harness';
import { type ErrorJson } from './scoring-fixture';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const example = () =>
  JSON.parse(readFileSync(`${EXAMPLES}ba-dinh-mini.period.json`, 'utf8')) as {
    year: number;
    units: { id: string; name: string }[];
    entries: Record<string, unknown>[];
    adjustments: Record<string, unknown>[];
  };
const exampleResult = () => JSON.parse(readFileSync(`${EXAMPLES}ba-dinh-mini.result.json`, 'utf8')) as object;

/** A council with a 2024 period, an empty cluster, one existing unit (phuc-xa) and users. */
async function emptyCluster(db: Database, stage: PeriodStage = 'criteria') {
  const council = await buildCouncil(db);
  const [period] = await db
    .insert(periods)
    .values({
      councilId: council.id,
      name: 'Năm 2024',
      year: 2024,
      calendar: 'calendarYear',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      stage,
    })
    .returning();
  const [cluster, other] = await db
    .insert(clusters)
    .values([
      { periodId: period!.id, code: 'cum-1', name: 'Cụm thi đua số 1', kind: 'cum' },
      { periodId: period!.id, code: 'cum-2', name: 'Cụm thi đua số 2', kind: 'cum' },
    ])
    .returning();
  const phucXa = await buildUnit(db, council.id, 'Phường Phúc Xá', { code: 'phuc-xa' });
  const foreign = await buildCouncil(db, 'Hội đồng khác');
  return {
    council,
    period: period!,
    cluster: cluster!,
    other: other!,
    phucXa: phucXa,
    standingOffice: await buildUser(db, council.id, 'standingOffice'),
    staff: await buildUser(db, council.id, 'unitStaff', phucXa.id),
    councilMember: await buildUser(db, council.id, 'councilMember'),
    otherStandingOffice: await buildUser(db, foreign.id, 'standingOffice'),
  };
}

describe.each(databaseTestTargets())('period file import on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function nothingSaved(fx: Awaited<ReturnType<typeof emptyCluster>>) {
    const councilUnits = await db().select().from(units).where(eq(units.councilId, fx.council.id));
    expect(councilUnits.map((u) => u.code)).toEqual(['phuc-xa']);
    expect(
      await db().select().from(clusterMembers).where(eq(clusterMembers.clusterId, fx.cluster.id)),
    ).toEqual([]);
    expect(
      await db().select().from(criteriaVersions).where(eq(criteriaVersions.clusterId, fx.cluster.id)),
    ).toEqual([]);
  }

  it('imports the reference period into an empty cluster and scores it exactly as its reference result', async () => {
    const fx = await emptyCluster(db());
    const so = await as(fx.standingOffice.username);
    const response = await so.post(`/clusters/${fx.cluster.id}/period-file?unitType=ward`, example());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      unitsCreated: 3,
      unitsMatched: 1,
      entries: 32,
      adjustments: 6,
      facts: 5,
      quotas: 2,
      votes: 0,
    });
    const { criteriaVersionId } = response.json<{ criteriaVersionId: string }>();
    const [version] = await db()
      .select()
      .from(criteriaVersions)
      .where(eq(criteriaVersions.id, criteriaVersionId));
    expect(version).toMatchObject({ status: 'issued', revision: 1 });
    const stored = await db().select().from(entries).where(eq(entries.criteriaVersionId, criteriaVersionId));
    expect(stored).toHaveLength(32);
    expect(new Set(stored.map((e) => e.stage))).toEqual(new Set(['agreed']));
    expect(stored.find((e) => e.criterionCode === 'I.1' && e.actual === '262.3')).toBeDefined();
    const created = await db()
      .select()
      .from(units)
      .where(and(eq(units.councilId, fx.council.id), eq(units.code, 'cong-vi')));
    expect(created[0]).toMatchObject({ type: 'ward', calendar: 'calendarYear', name: 'Phường Cống Vị' });
    const [event] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, fx.cluster.id), eq(auditLog.action, 'importPeriodFile')));
    expect(event).toMatchObject({ actorUserId: fx.standingOffice.id });
    expect((event!.new as { file: unknown }).file).toEqual(example());

    const results = await so.get(`/clusters/${fx.cluster.id}/results`);
    expect(results.statusCode).toBe(200);
    expect(results.json()).toMatchObject(exampleResult());
    const exported = await so.get(`/clusters/${fx.cluster.id}/period-file`);
    const evaluation = evaluatePeriod(exported.json());
    expect(evaluation.ok && evaluation.result).toEqual(results.json());
    // The export holds the same data as the file imported (units in code order).
    const file = exported.json<ReturnType<typeof example>>();
    const original = example();
    const sorted = (list: Record<string, unknown>[]) => list.map((x) => JSON.stringify(x)).sort();
    expect(sorted(file.entries)).toEqual(sorted(original.entries));
    expect(sorted(file.adjustments)).toEqual(sorted(original.adjustments));

    const again = await so.post(`/clusters/${fx.cluster.id}/period-file`, example());
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error.code).toBe('CLUSTER_NOT_EMPTY');
  });

  it('refuses an invalid file with every error at its place in the file, saving nothing', async () => {
    const fx = await emptyCluster(db());
    const so = await as(fx.standingOffice.username);
    const file = example();
    file.entries[0]!.plan = -5;
    file.entries[4]!.points = 125;
    file.entries[12]!.points = 95.125;
    const invalid = await so.post(`/clusters/${fx.cluster.id}/period-file`, file);
    expect(invalid.statusCode).toBe(400);
    const { error } = invalid.json<ErrorJson>();
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Tệp kỳ thi đua không hợp lệ: 2 lỗi' });
    expect(error.fields).toEqual([
      { path: 'body.entries[0].plan', message: 'kế hoạch không được âm (nhận được −5)' },
      { path: 'body.entries[4].points', message: '125 vượt quá điểm chuẩn 100 của tiêu chí II.2' },
    ]);
    file.entries[0]!.plan = 100;
    file.entries[4]!.points = 90;
    file.year = 2023;
    const second = await so.post(`/clusters/${fx.cluster.id}/period-file`, file);
    expect(second.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.year', message: 'năm của tệp (2023) khác năm của kỳ thi đua (2024)' },
      {
        path: 'body.entries[12].points',
        message: 'điểm chỉ được có tối đa 2 chữ số thập phân (nhận được 95,125)',
      },
    ]);
    const notAFile = await so.post(`/clusters/${fx.cluster.id}/period-file`, [1, 2]);
    expect(notAFile.json<ErrorJson>().error.fields![0]!.path).toBe('body');
    const badJson = await app().inject({
      method: 'POST',
      url: `/api/v1/clusters/${fx.cluster.id}/period-file`,
      headers: { cookie: so.cookie!, 'x-csrf-token': so.csrf!, 'content-type': 'application/json' },
      payload: '{"format": "thidua/period@1",',
    });
    expect(badJson.json<ErrorJson>().error.code).toBe('BAD_JSON');
    const badType = await so.post(`/clusters/${fx.cluster.id}/period-file?unitType=lang`, example());
    expect(badType.json<ErrorJson>().error.fields![0]!.path).toBe('query.unitType');

    // A unit that already sits in another cluster of the period.
    await db()
      .insert(clusterMembers)
      .values({ clusterId: fx.other.id, periodId: fx.period.id, unitId: fx.phucXa.id });
    const seated = await so.post(`/clusters/${fx.cluster.id}/period-file`, example());
    expect(seated.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.units[0].id', message: 'đơn vị "phuc-xa" đã thuộc một cụm, khối khác trong kỳ này' },
    ]);
    await db().delete(clusterMembers).where(eq(clusterMembers.clusterId, fx.other.id));
    await nothingSaved(fx);
  });

  it('imports only by the standing office, only in setup or criteria', async () => {
    const fx = await emptyCluster(db(), 'results');
    for (const [who, status] of [
      [fx.staff, 403],
      [fx.councilMember, 403],
      [fx.otherStandingOffice, 404],
    ] as const) {
      const response = await (
        await as(who.username)
      ).post(`/clusters/${fx.cluster.id}/period-file`, example());
      expect([who.username, response.statusCode]).toEqual([who.username, status]);
    }
    const so = await as(fx.standingOffice.username);
    const late = await so.post(`/clusters/${fx.cluster.id}/period-file`, example());
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorJson>().error).toMatchObject({
      code: 'STAGE',
      message: expect.stringContaining('Xây dựng tiêu chí') as string,
    });
    await db()
      .update(periods)
      .set({ stage: 'archived', archivedAt: new Date() })
      .where(eq(periods.id, fx.period.id));
    expect(
      (await so.post(`/clusters/${fx.cluster.id}/period-file`, example())).json<ErrorJson>().error.code,
    ).toBe('LOCKED');
    expect(
      (await so.post('/clusters/00000000-0000-4000-8000-000000000000/period-file', example())).statusCode,
    ).toBe(404);
    await nothingSaved(fx);
  });
});
