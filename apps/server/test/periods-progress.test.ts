import { entries, pacts, registrations } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { buildUser, useTestApp } from './harness';
import { buildScoringCluster, signIn } from './scoring-fixture';

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

describe.each(databaseTestTargets())('progress of a period’s clusters on $name', (target) => {
  const { db, app } = useTestApp(target);

  it('says per member unit who has registered, signed the pact, self-scored and been reviewed', async () => {
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
    await db()
      .insert(entries)
      .values([
        {
          criteriaVersionId: fx.criteriaVersionId,
          unitId: member.id,
          criterionCode: 'II.2',
          stage: 'self',
          points: '50',
        },
        {
          criteriaVersionId: fx.criteriaVersionId,
          unitId: member.id,
          criterionCode: 'II.2',
          stage: 'agreed',
          points: '40',
        },
        {
          criteriaVersionId: fx.criteriaVersionId,
          unitId: deputy.id,
          criterionCode: 'II.2',
          stage: 'self',
          points: '45',
        },
      ]);

    // A member unit's staff reads it: no scores in it, only yes/no per unit.
    const staff = await signIn(app(), fx.users.member.username);
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
      selfScored: 2,
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
      selfScored: true,
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

  it('answers 404 to someone outside the period’s council', async () => {
    const fx = await buildScoringCluster(db(), 'results');
    const stranger = await signIn(app(), fx.users.otherStandingOffice.username);
    expect((await stranger.get(`/periods/${fx.period.id}/progress`)).statusCode).toBe(404);
    const nobody = await buildUser(db(), null, 'none');
    const outsider = await signIn(app(), nobody.username);
    expect((await outsider.get(`/periods/${fx.period.id}/progress`)).statusCode).toBe(404);
  });
});
