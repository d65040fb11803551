/**
 * Who may be proposed (Nghị định 152/2025/NĐ-CP khoản 4 Điều 4): a unit under disciplinary review,
 * investigation, inspection or check, or with a complaint or press-reported wrongdoing being verified,
 * is refused for any award with the reason named; after discipline ends, achievements count from that
 * date, so a period that started before it cannot ground a proposal.
 */
import { awardProposals, unitFacts } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { barringReasons } from '../src/modules/awards/proposal-bars';
import { useTestApp } from './harness';
import { buildWorld, type ErrorJson, type World } from './meetings-awards-fixtures';

describe('the reasons, from the facts', () => {
  it('names every barring fact that is true, and a discipline ended after the period started', () => {
    expect(barringReasons({ underInvestigation: true, pendingComplaint: false }, '2025-01-01')).toEqual([
      'đang bị điều tra, thanh tra, kiểm tra',
    ]);
    expect(
      barringReasons(
        { underDisciplinaryReview: true, publicOutrage: true, pendingComplaint: true },
        '2025-01-01',
      ),
    ).toEqual([
      'đang bị xem xét kỷ luật',
      'có đơn khiếu nại, tố cáo đang được xem xét, xác minh',
      'có sai phạm được báo chí phản ánh đang được xác minh',
    ]);
    expect(barringReasons({ disciplineEndedOn: '2025-03-15' }, '2025-01-01')).toEqual([
      'kỷ luật chấm dứt ngày 15/03/2025, thành tích chỉ được tính từ ngày đó, sau ngày bắt đầu kỳ thi đua 01/01/2025',
    ]);
    expect(barringReasons({ disciplineEndedOn: '2024-12-31' }, '2025-01-01')).toEqual([]);
    expect(barringReasons({ disciplineEndedOn: '2025-01-01' }, '2025-01-01')).toEqual([]);
    expect(barringReasons({}, '2025-01-01')).toEqual([]);
  });
});

describe.each(databaseTestTargets())('Art. 4.4 on proposals on $name', (target) => {
  const { db, as } = useTestApp(target);

  async function fact(world: World, unitIndex: number, name: string, value: string | boolean) {
    await db()
      .insert(unitFacts)
      .values({ periodId: world.period.id, unitId: world.units[unitIndex]!.id, name, value });
  }

  const propose = async (world: World) =>
    (await as(world.users.leader.username)).post(`/clusters/${world.cluster.id}/proposals`, {
      rows: [
        { unitId: world.units[0]!.id, awardCode: 'CO_TP', finalScore: 975.5, rank: 1 },
        { unitId: world.units[1]!.id, awardCode: 'BK_TP', finalScore: 930, rank: 2 },
      ],
    });

  it('refuses a unit under investigation and one with a complaint being verified, naming each reason; nothing saved', async () => {
    const world = await buildWorld(db());
    await fact(world, 0, 'underInvestigation', true);
    await fact(world, 1, 'pendingComplaint', true);
    await fact(world, 1, 'publicOutrage', false);
    const response = await propose(world);
    expect(response.statusCode).toBe(409);
    const error = response.json<ErrorJson>().error;
    expect(error.code).toBe('NOT_PROPOSABLE');
    expect(error.message).toBe(
      '2 đơn vị chưa được đề nghị khen thưởng (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)',
    );
    expect(error.fields).toEqual([
      {
        path: 'body.rows[0].unitId',
        message: `${world.units[0]!.name} chưa được đề nghị khen thưởng vì đang bị điều tra, thanh tra, kiểm tra (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)`,
      },
      {
        path: 'body.rows[1].unitId',
        message: `${world.units[1]!.name} chưa được đề nghị khen thưởng vì có đơn khiếu nại, tố cáo đang được xem xét, xác minh (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)`,
      },
    ]);
    expect(
      await db().select().from(awardProposals).where(eq(awardProposals.periodId, world.period.id)),
    ).toEqual([]);
  });

  it('refuses a unit whose discipline ended after the period started, accepts one that ended before', async () => {
    const world = await buildWorld(db());
    const start = world.period.startsOn;
    const dayAfter = new Date(Date.parse(`${start}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const dayBefore = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await fact(world, 0, 'disciplineEndedOn', dayAfter);
    await fact(world, 1, 'disciplineEndedOn', dayBefore);
    const refused = await propose(world);
    expect(refused.statusCode).toBe(409);
    const fields = refused.json<ErrorJson>().error.fields!;
    expect(fields.map((f) => f.path)).toEqual(['body.rows[0].unitId']);
    expect(fields[0]!.message).toContain('kỷ luật chấm dứt ngày');

    await db().delete(unitFacts).where(eq(unitFacts.name, 'disciplineEndedOn'));
    await fact(world, 1, 'disciplineEndedOn', dayBefore);
    const accepted = await propose(world);
    expect(accepted.statusCode).toBe(201);
  });
});
