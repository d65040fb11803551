import { databaseTestTargets } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { buildScoringCluster } from './scoring-fixture';

interface WorkplacesJson {
  items: { periodId: string; clusterId: string; kind: string; roles: string[] }[];
}

describe.each(databaseTestTargets())('where a user works (my clusters) on $name', (target) => {
  const { db, as } = useTestApp(target);

  it('names each user’s clusters with their seat, the follower and the focal department', async () => {
    const fx = await buildScoringCluster(db());
    const rolesOf = async (username: string) => {
      const client = await as(username);
      const response = await client.get(`/councils/${fx.council.id}/my-clusters`);
      expect(response.statusCode).toBe(200);
      const body = response.json<WorkplacesJson>();
      return body.items.map((w) => ({
        periodId: w.periodId,
        clusterId: w.clusterId,
        kind: w.kind,
        roles: w.roles,
      }));
    };
    const here = (roles: string[]) => [
      { periodId: fx.period.id, clusterId: fx.cluster.id, kind: 'cum', roles },
    ];
    expect(await rolesOf(fx.users.leader.username)).toEqual(here(['leader']));
    expect(await rolesOf(fx.users.deputy.username)).toEqual(here(['deputy']));
    expect(await rolesOf(fx.users.member.username)).toEqual(here(['member']));
    // A member unit that also scores a criterion of its own cluster; a department outside it that scores one.
    expect(await rolesOf(fx.users.focalMember.username)).toEqual(here(['member', 'focal']));
    expect(await rolesOf(fx.users.focal.username)).toEqual(here(['focal']));
    expect(await rolesOf(fx.users.follower.username)).toEqual(here(['follower']));
    // Council-wide roles are the council's (GET /councils), not a cluster's.
    expect(await rolesOf(fx.users.councilMember.username)).toEqual([]);
    expect(await rolesOf(fx.users.standingOffice.username)).toEqual([]);
  });

  it('does not acknowledge another council', async () => {
    const fx = await buildScoringCluster(db());
    const stranger = await as(fx.users.otherStandingOffice.username);
    expect((await stranger.get(`/councils/${fx.council.id}/my-clusters`)).statusCode).toBe(404);
  });
});
