import type { Framework } from '@thidua/db';
import type { z } from 'zod';
import type { frameworkSummary, frameworkView } from '@thidua/contracts/criteria-frameworks';
import { isoInstant } from '@thidua/contracts/criteria-shared';

/** A framework without its ruleset, as lists show it; `canManage` is the standing office's right. */
export function presentFrameworkSummary(
  framework: Framework,
  canManage: boolean,
): z.infer<typeof frameworkSummary> {
  const issued = framework.status === 'issued';
  return {
    id: framework.id,
    councilId: framework.councilId,
    code: framework.code,
    revision: framework.revision,
    name: framework.name,
    unitType: framework.unitType,
    profileCode: framework.profileCode,
    status: framework.status,
    fixedGroupCodes: framework.fixedGroupCodes,
    maxAddedCriteriaRatio:
      framework.maxAddedCriteriaRatio === null ? null : Number(framework.maxAddedCriteriaRatio),
    supersedesId: framework.supersedesId,
    changeReason: framework.changeReason,
    issuedAt: isoInstant(framework.issuedAt),
    documentNumber: framework.documentNumber,
    documentDate: framework.documentDate,
    version: framework.version,
    abilities: { update: canManage && !issued, issue: canManage && !issued, revise: canManage && issued },
  };
}

/** A framework with its ruleset. */
export function presentFramework(framework: Framework, canManage: boolean): z.infer<typeof frameworkView> {
  return { ...presentFrameworkSummary(framework, canManage), ruleset: framework.ruleset };
}
