import {
  type CriteriaVersion,
  criteriaVersions,
  criterionAssignments,
  type Database,
  type Framework,
  frameworks,
  type Transaction,
} from '@thidua/db';
import { indexRuleset, type Ruleset } from '@thidua/engine';
import { and, eq, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import { type ClusterAccess, loadClusterAccess } from '../../access/cluster-access';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { insertAudited, updateVersioned } from '../../http/versioned-update';
import { AppError, invalid, notFound } from '../../http/errors';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import type { FrameworkRules } from './framework-rules';
import { CRITERIA_MSG as M } from './messages';
import { requireDrafter, requireReadVersion, criteriaAction } from './policy';
import { checkClusterRuleset } from './ruleset-checks';
import type { versionCreateBody, versionPatch } from '@thidua/contracts/criteria-versions';

type Db = Database | Transaction;

/** A revision, the actor's roles in its cluster, and the framework it specialises. */
export interface LoadedVersion {
  row: CriteriaVersion;
  access: ClusterAccess;
  framework: Framework;
}

/** Loads a revision for reading: 404 outside the council, 403 for a draft the actor may not see. */
export async function loadVersion(db: Db, actor: Actor, versionId: string): Promise<LoadedVersion> {
  const [row] = await db.select().from(criteriaVersions).where(eq(criteriaVersions.id, versionId)).limit(1);
  if (!row) throw notFound('bộ tiêu chí');
  const access = await loadClusterAccess(db, actor, row.clusterId);
  requireReadVersion(access, row.status);
  const [framework] = await db.select().from(frameworks).where(eq(frameworks.id, row.frameworkId)).limit(1);
  return { row, access, framework: framework! };
}

/** What the framework imposes on a cluster's ruleset. */
export function rulesOf(framework: Framework): FrameworkRules {
  return {
    ruleset: framework.ruleset,
    fixedGroupCodes: framework.fixedGroupCodes,
    maxAddedCriteriaRatio: framework.maxAddedCriteriaRatio,
  };
}

/**
 * The guard of every write to a revision: the role (a drafter's, or the leader's where `requireRole`
 * says), the period's stage read again in the transaction, not issued.
 */
export async function guardVersionWrite(
  tx: Transaction,
  loaded: LoadedVersion,
  what: string,
  requireRole: (access: LoadedVersion['access']) => void = requireDrafter,
): Promise<void> {
  requireRole(loaded.access);
  await loadPeriodInStage(tx, loaded.access.periodId, criteriaAction(loaded.row.revision), what);
  if (loaded.row.status === 'issued') throw new AppError('CRITERIA_ISSUED');
}

/** Checks a posted ruleset against the engine and the framework; refuses the request with every problem. */
export function requireValidClusterRuleset(raw: unknown, framework: Framework): Ruleset {
  const { ruleset, errors } = checkClusterRuleset(raw, rulesOf(framework), 'body.ruleset');
  if (!ruleset || errors.length > 0) throw invalid(errors, M.invalidRuleset(errors.length));
  return ruleset;
}

/**
 * Drafts revision 1 of a cluster's criteria as a copy of an issued framework of its council, during
 * the criteria stage (leader, deputy or standing office).
 */
export async function createVersion(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof versionCreateBody>,
): Promise<LoadedVersion> {
  const access = await loadClusterAccess(tx, actor, clusterId);
  requireDrafter(access);
  await loadPeriodInStage(tx, access.periodId, criteriaAction(1), 'xây dựng bộ tiêu chí');
  const [framework] = await tx
    .select()
    .from(frameworks)
    .where(and(eq(frameworks.id, body.frameworkId), eq(frameworks.councilId, access.councilId)))
    .limit(1);
  if (!framework) throw invalid([{ path: 'body.frameworkId', message: M.unknownFramework }]);
  if (framework.status !== 'issued') throw new AppError('CRITERIA_STATUS', M.frameworkNotIssued);
  const [existing] = await tx
    .select({ id: criteriaVersions.id })
    .from(criteriaVersions)
    .where(eq(criteriaVersions.clusterId, clusterId))
    .limit(1);
  if (existing) throw new AppError('DUPLICATE', M.versionExists);
  const row = await insertAudited(
    tx,
    actor,
    criteriaVersions,
    { clusterId, frameworkId: framework.id, ruleset: framework.ruleset, createdBy: actor.userId },
    { councilId: access.councilId, entityType: 'criteriaVersion' },
  );
  return { row, access, framework };
}

/**
 * Saves a draft's ruleset after the engine's and the framework's checks. Editing an agreed revision
 * voids the agreement (the members agreed to other content): it goes back to draft. Assignments of
 * criteria that are no longer leaves are removed with it.
 */
export async function updateVersion(
  tx: Transaction,
  actor: Actor,
  versionId: string,
  body: z.infer<typeof versionPatch>,
): Promise<LoadedVersion> {
  const loaded = await loadVersion(tx, actor, versionId);
  await guardVersionWrite(tx, loaded, 'sửa bộ tiêu chí');
  const ruleset = requireValidClusterRuleset(body.ruleset, loaded.framework);
  const before = loaded.row;
  const updated = await updateVersioned(tx, criteriaVersions, before.id, body.version, {
    ruleset: ruleset,
    status: 'draft',
    agreedAt: null,
  });
  const leaves = [...indexRuleset(ruleset).leafByCode.keys()];
  const dropped = await tx
    .delete(criterionAssignments)
    .where(
      and(
        eq(criterionAssignments.criteriaVersionId, before.id),
        notInArray(criterionAssignments.criterionCode, leaves),
      ),
    )
    .returning();
  const councilId = loaded.access.councilId;
  await recordAudit(tx, actor, {
    councilId,
    entityType: 'criteriaVersion',
    entityId: before.id,
    action: 'update',
    old: before,
    new: updated,
  });
  for (const assignment of dropped) {
    await recordAudit(tx, actor, {
      councilId,
      entityType: 'criterionAssignment',
      entityId: assignment.id,
      action: 'delete',
      old: assignment,
      reason: `Tiêu chí ${assignment.criterionCode} không còn là tiêu chí lá của bộ tiêu chí`,
    });
  }
  return { ...loaded, row: updated };
}
