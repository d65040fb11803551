import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from './connect';
import * as s from './schema';
import { buildCluster, databaseTestTargets, useTestDatabase } from './testing';

async function versionOf(db: Database, clusterId: string): Promise<number> {
  const [row] = await db
    .select({ version: s.clusterDataVersions.version })
    .from(s.clusterDataVersions)
    .where(eq(s.clusterDataVersions.clusterId, clusterId));
  return row?.version ?? 0;
}

describe.each(databaseTestTargets())('cluster data version on $name', (target) => {
  const db = useTestDatabase(target);

  it('rises with every write that changes what a cluster shows, once per statement, and only there', async () => {
    const a = await buildCluster(db(), { members: 3 });
    const b = await buildCluster(db(), { members: 2 });
    const seen = async () => [await versionOf(db(), a.cluster.id), await versionOf(db(), b.cluster.id)];
    const rises = async (write: () => Promise<unknown>, expected: [boolean, boolean]) => {
      const [beforeA, beforeB] = await seen();
      await write();
      const [afterA, afterB] = await seen();
      expect([afterA! > beforeA!, afterB! > beforeB!]).toEqual(expected);
    };
    const unit = a.units[1]!;
    // A multi-row insert raises the version once, not once per row.
    const before = await versionOf(db(), a.cluster.id);
    const rows = await db()
      .insert(s.entries)
      .values(
        a.units.map((u) => ({
          criteriaVersionId: a.criteria.id,
          unitId: u.id,
          criterionCode: 'I.1',
          stage: 'self' as const,
          points: '5',
        })),
      )
      .returning();
    expect(await versionOf(db(), a.cluster.id)).toBe(before + 1);

    await rises(
      () => db().update(s.entries).set({ points: '6' }).where(eq(s.entries.id, rows[0]!.id)),
      [true, false],
    );
    await rises(() => db().delete(s.entries).where(eq(s.entries.id, rows[0]!.id)), [true, false]);
    await rises(
      () =>
        db().insert(s.adjustments).values({
          criteriaVersionId: a.criteria.id,
          unitId: unit.id,
          kind: 'deduction',
          itemCode: 'TRU',
          count: 1,
        }),
      [true, false],
    );
    await rises(
      () =>
        db()
          .insert(s.unitFacts)
          .values({ periodId: a.period.id, unitId: unit.id, name: 'underInvestigation', value: true }),
      [true, false],
    );
    await rises(
      () => db().update(s.units).set({ name: 'Phường đổi tên' }).where(eq(s.units.id, unit.id)),
      [true, false],
    );
    await rises(
      () => db().update(s.periods).set({ stage: 'review' }).where(eq(s.periods.id, b.period.id)),
      [false, true],
    );
    await rises(
      () => db().update(s.clusters).set({ name: 'Cụm đổi tên' }).where(eq(s.clusters.id, b.cluster.id)),
      [false, true],
    );
    await rises(
      () => db().delete(s.clusterMembers).where(eq(s.clusterMembers.unitId, b.units[1]!.id)),
      [false, true],
    );
    await rises(
      () => db().insert(s.quotas).values({ clusterId: a.cluster.id, awardCode: 'CO', quota: 1 }),
      [true, false],
    );
    // A write elsewhere (an account) leaves both as they were.
    await rises(
      () => db().execute(sql`UPDATE users SET display_name = display_name WHERE false`),
      [false, false],
    );
  });

  it('commits with the write, so a rolled-back write leaves the version as it was', async () => {
    const a = await buildCluster(db(), { members: 2 });
    const before = await versionOf(db(), a.cluster.id);
    await expect(
      db().transaction(async (tx) => {
        await tx.insert(s.entries).values({
          criteriaVersionId: a.criteria.id,
          unitId: a.units[0]!.id,
          criterionCode: 'I.1',
          stage: 'self',
          points: '5',
        });
        expect(await versionOf(tx as unknown as Database, a.cluster.id)).toBe(before + 1);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await versionOf(db(), a.cluster.id)).toBe(before);
  });
});
