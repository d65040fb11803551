/** The largest page a list answers (http/pagination.ts). */
const PAGE_SIZE = 500;

/**
 * Every item of a paged list, read page by page through the list's own service, so an export holds
 * exactly the rows the screen's list holds (same filter, order, names and access rule).
 */
export async function allPages<T>(
  list: (query: { page: number; pageSize: number }) => Promise<{ items: T[]; total: number }>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await list({ page, pageSize: PAGE_SIZE });
    items.push(...result.items);
    if (result.items.length < PAGE_SIZE || items.length >= result.total) return items;
  }
}

/** A stored calendar day (`2026-03-05`) as a spreadsheet date (the day at midnight, no time zone). */
export function calendarDay(day: string | null): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}
