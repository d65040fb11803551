import { type AwardProposal, awardProposals, clusters, type Transaction } from '@thidua/db';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../http/errors';

// What every proposal write shares: the stages, the statuses that hold a place, the per-cluster lock,
// and the audit record.

/** Statuses that hold a place: counted against quotas and against "one award per unit". */
export const ACTIVE = ['proposed', 'approved'] as const;

/**
 * Serialises the proposal writes of one cluster (FOR NO KEY UPDATE on its row: foreign-key checks of other
 * writes still pass), so two lists made at once cannot together exceed a quota or give a unit two awards.
 */
export async function lockCluster(tx: Transaction, clusterId: string): Promise<void> {
  await tx.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, clusterId)).for('no key update');
}

/** How a status reads in a message. */
export const STATUS_NAMES: Record<AwardProposal['status'], string> = {
  proposed: 'đang đề nghị',
  withdrawn: 'đã rút',
  returned: 'bị trả lại',
  approved: 'đã được duyệt',
  rejected: 'không được duyệt',
};

/** Only an open proposal can change; the message says what it is now. */
export function assertOpen(proposal: AwardProposal, what: string): void {
  if (proposal.status === 'proposed') return;
  throw new AppError(
    'PROPOSAL_STATE',
    `Không thể ${what}: đề nghị ${STATUS_NAMES[proposal.status]} (chỉ thao tác được khi đang đề nghị)`,
  );
}

/** How many of the cluster's proposals hold a place, per award code (optionally leaving one out). */
export async function activeCounts(
  tx: Transaction,
  clusterId: string,
  exceptId?: string,
): Promise<Map<string, number>> {
  const rows = await tx
    .select({ awardCode: awardProposals.awardCode, n: sql<number>`count(*)::int` })
    .from(awardProposals)
    .where(
      and(
        eq(awardProposals.clusterId, clusterId),
        inArray(awardProposals.status, [...ACTIVE]),
        exceptId ? ne(awardProposals.id, exceptId) : undefined,
      ),
    )
    .groupBy(awardProposals.awardCode);
  return new Map(rows.map((r) => [r.awardCode, Number(r.n)]));
}

/** Every proposal change goes to the audit log with its old and new row. */
export async function auditProposal(
  tx: Transaction,
  actor: Actor,
  councilId: string,
  action: string,
  before: AwardProposal | undefined,
  after: AwardProposal,
  reason?: string,
): Promise<void> {
  await recordAudit(tx, actor, {
    councilId,
    entityType: 'awardProposal',
    entityId: after.id,
    action,
    old: before,
    new: after,
    reason: reason ?? null,
  });
}
