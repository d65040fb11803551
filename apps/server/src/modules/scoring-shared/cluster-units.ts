import { clusterMembers, type ClusterRole, type Database, type Transaction, units } from '@thidua/db';
import { asc, eq } from 'drizzle-orm';

/** A member unit of a cluster as scoring shows it. */
export interface ClusterUnit {
  id: string;
  code: string;
  name: string;
  seat: ClusterRole;
}

/**
 * The units of a cluster in the one stable order every scoring view and the period file use: by unit
 * code. Codes are the units' stable ids in the council and in `thidua/period@1` files, so the order does
 * not change when leader and deputies rotate, and the rank of equal scores (SPEC §6: input order) is the
 * same in the sheet, the results and the exported file.
 */
export async function loadClusterUnits(
  db: Database | Transaction,
  clusterId: string,
): Promise<ClusterUnit[]> {
  return db
    .select({ id: units.id, code: units.code, name: units.name, seat: clusterMembers.role })
    .from(clusterMembers)
    .innerJoin(units, eq(units.id, clusterMembers.unitId))
    .where(eq(clusterMembers.clusterId, clusterId))
    .orderBy(asc(units.code), asc(units.id));
}
