import { clusterMembers, clusters, periods, units } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import type { SetupView } from '../src/modules/setup/schema';
import { buildOrganisation, signIn, useTestApp, calendarYearOf } from './harness';

/** Found by a first user (docs/first-user-review-2026-12-07.md, item 4). */
describe.each(databaseTestTargets())('units in no cluster, over every running period, on $name', (target) => {
  const { db, app } = useTestApp(target);

  it('does not count a school seated in the school year’s block as in no cluster', async () => {
    const org = await buildOrganisation(db());
    const [school, justice] = await db()
      .insert(units)
      .values([
        {
          councilId: org.council.id,
          code: 'thpt-1',
          name: 'Trường THPT Chu Văn An',
          type: 'school',
          calendar: 'schoolYear',
        },
        {
          councilId: org.council.id,
          code: 'so-tp',
          name: 'Sở Tư pháp',
          type: 'department',
          calendar: 'calendarYear',
        },
      ])
      .returning();
    const [calendarYear, schoolYear, archived] = await db()
      .insert(periods)
      .values([
        { councilId: org.council.id, ...calendarYearOf(2026) },
        {
          councilId: org.council.id,
          name: 'Năm học 2025 - 2026',
          year: 2026,
          calendar: 'schoolYear',
          startsOn: '2025-09-01',
          endsOn: '2026-08-31',
        },
        {
          councilId: org.council.id,
          name: 'Năm học 2024 - 2025',
          year: 2025,
          calendar: 'schoolYear',
          startsOn: '2024-09-01',
          endsOn: '2025-08-31',
          stage: 'archived',
          archivedAt: new Date(),
        },
      ])
      .returning();
    const seat = async (period: { id: string }, code: string, unitIds: string[]) => {
      const [cluster] = await db()
        .insert(clusters)
        .values({ periodId: period.id, code, name: code, kind: 'khoi' })
        .returning();
      await db()
        .insert(clusterMembers)
        .values(
          unitIds.map((unitId, i) => ({
            clusterId: cluster!.id,
            periodId: period.id,
            unitId,
            role: i === 0 ? ('leader' as const) : ('member' as const),
          })),
        );
    };
    await seat(calendarYear!, 'cum-1', [org.unitA.id, org.unitB.id]);
    await seat(schoolYear!, 'khoi-truong', [school!.id]);
    // A block of a closed year seats nobody now.
    await seat(archived!, 'khoi-cu', [justice!.id]);

    const office = await signIn(app(), org.standingOffice.username);
    const response = await office.get(`/councils/${org.council.id}/setup`);
    expect(response.statusCode, response.body).toBe(200);
    const step = response.json<SetupView>().steps.find((s) => s.key === 'clusters')!;
    expect(step.notes).toEqual([
      '1 đơn vị không thuộc cụm, khối nào (như cơ quan thường trực hay đơn vị chỉ chấm điểm): Sở Tư pháp',
    ]);
  });
});
