import { clusterMembers, type Database, type Transaction, units } from '@thidua/db';
import { asc, eq, sql } from 'drizzle-orm';

/** A unit's seat in a cluster, with the name people know it by. */
export interface MemberUnit {
  unitId: string;
  name: string;
  seat: 'leader' | 'deputy' | 'member';
}

/** The member units of a cluster: the leader first, then the deputies by rank, then members by name. */
export async function loadClusterMembers(
  db: Database | Transaction,
  clusterId: string,
): Promise<MemberUnit[]> {
  return db
    .select({ unitId: clusterMembers.unitId, name: units.name, seat: clusterMembers.role })
    .from(clusterMembers)
    .innerJoin(units, eq(units.id, clusterMembers.unitId))
    .where(eq(clusterMembers.clusterId, clusterId))
    .orderBy(
      sql`case ${clusterMembers.role} when 'leader' then 0 when 'deputy' then 1 else 2 end`,
      asc(clusterMembers.deputyRank),
      asc(units.name),
    );
}
