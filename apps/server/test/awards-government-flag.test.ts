/**
 * The Government's emulation flag under Nghị định 152/2025/NĐ-CP: candidates lead their cluster (rank 1)
 * with the city/provincial flag (Art. 7.1), at most 20 % of the cluster leaders (⌊20 %⌋, at least one),
 * on a council vote reaching 80 % of all its members (Art. 33.5), recorded with its count.
 */
import { awardProposals, periods } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  governmentFlagDossierDue,
  nomineeLimit,
  voteReaches,
  votesNeeded,
} from '../src/modules/awards/government-flag-rules';
import { useTestApp } from './harness';
import { addCluster, buildWorld, type ErrorJson, type World } from './meetings-awards-fixtures';

describe('the rules, as numbers', () => {
  it('allows ⌊20 % × leaders⌋ nominees, at least one when there is a leader', () => {
    expect([0, 1, 4, 5, 9, 10, 14, 15, 23].map(nomineeLimit)).toEqual([0, 1, 1, 1, 1, 2, 2, 3, 4]);
  });
  it('needs 80 % of all members, exactly', () => {
    expect([voteReaches(12, 15), voteReaches(11, 15), voteReaches(4, 5), voteReaches(3, 5)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([votesNeeded(15), votesNeeded(5), votesNeeded(7), votesNeeded(21)]).toEqual([12, 4, 6, 17]);
  });
  it('dates the dossier 30/6 of the next year, or 31/12 for a school year', () => {
    expect(governmentFlagDossierDue({ calendar: 'calendarYear', endsOn: '2025-12-31' })).toBe('2026-06-30');
    expect(governmentFlagDossierDue({ calendar: 'schoolYear', endsOn: '2026-05-31' })).toBe('2026-12-31');
  });
});

describe.each(databaseTestTargets())(
  'the Government-flag nominee (Nghị định 152/2025) on $name',
  (target) => {
    const { db, as } = useTestApp(target);

    /** Each cluster's leader proposes its first unit for the city flag with `rank`. */
    async function flags(
      world: World,
      clusters: { leader: string; clusterId: string; unitId: string; rank: number }[],
    ) {
      for (const c of clusters) {
        const response = await (
          await as(c.leader)
        ).post(`/clusters/${c.clusterId}/proposals`, {
          rows: [{ unitId: c.unitId, awardCode: 'CO_TP', finalScore: 960, rank: c.rank }],
        });
        expect(response.statusCode).toBe(201);
      }
      await db().update(periods).set({ stage: 'summary' }).where(eq(periods.id, world.period.id));
    }

    it('refuses a flag unit that does not lead its cluster, a missing vote and a vote under 80 %, saying the numbers', async () => {
      const world = await buildWorld(db());
      const second = await addCluster(db(), world);
      await flags(world, [
        {
          leader: world.users.leader.username,
          clusterId: world.cluster.id,
          unitId: world.units[0]!.id,
          rank: 1,
        },
        {
          leader: second.leader.username,
          clusterId: second.cluster.id,
          unitId: second.units[1]!.id,
          rank: 2,
        },
      ]);
      const so = await as(world.users.standingOffice.username);
      const candidates = await so.get(`/periods/${world.period.id}/government-flag/candidates`);
      expect(candidates.json()).toMatchObject({ total: 1, items: [{ unitId: world.units[0]!.id, rank: 1 }] });

      const notLeader = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
        unitId: second.units[1]!.id,
        vote: { inFavour: 15, members: 15 },
      });
      expect(notLeader.statusCode).toBe(400);
      expect(notLeader.json<ErrorJson>().error.fields).toEqual([
        {
          path: 'body.unitId',
          message:
            'không phải đơn vị dẫn đầu cụm, khối (hạng 1) được đề nghị Cờ thi đua cấp thành phố, tỉnh trong kỳ này (khoản 1 Điều 7 Nghị định 152/2025/NĐ-CP)',
        },
      ]);

      const noVote = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
        unitId: world.units[0]!.id,
      });
      expect(noVote.statusCode).toBe(400);
      expect(noVote.json<ErrorJson>().error.fields![0]!.path).toBe('body.vote');

      const short = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
        unitId: world.units[0]!.id,
        vote: { inFavour: 11, members: 15 },
      });
      expect(short.statusCode).toBe(400);
      expect(short.json<ErrorJson>().error.fields).toEqual([
        {
          path: 'body.vote.inFavour',
          message:
            '11/15 thành viên đồng ý (73,33%) chưa đạt 80% tổng số thành viên Hội đồng: cần ít nhất 12 (khoản 5 Điều 33 Nghị định 152/2025/NĐ-CP)',
        },
      ]);
      const tooMany = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
        unitId: world.units[0]!.id,
        vote: { inFavour: 16, members: 15 },
      });
      expect(tooMany.json<ErrorJson>().error.fields![0]!.path).toBe('body.vote.inFavour');
      const nothing = await db()
        .select()
        .from(awardProposals)
        .where(and(eq(awardProposals.periodId, world.period.id), isNull(awardProposals.clusterId)));
      expect(nothing).toEqual([]);

      const chosen = await so.post(`/periods/${world.period.id}/government-flag/nominee`, {
        unitId: world.units[0]!.id,
        vote: { inFavour: 12, members: 15 },
      });
      expect(chosen.statusCode).toBe(201);
      expect(chosen.json()).toMatchObject({ awardCode: 'CO_CP', vote: { inFavour: 12, members: 15 } });
      const [row] = await db()
        .select()
        .from(awardProposals)
        .where(and(eq(awardProposals.periodId, world.period.id), isNull(awardProposals.clusterId)));
      expect(row).toMatchObject({ voteInFavour: 12, voteMembers: 15 });

      // Art. 35.1: the dossier date is on the due panel, as the decision stage's deadline.
      const [period] = await db().select().from(periods).where(eq(periods.id, world.period.id));
      const due = await so.get(`/periods/${world.period.id}/deadlines/due?asOf=${period!.endsOn}`);
      expect(due.statusCode).toBe(200);
      const expected =
        period!.calendar === 'schoolYear'
          ? `${period!.endsOn.slice(0, 4)}-12-31`
          : `${Number(period!.endsOn.slice(0, 4)) + 1}-06-30`;
      expect(due.json<{ items: unknown[] }>().items).toContainEqual(
        expect.objectContaining({
          stage: 'decision',
          dueOn: expected,
          note: 'Hạn gửi hồ sơ đề nghị Cờ thi đua của Chính phủ (khoản 1 Điều 35 Nghị định 152/2025/NĐ-CP)',
          late: false,
        }),
      );
    });

    it('with ten cluster leaders allows two nominees and refuses a third with the numbers', async () => {
      const world = await buildWorld(db());
      const more = [];
      for (let i = 0; i < 9; i++) more.push(await addCluster(db(), world, 1));
      await flags(world, [
        {
          leader: world.users.leader.username,
          clusterId: world.cluster.id,
          unitId: world.units[0]!.id,
          rank: 1,
        },
        ...more.slice(0, 2).map((c) => ({
          leader: c.leader.username,
          clusterId: c.cluster.id,
          unitId: c.units[0]!.id,
          rank: 1,
        })),
      ]);
      const so = await as(world.users.standingOffice.username);
      const nominate = (unitId: string) =>
        so.post(`/periods/${world.period.id}/government-flag/nominee`, {
          unitId,
          vote: { inFavour: 4, members: 5 },
        });
      expect((await nominate(world.units[0]!.id)).statusCode).toBe(201);
      expect((await nominate(more[0]!.units[0]!.id)).statusCode).toBe(201);
      const third = await nominate(more[1]!.units[0]!.id);
      expect(third.statusCode).toBe(409);
      expect(third.json<ErrorJson>().error).toMatchObject({
        code: 'NOMINEE_LIMIT',
        message:
          'Đã có 2 đơn vị được đề nghị Cờ thi đua của Chính phủ; tối đa 20% của 10 tập thể dẫn đầu cụm, khối là 2 đơn vị (khoản 1 Điều 7 Nghị định 152/2025/NĐ-CP); rút một đề nghị trước khi chọn đơn vị khác',
      });
      // The screen reads the same numbers from the rules endpoint; a council member reads them too.
      const rules = await (
        await as(world.users.councilMember.username)
      ).get(`/periods/${world.period.id}/government-flag/rules`);
      expect(rules.json()).toEqual({
        leaders: 10,
        limit: 2,
        standing: 2,
        votePercent: 80,
        dossierDue: '2026-06-30',
      });
      const member = await as(world.users.member.username);
      expect((await member.get(`/periods/${world.period.id}/government-flag/rules`)).statusCode).toBe(403);
    });
  },
);
