import type { ElectionPosition, Vote, VotePurpose } from './types';

/** The votes on one subject (an award level's tie, or one position), in the server's order. */
export interface VoteGroup {
  key: string;
  purpose: VotePurpose;
  awardCode: string | null;
  position: ElectionPosition | null;
  votes: Vote[];
}

/**
 * Groups ballot counts by subject, keeping the order the API lists them in (by subject, most votes
 * first) — the order in which the minutes read the count.
 */
export function groupVotes(votes: readonly Vote[]): VoteGroup[] {
  const groups = new Map<string, VoteGroup>();
  for (const vote of votes) {
    const key = `${vote.purpose}:${vote.awardCode ?? ''}:${vote.position ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, purpose: vote.purpose, awardCode: vote.awardCode, position: vote.position, votes: [] };
      groups.set(key, group);
    }
    group.votes.push(vote);
  }
  return [...groups.values()];
}

/**
 * Who leads a count: the unit with the most ballots, or the units level at the top when no single
 * unit has more than every other. Counts are whole numbers of ballots, compared as recorded.
 */
export function countLeaders(votes: readonly Vote[]): { leaders: Vote[]; decided: boolean } {
  if (votes.length === 0) return { leaders: [], decided: false };
  const top = Math.max(...votes.map((v) => v.votes));
  const leaders = votes.filter((v) => v.votes === top);
  return { leaders, decided: leaders.length === 1 };
}

/** A ballot count as typed: a whole number (a sign is left for the server to refuse), else null. */
export function parseBallotCount(text: string | undefined): number | null {
  const raw = (text ?? '').trim();
  return /^-?\d{1,7}$/.test(raw) ? Number(raw) : null;
}
