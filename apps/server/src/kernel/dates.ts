import type { Calendar } from '@thidua/db';

/** Deadlines are local dates of Vietnam, whatever time zone the server runs in. */
export const LOCAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const localFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: LOCAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam as `YYYY-MM-DD` (at 23:30 UTC it is already tomorrow there). */
export function localToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(localFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Adds whole years to a `YYYY-MM-DD` (29/2 becomes 28/2 in a common year). */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  return isoDate(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}

/** A period's default span: 1/1–31/12 of the year, or 1/9 of the year to 31/8 of the next (school year). */
export function defaultPeriodSpan(year: number, calendar: Calendar): { startsOn: string; endsOn: string } {
  return calendar === 'calendarYear'
    ? { startsOn: isoDate(year, 1, 1), endsOn: isoDate(year, 12, 31) }
    : { startsOn: isoDate(year, 9, 1), endsOn: isoDate(year + 1, 8, 31) };
}

/**
 * The date of a profile's day-of-year deadline in a period. A school year's September–December fall in
 * its first year, January–August in the next. A deadline on the last day of its month in a common year
 * ("trong tháng 02", stored as 28/2) means the month's last day, so it is 29/2 in a leap year, as the
 * documents say.
 */
export function profileDeadlineDate(year: number, calendar: Calendar, month: number, day: number): string {
  const actualYear = calendar === 'schoolYear' && month < 9 ? year + 1 : year;
  const last = daysInMonth(actualYear, month);
  const lastInCommonYear = daysInMonth(2001, month);
  return isoDate(actualYear, month, day >= lastInCommonYear ? last : Math.min(day, last));
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`, as dates are written in Vietnamese messages. */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
