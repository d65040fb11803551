import { type Database, type Transaction, units } from '@thidua/db';
import { eq, inArray, type SQL } from 'drizzle-orm';

type Db = Database | Transaction;

async function namesWhere(db: Db, where: SQL): Promise<Map<string, string>> {
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(where);
  return new Map(rows.map((r) => [r.id, r.name] as const));
}

/** The names of these units by id (none asked, none read). */
export async function unitNamesById(db: Db, ids: string[]): Promise<Map<string, string>> {
  return ids.length === 0 ? new Map() : namesWhere(db, inArray(units.id, ids));
}

/** The names of every unit of a council by id, for lists that name units by their id. */
export function councilUnitNames(db: Db, councilId: string): Promise<Map<string, string>> {
  return namesWhere(db, eq(units.councilId, councilId));
}
