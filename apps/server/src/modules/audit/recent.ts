import { auditLog } from '@thidua/db';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type CouncilAccess, isStandingOffice } from '../../access/council-access';

/**
 * The part of a council's log one person may see on their home page (SPEC §1): the standing office and
 * administrators see every event; everyone else sees their own actions and the events about the units
 * they work for (their registration, scores, bonuses, deductions, objections, pact), never another
 * unit's.
 */
export function recentWhere(access: CouncilAccess, userId: string): SQL | undefined {
  const council = eq(auditLog.councilId, access.councilId);
  if (isStandingOffice(access)) return council;
  const own: SQL[] = [eq(auditLog.actorUserId, userId)];
  const unitIds = [...access.unitIds];
  if (unitIds.length > 0) {
    own.push(
      inArray(sql`${auditLog.new} ->> 'unitId'`, unitIds),
      inArray(sql`${auditLog.old} ->> 'unitId'`, unitIds),
      and(eq(auditLog.entityType, 'unit'), inArray(auditLog.entityId, unitIds))!,
    );
  }
  return and(council, or(...own));
}
