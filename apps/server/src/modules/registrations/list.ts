import { clusterMembers, type Database, registrations, units } from '@thidua/db';
import { and, asc, count, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { canRead, loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { forbidden } from '../../http/errors';
import { offsetOf, pageFrom } from '../../http/pagination';
import { isAllSubmitted } from './load';
import { REGISTRATION_MSG as M } from './messages';
import { canReadAllRegistrations } from './policy';
import type { registrationListQuery, registrationPage } from '@thidua/contracts/registrations';

/**
 * The cluster's members with their registration (or none yet), leader first. A member unit sees only
 * its own row until every member has submitted; the leader, deputies, follower and standing office see all.
 */
export async function listRegistrations(
  db: Database,
  actor: Actor,
  clusterId: string,
  query: z.infer<typeof registrationListQuery>,
): Promise<z.infer<typeof registrationPage>> {
  const access = await loadClusterAccess(db, actor, clusterId);
  if (!canRead(access)) throw forbidden(M.readersOnly);
  const allSubmitted = await isAllSubmitted(db, access);
  const filters: SQL[] = [eq(clusterMembers.clusterId, clusterId)];
  if (!canReadAllRegistrations(access) && !allSubmitted) {
    const own = [...access.memberUnitIds];
    if (own.length === 0)
      return { items: [], total: 0, page: query.page, pageSize: query.pageSize, allSubmitted };
    filters.push(inArray(clusterMembers.unitId, own));
  }
  if (query.status === 'missing') filters.push(isNull(registrations.id));
  else if (query.status) filters.push(eq(registrations.status, query.status));
  const where = and(...filters);
  const base = () =>
    db
      .select({ member: clusterMembers, unit: units, registration: registrations })
      .from(clusterMembers)
      .innerJoin(units, eq(units.id, clusterMembers.unitId))
      .leftJoin(
        registrations,
        and(
          eq(registrations.unitId, clusterMembers.unitId),
          eq(registrations.periodId, clusterMembers.periodId),
        ),
      )
      .where(where);
  const page = await pageFrom(
    query,
    base().orderBy(asc(clusterMembers.role), asc(units.name)).limit(query.pageSize).offset(offsetOf(query)),
    db
      .select({ n: count() })
      .from(clusterMembers)
      .leftJoin(
        registrations,
        and(
          eq(registrations.unitId, clusterMembers.unitId),
          eq(registrations.periodId, clusterMembers.periodId),
        ),
      )
      .where(where),
    ({ member, unit, registration }) => ({
      unit: { id: unit.id, code: unit.code, name: unit.name, seat: member.role },
      registration: registration
        ? {
            id: registration.id,
            status: registration.status,
            submittedAt: registration.submittedAt?.toISOString() ?? null,
            version: registration.version,
          }
        : null,
    }),
  );
  return { ...page, allSubmitted };
}
