import {
  type Cluster,
  clusterMembers,
  type Database,
  type Period,
  type Transaction,
  units,
  users,
} from '@thidua/db';
import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { CouncilAccess } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import type { clusterView, memberView } from '@thidua/contracts/periods-clusters';
import { loadReadableCluster } from './cluster-service';
import { canManageClusters, canSetDeadline, isArchived, seatChangeNeedsReason } from './policy';

type MemberView = z.infer<typeof memberView>;
type ClusterView = z.infer<typeof clusterView>;

const SEAT_ORDER = { leader: 0, deputy: 1, member: 2 } as const;

/** Leader first, then deputies by rank, then members by name (Vietnamese collation). */
export function bySeat(a: MemberView, b: MemberView): number {
  return (
    SEAT_ORDER[a.seat] - SEAT_ORDER[b.seat] ||
    (a.deputyRank ?? 0) - (b.deputyRank ?? 0) ||
    a.name.localeCompare(b.name, 'vi')
  );
}

/**
 * The views of some clusters of one period, with their members and follower, read in two queries
 * whatever the number of clusters.
 */
export async function presentClusters(
  db: Database | Transaction,
  rows: Cluster[],
  period: Period,
  access: CouncilAccess,
): Promise<ClusterView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((c) => c.id);
  const followerIds = rows.flatMap((c) => (c.followerUserId ? [c.followerUserId] : []));
  const [members, followers] = await Promise.all([
    db
      .select({
        clusterId: clusterMembers.clusterId,
        unitId: units.id,
        code: units.code,
        name: units.name,
        type: units.type,
        seat: clusterMembers.role,
        deputyRank: clusterMembers.deputyRank,
      })
      .from(clusterMembers)
      .innerJoin(units, eq(units.id, clusterMembers.unitId))
      .where(inArray(clusterMembers.clusterId, ids))
      .orderBy(asc(units.name)),
    followerIds.length === 0
      ? []
      : db
          .select({ userId: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, followerIds)),
  ]);
  const archived = isArchived(period);
  const writable = !archived && canManageClusters(access);
  return rows.map((cluster) => {
    const mine = members.filter((m) => m.clusterId === cluster.id);
    // The actor's seats here, from the units they work for (the same rule as access/cluster-access).
    const seats = new Set(mine.filter((m) => access.unitIds.has(m.unitId)).map((m) => m.seat));
    return {
      id: cluster.id,
      periodId: cluster.periodId,
      lineageId: cluster.lineageId,
      code: cluster.code,
      name: cluster.name,
      kind: cluster.kind,
      follower: followers.find((f) => f.userId === cluster.followerUserId) ?? null,
      helperOffice: cluster.helperOffice,
      version: cluster.version,
      members: mine.map(({ clusterId: _clusterId, ...m }) => m).sort(bySeat),
      abilities: {
        update: writable,
        editMembers: writable,
        reasonRequired: seatChangeNeedsReason(period),
        setDeadlines: !archived && canSetDeadline(access, seats),
      },
    };
  });
}

/** One cluster as the actor sees it; after a write, what was committed. */
export async function readClusterView(db: Database, actor: Actor, clusterId: string): Promise<ClusterView> {
  const { cluster, period, access } = await loadReadableCluster(db, actor, clusterId);
  const [view] = await presentClusters(db, [cluster], period, access);
  return view!;
}
