import type { Period } from '@thidua/db';
import type { ClusterRole } from '../../access/cluster-access';
import { type CouncilAccess, isStandingOffice } from '../../access/council-access';

// The role rules of periods, deadlines and clusters. Reading is for anyone with a role in the council
// (requireCouncilMember); these predicates decide the writes.

/** Period writes (create, rename, stage changes) belong to the standing office. */
export function canManagePeriods(access: CouncilAccess): boolean {
  return isStandingOffice(access);
}

/** Clusters, their members and seats are organised by the standing office. */
export function canManageClusters(access: CouncilAccess): boolean {
  return isStandingOffice(access);
}

/**
 * Deadlines: the standing office sets any; a cluster's leader or deputy sets their own cluster's
 * (SPEC §1: cụm trưởng, cụm phó set the cluster's deadlines).
 */
export function canSetDeadline(
  access: CouncilAccess,
  clusterRoles: ReadonlySet<ClusterRole> | null,
): boolean {
  if (isStandingOffice(access)) return true;
  return clusterRoles !== null && (clusterRoles.has('leader') || clusterRoles.has('deputy'));
}

/** Members and seats are settled in setup; changing them later needs a reason (SPEC §3, §4). */
export function seatChangeNeedsReason(period: Pick<Period, 'stage'>): boolean {
  return period.stage !== 'setup';
}

/** An archived period is read-only for everyone (the stage table's rule). */
export { isArchived } from '../../workflow/stage-table';
