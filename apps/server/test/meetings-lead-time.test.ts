import { databaseTestTargets } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { leadTimeWarning } from '../src/modules/meetings/lead-time';
import { useTestApp } from './harness';
import { auditOf, buildWorld, type World } from './meetings-awards-fixtures';

type MeetingJson = { id: string; kind: string; heldOn: string; version: number; warnings: string[] };

describe('the preparatory meeting’s lead time (Ba Đình ≥ 3 days, Bắc Giang ≥ 1 day)', () => {
  it('says nothing at 3 days or more, cites Ba Đình under 3 and Bắc Giang too under 1', () => {
    expect(leadTimeWarning('2025-12-17', '2025-12-20')).toBeNull();
    expect(leadTimeWarning('2025-11-30', '2025-12-20')).toBeNull();
    const two = leadTimeWarning('2025-12-18', '2025-12-20')!;
    expect(two).toContain('chỉ cách 2 ngày');
    expect(two).toContain('18/12/2025');
    expect(two).toContain('Ba Đình');
    expect(two).not.toContain('Bắc Giang');
    const across = leadTimeWarning('2025-02-28', '2025-03-01')!;
    expect(across).toContain('chỉ cách 1 ngày');
    const same = leadTimeWarning('2025-12-20', '2025-12-20')!;
    expect(same).toContain('cùng ngày');
    expect(same).toContain('chưa đạt cả mức tối thiểu 1 ngày');
    expect(same).toContain('Bắc Giang');
  });
});

describe.each(databaseTestTargets())('meeting lead-time warnings on $name', (target) => {
  const { db, as } = useTestApp(target);

  async function schedule(world: World, kind: string, heldOn: string, clusterId = world.cluster.id) {
    const response = await (
      await as(world.users.leader.username)
    ).post(`/clusters/${clusterId}/meetings`, { kind, heldOn });
    expect(response.statusCode).toBe(201);
    return response.json<MeetingJson>();
  }

  it('warns on both meetings when the preparatory one is under 3 days before the summary, yet saves and audits', async () => {
    const world = await buildWorld(db());
    const summary = await schedule(world, 'tongKet', '2025-12-20');
    expect(summary.warnings).toEqual([]);
    const prep = await schedule(world, 'truBi', '2025-12-18');
    expect(prep.warnings).toHaveLength(1);
    expect(prep.warnings[0]).toContain('Ba Đình');
    expect(await auditOf(db(), prep.id, 'create')).toHaveLength(1);
    const leader = await as(world.users.leader.username);
    const reread = (await leader.get(`/meetings/${summary.id}`)).json<MeetingJson>();
    expect(reread.warnings).toEqual(prep.warnings);
    // A meeting of another kind carries no warning.
    expect((await schedule(world, 'soKet', '2025-12-19')).warnings).toEqual([]);

    // Moved to the same day: even Bắc Giang's one day is not met; still saved.
    const same = await leader.patch(`/meetings/${prep.id}`, { version: prep.version, heldOn: '2025-12-20' });
    expect(same.statusCode).toBe(200);
    expect(same.json<MeetingJson>().warnings[0]).toContain('chưa đạt cả mức tối thiểu 1 ngày');
    expect(await auditOf(db(), prep.id, 'update')).toHaveLength(1);

    // Moved 3 days ahead: the warning goes.
    const moved = await leader.patch(`/meetings/${prep.id}`, {
      version: same.json<MeetingJson>().version,
      heldOn: '2025-12-17',
    });
    expect(moved.json<MeetingJson>().warnings).toEqual([]);
    expect((await leader.get(`/meetings/${summary.id}`)).json<MeetingJson>().warnings).toEqual([]);
  });

  it('pairs a summary with its latest preparatory meeting before it, never one after it', async () => {
    const world = await buildWorld(db());
    await schedule(world, 'truBi', '2025-12-10');
    await schedule(world, 'truBi', '2025-12-19');
    const summary = await schedule(world, 'tongKet', '2025-12-20');
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings[0]).toContain('19/12/2025');
    // A preparatory meeting after the summary is not paired with it.
    const late = await schedule(world, 'truBi', '2025-12-22');
    expect(late.warnings).toEqual([]);
  });
});
