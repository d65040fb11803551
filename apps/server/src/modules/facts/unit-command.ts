import type { Database } from '@thidua/db';
import { type ClusterAccess, loadClusterAccess } from '../../access/cluster-access';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { loadWritablePeriod } from '../../workflow/stage-guards';
import { requireMemberUnit } from '../scoring-shared/context';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** What the audit event of a change to a unit's row says: the row before (none when created) and after (none when deleted). */
export interface UnitRowChange {
  action: string;
  before: { id: string } | null;
  saved: { id: string } | null;
  reason: string | null;
}

/**
 * Every command on a member unit's row of the period (a fact, its staff counts), in one transaction:
 * the cluster's access with the unit one of its members (404 otherwise), `authorise` (throws), the
 * period read again (archived: LOCKED), then `work`, which records its change through `audit`.
 */
export async function unitRowCommand<T>(
  db: Database,
  actor: Actor,
  address: { clusterId: string; unitId: string },
  entityType: string,
  authorise: (access: ClusterAccess) => void,
  work: (tx: Tx, access: ClusterAccess, audit: (change: UnitRowChange) => Promise<void>) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const access = await loadClusterAccess(tx, actor, address.clusterId);
    requireMemberUnit(access, address.unitId);
    authorise(access);
    await loadWritablePeriod(tx, access.periodId);
    return work(tx, access, ({ action, before, saved, reason }) =>
      recordAudit(tx, actor, {
        councilId: access.councilId,
        entityType,
        entityId: (saved ?? before)!.id,
        action,
        old: before ?? undefined,
        new: saved ?? undefined,
        reason,
      }),
    );
  });
}
