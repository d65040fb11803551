import type { ClusterDetail, Seat } from './types';

/** The user's place in the chosen cluster: the units they work for there and what the UI may offer. */
export interface ClusterRoles {
  /** Member units of the cluster the user works for (usually one). */
  ownUnitIds: string[];
  seats: Set<Seat>;
  standingOffice: boolean;
  councilMember: boolean;
  /** Leader, deputies, standing office and council members follow the whole cluster. */
  followsCluster: boolean;
}

/** What the user is in a cluster (the server decides every write; this only shapes the screen). */
export function rolesInCluster(
  cluster: ClusterDetail | undefined,
  unitIds: ReadonlySet<string>,
  councilRoles: readonly string[],
  systemAdmin: boolean,
): ClusterRoles {
  const own = (cluster?.members ?? []).filter((m) => unitIds.has(m.unitId));
  const seats = new Set(own.map((m) => m.seat));
  const standingOffice = systemAdmin || councilRoles.includes('standingOffice');
  const councilMember = councilRoles.includes('councilMember');
  return {
    ownUnitIds: own.map((m) => m.unitId),
    seats,
    standingOffice,
    councilMember,
    followsCluster: standingOffice || councilMember || seats.has('leader') || seats.has('deputy'),
  };
}

/**
 * The address's parameters after choosing a period or a cluster: a new period forgets the cluster, and
 * anything else the screen kept there (an opened registration) is dropped.
 */
export function nextChoiceParams(
  current: URLSearchParams,
  changes: { ky?: string; cum?: string },
): URLSearchParams {
  const next = new URLSearchParams();
  const ky = changes.ky ?? current.get('ky');
  if (ky) next.set('ky', ky);
  const cum = changes.ky !== undefined ? changes.cum : (changes.cum ?? current.get('cum'));
  if (cum) next.set('cum', cum);
  return next;
}
