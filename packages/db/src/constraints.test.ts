import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DB_ERROR_CODES, constraintOf, sqlStateOf } from './errors';
import * as s from './schema';
import { buildCluster, databaseTestTargets, rejectionOf, useTestDatabase } from './testing';

describe.each(databaseTestTargets())('constraints on $name', (target) => {
  const db = useTestDatabase(target);

  it('refuses a second entry for the same unit, criterion and stage, but takes another stage', async () => {
    const { units, criteria } = await buildCluster(db(), { members: 2 });
    const entry = {
      criteriaVersionId: criteria.id,
      unitId: units[1]!.id,
      criterionCode: 'II.2',
      points: '50',
    };
    await db()
      .insert(s.entries)
      .values({ ...entry, stage: 'self' });

    const error = await rejectionOf(
      db()
        .insert(s.entries)
        .values({ ...entry, stage: 'self', points: '60' }),
    );
    expect(sqlStateOf(error)).toBe(DB_ERROR_CODES.uniqueViolation);
    expect(constraintOf(error)).toBe('entries_version_unit_criterion_stage_key');

    await db()
      .insert(s.entries)
      .values({ ...entry, stage: 'agreed', points: '45', reason: 'Thiếu minh chứng' });
    const stored = await db().select().from(s.entries).where(eq(s.entries.unitId, units[1]!.id));
    expect(stored.map((e) => [e.stage, e.points]).sort()).toEqual([
      ['agreed', '45.00'],
      ['self', '50.00'],
    ]);
  });

  it('keeps a unit in one cluster per period, with one leader and at most two deputies', async () => {
    const { period, cluster, units } = await buildCluster(db(), { members: 4, deputies: 2 });
    const [other] = await db()
      .insert(s.clusters)
      .values({ periodId: period.id, code: 'cum-2', name: 'Cụm thi đua số 2', kind: 'cum' })
      .returning();
    const seat = { periodId: period.id, unitId: units[3]!.id };

    const twice = await rejectionOf(
      db()
        .insert(s.clusterMembers)
        .values({ ...seat, clusterId: other!.id }),
    );
    expect(constraintOf(twice)).toBe('cluster_members_period_unit_key');

    const member = s.clusterMembers;
    const secondLeader = await rejectionOf(
      db().update(member).set({ role: 'leader' }).where(eq(member.unitId, units[3]!.id)),
    );
    expect(constraintOf(secondLeader)).toBe('cluster_members_one_leader_key');

    const thirdDeputy = await rejectionOf(
      db().update(member).set({ role: 'deputy', deputyRank: 3 }).where(eq(member.unitId, units[3]!.id)),
    );
    expect(sqlStateOf(thirdDeputy)).toBe(DB_ERROR_CODES.checkViolation);
    const sameRank = await rejectionOf(
      db().update(member).set({ role: 'deputy', deputyRank: 2 }).where(eq(member.unitId, units[3]!.id)),
    );
    expect(constraintOf(sameRank)).toBe('cluster_members_deputy_rank_key');
    expect(cluster.lineageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a second count for the same meeting, purpose, subject and unit', async () => {
    const { period, cluster, units } = await buildCluster(db(), { members: 3 });
    const [meeting] = await db()
      .insert(s.meetings)
      .values({ periodId: period.id, clusterId: cluster.id, kind: 'tongKet', heldOn: '2025-12-10' })
      .returning();
    const vote = {
      meetingId: meeting!.id,
      purpose: 'tieBreak' as const,
      awardCode: 'CO_TP',
      unitId: units[1]!.id,
    };
    await db()
      .insert(s.votes)
      .values({ ...vote, votes: 5 });

    const error = await rejectionOf(
      db()
        .insert(s.votes)
        .values({ ...vote, votes: 7 }),
    );
    expect(constraintOf(error)).toBe('votes_meeting_subject_unit_key');
    // The same unit may still be counted for an election at the same meeting.
    await db().insert(s.votes).values({
      meetingId: meeting!.id,
      purpose: 'election',
      position: 'leader',
      unitId: units[1]!.id,
      votes: 9,
    });
    const noSubject = await rejectionOf(
      db()
        .insert(s.votes)
        .values({ meetingId: meeting!.id, purpose: 'election', unitId: units[2]!.id, votes: 1 }),
    );
    expect(constraintOf(noSubject)).toBe('votes_subject_check');
  });

  it('refuses a bonus without points and a deduction without a count', async () => {
    const { units, criteria } = await buildCluster(db(), { members: 2 });
    const base = { criteriaVersionId: criteria.id, unitId: units[0]!.id };
    const bonus = await rejectionOf(
      db()
        .insert(s.adjustments)
        .values({ ...base, kind: 'bonus', itemCode: 'IV' }),
    );
    expect(constraintOf(bonus)).toBe('adjustments_amount_check');
    const deduction = await rejectionOf(
      db()
        .insert(s.adjustments)
        .values({ ...base, kind: 'deduction', itemCode: 'PHE_BINH', points: '1' }),
    );
    expect(constraintOf(deduction)).toBe('adjustments_amount_check');

    await db()
      .insert(s.adjustments)
      .values({
        ...base,
        kind: 'deduction',
        itemCode: 'PHE_BINH',
        count: 2,
        sourceNumber: '15/TB-UBND',
        sourceDate: '2025-08-01',
        sourceIssuer: 'UBND tỉnh',
      });
  });
});
