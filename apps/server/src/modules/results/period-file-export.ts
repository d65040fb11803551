import {
  adjustments,
  clusters,
  type Database,
  entries,
  type Entry,
  type EntryStage,
  meetings,
  periods,
  quotas,
  type Transaction,
  votes,
} from '@thidua/db';
import { type LeafRef, PERIOD_FORMAT } from '@thidua/engine';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { ownerOf, type ScoringContext } from '../scoring-shared/context';
import { type FactCell, factsObject, loadEffectiveFacts } from '../scoring-shared/effective-facts';
import { toNumber } from '../scoring-shared/values';

// Builds the `thidua/period@1` document (SPEC §8) of a cluster from what is stored, so the API's
// results are `evaluatePeriod` of this very document — the same numbers as `npx thidua score` on it.

/** A `thidua/period@1` document as built from the database (validated by the engine when scored). */
export interface PeriodFile {
  format: typeof PERIOD_FORMAT;
  name: string;
  year: number;
  ruleset: unknown;
  units: { id: string; name: string; facts?: Record<string, string | number | boolean> }[];
  entries: Record<string, string | number | boolean>[];
  adjustments: (
    { unit: string; code: string; points: number } | { unit: string; code: string; count: number }
  )[];
  quotas?: Record<string, number>;
  votes?: { award: string; unit: string; votes: number }[];
}

/**
 * The stored document of the context's cluster and revision: the revision's ruleset; the member units
 * in code order with their facts (typed, derived from records, or overridden: `effective-facts.ts`); per cell the best available layer (agreed, else the layer of the
 * leaf's owner — standing office or focal department — else the other of the two, else self); the
 * adjustments; the cluster's quotas; the tie-break votes (per award, those of the latest meeting that
 * voted on it).
 */
export async function buildPeriodFile(
  db: Database | Transaction,
  context: ScoringContext,
  /** The day facts derived from due dates are decided on (default: today in Vietnam). */
  today?: string,
): Promise<PeriodFile> {
  const { access, version, index } = context;
  const [cluster] = await db.select().from(clusters).where(eq(clusters.id, access.clusterId)).limit(1);
  const [period] = await db.select().from(periods).where(eq(periods.id, access.periodId)).limit(1);
  const members = await loadClusterUnits(db, access.clusterId);
  const unitIds = members.map((u) => u.id);
  const codeOf = new Map(members.map((u) => [u.id, u.code] as const));

  const [stored, adjustmentRows, factCells, quotaRows, voteRows] = unitIds.length
    ? await Promise.all([
        db
          .select()
          .from(entries)
          .where(and(eq(entries.criteriaVersionId, version.id), inArray(entries.unitId, unitIds))),
        db
          .select()
          .from(adjustments)
          .where(and(eq(adjustments.criteriaVersionId, version.id), inArray(adjustments.unitId, unitIds)))
          .orderBy(asc(adjustments.createdAt), asc(adjustments.id)),
        // Typed facts, facts derived from records (registration, pact, reports, staff counts) and overrides.
        loadEffectiveFacts(db, period!, unitIds, today),
        db.select().from(quotas).where(eq(quotas.clusterId, access.clusterId)).orderBy(asc(quotas.awardCode)),
        db
          .select({ vote: votes, heldOn: meetings.heldOn, meetingCreatedAt: meetings.createdAt })
          .from(votes)
          .innerJoin(meetings, eq(meetings.id, votes.meetingId))
          .where(and(eq(meetings.clusterId, access.clusterId), eq(votes.purpose, 'tieBreak')))
          .orderBy(asc(meetings.heldOn), asc(meetings.createdAt), asc(meetings.id)),
      ])
    : [[], [], new Map<string, Map<string, FactCell>>(), [], []];

  const best = bestEntries(context, stored);
  const unitOrder = new Map(members.map((u, i) => [u.id, i] as const));
  const byUnit = <T extends { unitId: string }>(rows: T[]) =>
    rows
      .filter((r) => unitOrder.has(r.unitId))
      .sort((a, b) => unitOrder.get(a.unitId)! - unitOrder.get(b.unitId)!);

  const file: PeriodFile = {
    format: PERIOD_FORMAT,
    name: `${cluster!.name} — ${period!.name}`,
    year: period!.year,
    ruleset: version.ruleset,
    units: members.map((u) => {
      const facts = factsObject(factCells.get(u.id));
      return Object.keys(facts).length ? { id: u.code, name: u.name, facts } : { id: u.code, name: u.name };
    }),
    entries: members.flatMap((u) =>
      index.leaves.flatMap((leaf) => {
        const entry = best.get(`${u.id}\u0000${leaf.criterion.code}`);
        return entry ? [entryOf(u.code, leaf, entry)] : [];
      }),
    ),
    adjustments: byUnit(adjustmentRows).map((a) =>
      a.kind === 'bonus'
        ? { unit: codeOf.get(a.unitId)!, code: a.itemCode, points: toNumber(a.points)! }
        : { unit: codeOf.get(a.unitId)!, code: a.itemCode, count: a.count! },
    ),
  };
  if (quotaRows.length) file.quotas = Object.fromEntries(quotaRows.map((q) => [q.awardCode, q.quota]));
  const latestVotes = latestPerAward(voteRows.map((r) => r.vote));
  if (latestVotes.length) {
    file.votes = byUnit(latestVotes).map((v) => ({
      award: v.awardCode!,
      unit: codeOf.get(v.unitId)!,
      votes: v.votes,
    }));
  }
  return file;
}

/** Per award, the votes of the last meeting (rows come ordered by meeting) that voted on it. */
function latestPerAward<T extends { meetingId: string; awardCode: string | null }>(rows: T[]): T[] {
  const lastMeeting = new Map<string, string>();
  for (const row of rows) lastMeeting.set(row.awardCode ?? '', row.meetingId);
  return rows.filter((row) => lastMeeting.get(row.awardCode ?? '') === row.meetingId);
}

/** The layer scoring uses per cell: agreed, then the owner's layer, then the other reviewer's, then self. */
function bestEntries(context: ScoringContext, stored: Entry[]): Map<string, Entry> {
  const rank = (entry: Entry): number => {
    const order: EntryStage[] =
      ownerOf(context, entry.criterionCode).owner === 'standingOffice'
        ? ['agreed', 'standingOffice', 'focal', 'self']
        : ['agreed', 'focal', 'standingOffice', 'self'];
    return order.indexOf(entry.stage);
  };
  const best = new Map<string, Entry>();
  for (const entry of stored) {
    const key = `${entry.unitId}\u0000${entry.criterionCode}`;
    const current = best.get(key);
    if (!current || rank(entry) < rank(current)) best.set(key, entry);
  }
  return best;
}

/** An entry as SPEC §8 writes it: the value fields of the leaf's kind only. */
export function entryOf(
  unit: string,
  leaf: LeafRef,
  entry: Entry,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = { unit, criterion: leaf.criterion.code };
  const put = (key: string, value: string | number | boolean | null) => {
    if (value !== null) out[key] = value;
  };
  switch (leaf.criterion.kind ?? 'qualitative') {
    case 'quantitative':
      put('plan', toNumber(entry.plan));
      put('actual', toNumber(entry.actual));
      break;
    case 'qualitative':
      put('points', toNumber(entry.points));
      break;
    case 'bands':
      put('value', toNumber(entry.value));
      break;
    case 'rating':
      put('rating', entry.rating);
      break;
    case 'yesno':
      put('done', entry.done);
      break;
  }
  return out;
}
