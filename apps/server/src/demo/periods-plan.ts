import type { Calendar, PeriodStage } from '@thidua/db';
import type { FrameworkKey } from './data/province';

/**
 * The demo's "this year", mid-way: the year of the day the demo is first seeded (at least 2025, after
 * the 1/7/2025 reform), so a new installation shows the present, with last year archived.
 */
export const CURRENT_YEAR = Math.max(2025, new Date().getFullYear());

/** Last year is complete and archived; this year is mid-way (SPEC §4). */
export type Edition = 'last' | 'current';

/** The dated steps of one period, as 'YYYY-MM-DD'. */
export interface PeriodDates {
  frameworkIssued: string;
  criteriaIssued: string;
  launch: string;
  registered: string;
  midYear: string;
  selfScored: string;
  reviewed: string;
  preparatory: string;
  summary: string;
  decision: string;
  archived: string;
}

export interface PeriodPlan {
  edition: Edition;
  calendar: Calendar;
  year: number;
  name: string;
  startsOn: string;
  endsOn: string;
  stage: PeriodStage;
  frameworks: FrameworkKey[];
  /** The profile whose default deadlines the period takes. */
  deadlineProfile: string;
  dates: PeriodDates;
}

const calendarDates = (y: number, edition: Edition): PeriodDates => ({
  frameworkIssued: `${CURRENT_YEAR - 1}-01-15`,
  criteriaIssued: `${y}-03-05`,
  // Units register (16–21/03), the pact text is agreed (23/03), all sign at the launch conference.
  launch: `${y}-03-30`,
  registered: `${y}-03-16`,
  midYear: `${y}-07-18`,
  selfScored: edition === 'last' ? `${y}-11-25` : `${y}-10-15`,
  reviewed: `${y}-12-05`,
  preparatory: `${y}-12-09`,
  summary: `${y}-12-17`,
  decision: `${y + 1}-01-20`,
  archived: `${y + 1}-02-10`,
});

const schoolDates = (y: number, edition: Edition): PeriodDates => ({
  frameworkIssued: `${CURRENT_YEAR - 2}-08-25`,
  criteriaIssued: `${y}-09-20`,
  launch: `${y}-10-06`,
  registered: `${y}-09-23`,
  midYear: `${y + 1}-01-17`,
  selfScored: edition === 'last' ? `${y + 1}-05-10` : `${y + 1}-05-06`,
  reviewed: `${y + 1}-05-16`,
  preparatory: `${y + 1}-05-20`,
  summary: `${y + 1}-05-28`,
  decision: `${y + 1}-07-15`,
  archived: `${y + 1}-08-20`,
});

function calendarPeriod(edition: Edition): PeriodPlan {
  const year = edition === 'last' ? CURRENT_YEAR - 1 : CURRENT_YEAR;
  return {
    edition,
    calendar: 'calendarYear',
    year,
    name: `Năm ${year}`,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    stage: edition === 'last' ? 'archived' : 'results',
    frameworks: ['localities', 'departments'],
    deadlineProfile: 'bac-giang-2022-huyen-thanh-pho',
    dates: calendarDates(year, edition),
  };
}

function schoolPeriod(edition: Edition): PeriodPlan {
  // The school year that ends in the calendar year: 2023–2024 archived, 2024–2025 mid-way.
  const year = edition === 'last' ? CURRENT_YEAR - 2 : CURRENT_YEAR - 1;
  return {
    edition,
    calendar: 'schoolYear',
    year,
    name: `Năm học ${year} - ${year + 1}`,
    startsOn: `${year}-09-01`,
    endsOn: `${year + 1}-08-31`,
    stage: edition === 'last' ? 'archived' : 'results',
    frameworks: ['schools'],
    deadlineProfile: 'ba-dinh-2022-truong-hoc',
    dates: schoolDates(year, edition),
  };
}

/** Oldest first, so history is written in the order it happened. */
export const PERIOD_PLANS: PeriodPlan[] = [
  schoolPeriod('last'),
  calendarPeriod('last'),
  schoolPeriod('current'),
  calendarPeriod('current'),
];

/** A local date as an instant at 09:00 in Hà Nội, for timestamps of things done that day. */
export function at(localDate: string, hour = 9): Date {
  return new Date(`${localDate}T${String(hour).padStart(2, '0')}:00:00+07:00`);
}

/** A date a few days later, as 'YYYY-MM-DD'. */
export function addDays(localDate: string, days: number): string {
  const d = new Date(`${localDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
