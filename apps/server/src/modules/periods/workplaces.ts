import {
  clusterMembers,
  clusters,
  criteriaVersions,
  criterionAssignments,
  type Database,
  periods,
} from '@thidua/db';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { WORKPLACE_ROLES, type WorkplaceRole } from '@thidua/vocabulary';
import type { Actor } from '../../auth/actor';
import { requireCouncilMember } from '../../access/council-access';

export interface Workplace {
  periodId: string;
  clusterId: string;
  kind: 'cum' | 'khoi';
  roles: WorkplaceRole[];
}

/**
 * The clusters of a council, in every period, where the actor works (issue #11 §4): where a unit they
 * work for sits (with its seat), the clusters they follow as a council member, and those whose criteria
 * assign a criterion to one of their units as focal department (any revision). Screens open on these.
 */
export async function listWorkplaces(db: Database, actor: Actor, councilId: string): Promise<Workplace[]> {
  const access = requireCouncilMember(actor, councilId);
  const unitIds = [...access.unitIds];
  const inCouncil = eq(periods.councilId, councilId);
  const [seats, followed, focal] = await Promise.all([
    unitIds.length === 0
      ? []
      : db
          .select({
            periodId: clusters.periodId,
            clusterId: clusters.id,
            kind: clusters.kind,
            seat: clusterMembers.role,
          })
          .from(clusterMembers)
          .innerJoin(clusters, eq(clusters.id, clusterMembers.clusterId))
          .innerJoin(periods, eq(periods.id, clusters.periodId))
          .where(and(inCouncil, inArray(clusterMembers.unitId, unitIds))),
    db
      .select({ periodId: clusters.periodId, clusterId: clusters.id, kind: clusters.kind })
      .from(clusters)
      .innerJoin(periods, eq(periods.id, clusters.periodId))
      .where(and(inCouncil, eq(clusters.followerUserId, actor.userId))),
    unitIds.length === 0
      ? []
      : db
          .selectDistinct({ periodId: clusters.periodId, clusterId: clusters.id, kind: clusters.kind })
          .from(criterionAssignments)
          .innerJoin(criteriaVersions, eq(criteriaVersions.id, criterionAssignments.criteriaVersionId))
          .innerJoin(clusters, eq(clusters.id, criteriaVersions.clusterId))
          .innerJoin(periods, eq(periods.id, clusters.periodId))
          .where(
            and(
              inCouncil,
              isNotNull(criterionAssignments.focalUnitId),
              inArray(criterionAssignments.focalUnitId, unitIds),
            ),
          ),
  ]);
  const byCluster = new Map<string, Workplace>();
  const add = (row: { periodId: string; clusterId: string; kind: 'cum' | 'khoi' }, role: WorkplaceRole) => {
    const place = byCluster.get(row.clusterId) ?? {
      periodId: row.periodId,
      clusterId: row.clusterId,
      kind: row.kind,
      roles: [],
    };
    if (!place.roles.includes(role)) place.roles.push(role);
    byCluster.set(row.clusterId, place);
  };
  for (const row of seats) add(row, row.seat);
  for (const row of followed) add(row, 'follower');
  for (const row of focal) add(row, 'focal');
  return [...byCluster.values()].map((w) => ({
    ...w,
    roles: WORKPLACE_ROLES.filter((role) => w.roles.includes(role)),
  }));
}
