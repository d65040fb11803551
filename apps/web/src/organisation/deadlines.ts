// Pure helpers of the organisation screens: how a deadline's state and scope are said, which period
// to copy clusters from, and the seats a leadership form sends.
import type { UnitType } from '../api/types';
import { vi } from '../i18n/vi';
import { STAGE_NAMES, t } from './texts';
import type { Cluster, DueItem, Period, SeatInput } from './types';

/** "Quá hạn 5 ngày", "Hạn là hôm nay", "Còn 3 ngày", or null once the stage is done (judged by the server). */
export function deadlineState(item: Pick<DueItem, 'status' | 'late' | 'daysLeft'>): string | null {
  if (item.status === 'done') return null;
  if (item.late) return t.late(-item.daysLeft);
  if (item.daysLeft === 0) return t.dueToday;
  return t.daysLeft(item.daysLeft);
}

/** Whom a deadline applies to: the whole period, a unit type, a cluster, or both. */
export function deadlineScope(
  item: { clusterId: string | null; unitType: UnitType | null },
  clusters: readonly Pick<Cluster, 'id' | 'name'>[],
): string {
  const parts: string[] = [];
  if (item.clusterId) parts.push(clusters.find((c) => c.id === item.clusterId)?.name ?? t.scopeCluster);
  if (item.unitType) parts.push(vi.unitTypes[item.unitType]);
  return parts.length > 0 ? parts.join(' — ') : t.scopeAll;
}

/** The period to copy clusters from: the latest earlier one of the same calendar. */
export function defaultCopySource(periods: readonly Period[], target: Period): Period | undefined {
  return periods
    .filter((p) => p.id !== target.id && p.calendar === target.calendar && p.year < target.year)
    .sort((a, b) => b.year - a.year)[0];
}

/** The stage a forward step leads to, as the button says it. */
export function stageName(stage: Period['stage']): string {
  return STAGE_NAMES[stage];
}

/** The seats of a leadership form: one leader, deputies ranked 1 and 2 in the order chosen. */
export function seatsOf(leader: string, deputies: (string | null | undefined)[]): SeatInput[] {
  const chosen = deputies.filter((d): d is string => Boolean(d));
  return [
    { unitId: leader, role: 'leader' },
    ...chosen.map((unitId, i) => ({ unitId, role: 'deputy' as const, deputyRank: i + 1 })),
  ];
}

/** `{ leader, deputy1, deputy2 }` of a cluster, for the leadership form. */
export function leadershipOf(cluster: Pick<Cluster, 'members'>): {
  leader?: string;
  deputy1?: string;
  deputy2?: string;
} {
  const deputies = cluster.members
    .filter((m) => m.seat === 'deputy')
    .sort((a, b) => (a.deputyRank ?? 0) - (b.deputyRank ?? 0));
  return {
    leader: cluster.members.find((m) => m.seat === 'leader')?.unitId,
    deputy1: deputies[0]?.unitId,
    deputy2: deputies[1]?.unitId,
  };
}

/**
 * The period shown first: the latest one that has begun and is not archived (a period set up for a
 * later year waits its turn), else the latest that has begun, else the first listed.
 */
export function latestOpenPeriod(periods: readonly Period[], today: string): Period | undefined {
  const begun = [...periods]
    .filter((p) => p.startsOn <= today)
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return begun.find((p) => p.stage !== 'archived') ?? begun[0] ?? periods[0];
}
