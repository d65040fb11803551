import { type AwardProposal, type Database, type Period, periods, type Transaction } from '@thidua/db';
import { eq } from 'drizzle-orm';
import { canRead, type ClusterAccess, loadClusterAccess } from '../../access/cluster-access';
import { type CouncilAccess, isStandingOffice, requireCouncilMember } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { forbidden, notFound } from '../../http/errors';
import { may } from '../../access/permissions';

const STANDING_OFFICE_ONLY = 'Chỉ cơ quan thường trực Hội đồng được thực hiện thao tác này';

/** Anyone with a role in the cluster (or a council member) reads its quotas and proposals. */
export function requireClusterRead(access: ClusterAccess): void {
  if (!canRead(access)) throw forbidden('Bạn không có quyền xem dữ liệu của cụm, khối này');
}

/** The cluster proposes its list at its summary meeting: leader, deputies, or the standing office. */
export function canPropose(access: ClusterAccess): boolean {
  return may(access, 'propose');
}

export function requirePropose(access: ClusterAccess): void {
  if (!canPropose(access)) {
    throw forbidden(
      'Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được lập và điều chỉnh đề nghị khen thưởng',
    );
  }
}

/** Quotas are the council's (SPEC §7: set by the chair each year), kept by its standing office. */
export function requireClusterStandingOffice(access: ClusterAccess): void {
  if (!may(access, 'decideProposals')) throw forbidden(STANDING_OFFICE_ONLY);
}

/** A period and the actor's place in its council. */
export interface PeriodAccess {
  period: Period;
  council: CouncilAccess;
  /** Council-level readers: the standing office, council members, administrators. */
  canRead: boolean;
  canWrite: boolean;
}

/** The period, or 404 (also for someone outside its council). */
export async function loadPeriodAccess(
  db: Database | Transaction,
  actor: Actor,
  periodId: string,
): Promise<PeriodAccess> {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId)).limit(1);
  if (!period) throw notFound('kỳ thi đua');
  const council = requireCouncilMember(actor, period.councilId);
  const write = isStandingOffice(council);
  return { period, council, canRead: write || council.roles.has('councilMember'), canWrite: write };
}

export function requirePeriodRead(access: PeriodAccess): void {
  if (!access.canRead) throw forbidden('Chỉ thành viên Hội đồng và cơ quan thường trực được xem dữ liệu này');
}

export function requirePeriodWrite(access: PeriodAccess): void {
  if (!access.canWrite) throw forbidden(STANDING_OFFICE_ONLY);
}

/** What the actor may do with one proposal: the cluster's own (leader, deputies) or the council's. */
export interface ProposalAccess {
  councilId: string;
  periodId: string;
  canRead: boolean;
  canAdjust: boolean;
  canDecide: boolean;
  cluster: ClusterAccess | null;
}

export async function loadProposalAccess(
  db: Database | Transaction,
  actor: Actor,
  proposal: AwardProposal,
): Promise<ProposalAccess> {
  if (proposal.clusterId) {
    const access = await loadClusterAccess(db, actor, proposal.clusterId);
    return {
      councilId: access.councilId,
      periodId: access.periodId,
      canRead: canRead(access),
      canAdjust: canPropose(access),
      canDecide: may(access, 'decideProposals'),
      cluster: access,
    };
  }
  const access = await loadPeriodAccess(db, actor, proposal.periodId);
  return {
    councilId: access.period.councilId,
    periodId: access.period.id,
    canRead: access.canRead,
    canAdjust: access.canWrite,
    canDecide: access.canWrite,
    cluster: null,
  };
}

export function requireProposalRead(access: ProposalAccess): void {
  if (!access.canRead) throw forbidden('Bạn không có quyền xem đề nghị khen thưởng này');
}

export function requireAdjust(access: ProposalAccess): void {
  if (access.canAdjust) return;
  throw forbidden(
    access.cluster
      ? 'Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được điều chỉnh, rút đề nghị khen thưởng'
      : STANDING_OFFICE_ONLY,
  );
}

export function requireDecide(access: ProposalAccess, what = 'duyệt hoặc không duyệt'): void {
  if (!access.canDecide) throw forbidden(`Chỉ cơ quan thường trực Hội đồng được ${what} đề nghị`);
}
