import dayjs from 'dayjs';

/** What choosing a period needs to know of one. */
export interface PeriodSpan {
  startsOn: string;
  endsOn: string;
  archivedAt: string | null;
}

/**
 * The period a screen opens on when the address names none — the one an officer is working in today:
 * a period not archived whose span holds `today`; else the latest that has started (last year's, even
 * archived, is what one looks at before this year's is set up); else the earliest to come. Among several, the one that started last wins
 * (this year's calendar period over a school year begun the autumn before), the first listed on a tie.
 * A period planned for years ahead never hides this year's.
 */
export function defaultPeriod<P extends PeriodSpan>(
  periods: readonly P[],
  today: string = dayjs().format('YYYY-MM-DD'),
): P | undefined {
  const started = periods.filter((p) => p.startsOn <= today);
  const running = started.filter((p) => !p.archivedAt && today <= p.endsOn);
  const latest = (list: readonly P[]) =>
    list.reduce<P | undefined>((a, p) => (!a || p.startsOn > a.startsOn ? p : a), undefined);
  const earliest = (list: readonly P[]) =>
    list.reduce<P | undefined>((a, p) => (!a || p.startsOn < a.startsOn ? p : a), undefined);
  return latest(running) ?? latest(started) ?? earliest(periods);
}
