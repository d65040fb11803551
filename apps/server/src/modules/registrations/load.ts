import {
  clusterMembers,
  type CriteriaVersion,
  criteriaVersions,
  type Database,
  type Registration,
  registrations,
  type Transaction,
} from '@thidua/db';
import type { RulesetIndex } from '@thidua/engine';
import { and, count, eq } from 'drizzle-orm';
import { type ClusterAccess, loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { AppError, forbidden, notFound } from '../../http/errors';
import { criteriaVersionMetaColumns, findIssuedVersionMeta, loadIssuedRevision } from '../criteria/issued';
import { REGISTRATION_MSG as M } from './messages';
import { canReadRegistration } from './policy';

type Db = Database | Transaction;

/** A registration with the actor's roles in the cluster its unit sits in. */
export interface RegistrationContext {
  registration: Registration;
  access: ClusterAccess;
}

/** Every member of the cluster has submitted its registration for the period. */
export async function isAllSubmitted(db: Db, access: ClusterAccess): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .innerJoin(
      clusterMembers,
      and(
        eq(clusterMembers.unitId, registrations.unitId),
        eq(clusterMembers.periodId, registrations.periodId),
      ),
    )
    .where(and(eq(clusterMembers.clusterId, access.clusterId), eq(registrations.status, 'submitted')));
  return access.seats.size > 0 && (row?.n ?? 0) === access.seats.size;
}

/**
 * Loads a registration for reading: 404 outside the council; 403 for another unit's registration
 * before the whole cluster has submitted.
 */
export async function loadRegistration(
  db: Db,
  actor: Actor,
  registrationId: string,
): Promise<RegistrationContext> {
  const [registration] = await db
    .select()
    .from(registrations)
    .where(eq(registrations.id, registrationId))
    .limit(1);
  if (!registration) throw notFound('bản đăng ký thi đua');
  const [seat] = await db
    .select({ clusterId: clusterMembers.clusterId })
    .from(clusterMembers)
    .where(
      and(eq(clusterMembers.periodId, registration.periodId), eq(clusterMembers.unitId, registration.unitId)),
    )
    .limit(1);
  if (!seat) throw notFound(M.noCluster);
  const access = await loadClusterAccess(db, actor, seat.clusterId);
  // Whether all have submitted is only asked when the actor's own roles do not already decide.
  const readable =
    canReadRegistration(access, registration.unitId, false) ||
    canReadRegistration(access, registration.unitId, await isAllSubmitted(db, access));
  if (!readable) throw forbidden(M.hiddenUntilAllSubmitted);
  return { registration, access };
}

/** The cluster's latest issued criteria revision (the one units register their targets against), indexed. */
export async function loadLatestIssued(
  db: Db,
  clusterId: string,
): Promise<{ version: CriteriaVersion; index: RulesetIndex }> {
  const meta = await findIssuedVersionMeta(db, clusterId);
  if (!meta) throw new AppError('NO_ISSUED_CRITERIA');
  const { ruleset, index } = await loadIssuedRevision(db, meta);
  return { version: { ...meta, ruleset }, index };
}

/** A registration's revision (always an issued one) and its ruleset indexed by the engine. */
export async function loadVersionIndex(db: Db, versionId: string) {
  const [meta] = await db
    .select(criteriaVersionMetaColumns)
    .from(criteriaVersions)
    .where(eq(criteriaVersions.id, versionId))
    .limit(1);
  if (!meta) throw notFound('bộ tiêu chí');
  const { ruleset, index } = await loadIssuedRevision(db, meta);
  return { version: { ...meta, ruleset }, index };
}
