import { bigint, pgTable, uuid } from 'drizzle-orm/pg-core';

/**
 * A counter per cluster raised (by statement-level triggers, migration 0019) in the same transaction as
 * every write that can change what the cluster's results or scoring sheet show: entries, adjustments,
 * objections, evidence, facts and the records they derive from, membership, criteria revisions and
 * assignments, quotas, meetings and votes, the cluster, its period and its units. Results are cached
 * under (cluster, version); a missing row is version 0. No foreign key: the row only counts.
 */
export const clusterDataVersions = pgTable('cluster_data_versions', {
  clusterId: uuid('cluster_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
