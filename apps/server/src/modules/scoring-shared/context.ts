import {
  type CriteriaVersion,
  type CriterionAssignment,
  type CriterionOwner,
  type Database,
  type Transaction,
} from '@thidua/db';
import type { LeafRef, RulesetIndex } from '@thidua/engine';
import {
  type ClusterAccess,
  type ClusterAccessOptions,
  loadClusterAccess,
} from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import {
  type CriteriaVersionMeta,
  indexStoredRuleset,
  loadIssuedRevision,
  loadIssuedVersion,
  loadIssuedVersionMeta,
} from '../criteria/issued';
import { AppError } from '../../http/errors';

/** What every scoring request needs: the actor's roles, the criteria revision and who scores each leaf. */
export interface ScoringContext {
  access: ClusterAccess;
  version: CriteriaVersion;
  /** The revision's ruleset as the engine indexes it (leaves in ruleset order). */
  index: RulesetIndex;
  assignments: Map<string, CriterionAssignment>;
  /** Leaf codes assigned to one of the actor's units as focal department. */
  focalCodes: Set<string>;
}

/** Who scores a leaf and, for a focal department, which unit. A leaf without an assignment is self-scored. */
export interface LeafOwner {
  owner: CriterionOwner;
  focalUnitId: string | null;
}

type Db = Database | Transaction;

/** The issued revision is the criteria module's (criteria/issued.ts); scoring re-exports what it reads. */
export {
  type CriteriaVersionMeta,
  indexStoredRuleset,
  loadIssuedRevision,
  loadIssuedVersion,
  loadIssuedVersionMeta,
};

/** Loads the actor's access to a cluster with its issued criteria revision and the leaf assignments. */
export async function loadScoringContext(
  db: Db,
  actor: Actor,
  clusterId: string,
  requestedVersionId?: string,
  options: ClusterAccessOptions = {},
): Promise<ScoringContext> {
  const access = await loadClusterAccess(db, actor, clusterId, options);
  const version = await loadIssuedVersionMeta(db, clusterId, requestedVersionId);
  return contextFor(db, access, version);
}

/** The context of an already loaded access and revision. */
export async function contextFor(
  db: Db,
  access: ClusterAccess,
  version: CriteriaVersionMeta,
): Promise<ScoringContext> {
  const { ruleset, index, assignments: rows } = await loadIssuedRevision(db, version);
  const assignments = new Map(rows.map((a) => [a.criterionCode, a] as const));
  const focalCodes = new Set(
    rows
      .filter((a) => a.focalUnitId && access.council.unitIds.has(a.focalUnitId))
      .map((a) => a.criterionCode),
  );
  return { access, version: { ...version, ruleset }, index, assignments, focalCodes };
}

/** Who scores `code` under the context's revision. */
export function ownerOf(context: ScoringContext, code: string): LeafOwner {
  const assignment = context.assignments.get(code);
  return { owner: assignment?.owner ?? 'self', focalUnitId: assignment?.focalUnitId ?? null };
}

/**
 * The leaf named by a path parameter: unknown is 404, a container (which is never scored) a 400 that
 * says so, both naming the parameter.
 */
export function requireLeaf(context: ScoringContext, code: string, path = 'params.criterionCode'): LeafRef {
  const leaf = context.index.leafByCode.get(code);
  if (leaf) return leaf;
  if (context.index.criterionByCode.has(code)) {
    throw new AppError('VALIDATION', undefined, [
      { path, message: `tiêu chí ${code} là tiêu chí chứa (có tiêu chí con); chỉ chấm các tiêu chí lá` },
    ]);
  }
  throw new AppError('NOT_FOUND', `Không tìm thấy tiêu chí mã "${code}" trong bộ tiêu chí của cụm, khối`, [
    { path, message: `không có tiêu chí mã "${code}" trong bộ tiêu chí` },
  ]);
}

/** A unit must sit in the cluster to be scored there. */
export function requireMemberUnit(access: ClusterAccess, unitId: string, path = 'params.unitId'): void {
  if (access.seats.has(unitId)) return;
  throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị trong cụm, khối này', [
    { path, message: 'đơn vị không thuộc cụm, khối này' },
  ]);
}
