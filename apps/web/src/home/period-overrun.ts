import { PERIOD_STAGES, type PeriodStage, STAGE_NAMES } from '@thidua/vocabulary';

/** A period still running past its end date, and the step the standing office should take. */
export interface PeriodOverrun {
  endsOn: string;
  daysPast: number;
  stageName: string;
  nextStageName: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today in Việt Nam (`2026-12-07`): the end date is a local date. */
export function vietnamToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/**
 * Whether a period has ended (its end date is before `today`) while it still stands before review:
 * scoring is over, so the next stage is due. Review, the meetings and the decision rightly come after
 * the end date, so from review on there is nothing to warn about.
 */
export function periodOverrun(
  period: { endsOn: string; stage: string; archivedAt: string | null },
  today: string,
): PeriodOverrun | null {
  const stage = period.stage as PeriodStage;
  const at = PERIOD_STAGES.indexOf(stage);
  if (period.archivedAt || at < 0 || at >= PERIOD_STAGES.indexOf('review') || period.endsOn >= today)
    return null;
  const next = PERIOD_STAGES[at + 1]!;
  return {
    endsOn: period.endsOn,
    daysPast: Math.round((Date.parse(today) - Date.parse(period.endsOn)) / DAY_MS),
    stageName: STAGE_NAMES[stage],
    nextStageName: STAGE_NAMES[next],
  };
}

/**
 * The running periods past their end on `today`, whichever period the home page shows: the standing
 * office must hear of the school year while it reads the calendar year.
 */
export function overrunPeriods<P extends { endsOn: string; stage: string; archivedAt: string | null }>(
  periods: readonly P[],
  today: string,
): P[] {
  return periods.filter((p) => periodOverrun(p, today) !== null);
}
