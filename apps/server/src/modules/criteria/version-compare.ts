import type { Database } from '@thidua/db';
import type { Ruleset } from '@thidua/engine';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { notFound } from '../../http/errors';
import { compareRulesets } from './compare-rulesets';
import { loadVersion } from './version-service';
import type { comparisonView } from '@thidua/contracts/criteria-versions';

/**
 * Compares two revisions of one cluster's criteria (both readable by the actor): criteria added,
 * removed and changed field by field. Old revisions stay readable, so any two can be compared.
 */
export async function compareVersions(
  db: Database,
  actor: Actor,
  clusterId: string,
  fromId: string,
  toId: string,
): Promise<z.infer<typeof comparisonView>> {
  const from = await loadVersion(db, actor, fromId);
  const to = await loadVersion(db, actor, toId);
  if (from.row.clusterId !== clusterId || to.row.clusterId !== clusterId) {
    throw notFound('phiên bản bộ tiêu chí của cụm, khối này');
  }
  const summary = (v: typeof from) => ({ id: v.row.id, revision: v.row.revision, status: v.row.status });
  return {
    from: summary(from),
    to: summary(to),
    ...compareRulesets(from.row.ruleset as unknown as Ruleset, to.row.ruleset as unknown as Ruleset),
  };
}
