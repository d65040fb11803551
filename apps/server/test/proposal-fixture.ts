import { awardProposals, type Database, type Period, units } from '@thidua/db';
import { buildClusterOf, uniqueSuffix } from '@thidua/db/testing';

/**
 * A new ward of the period's council proposed for an award: by a new cluster of the period (a provincial
 * award) or, with `council`, by the council itself (a State-level one) — enough for the tờ trình to
 * have someone to propose.
 */
export async function proposeUnit(
  db: Database,
  period: Pick<Period, 'id' | 'councilId'>,
  {
    council = false,
    awardCode,
    name = 'Phường Bình Minh',
  }: { council?: boolean; awardCode?: string; name?: string } = {},
) {
  const [unit] = await db
    .insert(units)
    .values({
      councilId: period.councilId,
      code: `de-nghi-${uniqueSuffix()}`,
      name,
      type: 'ward',
      calendar: 'calendarYear',
    })
    .returning();
  const cluster = council ? null : await buildClusterOf(db, period.id);
  const [proposal] = await db
    .insert(awardProposals)
    .values({
      periodId: period.id,
      unitId: unit!.id,
      clusterId: cluster?.id ?? null,
      awardCode: awardCode ?? (council ? 'CO_CP' : 'CO_T'),
      finalScore: '951.25',
      rank: 1,
    })
    .returning();
  return { unit: unit!, proposal: proposal! };
}
