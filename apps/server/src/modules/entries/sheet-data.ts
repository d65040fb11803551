import {
  clusters,
  entries,
  type Entry,
  type EntryStage,
  evidenceFiles,
  objections,
  type Transaction,
} from '@thidua/db';
import type { LeafRef } from '@thidua/engine';
import { and, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { deepFreeze, LruMap } from '../../cache/lru';
import { type ClusterUnit, loadClusterUnits } from '../scoring-shared/cluster-units';
import { loadIssuedVersion, ownerOf, type ScoringContext } from '../scoring-shared/context';
import { presentEntry, presentProposal } from './presenter';
import { type CellLayers, PROPOSAL_LAYERS, proposalOf } from '../scoring-shared/review-proposal';
import type { cellView, criterionView, sheetView } from '../scoring-shared/schema';

// The part of the scoring sheet that is the same for every reader: the cluster's units, the revision's
// columns and every cell's four layers. Who sees which rows and may write what is decided per request
// (sheet-service.ts) on top of it.

type SheetView = z.infer<typeof sheetView>;

/** A cell's stored layers as presented; what the actor may write (`canWrite`) is added per request. */
export type CellData = Omit<z.infer<typeof cellView>, 'canWrite'>;

/** Everything of one cluster's sheet under one revision that does not depend on who reads it. */
export interface SheetData {
  cluster: SheetView['cluster'];
  criteriaVersion: SheetView['criteriaVersion'];
  /** The revision's leaves in ruleset order, presented as the sheet's columns. */
  criteria: z.infer<typeof criterionView>[];
  /** For each leaf (same order): the index of its owner in `owners`. */
  ownerOfLeaf: number[];
  /** The distinct owners (owner, focal department) of the leaves. */
  owners: ReturnType<typeof ownerOf>[];
  /** The cluster's units in the sheet's order (by code). */
  units: ClusterUnit[];
  /** For each unit (same order): its cells, one per leaf in leaf order. */
  cells: CellData[][];
  /** Whether the revision is the cluster's latest issued one (older ones are read-only). */
  current: boolean;
}

/**
 * Sheets' data already read, by cluster, revision and data version. The data version (migration 0019)
 * rises in the transaction of every write to what the sheet shows (entries, evidence, objections, units,
 * members, the cluster, revisions) and is read by the access statement on the sheet's own snapshot, so a
 * key names exactly one state of the data: a cached sheet is never stale.
 */
const cachedData = new LruMap<string, SheetData>(32);

/** The key of the context's state of the data: cluster, revision, data version. */
export function sheetDataKey(context: ScoringContext): string {
  return [context.access.clusterId, context.version.id, context.access.dataVersion].join('\u0000');
}

/** `loadSheetData`, from the cache when this state of the cluster was read before. */
export async function sheetDataCached(
  tx: Transaction,
  context: ScoringContext,
  requestedVersion: boolean,
): Promise<SheetData> {
  const key = sheetDataKey(context);
  const cached = cachedData.get(key);
  if (cached) return cached;
  const data = deepFreeze(await loadSheetData(tx, context, requestedVersion));
  cachedData.set(key, data);
  return data;
}

/** Reads the sheet's data of the whole cluster (on the caller's snapshot). */
export async function loadSheetData(
  tx: Transaction,
  context: ScoringContext,
  requestedVersion: boolean,
): Promise<SheetData> {
  const { access, version, index } = context;
  const clusterId = access.clusterId;
  const [units, stored, evidence, objected, [cluster], latest] = await Promise.all([
    loadClusterUnits(tx, clusterId),
    tx.select().from(entries).where(eq(entries.criteriaVersionId, version.id)),
    countEvidence(tx, version.id),
    openObjections(tx, version.id),
    tx
      .select({ id: clusters.id, code: clusters.code, name: clusters.name })
      .from(clusters)
      .where(eq(clusters.id, clusterId))
      .limit(1),
    requestedVersion ? loadIssuedVersion(tx, clusterId) : null,
  ]);
  const byCell = new Map<string, Entry>();
  for (const e of stored) byCell.set(`${e.unitId}\u0000${e.criterionCode}\u0000${e.stage}`, e);

  const owners: SheetData['owners'] = [];
  const ownerIndex = new Map<string, number>();
  const ownerOfLeaf = index.leaves.map((leaf) => {
    const owner = ownerOf(context, leaf.criterion.code);
    const key = `${owner.owner}\u0000${owner.focalUnitId ?? ''}`;
    if (!ownerIndex.has(key)) {
      ownerIndex.set(key, owners.length);
      owners.push(owner);
    }
    return ownerIndex.get(key)!;
  });

  return {
    cluster: cluster!,
    criteriaVersion: {
      id: version.id,
      revision: version.revision,
      issuedAt: version.issuedAt?.toISOString() ?? null,
    },
    criteria: index.leaves.map((leaf) => presentCriterion(context, leaf)),
    ownerOfLeaf,
    owners,
    units,
    cells: units.map((unit) =>
      index.leaves.map((leaf) => {
        const code = leaf.criterion.code;
        const stored = (stage: EntryStage) => byCell.get(`${unit.id}\u0000${code}\u0000${stage}`);
        const layer = (stage: EntryStage) => {
          const entry = stored(stage);
          return entry ? presentEntry(entry, evidence.get(entry.id) ?? 0) : null;
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
        };
      }),
    ),
    current: latest === null || latest.id === version.id,
  };
}

/** Units and criteria (`unitId\0code`, or `unitId\0` for the whole table) under an open objection. */
async function openObjections(tx: Transaction, versionId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ unitId: objections.unitId, criterionCode: objections.criterionCode })
    .from(objections)
    .where(and(eq(objections.criteriaVersionId, versionId), eq(objections.status, 'open')));
  return new Set(rows.map((r) => `${r.unitId}\u0000${r.criterionCode ?? ''}`));
}

/** Evidence files per entry under one revision, in one grouped query. */
async function countEvidence(tx: Transaction, versionId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ entryId: evidenceFiles.entryId, n: count() })
    .from(evidenceFiles)
    .innerJoin(entries, eq(entries.id, evidenceFiles.entryId))
    .where(eq(entries.criteriaVersionId, versionId))
    .groupBy(evidenceFiles.entryId);
  return new Map(rows.map((r) => [r.entryId, r.n] as const));
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
