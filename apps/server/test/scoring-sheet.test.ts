import { clusters, criteriaVersions, frameworks } from '@thidua/db';
import { databaseTestTargets, SMALL_RULESET } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { buildScoringCluster, entryUrl, type ScoringCluster, setStage } from './scoring-fixture';

interface Cell {
  criterionCode: string;
  self: { note: string | null; points: number | null } | null;
  agreed: unknown;
  canWrite: string[];
}
interface Sheet {
  period: { published: boolean };
  criteria: { code: string; owner: string; focalUnitId: string | null }[];
  rows: { unit: { id: string; code: string; seat: string }; cells: Cell[] }[];
  total: number;
}

describe.each(databaseTestTargets())('scoring sheet on $name', (target) => {
  const { db, as } = useTestApp(target);
  const sheetOf = async (fx: ScoringCluster, username: string, query = '') => {
    const response = await (await as(username)).get(`/clusters/${fx.cluster.id}/scoring-sheet${query}`);
    return response;
  };

  /** Every member unit self-scores II.2 with a note only its own staff may read before publication. */
  async function selfScoreAll(fx: ScoringCluster) {
    const staff = [fx.users.leader, fx.users.deputy, fx.users.member, fx.users.focalMember];
    const unitsInOrder = [fx.units.leader, fx.units.deputy, fx.units.member, fx.units.focalMember];
    for (const [i, user] of staff.entries()) {
      const unit = unitsInOrder[i]!;
      const response = await (
        await as(user.username)
      ).put(entryUrl(fx, unit.id, 'II.2', 'self'), {
        version: 0,
        points: 70 + i,
        note: `ghi chú riêng ${unit.code}`,
      });
      expect(response.statusCode).toBe(200);
    }
  }

  it('shows a member unit only its own row until the table is published, then every row', async () => {
    const fx = await buildScoringCluster(db());
    await selfScoreAll(fx);
    const before = await sheetOf(fx, fx.users.member.username);
    expect(before.statusCode).toBe(200);
    const sheet = before.json<Sheet>();
    expect(sheet.period.published).toBe(false);
    expect(sheet.total).toBe(1);
    expect(sheet.rows.map((r) => r.unit.code)).toEqual(['phuong-3']);
    expect(sheet.criteria.map((c) => c.code)).toEqual(['I.1', 'I.2', 'II.1', 'II.2', 'II.3']);
    const own = sheet.rows[0]!.cells.find((c) => c.criterionCode === 'II.2')!;
    expect(own.self).toMatchObject({ points: 72, note: 'ghi chú riêng phuong-3' });
    expect(own.canWrite).toEqual(['self']);
    // Nothing of another unit's self-score leaks, not even by asking for its row.
    for (const code of ['phuong-1', 'phuong-2', 'phuong-4'])
      expect(before.body).not.toContain(`ghi chú riêng ${code}`);
    const asked = await sheetOf(fx, fx.users.member.username, `?unitId=${fx.units.leader.id}`);
    expect(asked.json<Sheet>()).toMatchObject({ total: 0, rows: [] });

    await setStage(db(), fx.period.id, 'review');
    const after = (await sheetOf(fx, fx.users.member.username)).json<Sheet>();
    expect(after.period.published).toBe(true);
    expect(after.rows.map((r) => r.unit.code)).toEqual(['phuong-1', 'phuong-2', 'phuong-3', 'phuong-4']);
    expect(after.rows[0]!.cells.find((c) => c.criterionCode === 'II.2')!.self).toMatchObject({ points: 70 });
    expect(after.rows.flatMap((r) => r.cells.flatMap((c) => c.canWrite))).toEqual([]);
  });

  it("never shows a member unit another unit's unpublished row from a sheet cached for the leader", async () => {
    const fx = await buildScoringCluster(db());
    await selfScoreAll(fx);
    // The leader's reads put the whole sheet, and each row asked alone, in the caches first.
    const leader = await as(fx.users.leader.username);
    const whole = await leader.get(`/clusters/${fx.cluster.id}/scoring-sheet`);
    expect(whole.json<Sheet>().total).toBe(4);
    for (const unit of Object.values(fx.units)) {
      await leader.get(`/clusters/${fx.cluster.id}/scoring-sheet?unitId=${unit.id}`);
    }
    const member = await sheetOf(fx, fx.users.member.username);
    expect(member.json<Sheet>().rows.map((r) => r.unit.code)).toEqual(['phuong-3']);
    for (const code of ['phuong-1', 'phuong-2', 'phuong-4']) {
      expect(member.body).not.toContain(`ghi chú riêng ${code}`);
    }
    for (const unit of [fx.units.leader, fx.units.deputy, fx.units.focalMember]) {
      const asked = await sheetOf(fx, fx.users.member.username, `?unitId=${unit.id}`);
      expect(asked.json<Sheet>()).toMatchObject({ total: 0, rows: [] });
    }
    // One row read by two readers who both see it whole still says what each of them may write.
    const deputyView = (
      await sheetOf(fx, fx.users.deputy.username, `?unitId=${fx.units.leader.id}`)
    ).json<Sheet>();
    const leaderView = (
      await leader.get(`/clusters/${fx.cluster.id}/scoring-sheet?unitId=${fx.units.leader.id}`)
    ).json<Sheet>();
    expect(leaderView.rows[0]!.cells.find((c) => c.criterionCode === 'II.2')!.canWrite).toEqual(['self']);
    expect(deputyView.rows[0]!.cells.find((c) => c.criterionCode === 'II.2')!.canWrite).toEqual([]);
  });

  it('shows a focal department only its assigned criteria, for every unit', async () => {
    const fx = await buildScoringCluster(db());
    await selfScoreAll(fx);
    const response = await sheetOf(fx, fx.users.focal.username);
    const sheet = response.json<Sheet>();
    expect(sheet.criteria).toEqual([
      expect.objectContaining({ code: 'I.2', owner: 'focalUnit', focalUnitId: fx.units.focal.id }),
    ]);
    expect(sheet.total).toBe(4);
    for (const row of sheet.rows) {
      expect(row.cells.map((c) => [c.criterionCode, c.canWrite])).toEqual([['I.2', ['focal']]]);
    }
    expect(response.body).not.toContain('ghi chú riêng');

    // A focal department that is also a member: its own row whole, its criterion elsewhere, never
    // scoring its own row.
    const mixed = (await sheetOf(fx, fx.users.focalMember.username)).json<Sheet>();
    expect(mixed.criteria).toHaveLength(5);
    const ownRow = mixed.rows.find((r) => r.unit.id === fx.units.focalMember.id)!;
    expect(ownRow.cells).toHaveLength(5);
    expect(ownRow.cells.find((c) => c.criterionCode === 'II.3')!.canWrite).toEqual([]);
    const otherRow = mixed.rows.find((r) => r.unit.id === fx.units.member.id)!;
    expect(otherRow.cells.map((c) => [c.criterionCode, c.canWrite])).toEqual([['II.3', ['focal']]]);
  });

  it('shows leader, deputy, standing office and follower everything; a plain council member after publication', async () => {
    const fx = await buildScoringCluster(db());
    await selfScoreAll(fx);
    for (const user of [fx.users.leader, fx.users.deputy, fx.users.standingOffice, fx.users.follower]) {
      const sheet = (await sheetOf(fx, user.username)).json<Sheet>();
      expect([user.username, sheet.total, sheet.criteria.length]).toEqual([user.username, 4, 5]);
      expect(sheet.rows.flatMap((r) => r.cells.map((c) => c.self?.note)).filter(Boolean)).toHaveLength(4);
    }
    const hidden = await sheetOf(fx, fx.users.councilMember.username);
    expect(hidden.statusCode).toBe(403);
    expect(hidden.json()).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('chưa công bố') as string },
    });

    await setStage(db(), fx.period.id, 'review');
    expect((await sheetOf(fx, fx.users.councilMember.username)).json<Sheet>().total).toBe(4);
    const leader = (await sheetOf(fx, fx.users.leader.username)).json<Sheet>();
    const writable = (code: string) =>
      leader.rows.find((r) => r.unit.code === code)!.cells.find((c) => c.criterionCode === 'II.2')!.canWrite;
    expect(writable('phuong-1')).toEqual([]);
    expect(writable('phuong-3')).toEqual(['agreed']);
  });

  it('paginates rows, filters by unit and refuses unknown or foreign clusters and revisions', async () => {
    const fx = await buildScoringCluster(db());
    const page = (await sheetOf(fx, fx.users.standingOffice.username, '?page=2&pageSize=3')).json<Sheet>();
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.rows.map((r) => r.unit.code)).toEqual(['phuong-4']);
    const one = (
      await sheetOf(fx, fx.users.standingOffice.username, `?unitId=${fx.units.deputy.id}`)
    ).json<Sheet>();
    expect(one.rows.map((r) => [r.unit.code, r.unit.seat])).toEqual([['phuong-2', 'deputy']]);
    const badPage = await sheetOf(fx, fx.users.standingOffice.username, '?pageSize=501');
    expect(badPage.json()).toMatchObject({
      error: { code: 'VALIDATION', fields: [{ path: 'query.pageSize' }] },
    });
    expect((await sheetOf(fx, fx.users.otherStandingOffice.username)).statusCode).toBe(404);
    const unknownVersion = await sheetOf(
      fx,
      fx.users.standingOffice.username,
      '?criteriaVersionId=00000000-0000-4000-8000-000000000000',
    );
    expect(unknownVersion.statusCode).toBe(404);

    // A cluster whose criteria are still a draft cannot be scored yet.
    const [draftCluster] = await db()
      .insert(clusters)
      .values({ periodId: fx.period.id, code: 'cum-2', name: 'Cụm số 2', kind: 'cum' })
      .returning();
    const [framework] = await db()
      .insert(frameworks)
      .values({ councilId: fx.council.id, code: 'khung-2', name: 'Khung', ruleset: SMALL_RULESET })
      .returning();
    await db()
      .insert(criteriaVersions)
      .values({ clusterId: draftCluster!.id, frameworkId: framework!.id, ruleset: SMALL_RULESET });
    const draft = await (
      await as(fx.users.standingOffice.username)
    ).get(`/clusters/${draftCluster!.id}/scoring-sheet`);
    expect(draft.statusCode).toBe(409);
    expect(draft.json()).toMatchObject({ error: { code: 'NO_ISSUED_CRITERIA' } });
  });
});
