import type { Adjustment, Entry, FactValue, Period, Ruleset, Vote } from '@thidua/engine';
import type { AdjustmentDraft } from './generate-adjustments';
import type { EntryDraft } from './generate-results';

export interface DocumentUnit {
  code: string;
  name: string;
  facts: Record<string, FactValue>;
}

export interface PeriodDocumentInput {
  name: string;
  year: number;
  ruleset: Ruleset;
  units: DocumentUnit[];
  /** The agreed entries: the values the ranking uses. */
  entries: EntryDraft[];
  adjustments: AdjustmentDraft[];
  quotas: Record<string, number>;
  votes: Vote[];
}

/**
 * One cluster's year as a `thidua/period@1` document (SPEC §8), built from exactly what the seed
 * stores, so the awards it proposes are the engine's and nobody else's.
 */
export function buildPeriodDocument(input: PeriodDocumentInput): Period {
  return {
    format: 'thidua/period@1',
    name: input.name,
    year: input.year,
    ruleset: input.ruleset,
    units: input.units.map((u) => ({ id: u.code, name: u.name, facts: u.facts })),
    entries: input.entries.map(toEntry),
    adjustments: input.adjustments.map((a): Adjustment =>
      a.kind === 'bonus'
        ? { unit: a.unit, code: a.itemCode, points: a.points! }
        : { unit: a.unit, code: a.itemCode, count: a.count! },
    ),
    quotas: input.quotas,
    votes: input.votes,
  };
}

function toEntry(e: EntryDraft): Entry {
  const entry: Entry = { unit: e.unit, criterion: e.criterion };
  if (e.plan !== undefined) entry.plan = e.plan;
  if (e.actual !== undefined) entry.actual = e.actual;
  if (e.points !== undefined) entry.points = e.points;
  if (e.value !== undefined) entry.value = e.value;
  if (e.rating !== undefined) entry.rating = e.rating;
  if (e.done !== undefined) entry.done = e.done;
  return entry;
}
