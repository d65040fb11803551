import type { CriteriaVersion, Framework } from '@thidua/db';
import type { z } from 'zod';
import type { ClusterAccess } from '../../access/cluster-access';
import { canDraftCriteria, canIssueCriteria, stageAllows } from './policy';
import { isoInstant } from '@thidua/contracts/criteria-shared';
import type { versionSummary, versionView } from '@thidua/contracts/criteria-versions';

/** A cluster's criteria revision without its ruleset, with what the actor may do to it now. */
export function presentVersionSummary(
  row: CriteriaVersion,
  access: ClusterAccess,
): z.infer<typeof versionSummary> {
  const open = stageAllows(access, row.revision);
  const draft = canDraftCriteria(access) && open;
  const lead = canIssueCriteria(access) && open;
  return {
    id: row.id,
    clusterId: row.clusterId,
    frameworkId: row.frameworkId,
    revision: row.revision,
    status: row.status,
    name: row.ruleset.name,
    supersedesId: row.supersedesId,
    changeReason: row.changeReason,
    agreedAt: isoInstant(row.agreedAt),
    issuedAt: isoInstant(row.issuedAt),
    documentNumber: row.documentNumber,
    documentDate: row.documentDate,
    version: row.version,
    abilities: {
      update: draft && row.status !== 'issued',
      agree: lead && row.status === 'draft',
      issue: lead && row.status === 'agreed',
      revise: draft && row.status === 'issued',
    },
  };
}

/** A revision with its ruleset and the framework rules it is checked against. */
export function presentVersion(
  row: CriteriaVersion,
  framework: Framework,
  access: ClusterAccess,
): z.infer<typeof versionView> {
  return {
    ...presentVersionSummary(row, access),
    ruleset: row.ruleset,
    framework: {
      id: framework.id,
      code: framework.code,
      revision: framework.revision,
      name: framework.name,
      fixedGroupCodes: framework.fixedGroupCodes,
      maxAddedCriteriaRatio:
        framework.maxAddedCriteriaRatio === null ? null : Number(framework.maxAddedCriteriaRatio),
    },
  };
}
