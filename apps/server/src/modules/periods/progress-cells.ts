import {
  criteriaVersions,
  criterionAssignments,
  type Database,
  entries,
  evidenceFiles,
  type Transaction,
} from '@thidua/db';
import { indexRuleset, type Ruleset } from '@thidua/engine';
import { and, eq, inArray, sql } from 'drizzle-orm';

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
  const assignments = await db
    .select()
    .from(criterionAssignments)
    .where(inArray(criterionAssignments.criteriaVersionId, versionIds));
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
  const done = await completeCells(
    db,
    [...latest].flatMap(([clusterId, version]) =>
      (leavesOf.get(clusterId) ?? []).map((l) => ({ ...l, versionId: version.id })),
    ),
  );

  return (clusterId, unitId) => {
    const version = latest.get(clusterId);
    const leaves = leavesOf.get(clusterId) ?? [];
    if (!version || leaves.length === 0) return none;
    const counted = done.get(`${version.id}|${unitId}`) ?? { self: 0, agreed: 0 };
    return {
      selfScored: counted.self === leaves.filter((l) => l.owner === 'self').length,
      reviewed: counted.agreed === leaves.length,
    };
  };
}

/**
 * Per revision and unit, how many cells are done: self-owned leaves with the unit's value (and a file
 * where evidence is required), and leaves with an agreed value — counted by PostgreSQL, so a period of a
 * national council (a million entries) sends back one row per unit, not every entry (issue #15). The
 * SQL of "has a value" is `hasValue`'s, kind by kind; each (revision, unit, leaf, stage) has one entry.
 */
async function completeCells(
  db: Database | Transaction,
  leaves: (Leaf & { versionId: string })[],
): Promise<Map<string, { self: number; agreed: number }>> {
  const list = JSON.stringify(
    leaves.map((l) => ({
      version_id: l.versionId,
      code: l.code,
      kind: l.kind,
      file: l.evidenceRequired,
      own: l.owner === 'self',
    })),
  );
  const versionIds = [...new Set(leaves.map((l) => l.versionId))];
  const valued = sql`case l.kind
      when 'quantitative' then e.plan is not null and e.actual is not null
      when 'bands' then e.value is not null
      when 'rating' then coalesce(e.rating, '') <> ''
      when 'yesno' then e.done is not null
      else e.points is not null end`;
  const result = await db.execute<{ versionId: string; unitId: string; self: number; agreed: number }>(sql`
    select e.criteria_version_id as "versionId", e.unit_id as "unitId",
      (count(*) filter (where e.stage = 'self' and l.own and ${valued}
        and (not l.file or exists (select 1 from ${evidenceFiles} f where f.entry_id = e.id))))::int as self,
      (count(*) filter (where e.stage = 'agreed' and ${valued}))::int as agreed
    from ${entries} e
    join jsonb_to_recordset(${list}::jsonb) as l(version_id uuid, code text, kind text, file boolean, own boolean)
      on l.version_id = e.criteria_version_id and l.code = e.criterion_code
    where e.criteria_version_id in (${sql.join(
      versionIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) and e.stage in ('self', 'agreed')
    group by e.criteria_version_id, e.unit_id`);
  return new Map(
    result.rows.map((r) => [
      `${r.versionId}|${r.unitId}`,
      { self: Number(r.self), agreed: Number(r.agreed) },
    ]),
  );
}
