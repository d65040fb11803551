import type { Session } from '../api/types';

/** The unit ids the user works for in a council. */
export function myUnits(session: Session, councilId: string | undefined): Set<string> {
  return new Set(
    session.memberships.flatMap((m) => (m.councilId === councilId && m.unitId ? [m.unitId] : [])),
  );
}

export { defaultPeriod } from '../app/default-period';
