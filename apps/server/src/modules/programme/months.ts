import { PROGRAMME_SESSION_STATUSES, type ProgrammeSession, type ProgrammeSessionStatus } from '@thidua/db';

// Pure helpers of the council's work programme: how a month is printed, where it lies against the
// period, and the by-month summary the programme is read by.

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "Tháng 01/2024", as the programme's time column prints it. */
export function monthLabel(year: number, month: number): string {
  return `Tháng ${pad2(month)}/${year}`;
}

/** `YYYY-MM`, comparable as a string with the first seven characters of a `YYYY-MM-DD`. */
export function monthKey(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** Whether any day of the month lies within the period (`startsOn`..`endsOn`, both included). */
export function monthInSpan(year: number, month: number, startsOn: string, endsOn: string): boolean {
  const key = monthKey(year, month);
  return key >= startsOn.slice(0, 7) && key <= endsOn.slice(0, 7);
}

/** Whether a local date `YYYY-MM-DD` falls in the month. */
export function dateInMonth(date: string, year: number, month: number): boolean {
  return date.slice(0, 7) === monthKey(year, month);
}

/** `dd/mm/yyyy`, the Vietnamese way. */
export function vnDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** The agenda's non-empty lines, without a leading list mark ("- ", "+ ", "• "). */
export function agendaItems(agenda: string): string[] {
  return agenda
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-+•*]\s*/, '').trim())
    .filter((line) => line.length > 0);
}

export interface MonthSummary extends Record<ProgrammeSessionStatus, number> {
  year: number;
  month: number;
  label: string;
  sessions: number;
}

/** One row per month that has a session, in the sessions' order (they come sorted by month). */
export function summariseMonths(
  sessions: Pick<ProgrammeSession, 'year' | 'month' | 'status'>[],
): MonthSummary[] {
  const byMonth = new Map<string, MonthSummary>();
  for (const s of sessions) {
    const key = monthKey(s.year, s.month);
    let row = byMonth.get(key);
    if (!row) {
      const counts = Object.fromEntries(PROGRAMME_SESSION_STATUSES.map((status) => [status, 0])) as Record<
        ProgrammeSessionStatus,
        number
      >;
      row = { year: s.year, month: s.month, label: monthLabel(s.year, s.month), sessions: 0, ...counts };
      byMonth.set(key, row);
    }
    row.sessions += 1;
    row[s.status] += 1;
  }
  return [...byMonth.values()];
}
