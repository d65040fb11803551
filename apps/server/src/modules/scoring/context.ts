import {
  type CriteriaVersion,
  type CriterionAssignment,
  criteriaVersions,
  criterionAssignments,
  type CriterionOwner,
  type Database,
  type Transaction,
} from '@thidua/db';
import { type LeafRef, type RulesetIndex, validateRuleset } from '@thidua/engine';
import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import {
  type ClusterAccess,
  type ClusterAccessOptions,
  loadClusterAccess,
} from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { deepFreeze, LruMap } from '../../cache/lru';
import { AppError, notFound } from '../../http/errors';

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

/** A revision's row without its ruleset, which comes from the cache of issued revisions. */
export type CriteriaVersionMeta = Omit<CriteriaVersion, 'ruleset'>;

/** Every column of a revision but its ruleset (large, and the same forever once issued). */
const metaColumns = Object.fromEntries(
  Object.entries(getTableColumns(criteriaVersions)).filter(([key]) => key !== 'ruleset'),
) as Omit<ReturnType<typeof getTableColumns<typeof criteriaVersions>>, 'ruleset'>;

/**
 * What an issued revision's id stands for, forever: its ruleset (deep-frozen), the engine's index of it
 * and its leaf assignments. The database refuses any change to an issued revision or its assignments
 * (migration 0002), so the cache never holds a stale value; the key also carries `issuedAt`, so a
 * revision whose issuing was rolled back and redone later is a different key.
 */
interface IssuedRevision {
  ruleset: CriteriaVersion['ruleset'];
  index: RulesetIndex;
  assignments: CriterionAssignment[];
}

const issuedRevisions = new LruMap<string, IssuedRevision>(512);

const revisionKey = (version: CriteriaVersionMeta) =>
  `${version.id}\u0000${version.issuedAt?.toISOString() ?? ''}`;

/**
 * The issued revision's ruleset, index and assignments: validated and loaded once per process (the
 * save path used to re-validate the issued ruleset on every request). A revision that is not issued
 * is loaded and validated every time.
 */
export async function loadIssuedRevision(db: Db, version: CriteriaVersionMeta): Promise<IssuedRevision> {
  const cacheable = version.status === 'issued' && version.issuedAt !== null;
  const key = revisionKey(version);
  const cached = cacheable ? issuedRevisions.get(key) : undefined;
  if (cached) return cached;
  const [[row], assignments] = await Promise.all([
    db
      .select({ ruleset: criteriaVersions.ruleset })
      .from(criteriaVersions)
      .where(eq(criteriaVersions.id, version.id))
      .limit(1),
    db.select().from(criterionAssignments).where(eq(criterionAssignments.criteriaVersionId, version.id)),
  ]);
  if (!row) throw notFound('phiên bản bộ tiêu chí');
  const ruleset = deepFreeze(row.ruleset);
  const revision = { ruleset, index: indexStoredRuleset(ruleset), assignments: deepFreeze(assignments) };
  if (cacheable) issuedRevisions.set(key, revision);
  return revision;
}

/**
 * The revision scores are read from and written to: the one asked for (any issued revision of the
 * cluster, so results of an old revision stay reproducible) or else the latest issued one. Drafts are
 * never scored (SPEC §4.2: no self-scoring before the criteria are issued).
 */
export async function loadIssuedVersion(
  db: Db,
  clusterId: string,
  requestedId?: string,
): Promise<CriteriaVersion> {
  const meta = await loadIssuedVersionMeta(db, clusterId, requestedId);
  return { ...meta, ruleset: (await loadIssuedRevision(db, meta)).ruleset };
}

/** `loadIssuedVersion` without the ruleset (the row only: one small query). */
export async function loadIssuedVersionMeta(
  db: Db,
  clusterId: string,
  requestedId?: string,
): Promise<CriteriaVersionMeta> {
  const filters = [eq(criteriaVersions.clusterId, clusterId), eq(criteriaVersions.status, 'issued')];
  if (requestedId) filters.push(eq(criteriaVersions.id, requestedId));
  const [version] = await db
    .select(metaColumns)
    .from(criteriaVersions)
    .where(and(...filters))
    .orderBy(desc(criteriaVersions.revision))
    .limit(1);
  if (version) return version;
  if (requestedId) throw notFound('phiên bản bộ tiêu chí đã ban hành của cụm, khối này');
  throw new AppError('NO_ISSUED_CRITERIA', 'Cụm, khối chưa có bộ tiêu chí đã ban hành: chưa thể chấm điểm');
}

/** Indexes a stored ruleset with the engine; an issued ruleset that no longer validates cannot be scored. */
export function indexStoredRuleset(ruleset: unknown): RulesetIndex {
  const checked = validateRuleset(ruleset, 'ruleset');
  if (!checked.ok || !checked.index) {
    throw new AppError('SCORING_DATA_INVALID', undefined, checked.errors);
  }
  return checked.index;
}

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
