import type { Page, PageQuery } from '@thidua/contracts/primitives';
import type { Database, Transaction } from '@thidua/db';
import { count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

// The page of every list is part of the contract (@thidua/contracts); the queries are the server's.
export { pageOf, pageQuery, type Page, type PageQuery } from '@thidua/contracts/primitives';

export function offsetOf(query: PageQuery): number {
  return (query.page - 1) * query.pageSize;
}

/**
 * The page `query` asks for of `table`'s rows matching `where`, in `order`, each presented; and the
 * count of all the matching rows.
 */
export async function selectPage<T extends PgTable, Item>(
  db: Database | Transaction,
  table: T,
  where: SQL | undefined,
  order: (SQL | PgColumn)[],
  query: PageQuery,
  present: (row: T['$inferSelect']) => Item,
): Promise<Page<Item>> {
  const from = table as PgTable;
  const rows = db
    .select()
    .from(from)
    .where(where)
    .orderBy(...order)
    .limit(query.pageSize)
    .offset(offsetOf(query)) as Promise<T['$inferSelect'][]>;
  return pageFrom(query, rows, db.select({ n: count() }).from(from).where(where), present);
}

/** A page from its rows (already limited to the page) and the count of all the matching rows. */
export async function pageFrom<Row, Item>(
  query: PageQuery,
  rows: PromiseLike<Row[]>,
  counted: PromiseLike<{ n: number }[]>,
  present: (row: Row) => Item,
): Promise<Page<Item>> {
  const [list, [total]] = await Promise.all([rows, counted]);
  return { items: list.map(present), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
