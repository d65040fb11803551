import { type ClusterAccess, type ClusterRole, canRead } from '../../access/cluster-access';
import { forbidden } from '../../http/errors';
import { REGISTRATION_MSG as M } from './messages';

/** A unit's own staff register for it; the standing office may act for any unit. */
export function canEditRegistration(access: ClusterAccess, unitId: string): boolean {
  return access.memberUnitIds.has(unitId) || access.roles.has('standingOffice');
}

const READ_ALL: readonly ClusterRole[] = ['leader', 'deputy', 'standingOffice', 'follower'];

/** Those who follow the whole cluster read every registration at any time. */
export function canReadAllRegistrations(access: ClusterAccess): boolean {
  return READ_ALL.some((role) => access.roles.has(role));
}

/**
 * A unit reads its own registration; another unit's only once the whole cluster has submitted, so no
 * unit adjusts its targets after seeing the others' (SPEC §1: units never see others' unpublished data).
 */
export function canReadRegistration(access: ClusterAccess, unitId: string, allSubmitted: boolean): boolean {
  return (
    canReadAllRegistrations(access) || access.memberUnitIds.has(unitId) || (allSubmitted && canRead(access))
  );
}

export function requireEditor(access: ClusterAccess, unitId: string): void {
  if (!canEditRegistration(access, unitId)) throw forbidden(M.editorOnly);
}

/** Pacts are recorded by the leader (who organises the signing) or the standing office. */
export function canRecordPact(access: ClusterAccess): boolean {
  return access.roles.has('leader') || access.roles.has('standingOffice');
}
