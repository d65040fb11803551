import {
  type CriteriaVersion,
  type CriterionAssignment,
  criteriaVersions,
  criterionAssignments,
  type Database,
  type Transaction,
} from '@thidua/db';
import { type RulesetIndex, validateRuleset } from '@thidua/engine';
import { and, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { deepFreeze, LruMap } from '../../cache/lru';
import { AppError, notFound } from '../../http/errors';

// The cluster's issued criteria, loaded one way for every module (scoring, registrations, awards,
// documents, progress): the revision's row, then its ruleset validated by the engine once per process.

type Db = Database | Transaction;

/** A revision's row without its ruleset, which comes from the cache of issued revisions. */
export type CriteriaVersionMeta = Omit<CriteriaVersion, 'ruleset'>;

/** Every column of a revision but its ruleset (large, and the same forever once issued). */
export const criteriaVersionMetaColumns = Object.fromEntries(
  Object.entries(getTableColumns(criteriaVersions)).filter(([key]) => key !== 'ruleset'),
) as Omit<ReturnType<typeof getTableColumns<typeof criteriaVersions>>, 'ruleset'>;

/**
 * What an issued revision's id stands for, forever: its ruleset (deep-frozen), the engine's index of it
 * and its leaf assignments. The database refuses any change to an issued revision or its assignments
 * (migration 0002), so the cache never holds a stale value; the key also carries `issuedAt`, so a
 * revision whose issuing was rolled back and redone later is a different key.
 */
export interface IssuedRevision {
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

/** The cluster's latest issued revision (or the one asked for) without its ruleset, or null when none. */
export async function findIssuedVersionMeta(
  db: Db,
  clusterId: string,
  requestedId?: string,
): Promise<CriteriaVersionMeta | null> {
  const filters = [eq(criteriaVersions.clusterId, clusterId), eq(criteriaVersions.status, 'issued')];
  if (requestedId) filters.push(eq(criteriaVersions.id, requestedId));
  const [version] = await db
    .select(criteriaVersionMetaColumns)
    .from(criteriaVersions)
    .where(and(...filters))
    .orderBy(desc(criteriaVersions.revision))
    .limit(1);
  return version ?? null;
}

/** `loadIssuedVersion` without the ruleset (the row only: one small query). */
export async function loadIssuedVersionMeta(
  db: Db,
  clusterId: string,
  requestedId?: string,
): Promise<CriteriaVersionMeta> {
  const version = await findIssuedVersionMeta(db, clusterId, requestedId);
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

/** Which of these clusters have issued criteria (any revision). */
export async function clustersWithIssuedCriteria(
  db: Db,
  clusterIds: readonly string[],
): Promise<Set<string>> {
  if (clusterIds.length === 0) return new Set();
  const rows = await db
    .select({ clusterId: criteriaVersions.clusterId })
    .from(criteriaVersions)
    .where(and(inArray(criteriaVersions.clusterId, [...clusterIds]), eq(criteriaVersions.status, 'issued')));
  return new Set(rows.map((row) => row.clusterId));
}
