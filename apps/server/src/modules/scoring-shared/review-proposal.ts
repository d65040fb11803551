import { type Database, entries, type Entry, type EntryStage, type Transaction } from '@thidua/db';
import { dec } from '@thidua/engine';
import { and, eq, ne } from 'drizzle-orm';
import { type EntryValues, storedEntryValues } from './values';

// What the reviewer is shown to agree with (SPEC §4.7): the best layer below the review — the focal
// department's score, else the standing office's, else the unit's own. Pure helpers plus one read.

/** The layers a proposal can come from, best first. */
export const PROPOSAL_LAYERS = ['focal', 'standingOffice', 'self'] as const satisfies readonly EntryStage[];
export type ProposalLayer = (typeof PROPOSAL_LAYERS)[number];

/** The stored layers of one cell, by layer. */
export type CellLayers = Partial<Record<EntryStage, Entry>>;

/** The best lower layer of a cell that holds a value, or null when nobody below the review scored it. */
export function proposalOf(layers: CellLayers): (Entry & { stage: ProposalLayer }) | null {
  for (const layer of PROPOSAL_LAYERS) {
    const entry = layers[layer];
    if (entry && hasValue(entry)) return { ...entry, stage: layer };
  }
  return null;
}

const NUMERIC_FIELDS = ['plan', 'actual', 'points', 'value'] as const;

/** Whether a stored layer carries any value (a layer holding only a note proposes nothing). */
function hasValue(entry: Entry): boolean {
  return NUMERIC_FIELDS.some((f) => entry[f] !== null) || entry.rating !== null || entry.done !== null;
}

/** The value fields of a stored row, as compared: decimal texts, rating, done. */
type StoredValues = Pick<Entry, 'plan' | 'actual' | 'points' | 'value' | 'rating' | 'done'>;

/** Stored decimal texts compare by value (`82.00` is `82`); absent equals absent. */
function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return dec(a).eq(dec(b));
}

/** Whether two layers hold the same value (every value field equal). */
export function sameStoredValues(a: StoredValues, b: StoredValues): boolean {
  return (
    NUMERIC_FIELDS.every((f) => sameDecimal(a[f], b[f])) &&
    (a.rating ?? null) === (b.rating ?? null) &&
    (a.done ?? null) === (b.done ?? null)
  );
}

/** Whether the values of a request equal a stored layer's. */
export function sameAsStored(values: EntryValues, stored: StoredValues): boolean {
  return sameStoredValues(storedEntryValues(values), stored);
}

/** The stored layers below the review of one cell (read inside the write's transaction, shared lock). */
export async function loadLowerLayers(
  tx: Database | Transaction,
  cell: { criteriaVersionId: string; unitId: string; criterionCode: string },
): Promise<CellLayers> {
  const rows = await tx
    .select()
    .from(entries)
    .where(
      and(
        eq(entries.criteriaVersionId, cell.criteriaVersionId),
        eq(entries.unitId, cell.unitId),
        eq(entries.criterionCode, cell.criterionCode),
        ne(entries.stage, 'agreed'),
      ),
    )
    .for('share');
  return Object.fromEntries(rows.map((r) => [r.stage, r]));
}
