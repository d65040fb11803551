import { type ClusterAccess, canRead } from '../../access/cluster-access';
import { forbidden } from '../../http/errors';
import { REGISTRATION_MSG as M } from './messages';
import { may } from '../../access/permissions';

/** A unit's own staff register for it; the standing office may act for any unit. */
export function canEditRegistration(access: ClusterAccess, unitId: string): boolean {
  return access.memberUnitIds.has(unitId) || may(access, 'registerForAnyUnit');
}

/** Those who follow the whole cluster read every registration at any time. */
export function canReadAllRegistrations(access: ClusterAccess): boolean {
  return may(access, 'readAllRegistrations');
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
  return may(access, 'recordPact');
}
