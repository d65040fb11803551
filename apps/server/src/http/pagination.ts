import type { Database, Transaction } from '@thidua/db';
import { count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';

/** `?page=1&pageSize=50` on every list; pageSize at most 500. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export function offsetOf(query: PageQuery): number {
  return (query.page - 1) * query.pageSize;
}

/** One page of a list as the API returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
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
