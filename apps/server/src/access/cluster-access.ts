import {
  type ClusterRole as SeatRole,
  clusterDataVersions,
  clusterMembers,
  clusters,
  type Database,
  periods,
  type Period,
  type Transaction,
} from '@thidua/db';
import { eq, sql } from 'drizzle-orm';
import { periodLockShared } from '../workflow/stage-guards';
import { isArchived } from '../workflow/stage-table';
import type { Actor } from '../auth/actor';
import { notFound } from '../http/errors';
import { type CouncilAccess, isStandingOffice, requireCouncilMember } from './council-access';
import { may } from './permissions';

export type ClusterRole = 'standingOffice' | 'follower' | 'leader' | 'deputy' | 'member';

/** The actor's roles in one cluster of one period, with what the permission rules need to know. */
export interface ClusterAccess {
  council: CouncilAccess;
  clusterId: string;
  periodId: string;
  councilId: string;
  roles: Set<ClusterRole>;
  /** The actor's units that are members of this cluster (their own rows). */
  memberUnitIds: Set<string>;
  /** The units of the cluster with their seat. */
  seats: Map<string, 'leader' | 'deputy' | 'member'>;
  periodStage: string;
  periodArchived: boolean;
  /** The period's row as the access statement read it (a write re-checks its stage when it writes). */
  period: Period;
  /**
   * The cluster's data version (migration 0019) as the statement that loaded the access saw it: read on
   * the same snapshot as the data, it names exactly the data a result was computed from.
   */
  dataVersion: number;
}

export interface ClusterAccessOptions {
  /**
   * For a write: also take the period's stage lock in shared mode (`periodLockShared`), held until the
   * transaction ends, so no stage change commits between the write's guard and its commit.
   */
  forWrite?: boolean;
}

/**
 * Loads a cluster and the actor's roles in it. Someone with no role in the cluster's council gets 404;
 * the caller's policy decides what each role may do.
 */
export async function loadClusterAccess(
  db: Database | Transaction,
  actor: Actor,
  clusterId: string,
  options: ClusterAccessOptions = {},
): Promise<ClusterAccess> {
  // One statement: the cluster, its period, its seats and its data version (and, for a write, the lock).
  const [row] = await db
    .select({
      cluster: clusters,
      period: periods,
      members: sql<{ unitId: string; role: SeatRole }[]>`coalesce((
        select json_agg(json_build_object('unitId', m.unit_id, 'role', m.role))
        from ${clusterMembers} m where m.cluster_id = ${clusters.id}), '[]'::json)`,
      dataVersion: sql<number>`coalesce((
        select d.version from ${clusterDataVersions} d where d.cluster_id = ${clusters.id}), 0)`.mapWith(
        Number,
      ),
      ...(options.forWrite ? { locked: periodLockShared(periods.id) } : {}),
    })
    .from(clusters)
    .innerJoin(periods, eq(periods.id, clusters.periodId))
    .where(eq(clusters.id, clusterId))
    .limit(1);
  if (!row) throw notFound('cụm, khối thi đua');
  const council = requireCouncilMember(actor, row.period.councilId);
  const members = row.members;
  const seats = new Map(members.map((m) => [m.unitId, m.role] as const));
  const roles = new Set<ClusterRole>();
  const memberUnitIds = new Set<string>();
  if (isStandingOffice(council)) roles.add('standingOffice');
  if (row.cluster.followerUserId === actor.userId) roles.add('follower');
  for (const unitId of council.unitIds) {
    const seat = seats.get(unitId);
    if (!seat) continue;
    memberUnitIds.add(unitId);
    roles.add(seat === 'member' ? 'member' : seat);
    if (seat !== 'member') roles.add('member');
  }
  return {
    council,
    clusterId,
    periodId: row.period.id,
    councilId: row.period.councilId,
    roles,
    memberUnitIds,
    seats,
    periodStage: row.period.stage,
    periodArchived: isArchived(row.period),
    period: row.period,
    dataVersion: row.dataVersion,
  };
}

/** Leader, deputies and the standing office review and adjust a cluster's scores. */
export function canReview(access: ClusterAccess): boolean {
  return may(access, 'reviewScores');
}

/** Anyone with a role in the cluster may read it (what they see of it is decided per resource). */
export function canRead(access: ClusterAccess): boolean {
  return access.roles.size > 0 || access.council.roles.has('councilMember');
}
