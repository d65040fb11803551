import {
  type Database,
  DOSSIER_LEVELS,
  type DossierLevel,
  dossierBatches,
  dossiers,
  type Transaction,
  units,
} from '@thidua/db';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { returnedShareView } from './schema';
import { gcd, percentOf } from '../../kernel/percent';

type Db = Database | Transaction;
/**
 * The share of each unit's dossiers (in the period's batches, at `minLevel` and above) that the
 * appraisal returned: returned / submitted, every dossier received counting as submitted.
 */
export async function returnedShareReport(
  db: Db,
  periodId: string,
  minLevel: DossierLevel | undefined,
  unitId: string | undefined,
): Promise<z.infer<typeof returnedShareView>> {
  const filters: SQL[] = [eq(dossierBatches.periodId, periodId)];
  if (minLevel) filters.push(inArray(dossiers.level, DOSSIER_LEVELS.slice(DOSSIER_LEVELS.indexOf(minLevel))));
  if (unitId) filters.push(eq(dossiers.unitId, unitId));
  const rows = await db
    .select({ unitId: dossiers.unitId, unitName: units.name, outcome: dossiers.outcome })
    .from(dossiers)
    .innerJoin(dossierBatches, eq(dossierBatches.id, dossiers.batchId))
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(...filters))
    .orderBy(asc(units.name));
  const byUnit = new Map<
    string,
    { unitId: string; unitName: string; approved: number; returned: number; pending: number }
  >();
  for (const row of rows) {
    const item = byUnit.get(row.unitId) ?? {
      unitId: row.unitId,
      unitName: row.unitName,
      approved: 0,
      returned: 0,
      pending: 0,
    };
    item[row.outcome] += 1;
    byUnit.set(row.unitId, item);
  }
  return {
    periodId,
    minLevel: minLevel ?? null,
    items: [...byUnit.values()].map((item) => {
      const submitted = item.approved + item.returned + item.pending;
      const d = gcd(item.returned, submitted);
      return {
        ...item,
        submitted,
        share: `${item.returned / d}/${submitted / d}`,
        percent: percentOf(item.returned, submitted),
      };
    }),
  };
}
