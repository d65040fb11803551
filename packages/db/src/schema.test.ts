import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Transaction } from './connect';
import { constraintOf } from './errors';
import * as s from './schema';
import { buildCluster, databaseTestTargets, rejectionOf, uniqueSuffix, useTestDatabase } from './testing';

describe.each(databaseTestTargets())('schema on $name', (target) => {
  const db = useTestDatabase(target);

  it('stores a council → period → cluster → units → criteria → entries and reads them back exactly', async () => {
    const { council, period, cluster, units, criteria } = await buildCluster(db(), {
      members: 4,
      deputies: 2,
    });
    const [first, second] = units;
    await db()
      .insert(s.entries)
      .values([
        {
          criteriaVersionId: criteria.id,
          unitId: first!.id,
          criterionCode: 'I.1',
          stage: 'self',
          plan: '100',
          actual: '113',
        },
        {
          criteriaVersionId: criteria.id,
          unitId: first!.id,
          criterionCode: 'I.2',
          stage: 'self',
          value: '91.5',
        },
        {
          criteriaVersionId: criteria.id,
          unitId: first!.id,
          criterionCode: 'II.1',
          stage: 'self',
          rating: 'HTXSNV',
        },
        {
          criteriaVersionId: criteria.id,
          unitId: first!.id,
          criterionCode: 'II.2',
          stage: 'self',
          points: '87.5',
        },
        {
          criteriaVersionId: criteria.id,
          unitId: first!.id,
          criterionCode: 'II.3',
          stage: 'self',
          done: true,
        },
        // A revenue in đồng beyond 2^53: an unconstrained numeric keeps every digit.
        {
          criteriaVersionId: criteria.id,
          unitId: second!.id,
          criterionCode: 'I.1',
          stage: 'self',
          plan: '123456789012345678.25',
          actual: '0.1',
        },
      ]);

    const rows = await db()
      .select({
        council: s.councils.code,
        year: s.periods.year,
        startsOn: s.periods.startsOn,
        cluster: s.clusters.name,
        role: s.clusterMembers.role,
        deputyRank: s.clusterMembers.deputyRank,
        unit: s.units.code,
        criterion: s.entries.criterionCode,
        plan: s.entries.plan,
        actual: s.entries.actual,
        points: s.entries.points,
        value: s.entries.value,
        rating: s.entries.rating,
        done: s.entries.done,
        version: s.entries.version,
        ruleset: s.criteriaVersions.ruleset,
      })
      .from(s.entries)
      .innerJoin(s.criteriaVersions, eq(s.criteriaVersions.id, s.entries.criteriaVersionId))
      .innerJoin(s.clusters, eq(s.clusters.id, s.criteriaVersions.clusterId))
      .innerJoin(s.periods, eq(s.periods.id, s.clusters.periodId))
      .innerJoin(s.councils, eq(s.councils.id, s.periods.councilId))
      .innerJoin(s.units, eq(s.units.id, s.entries.unitId))
      .innerJoin(
        s.clusterMembers,
        and(eq(s.clusterMembers.unitId, s.units.id), eq(s.clusterMembers.periodId, s.periods.id)),
      )
      .where(eq(s.councils.id, council.id))
      .orderBy(asc(s.units.code), asc(s.entries.criterionCode));

    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({
      council: council.code,
      year: 2025,
      startsOn: '2025-01-01',
      cluster: cluster.name,
    });
    expect(rows[0]).toMatchObject({ role: 'leader', deputyRank: null, unit: 'phuong-1', version: 1 });
    expect(
      rows.map((r) => [r.unit, r.criterion, r.plan, r.actual, r.points, r.value, r.rating, r.done]),
    ).toEqual([
      ['phuong-1', 'I.1', '100', '113', null, null, null, null],
      ['phuong-1', 'I.2', null, null, null, '91.5', null, null],
      ['phuong-1', 'II.1', null, null, null, null, 'HTXSNV', null],
      ['phuong-1', 'II.2', null, null, '87.50', null, null, null],
      ['phuong-1', 'II.3', null, null, null, null, null, true],
      ['phuong-2', 'I.1', '123456789012345678.25', '0.1', null, null, null, null],
    ]);
    expect(rows[5]).toMatchObject({ role: 'deputy', deputyRank: 1 });
    expect(rows[0]!.ruleset.groups).toHaveLength(2);
    expect(period.stage).toBe('results');
  });

  it('lets only the writer holding the current version update an entry', async () => {
    const { units, criteria } = await buildCluster(db(), { members: 1 });
    const [entry] = await db()
      .insert(s.entries)
      .values({
        criteriaVersionId: criteria.id,
        unitId: units[0]!.id,
        criterionCode: 'II.2',
        stage: 'self',
        points: '70',
      })
      .returning();
    const writeAt = (readVersion: number, points: string) =>
      db()
        .update(s.entries)
        .set({ points, version: readVersion + 1 })
        .where(and(eq(s.entries.id, entry!.id), eq(s.entries.version, readVersion)))
        .returning({ version: s.entries.version });

    expect(await writeAt(1, '75')).toEqual([{ version: 2 }]);
    expect(await writeAt(1, '80')).toEqual([]); // the second writer read version 1 too: stale
    const [stored] = await db().select().from(s.entries).where(eq(s.entries.id, entry!.id));
    expect(stored).toMatchObject({ points: '75.00', version: 2 });
    expect(stored!.updatedAt.getTime()).toBeGreaterThanOrEqual(stored!.createdAt.getTime());
  });

  it('saves nothing of a transaction that fails part-way', async () => {
    const { units, criteria } = await buildCluster(db(), { members: 1 });
    const entry = {
      criteriaVersionId: criteria.id,
      unitId: units[0]!.id,
      criterionCode: 'II.2',
      stage: 'self' as const,
    };
    const write = (tx: Transaction) =>
      tx.insert(s.entries).values([
        { ...entry, points: '10' },
        { ...entry, criterionCode: 'II.3', done: true },
      ]);
    await rejectionOf(
      db().transaction(async (tx) => {
        await write(tx);
        await tx.insert(s.entries).values({ ...entry, points: '20' }); // duplicate: refused
      }),
    );
    expect(await db().select().from(s.entries).where(eq(s.entries.unitId, units[0]!.id))).toEqual([]);
  });

  it('compares usernames case-insensitively', async () => {
    const name = `Nguyen.Van.${uniqueSuffix()}`;
    const user = { displayName: 'Nguyễn Văn A', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x$y' };
    await db()
      .insert(s.users)
      .values({ ...user, username: name });
    const error = await rejectionOf(
      db()
        .insert(s.users)
        .values({ ...user, username: name.toLowerCase() }),
    );
    expect(constraintOf(error)).toBe('users_username_key');
  });
});
