import type { CriteriaStatus } from '@thidua/db';
import { type ClusterAccess, canRead } from '../../access/cluster-access';
import { forbidden } from '../../http/errors';
import { type StageAction, stageOpen } from '../../workflow/stage-table';
import { CRITERIA_MSG } from './messages';
import { may } from '../../access/permissions';

/** Leader, deputies and the standing office draft a cluster's criteria and assign who scores them. */
export function canDraftCriteria(access: ClusterAccess): boolean {
  return may(access, 'draftCriteria');
}

/**
 * The leader records the members' agreement and issues (SPEC §4.2); the standing office may too, as
 * the council's overseer (it approves cluster criteria, SPEC §1). Deputies draft but do not issue.
 */
export function canIssueCriteria(access: ClusterAccess): boolean {
  return may(access, 'issueCriteria');
}

/**
 * Issued criteria are the cluster's published document: anyone in the council reads them. A draft is
 * read by those with a role in the cluster (members see it to comment and agree) and council members.
 */
export function canReadVersion(access: ClusterAccess, status: CriteriaStatus): boolean {
  return status === 'issued' || canRead(access);
}

export function requireDrafter(access: ClusterAccess): void {
  if (!canDraftCriteria(access)) throw forbidden(CRITERIA_MSG.drafterOnly);
}

export function requireIssuer(access: ClusterAccess): void {
  if (!canIssueCriteria(access)) throw forbidden(CRITERIA_MSG.leaderOnly);
}

export function requireReadVersion(access: ClusterAccess, status: CriteriaStatus): void {
  if (!canReadVersion(access, status)) throw forbidden(CRITERIA_MSG.draftHidden);
}

/**
 * When a revision may be written: the first is drafted in the criteria stage (SPEC §4.2); a later
 * revision (a reasoned change after issue) may come at any point of the running year.
 */
export function criteriaAction(revision: number): StageAction {
  return revision === 1 ? 'draftFirstCriteria' : 'reviseCriteria';
}

/** Whether the period's stage lets this revision be written now (for the abilities the UI shows). */
export function stageAllows(access: ClusterAccess, revision: number): boolean {
  return stageOpen(access.periodStage, access.periodArchived, criteriaAction(revision));
}
