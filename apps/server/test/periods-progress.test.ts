import {
  auditLog,
  clusterMembers,
  clusters,
  entries,
  evidenceFiles,
  pacts,
  periods,
  registrations,
  units,
} from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { databaseTestTargets } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { buildUser, useTestApp } from './harness';
import { buildScoringCluster } from './scoring-fixture';
import { periodProgress } from '../src/modules/periods/progress-service';

interface ProgressJson {
  periodId: string;
  stage: string;
  clusters: {
    id: string;
    memberCount: number;
    registered: number;
    pactSigned: number;
    selfScored: number;
    reviewed: number;
    members: {
      unitId: string;
      seat: string;
      registered: boolean;
      pactSigned: boolean;
      selfScored: boolean;
      reviewed: boolean;
    }[];
  }[];
}

/** An entry row of one layer of a revision's cell, with its values. */
const cellOf =
  (criteriaVersionId: string, stage: 'self' | 'agreed') =>
  (unitId: string, criterionCode: string, values: Record<string, string | boolean>) => ({
    criteriaVersionId,
    unitId,
    criterionCode,
    stage,
    ...values,
  });

describe.each(databaseTestTargets())('progress of a period’s clusters on $name', (target) => {
  const { db, as } = useTestApp(target);

  it('says per member unit who has registered, signed the pact, finished self-scoring (every own cell, with its required evidence) and been reviewed in full', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const { leader, deputy, member } = fx.units;
    await db()
      .insert(registrations)
      .values([
        {
          periodId: fx.period.id,
          unitId: member.id,
          criteriaVersionId: fx.criteriaVersionId,
          status: 'submitted',
          submittedAt: new Date('2025-02-20T03:00:00Z'),
        },
        {
          periodId: fx.period.id,
          unitId: deputy.id,
          criteriaVersionId: fx.criteriaVersionId,
          status: 'draft',
        },
      ]);
    await db().insert(pacts).values({
      periodId: fx.period.id,
      clusterId: fx.cluster.id,
      unitId: leader.id,
      signedOn: '2025-03-01',
    });
    // The member unit has every cell it owns (I.1 with its required evidence, II.2) and every cell reviewed;
    // the deputy one cell of its own and one reviewed cell; the leader a value without the required file.
    const self = cellOf(fx.criteriaVersionId, 'self');
    const agreed = cellOf(fx.criteriaVersionId, 'agreed');
    const [memberI1, , leaderI1] = await db()
      .insert(entries)
      .values([
        self(member.id, 'I.1', { plan: '100', actual: '104' }),
        self(member.id, 'II.2', { points: '50' }),
        self(leader.id, 'I.1', { plan: '100', actual: '90' }),
        self(leader.id, 'II.2', { points: '45' }),
        agreed(member.id, 'I.1', { plan: '100', actual: '104' }),
        agreed(member.id, 'I.2', { value: '95' }),
        agreed(member.id, 'II.1', { rating: 'HTXSNV' }),
        agreed(member.id, 'II.2', { points: '40' }),
        agreed(member.id, 'II.3', { done: true }),
        self(deputy.id, 'II.2', { points: '45' }),
        agreed(deputy.id, 'II.2', { points: '45' }),
      ])
      .returning();
    await db()
      .insert(evidenceFiles)
      .values({
        entryId: memberI1!.id,
        sha256: 'a'.repeat(64),
        originalName: 'bao-cao.pdf',
        sizeBytes: 1000,
        mimeType: 'application/pdf',
      });
    expect(leaderI1!.unitId).toBe(leader.id);

    // A member unit's staff reads it: no scores in it, only yes/no per unit.
    const staff = await as(fx.users.member.username);
    const response = await staff.get(`/periods/${fx.period.id}/progress`);
    expect(response.statusCode).toBe(200);
    const body = response.json<ProgressJson>();
    expect(body.stage).toBe('review');
    expect(body.clusters).toHaveLength(1);
    const [cluster] = body.clusters;
    expect(cluster).toMatchObject({
      id: fx.cluster.id,
      memberCount: 4,
      registered: 1,
      pactSigned: 1,
      selfScored: 1,
      reviewed: 1,
    });
    const flags = (unitId: string) => cluster!.members.find((m) => m.unitId === unitId);
    expect(flags(member.id)).toMatchObject({
      registered: true,
      pactSigned: false,
      selfScored: true,
      reviewed: true,
    });
    expect(flags(deputy.id)).toMatchObject({
      seat: 'deputy',
      registered: false,
      selfScored: false,
      reviewed: false,
    });
    expect(flags(leader.id)).toMatchObject({
      seat: 'leader',
      type: 'ward',
      pactSigned: true,
      selfScored: false,
    });
    expect(JSON.stringify(body)).not.toContain('"points"');
  });

  it('counts a cell done only with the value its kind needs, and never a cell outside the issued criteria', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const { deputy, leader, member } = fx.units;
    const agreed = cellOf(fx.criteriaVersionId, 'agreed');
    // Each has five agreed rows. The deputy's I.1 has a plan without its actual: four cells done of five.
    // The leader's fifth row is of a code the criteria do not have: four of five too. Neither is reviewed.
    const every: [string, Record<string, string | boolean>][] = [
      ['I.1', { plan: '100', actual: '104' }],
      ['I.2', { value: '95' }],
      ['II.1', { rating: 'HTXSNV' }],
      ['II.2', { points: '40' }],
      ['II.3', { done: false }],
    ];
    const rows = (unitId: string, cells: typeof every) => cells.map(([code, v]) => agreed(unitId, code, v));
    await db()
      .insert(entries)
      .values([
        ...rows(member.id, every),
        ...rows(deputy.id, [['I.1', { plan: '100' }], ...every.slice(1)]),
        ...rows(leader.id, [...every.slice(0, 4), ['KHONG.CO', { done: true }]]),
      ]);
    const staff = await as(fx.users.member.username);
    const body = (await staff.get(`/periods/${fx.period.id}/progress`)).json<ProgressJson>();
    const flags = (unitId: string) => body.clusters[0]!.members.find((m) => m.unitId === unitId);
    expect(flags(member.id)).toMatchObject({ reviewed: true });
    expect(flags(deputy.id)).toMatchObject({ reviewed: false });
    expect(flags(leader.id)).toMatchObject({ reviewed: false });
    expect(body.clusters[0]).toMatchObject({ reviewed: 1 });
  });

  it('is never stale: after every kind of write to what it shows, the next read equals progress computed afresh', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const { deputy, member } = fx.units;
    const staff = await as(fx.users.member.username);
    const read = async () => (await staff.get(`/periods/${fx.period.id}/progress`)).json<ProgressJson>();
    const afresh = async () => {
      const [period] = await db().select().from(periods).where(eq(periods.id, fx.period.id));
      return JSON.parse(JSON.stringify(await periodProgress(db(), period!))) as ProgressJson;
    };
    const self = cellOf(fx.criteriaVersionId, 'self');
    const agreed = cellOf(fx.criteriaVersionId, 'agreed');
    const writes: [string, () => Promise<unknown>][] = [
      [
        'a registration submitted',
        () =>
          db()
            .insert(registrations)
            .values({
              periodId: fx.period.id,
              unitId: member.id,
              criteriaVersionId: fx.criteriaVersionId,
              status: 'submitted',
              submittedAt: new Date('2025-02-20T03:00:00Z'),
            }),
      ],
      [
        'a pact signed',
        () =>
          db().insert(pacts).values({
            periodId: fx.period.id,
            clusterId: fx.cluster.id,
            unitId: member.id,
            signedOn: '2025-03-01',
          }),
      ],
      [
        'the member’s own cells scored, with the required file',
        async () => {
          const [i1] = await db()
            .insert(entries)
            .values([
              self(member.id, 'I.1', { plan: '100', actual: '104' }),
              self(member.id, 'II.2', { points: '50' }),
            ])
            .returning();
          await db()
            .insert(evidenceFiles)
            .values({
              entryId: i1!.id,
              sha256: 'b'.repeat(64),
              originalName: 'bao-cao.pdf',
              sizeBytes: 1000,
              mimeType: 'application/pdf',
            });
        },
      ],
      [
        'every cell reviewed',
        () =>
          db()
            .insert(entries)
            .values([
              agreed(member.id, 'I.1', { plan: '100', actual: '104' }),
              agreed(member.id, 'I.2', { value: '95' }),
              agreed(member.id, 'II.1', { rating: 'HTXSNV' }),
              agreed(member.id, 'II.2', { points: '40' }),
              agreed(member.id, 'II.3', { done: true }),
            ]),
      ],
      [
        'a member unit renamed',
        () => db().update(units).set({ name: 'Phường Tên Mới' }).where(eq(units.id, member.id)),
      ],
      [
        'a unit taken out of the cluster',
        () =>
          db()
            .delete(clusterMembers)
            .where(and(eq(clusterMembers.clusterId, fx.cluster.id), eq(clusterMembers.unitId, deputy.id))),
      ],
      [
        'the period moved on',
        () => db().update(periods).set({ stage: 'results' }).where(eq(periods.id, fx.period.id)),
      ],
      [
        'a cluster added',
        () =>
          db()
            .insert(clusters)
            .values({ periodId: fx.period.id, code: 'cum-moi', name: 'Cụm mới', kind: 'cum' }),
      ],
    ];
    expect(await read()).toEqual(await afresh());
    for (const [what, write] of writes) {
      const before = await read();
      await write();
      const after = await read();
      expect(after, what).toEqual(await afresh());
      expect(after, `${what}: progress shows it`).not.toEqual(before);
    }
  });

  it('answers 404 to someone outside the period’s council', async () => {
    const fx = await buildScoringCluster(db(), 'results');
    const stranger = await as(fx.users.otherStandingOffice.username);
    expect((await stranger.get(`/periods/${fx.period.id}/progress`)).statusCode).toBe(404);
    const nobody = await buildUser(db(), null, 'none');
    const outsider = await as(nobody.username);
    expect((await outsider.get(`/periods/${fx.period.id}/progress`)).statusCode).toBe(404);
  });

  it('warns when the period moves to review with units that have not finished self-scoring, and needs a reason', async () => {
    const fx = await buildScoringCluster(db(), 'results');
    const office = await as(fx.users.standingOffice.username);
    const url = `/periods/${fx.period.id}/stage`;
    const version = (await db().select().from(periods).where(eq(periods.id, fx.period.id)))[0]!.version;
    const refused = await office.post(url, { version, stage: 'review' });
    expect(refused.statusCode).toBe(400);
    const error = refused.json<{ error: { code: string; message: string; fields: { path: string }[] } }>()
      .error;
    expect(error.code).toBe('REASON_REQUIRED');
    expect(error.message).toContain('Còn 4 đơn vị chưa tự chấm đủ');
    expect(error.message).toContain(fx.units.member.name);
    expect(error.fields.map((f) => f.path)).toEqual(['body.reason']);
    const moved = await office.post(url, {
      version,
      stage: 'review',
      reason: 'Hết hạn tự chấm theo kế hoạch',
    });
    expect(moved.statusCode).toBe(200);
    const [event] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, fx.period.id), eq(auditLog.action, 'stage.change')));
    expect(event).toMatchObject({ reason: 'Hết hạn tự chấm theo kế hoạch', new: { stage: 'review' } });
    expect((event!.new as { unfinishedUnits: string[] }).unfinishedUnits).toHaveLength(4);
  });
});
