import type { DueItem } from './api';

/**
 * What is still ahead or late: a deadline whose stage is finished on time is no longer the user's
 * business. Late ones first, then by date; the server decides what is late and how many days are left.
 */
export function openDeadlines(items: DueItem[]): DueItem[] {
  return items
    .filter((item) => item.late || item.status !== 'done')
    .sort((a, b) => Number(b.late) - Number(a.late) || a.dueOn.localeCompare(b.dueOn));
}

/** The cluster of a period whose members include one of the user's units. */
export function clusterOfMine<T extends { members: { unitId: string }[] }>(
  clusters: T[],
  unitIds: ReadonlySet<string>,
): T | undefined {
  return clusters.find((c) => c.members.some((m) => unitIds.has(m.unitId)));
}
