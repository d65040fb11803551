import { type Database, periods, type Transaction } from '@thidua/db';
import { eq } from 'drizzle-orm';
import { canRead, type ClusterAccess, loadClusterAccess } from '../../access/cluster-access';
import { type CouncilAccess, isStandingOffice, requireCouncilMember } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { forbidden, notFound } from '../../http/errors';
import { isArchived } from '../../workflow/stage-table';
import { may } from '../../access/permissions';

/**
 * Where a meeting lives and what the actor may do there. A cluster's meetings are run by its leader and
 * deputies (and the standing office, which sees everything); a council meeting (no cluster) belongs to
 * the standing office.
 */
export interface MeetingScope {
  councilId: string;
  periodId: string;
  clusterId: string | null;
  /** The actor's roles in the cluster; null for a council meeting. */
  cluster: ClusterAccess | null;
  council: CouncilAccess;
  canRead: boolean;
  canWrite: boolean;
  /** The period is archived: nothing may change (a write answers LOCKED); abilities say so. */
  archived: boolean;
}

/** Scope of a cluster's meetings: members, the follower and council members read; leader, deputies, standing office write. */
export function clusterScope(access: ClusterAccess): MeetingScope {
  return {
    councilId: access.councilId,
    periodId: access.periodId,
    clusterId: access.clusterId,
    cluster: access,
    council: access.council,
    canRead: canRead(access),
    canWrite: may(access, 'writeMeetings'),
    archived: access.periodArchived,
  };
}

/** Scope of the council's own meetings: council-level roles read, the standing office writes. */
export function councilScope(council: CouncilAccess, periodId: string, archived: boolean): MeetingScope {
  const councilLevel =
    isStandingOffice(council) || council.roles.has('councilMember') || council.isSystemAdmin;
  return {
    councilId: council.councilId,
    periodId,
    clusterId: null,
    cluster: null,
    council,
    canRead: councilLevel,
    canWrite: isStandingOffice(council),
    archived,
  };
}

/** The scope of a cluster, or 404 for someone outside its council. */
export async function loadClusterScope(
  db: Database | Transaction,
  actor: Actor,
  clusterId: string,
): Promise<MeetingScope> {
  return clusterScope(await loadClusterAccess(db, actor, clusterId));
}

/** The scope of a period's council meetings, or 404 for an unknown period or someone outside its council. */
export async function loadCouncilScope(
  db: Database | Transaction,
  actor: Actor,
  periodId: string,
): Promise<MeetingScope> {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId)).limit(1);
  if (!period) throw notFound('kỳ thi đua');
  return councilScope(requireCouncilMember(actor, period.councilId), periodId, isArchived(period));
}

/** The scope of an existing meeting: its cluster's, or its council's when it has no cluster. */
export async function loadMeetingScope(
  db: Database | Transaction,
  actor: Actor,
  meeting: { clusterId: string | null; periodId: string },
): Promise<MeetingScope> {
  return meeting.clusterId
    ? loadClusterScope(db, actor, meeting.clusterId)
    : loadCouncilScope(db, actor, meeting.periodId);
}

export function requireRead(scope: MeetingScope): void {
  if (!scope.canRead) throw forbidden('Bạn không có quyền xem các cuộc họp này');
}

export function requireWrite(scope: MeetingScope): void {
  if (scope.canWrite) return;
  throw forbidden(
    scope.clusterId
      ? 'Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được tổ chức và ghi nhận cuộc họp của cụm, khối'
      : 'Chỉ cơ quan thường trực Hội đồng được tổ chức và ghi nhận cuộc họp của Hội đồng',
  );
}
