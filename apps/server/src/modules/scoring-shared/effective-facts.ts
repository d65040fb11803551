import { type Database, type Transaction, type UnitFact, unitFacts } from '@thidua/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type DerivedFact, loadDerivedFacts } from './derived-facts';
import { isDerivedFact } from './fact-catalogue';

// The facts the engine reads, one place for results, the period file and the facts screen: typed facts,
// facts derived from records, and the standing office's reasoned overrides of derived ones.

type Db = Database | Transaction;
export type FactValue = string | number | boolean;

/**
 * How a unit's fact stands: `typed` by the standing office; `derived` from a record (value null while
 * the records do not decide it); `override` — a derived fact the standing office set otherwise, with a
 * reason.
 */
export interface FactCell {
  name: string;
  value: FactValue | null;
  origin: 'typed' | 'derived' | 'override';
  /** The stored row (typed or override), for its version, note and author. */
  stored?: UnitFact;
  /** What the records say (also kept under an override, so both are shown). */
  derived?: DerivedFact;
}

/** Every fact of `unitIds` in the period, by unit then name. */
export async function loadEffectiveFacts(
  db: Db,
  period: { id: string; stage: string },
  unitIds: string[],
  today?: string,
): Promise<Map<string, Map<string, FactCell>>> {
  const out = new Map<string, Map<string, FactCell>>(unitIds.map((id) => [id, new Map()]));
  if (unitIds.length === 0) return out;
  const [rows, derived] = await Promise.all([
    db
      .select()
      .from(unitFacts)
      .where(and(eq(unitFacts.periodId, period.id), inArray(unitFacts.unitId, unitIds)))
      .orderBy(asc(unitFacts.name)),
    loadDerivedFacts(db, period, unitIds, today),
  ]);
  for (const unitId of unitIds) {
    const cells = out.get(unitId)!;
    const fromRecords = derived.get(unitId)!;
    for (const [name, fact] of fromRecords) {
      cells.set(name, { name, value: fact.value, origin: 'derived', derived: fact });
    }
    for (const row of rows.filter((r) => r.unitId === unitId)) {
      const fact = isDerivedFact(row.name) ? fromRecords.get(row.name) : undefined;
      if (row.overrideReason !== null) {
        cells.set(row.name, {
          name: row.name,
          value: row.value,
          origin: 'override',
          stored: row,
          derived: fact,
        });
      } else if (!fact || fact.value === null) {
        // A typed fact, or a derived one the records do not decide (reportsSubmitted without report
        // tasks in the work plan; a fact typed before it was derived). Once the records decide, they win.
        cells.set(row.name, {
          name: row.name,
          value: row.value,
          origin: 'typed',
          stored: row,
          derived: fact,
        });
      }
    }
  }
  return out;
}

/** The facts object of the period file: every decided value, in name order. */
export function factsObject(cells: Map<string, FactCell> | undefined): Record<string, FactValue> {
  const out: Record<string, FactValue> = {};
  for (const cell of [...(cells?.values() ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (cell.value !== null) out[cell.name] = cell.value;
  }
  return out;
}
