import { databaseTestTargets } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { buildScoringCluster, putNewEntry } from './scoring-fixture';

interface EventsJson {
  items: {
    entityType: string;
    action: string;
    new: { unitId?: string } | null;
    actor: { username: string } | null;
  }[];
  total: number;
}

describe.each(databaseTestTargets())('recent changes on the home page on $name', (target) => {
  const { db, as } = useTestApp(target);

  it('shows the standing office every event, and a unit’s staff only their own unit’s and their own', async () => {
    const fx = await buildScoringCluster(db(), 'review');
    const { member, focalMember } = fx.units;
    const deputy = await as(fx.users.deputy.username);
    for (const unitId of [member.id, focalMember.id]) {
      const reviewed = await putNewEntry(deputy, fx, unitId, 'II.2', 'agreed', {
        points: 60,
        reason: 'Thiếu minh chứng',
      });
      expect(reviewed.statusCode).toBe(200);
    }
    const staff = await as(fx.users.member.username);
    const raised = await staff.post(`/clusters/${fx.cluster.id}/objections`, {
      unitId: member.id,
      criterionCode: 'II.2',
      body: 'Đơn vị đã gửi bổ sung minh chứng',
    });
    expect(raised.statusCode).toBe(201);

    const url = `/councils/${fx.council.id}/audit/recent?pageSize=20`;
    const mine = (await staff.get(url)).json<EventsJson>();
    expect(mine.items.map((e) => [e.entityType, e.action])).toEqual([
      ['objection', 'create'],
      ['entry', 'create'],
    ]);
    expect(mine.items.every((e) => e.new?.unitId === member.id)).toBe(true);

    const office = await as(fx.users.standingOffice.username);
    const all = (await office.get(url)).json<EventsJson>();
    expect(all.total).toBe(3);

    const stranger = await as(fx.users.otherStandingOffice.username);
    expect((await stranger.get(url)).statusCode).toBe(404);
  });
});
