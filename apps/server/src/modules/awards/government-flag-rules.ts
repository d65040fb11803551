/**
 * The Government's emulation flag under Nghị định 152/2025/NĐ-CP (SPEC §7): who may be nominated, how
 * many, the council's vote and the dossier deadline. Pure functions; government-flag.ts applies them.
 */

/** Art. 7.1: at most 20 % of the collectives leading their cluster or block. */
export const NOMINEE_SHARE_PERCENT = 20;
/** Art. 33.5: the council's vote must reach 80 % of all its members. */
export const VOTE_SHARE_PERCENT = 80;

/**
 * How many units the council may nominate among `leaders` cluster leaders: ⌊20 % × leaders⌋, but at
 * least one when there is a leader at all (ARCHITECTURE.md, "Decisions in the server").
 */
export function nomineeLimit(leaders: number): number {
  if (leaders <= 0) return 0;
  return Math.max(1, Math.floor((leaders * NOMINEE_SHARE_PERCENT) / 100));
}

/** Whether `inFavour` of `members` reaches 80 % — exact integer arithmetic, no rounding. */
export function voteReaches(inFavour: number, members: number): boolean {
  return inFavour * 100 >= members * VOTE_SHARE_PERCENT;
}

/** The fewest votes in favour that reach 80 % of `members` (⌈0,8 × members⌉). */
export function votesNeeded(members: number): number {
  return Math.ceil((members * VOTE_SHARE_PERCENT) / 100);
}

/**
 * Art. 35.1: the dossier for the Government's flag is due by 30/6 of the year after the period's
 * year, or 31/12 of the period's closing year for education (school-year periods).
 */
export function governmentFlagDossierDue(period: { endsOn: string; calendar: string }): string {
  const closing = Number(period.endsOn.slice(0, 4));
  return period.calendar === 'schoolYear' ? `${closing}-12-31` : `${closing + 1}-06-30`;
}
