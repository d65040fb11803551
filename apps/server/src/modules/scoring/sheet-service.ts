import {
  clusters,
  type Database,
  entries,
  type Entry,
  ENTRY_STAGES,
  type EntryStage,
  evidenceFiles,
  objections,
  type PeriodStage,
} from '@thidua/db';
import type { LeafRef } from '@thidua/engine';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { canReview } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { forbidden } from '../../http/errors';
import { offsetOf } from '../../http/pagination';
import { loadClusterUnits } from './cluster-units';
import { loadIssuedVersion, loadScoringContext, ownerOf, type ScoringContext } from './context';
import { entryWriteRefusal, isPublished, seesRow, WRITE_STAGES } from './policy';
import { presentEntry, presentProposal } from './presenter';
import { type CellLayers, PROPOSAL_LAYERS, proposalOf } from './review-proposal';
import type { criterionView, REVIEW_STATES, sheetQuery, sheetView } from './schema-entries';
import { stageIndex } from '../../workflow/stage-guards';

type SheetView = z.infer<typeof sheetView>;

/**
 * The scoring sheet: units × leaf criteria of one issued revision, each cell with its four layers.
 * What the actor sees (SPEC §1): their own unit's row; every row once the proposed table is published
 * (the period has reached the review stage) or when they lead, deputise, follow or are the standing
 * office; and, as a focal department, the criteria assigned to them in every row. Rows are paginated.
 */
