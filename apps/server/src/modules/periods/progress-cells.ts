import {
  criteriaVersions,
  criterionAssignments,
  type Database,
  entries,
  evidenceFiles,
  type Transaction,
} from '@thidua/db';
import { indexRuleset, type Ruleset } from '@thidua/engine';
import { and, count, eq, inArray } from 'drizzle-orm';

// Whether a unit has finished a scoring stage (SPEC §4): every cell that stage owns has a value, and a
// file where the criteria require evidence. One entry or one reviewed cell is not "done".

/** A leaf of a cluster's issued criteria: its kind, who scores it and whether it needs evidence. */
interface Leaf {
  code: string;
  kind: string;
  owner: 'self' | 'focalUnit' | 'standingOffice';
  evidenceRequired: boolean;
}

/** The values an entry holds, as stored. */
interface EntryValues {
  plan: unknown;
  actual: unknown;
  points: unknown;
  value: unknown;
  rating: unknown;
  done: unknown;
}

const present = (v: unknown) => v !== null && v !== undefined && v !== '';

/** A cell has a value of its criterion's kind (a quantitative cell both its plan and its actual). */
export function hasValue(kind: string, e: EntryValues): boolean {
  switch (kind) {
    case 'quantitative':
      return present(e.plan) && present(e.actual);
    case 'bands':
      return present(e.value);
    case 'rating':
      return present(e.rating);
    case 'yesno':
      return present(e.done);
    default:
      return present(e.points);
  }
}

export interface StageCompletion {
  /** Every self-scored cell has the unit's value and, where required, a file. */
  selfScored: boolean;
  /** Every cell has an agreed (reviewed) value. */
  reviewed: boolean;
}

/**
 * For each cluster of the given ids, unit by unit: whether self-scoring and review are complete against the
 * cluster's latest issued criteria. A cluster without issued criteria has nothing done.
 */
export async function stageCompletion(
  db: Database | Transaction,
  clusterIds: readonly string[],
): Promise<(clusterId: string, unitId: string) => StageCompletion> {
  const none = { selfScored: false, reviewed: false };
  if (clusterIds.length === 0) return () => none;
  const issued = await db
    .select({
      id: criteriaVersions.id,
      clusterId: criteriaVersions.clusterId,
      revision: criteriaVersions.revision,
      ruleset: criteriaVersions.ruleset,
    })
    .from(criteriaVersions)
    .where(and(inArray(criteriaVersions.clusterId, [...clusterIds]), eq(criteriaVersions.status, 'issued')));
  const latest = new Map<string, (typeof issued)[number]>();
  for (const v of issued) {
    const seen = latest.get(v.clusterId);
    if (!seen || v.revision > seen.revision) latest.set(v.clusterId, v);
  }
  const versionIds = [...latest.values()].map((v) => v.id);
  if (versionIds.length === 0) return () => none;
  const [assignments, cells, files] = await Promise.all([
    db.select().from(criterionAssignments).where(inArray(criterionAssignments.criteriaVersionId, versionIds)),
    db
      .select({
        id: entries.id,
        versionId: entries.criteriaVersionId,
        unitId: entries.unitId,
        code: entries.criterionCode,
        stage: entries.stage,
        plan: entries.plan,
        actual: entries.actual,
        points: entries.points,
        value: entries.value,
        rating: entries.rating,
        done: entries.done,
      })
      .from(entries)
      .where(and(inArray(entries.criteriaVersionId, versionIds), inArray(entries.stage, ['self', 'agreed']))),
    db
      .select({ entryId: evidenceFiles.entryId, n: count() })
      .from(evidenceFiles)
      .innerJoin(entries, eq(entries.id, evidenceFiles.entryId))
      .where(and(inArray(entries.criteriaVersionId, versionIds), eq(entries.stage, 'self')))
      .groupBy(evidenceFiles.entryId),
  ]);
  const withFile = new Set(files.filter((f) => f.n > 0).map((f) => f.entryId));
  const leavesOf = new Map<string, Leaf[]>();
  for (const [clusterId, version] of latest) {
    const own = new Map(
      assignments.filter((a) => a.criteriaVersionId === version.id).map((a) => [a.criterionCode, a]),
    );
    const index = indexRuleset(version.ruleset as unknown as Ruleset);
    leavesOf.set(
      clusterId,
      index.leaves.map(({ criterion }) => ({
        code: criterion.code,
        kind: criterion.kind ?? 'qualitative',
        owner: own.get(criterion.code)?.owner ?? 'self',
        evidenceRequired: own.get(criterion.code)?.evidenceRequired ?? false,
      })),
    );
  }
  const cellKey = (versionId: string, unitId: string, code: string, stage: string) =>
    `${versionId}|${unitId}|${code}|${stage}`;
  const cellByKey = new Map(cells.map((c) => [cellKey(c.versionId, c.unitId, c.code, c.stage), c]));

  return (clusterId, unitId) => {
    const version = latest.get(clusterId);
    const leaves = leavesOf.get(clusterId) ?? [];
    if (!version || leaves.length === 0) return none;
    const cell = (code: string, stage: string) => cellByKey.get(cellKey(version.id, unitId, code, stage));
    const selfScored = leaves
      .filter((l) => l.owner === 'self')
      .every((l) => {
        const c = cell(l.code, 'self');
        return c !== undefined && hasValue(l.kind, c) && (!l.evidenceRequired || withFile.has(c.id));
      });
    const reviewed = leaves.every((l) => {
      const c = cell(l.code, 'agreed');
      return c !== undefined && hasValue(l.kind, c);
    });
    return { selfScored, reviewed };
  };
}
