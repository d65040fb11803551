import { auditLog, awardProposals, criteriaVersions, type RulesetDocument } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type ErrorJson, useTestApp } from './harness';
import { AWARDS_RULESET, auditOf, buildWorld, scoreEveryUnit, type World } from './meetings-awards-fixtures';

// Issue #11 §2: a unit whose result lacks entries or facts is "Chưa đủ số liệu"; no proposal is made
// for it until its data is complete or the standing office confirms with a reason. And the standing
// office returns a cluster's proposal with a reason (#14).

type ProposalJson = {
  id: string;
  unitId: string;
  status: string;
  reason: string | null;
  incompleteConfirmation: string | null;
  version: number;
  abilities: { adjust: boolean; withdraw: boolean; decide: boolean; return: boolean };
};

describe.each(databaseTestTargets())('the proposal completeness gate on $name', (target) => {
  const { db, as } = useTestApp(target);
  const stored = (world: World) =>
    db().select().from(awardProposals).where(eq(awardProposals.periodId, world.period.id));
  const auditRows = async () => (await db().select({ n: count() }).from(auditLog))[0]!.n;

  /** A world whose first two wards are scored and the third has no value at all. */
  async function worldWithGap() {
    const world = await buildWorld(db(), { members: 5, scored: false });
    await scoreEveryUnit(db(), world.criteria.id, world.units.slice(0, 2));
    return world;
  }
  const rows = (world: World) => [
    { unitId: world.units[0]!.id, awardCode: 'CO_TP', finalScore: 1000, rank: 1 },
    { unitId: world.units[2]!.id, awardCode: 'TTLDXS', finalScore: 0, rank: 5 },
  ];

  it('refuses the leader’s list while a unit has missing figures, naming the unit and what it lacks', async () => {
    const world = await worldWithGap();
    const leader = await as(world.users.leader.username);
    const before = await auditRows();
    const response = await leader.post(`/clusters/${world.cluster.id}/proposals`, { rows: rows(world) });
    expect(response.statusCode).toBe(409);
    const { error } = response.json<ErrorJson>();
    expect(error.code).toBe('DATA_INCOMPLETE');
    expect(error.message).toContain('1 đơn vị chưa đủ số liệu');
    expect(error.fields).toEqual([
      {
        path: 'body.rows[1].unitId',
        message: 'Phường 3 chưa đủ số liệu: thiếu số liệu 5 tiêu chí (I.1, I.2, II.1, II.2, II.3)',
      },
    ]);
    // Nothing is saved, not even the complete unit's proposal, and nothing is audited.
    expect(await stored(world)).toEqual([]);
    expect(await auditRows()).toBe(before);
  });

  it('lets only the standing office confirm an incomplete unit, with a reason kept on the proposal and in the audit', async () => {
    const world = await worldWithGap();
    const url = `/clusters/${world.cluster.id}/proposals`;
    const confirmIncomplete = {
      unitIds: [world.units[2]!.id],
      reason: 'Đơn vị đã gửi báo cáo giấy ngày 15/12',
    };

    const leader = await as(world.users.leader.username);
    const byLeader = await leader.post(url, { rows: rows(world), confirmIncomplete });
    expect(byLeader.statusCode).toBe(403);

    const office = await as(world.users.standingOffice.username);
    const noReason = await office.post(url, {
      rows: rows(world),
      confirmIncomplete: { ...confirmIncomplete, reason: '  ' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.confirmIncomplete.reason');
    expect(await stored(world)).toEqual([]);

    const created = await office.post(url, { rows: rows(world), confirmIncomplete });
    expect(created.statusCode).toBe(201);
    const items = created.json<{ items: ProposalJson[] }>().items;
    const byUnit = new Map(items.map((p) => [p.unitId, p]));
    expect(byUnit.get(world.units[2]!.id)?.incompleteConfirmation).toBe(confirmIncomplete.reason);
    expect(byUnit.get(world.units[0]!.id)?.incompleteConfirmation).toBeNull();
    const [event] = await auditOf(db(), byUnit.get(world.units[2]!.id)!.id, 'create');
    expect(event!.reason).toBe(confirmIncomplete.reason);
    expect(event!.new).toMatchObject({ incompleteConfirmation: confirmIncomplete.reason });
  });

  it('accepts the leader’s list once the unit’s figures are in', async () => {
    const world = await worldWithGap();
    await scoreEveryUnit(db(), world.criteria.id, [world.units[2]!]);
    const leader = await as(world.users.leader.username);
    const response = await leader.post(`/clusters/${world.cluster.id}/proposals`, { rows: rows(world) });
    expect(response.statusCode).toBe(201);
    expect(await stored(world)).toHaveLength(2);
  });

  it('counts missing eligibility facts too', async () => {
    const world = await buildWorld(db(), { members: 3 });
    // Revision 3 reads a fact nobody recorded: every unit lacks it.
    const ruleset: RulesetDocument = {
      ...AWARDS_RULESET,
      exclusions: [{ fact: 'seriousViolation', equals: true }],
    };
    const [revision3] = await db()
      .insert(criteriaVersions)
      .values({
        clusterId: world.cluster.id,
        frameworkId: world.framework.id,
        revision: 3,
        supersedesId: world.criteria.id,
        changeReason: 'Bổ sung điều kiện',
        ruleset,
        status: 'issued',
        issuedAt: new Date('2025-08-01T03:00:00Z'),
      })
      .returning();
    await scoreEveryUnit(db(), revision3!.id, world.units);
    const leader = await as(world.users.leader.username);
    const response = await leader.post(`/clusters/${world.cluster.id}/proposals`, {
      rows: [{ unitId: world.units[0]!.id, awardCode: 'CO_TP', finalScore: 1000, rank: 1 }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorJson>().error.fields?.[0]?.message).toMatch(
      /^Phường 1 chưa đủ số liệu: thiếu thông tin xét khen thưởng: /,
    );
  });
});

describe.each(databaseTestTargets())('returning a proposal on $name', (target) => {
  const { db, as } = useTestApp(target);

  async function proposed(world: World) {
    const leader = await as(world.users.leader.username);
    const response = await leader.post(`/clusters/${world.cluster.id}/proposals`, {
      rows: [{ unitId: world.units[1]!.id, awardCode: 'BK_TP', finalScore: 930, rank: 2 }],
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ items: ProposalJson[] }>().items[0]!;
  }

  it('the standing office returns with a reason; the cluster proposes the unit again', async () => {
    const world = await buildWorld(db());
    const proposal = await proposed(world);
    expect(proposal.abilities.return).toBe(false);
    const url = `/proposals/${proposal.id}/return`;

    const leader = await as(world.users.leader.username);
    expect((await leader.post(url, { version: proposal.version, reason: 'x' })).statusCode).toBe(403);

    const office = await as(world.users.standingOffice.username);
    const listed = await office.get(`/proposals/${proposal.id}`);
    expect(listed.json<ProposalJson>().abilities.return).toBe(true);
    const noReason = await office.post(url, { version: proposal.version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');

    const reason = 'Hồ sơ thiếu báo cáo thành tích (Mẫu 02)';
    const returned = await office.post(url, { version: proposal.version, reason });
    expect(returned.statusCode).toBe(200);
    expect(returned.json<ProposalJson>()).toMatchObject({ status: 'returned', reason });
    const [event] = await auditOf(db(), proposal.id, 'return');
    expect(event).toMatchObject({ reason, old: { status: 'proposed' }, new: { status: 'returned' } });

    const again = await office.post(url, { version: proposal.version + 1, reason });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error.code).toBe('PROPOSAL_STATE');

    const reproposed = await proposed(world);
    expect(reproposed).toMatchObject({ id: proposal.id, status: 'proposed', reason: null });
    expect(await auditOf(db(), proposal.id, 'repropose')).toHaveLength(1);
  });
});
