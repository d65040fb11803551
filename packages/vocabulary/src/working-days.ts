/**
 * Working days in Vietnam (ngày làm việc), for periods counted in working days such as the public
 * posting of Nghị định 152/2025/NĐ-CP Art. 44. A day is not a working day when it is a Saturday, a
 * Sunday, or a public holiday of Bộ luật Lao động 2019 Art. 112: 1/1; Tết Nguyên đán (5 days, taken here
 * as the last day of the lunar year and mùng 1–4); Giỗ Tổ Hùng Vương (10/3 âm lịch); 30/4; 1/5; 2/9 and
 * the day before it (1/9). Compensatory days (nghỉ bù) and the Prime Minister's yearly swaps are not
 * modelled: a posting that ends on such a day is one day longer than the law asks, never shorter.
 * Pure (no clock, no I/O), safe for the browser; dates are local ISO dates (YYYY-MM-DD).
 */

/**
 * Per year: YYYY, mùng 1 Tết (MMDD), then 10/3 âm lịch (MMDD), computed with Hồ Ngọc Đức's Vietnamese
 * lunar calendar algorithm (https://www.informatik.uni-leipzig.de/~duc/amlich/, time zone UTC+7; it gives
 * 6/2/2027 where the Chinese calendar gives 7/2) and checked against the published dates 2020–2026.
 * Years outside 2020–2100 count only the fixed-date holidays.
 */
const LUNAR_TABLE: readonly string[] = [
  '202001250402 202102120421 202202010410 202301220429 202402100418 202501290407 202602170426 202702060416',
  '202801260404 202902130423 203002020412 203101230401 203202110419 203301310409 203402190428 203502080417',
  '203601280406 203702150424 203802040413 203901240403 204002120420 204102010410 204201220429 204302100419',
  '204401300407 204502170426 204602060415 204701260404 204802140422 204902020411 205001230401 205102110420',
  '205202010409 205302180428 205402080417 205501280406 205602150424 205702040413 205801240402 205902120421',
  '206002020410 206101210331 206202090419 206301290408 206402170426 206502050415 206601260404 206702140423',
  '206802030411 206901230401 207002110420 207101310409 207202190427 207302070416 207401270405 207502150424',
  '207602050413 207701240402 207802120421 207902020411 208001220330 208102090418 208201290407 208302170426',
  '208402060414 208501260403 208602140422 208702030412 208801240401 208902100420 209001300409 209102180428',
  '209202070416 209301270405 209402150424 209502050413 209601250402 209702120421 209802010411 209901210429',
  '210002090418',
];

const LUNAR = new Map(
  LUNAR_TABLE.join(' ')
    .split(' ')
    .map((r) => [Number(r.slice(0, 4)), r.slice(4)]),
);

const DAY_MS = 86_400_000;
const toUtc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Adds `days` calendar days to an ISO date. */
export function addCalendarDays(iso: string, days: number): string {
  return toIso(toUtc(iso) + days * DAY_MS);
}

/** The public holidays (Labour Code Art. 112) of a year, as ISO dates, sorted. */
export function publicHolidays(year: number): string[] {
  const y = String(year).padStart(4, '0');
  const days = [`${y}-01-01`, `${y}-04-30`, `${y}-05-01`, `${y}-09-01`, `${y}-09-02`];
  const lunar = LUNAR.get(year);
  if (lunar) {
    const tet = `${y}-${lunar.slice(0, 2)}-${lunar.slice(2, 4)}`;
    for (let d = -1; d <= 3; d++) days.push(addCalendarDays(tet, d));
    days.push(`${y}-${lunar.slice(4, 6)}-${lunar.slice(6, 8)}`);
  }
  return [...new Set(days)].sort();
}

const holidayCache = new Map<number, Set<string>>();
function holidaysOf(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(publicHolidays(year));
    holidayCache.set(year, set);
  }
  return set;
}

/** Whether an ISO date is a working day: not a weekend, not a public holiday. */
export function isWorkingDay(iso: string): boolean {
  const weekday = new Date(toUtc(iso)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(Number(iso.slice(0, 4))).has(iso);
}

/** The working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function countWorkingDays(from: string, to: string): number {
  let count = 0;
  for (let ms = toUtc(from), end = toUtc(to); ms <= end; ms += DAY_MS) {
    if (isWorkingDay(toIso(ms))) count += 1;
  }
  return count;
}

/**
 * The day on which a period starting on `from` reaches `n` working days (n ≥ 1), `from` counted when
 * it is a working day: the earliest end of a posting of n working days.
 */
export function nthWorkingDay(from: string, n: number): string {
  let ms = toUtc(from);
  for (let seen = 0; ; ms += DAY_MS) {
    if (isWorkingDay(toIso(ms))) seen += 1;
    if (seen >= n) return toIso(ms);
  }
}

/** Nghị định 152/2025/NĐ-CP Art. 44: the shortest public posting, in working days. */
export const POSTING_MIN_WORKING_DAYS = 10;
