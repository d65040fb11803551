import { type Quota, quotas, type Transaction } from '@thidua/db';
import type { ClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { insertAudited, updateAudited } from '../../http/versioned-update';
import { invalid } from '../../http/errors';
import { loadWritablePeriod } from '../../workflow/stage-guards';
import { blankToNull } from '../../kernel/text';
import { requireIssuedRuleset, unknownAwardMessage } from './issued-ruleset';
import type { QuotaBody, QuotaPatch } from '@thidua/contracts/awards';

/**
 * Sets the quota of one award for a cluster. The award must be on the ladder of the cluster's issued
 * criteria, or the engine would refuse the period (SPEC §8: a quota for an unknown award is an error).
 * A second quota for the same award is refused by the database's unique key (DUPLICATE).
 */
export async function createQuota(
  tx: Transaction,
  actor: Actor,
  access: ClusterAccess,
  body: QuotaBody,
): Promise<{ quota: Quota; awardName: string }> {
  await loadWritablePeriod(tx, access.periodId);
  const issued = await requireIssuedRuleset(tx, access.clusterId);
  const award = issued.awards.find((a) => a.code === body.awardCode);
  if (!award) throw invalid([{ path: 'body.awardCode', message: unknownAwardMessage(issued) }]);
  const created = await insertAudited(
    tx,
    actor,
    quotas,
    {
      clusterId: access.clusterId,
      awardCode: body.awardCode,
      quota: body.quota,
      sourceNumber: body.sourceNumber,
      note: blankToNull(body.note) ?? null,
    },
    {
      councilId: access.councilId,
      entityType: 'quota',
    },
  );
  return { quota: created, awardName: award.name };
}

/** Changes a quota at the version the client read; the reason, if given, goes to the audit log. */
export async function updateQuota(
  tx: Transaction,
  actor: Actor,
  access: ClusterAccess,
  before: Quota,
  patch: QuotaPatch,
): Promise<Quota> {
  await loadWritablePeriod(tx, access.periodId);
  const updated = await updateAudited(
    tx,
    actor,
    quotas,
    before,
    patch.version,
    {
      quota: patch.quota,
      sourceNumber: patch.sourceNumber,
      note: blankToNull(patch.note),
    },
    {
      councilId: access.councilId,
      entityType: 'quota',
      reason: patch.reason?.trim() || null,
    },
  );
  return updated;
}
