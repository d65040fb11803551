import type { Session } from '../api/types';
import type { Period } from '../ranking/types';

/** The unit ids the user works for in a council. */
export function myUnits(session: Session, councilId: string | undefined): Set<string> {
  return new Set(
    session.memberships.flatMap((m) => (m.councilId === councilId && m.unitId ? [m.unitId] : [])),
  );
}

/**
 * The period shown first: the latest one still running (not archived), else the latest; the cluster shown
 * first: the one the user's unit belongs to, else the first.
 */
export function defaultPeriod(periods: Period[]): Period | undefined {
  const running = periods.filter((p) => !p.archivedAt);
  const pool = running.length > 0 ? running : periods;
  return pool.reduce<Period | undefined>((a, p) => (!a || p.startsOn > a.startsOn ? p : a), undefined);
}