export async function buildSheet(
  db: Database,
  actor: Actor,
  clusterId: string,
  query: z.infer<typeof sheetQuery>,
): Promise<SheetView> {
  const context = await loadScoringContext(db, actor, clusterId, query.criteriaVersionId);
  const { access, index, version, focalCodes } = context;
  const allUnits = await loadClusterUnits(db, clusterId);
  const rows = allUnits
    .filter((u) => !query.unitId || u.id === query.unitId)
    .map((unit) => ({ unit, whole: seesRow(access, unit.id) }))
    .filter((row) => row.whole || focalCodes.size > 0);
  const seesAnyWholeRow = allUnits.some((u) => seesRow(access, u.id));
  if (!seesAnyWholeRow && focalCodes.size === 0) {
    // Staff of a unit outside the cluster are told the truth: the table is not theirs.
    throw forbidden(
      worksForUnitOf(actor, access.councilId)
        ? 'Bảng điểm này không thuộc cụm, khối của đơn vị bạn'
        : 'Bảng điểm của cụm, khối chưa công bố: chỉ đơn vị thành viên xem được kết quả của mình',
    );
  }
  const leaves = seesAnyWholeRow
    ? index.leaves
    : index.leaves.filter((l) => focalCodes.has(l.criterion.code));
  const page = rows.slice(offsetOf(query), offsetOf(query) + query.pageSize);

  const stored = page.length
    ? await db
        .select()
        .from(entries)
        .where(
          and(
            eq(entries.criteriaVersionId, version.id),
            inArray(
              entries.unitId,
              page.map((r) => r.unit.id),
            ),
          ),
        )
    : [];
  const evidenceCounts = await countEvidence(
    db,
    version.id,
    page.map((r) => r.unit.id),
  );
  const byCell = new Map<string, Entry>();
  for (const e of stored) byCell.set(`${e.unitId}\u0000${e.criterionCode}\u0000${e.stage}`, e);
  const objected = await openObjections(
    db,
    version.id,
    page.map((r) => r.unit.id),
  );

  const current = query.criteriaVersionId ? (await loadIssuedVersion(db, clusterId)).id === version.id : true;
  const [cluster] = await db.select().from(clusters).where(eq(clusters.id, clusterId)).limit(1);
  const stage = access.periodStage as PeriodStage;

  return {
    cluster: { id: cluster!.id, code: cluster!.code, name: cluster!.name },
    period: { id: access.periodId, stage, published: isPublished(stage) },
    criteriaVersion: {
      id: version.id,
      revision: version.revision,
      issuedAt: version.issuedAt?.toISOString() ?? null,
    },
    criteria: leaves.map((leaf) => presentCriterion(context, leaf)),
    rows: page.map(({ unit, whole }) => ({
      unit,
      review: reviewStateOf(context, unit.id, current),
      cells: leaves
        .filter((leaf) => whole || focalCodes.has(leaf.criterion.code))
        .map((leaf) => {
          const code = leaf.criterion.code;
          const stored = (stage: EntryStage) => byCell.get(`${unit.id}\u0000${code}\u0000${stage}`);
          const layer = (stage: EntryStage) => {
            const entry = stored(stage);
            return entry ? presentEntry(entry, evidenceCounts.get(entry.id) ?? 0) : null;
          };
          const lower: CellLayers = {};
          for (const l of PROPOSAL_LAYERS) {
            const entry = stored(l);
            if (entry) lower[l] = entry;
          }
          return {
            criterionCode: code,
            self: layer('self'),
            focal: layer('focal'),
            standingOffice: layer('standingOffice'),
            agreed: layer('agreed'),
            proposal: presentProposal(proposalOf(lower)),
            objectionOpen: objected.has(`${unit.id}\u0000${code}`) || objected.has(`${unit.id}\u0000`),
            canWrite: current ? writableLayers(context, unit.id, code) : [],
          };
        }),
    })),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The layers of a cell the actor may write now: their role allows it and the period is in its stage. */
export function writableLayers(context: ScoringContext, unitId: string, code: string): EntryStage[] {
  const { access } = context;
  if (access.periodArchived) return [];
  const cell = { unitId, code, ...ownerOf(context, code) };
  return ENTRY_STAGES.filter(
    (layer) =>
      WRITE_STAGES[layer].includes(access.periodStage as PeriodStage) &&
      entryWriteRefusal(access, layer, cell) === null,
  );
}

/** Whether the actor may review a row now, or why not (the UI says it beside the disabled controls). */
export function reviewStateOf(
  context: ScoringContext,
  unitId: string,
  current: boolean,
): (typeof REVIEW_STATES)[number] {
  const { access } = context;
  if (!canReview(access)) return 'notReviewer';
  if (access.council.unitIds.has(unitId)) return 'conflictOfInterest';
  const stage = access.periodStage as PeriodStage;
  if (access.periodArchived || !current) return 'closed';
  if (WRITE_STAGES.agreed.includes(stage)) return 'open';
  return stageIndex(stage) < stageIndex(WRITE_STAGES.agreed[0]!) ? 'notYet' : 'closed';
}

/** Units and criteria (`unitId\0code`, or `unitId\0` for the whole table) under an open objection. */
async function openObjections(db: Database, versionId: string, unitIds: string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .select({ unitId: objections.unitId, criterionCode: objections.criterionCode })
    .from(objections)
    .where(
      and(
        eq(objections.criteriaVersionId, versionId),
        eq(objections.status, 'open'),
        inArray(objections.unitId, unitIds),
      ),
    );
  return new Set(rows.map((r) => `${r.unitId}\u0000${r.criterionCode ?? ''}`));
}

function presentCriterion(context: ScoringContext, leaf: LeafRef): z.infer<typeof criterionView> {
  const c = leaf.criterion;
  const assignment = context.assignments.get(c.code);
  return {
    code: c.code,
    name: c.name,
    groupCode: context.index.groups[leaf.groupIndex]!.code,
    points: c.points,
    kind: c.kind ?? 'qualitative',
    direction: c.kind === 'quantitative' ? (c.direction ?? 'increase') : null,
    ratingOptions: c.kind === 'rating' ? Object.keys(c.options ?? {}) : null,
    ...ownerOf(context, c.code),
    evidenceRequired: assignment?.evidenceRequired ?? false,
    evidenceHint: assignment?.evidenceHint ?? null,
  };
}

/** Evidence files per entry of the given units under one revision, in one grouped query. */
async function countEvidence(
  db: Database,
  versionId: string,
  unitIds: string[],
): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ entryId: evidenceFiles.entryId, n: count() })
    .from(evidenceFiles)
    .innerJoin(entries, eq(entries.id, evidenceFiles.entryId))
    .where(and(eq(entries.criteriaVersionId, versionId), inArray(entries.unitId, unitIds)))
    .groupBy(evidenceFiles.entryId);
  return new Map(rows.map((r) => [r.entryId, r.n] as const));
}

/** Whether the actor works for a unit of the council (unit staff), as opposed to a council-wide role. */
export function worksForUnitOf(actor: Actor, councilId: string): boolean {
  return actor.memberships.some((m) => m.councilId === councilId && m.unitId !== null);
}
