import { meetings, type Transaction, votes } from '@thidua/db';
import { and, eq } from 'drizzle-orm';

/** One unit's count in an election of next period's leader or deputies, at one meeting. */
export interface ElectionCount {
  meetingId: string;
  heldOn: string;
  position: 'leader' | 'deputy';
  unitId: string;
  votes: number;
}

/** What an election decided: the leader, and the deputies in order (absent where it decided nothing). */
export interface ElectionOutcome {
  leader?: string;
  deputies?: string[];
  meetingIds: string[];
}

/**
 * Who a cluster elected for next period's seats (SPEC §10; the seeds: "giới thiệu và bầu trưởng cụm, phó
 * trưởng cụm" at the summary meeting). Each position is decided by the latest meeting that voted on it:
 * the leader is the unit with the most votes; the `deputies` deputies the units with the most votes
 * after it, in order of votes. A tie for a place leaves that position undecided (the cluster votes
 * again), and nobody holds two seats: the leader elected is never counted a deputy.
 */
export function electionOutcome(counts: readonly ElectionCount[], deputies: number): ElectionOutcome {
  const latest = (position: ElectionCount['position']) => {
    const held = counts.filter((c) => c.position === position);
    const last = held.reduce<ElectionCount | undefined>(
      (a, c) => (!a || c.heldOn > a.heldOn || (c.heldOn === a.heldOn && c.meetingId > a.meetingId) ? c : a),
      undefined,
    );
    return last ? held.filter((c) => c.meetingId === last.meetingId) : [];
  };
  const ranked = (list: ElectionCount[], exclude?: string) =>
    list.filter((c) => c.unitId !== exclude).sort((a, b) => b.votes - a.votes);
  /** The first `n` of a ranking when no tie crosses the cut (and nobody with no vote is chosen). */
  const firstOf = (list: ElectionCount[], n: number): string[] | undefined => {
    if (list.length < n || n === 0) return undefined;
    const cut = list[n - 1]!.votes;
    if (cut === 0 || (list[n] && list[n].votes === cut)) return undefined;
    return list.slice(0, n).map((c) => c.unitId);
  };

  const leaderVotes = latest('leader');
  const deputyVotes = latest('deputy');
  const leader = firstOf(ranked(leaderVotes), 1)?.[0];
  const deputyRanking = ranked(deputyVotes, leader);
  const elected = firstOf(deputyRanking, Math.min(deputies, deputyRanking.filter((c) => c.votes > 0).length));
  return {
    ...(leader ? { leader } : {}),
    ...(elected && elected.length > 0 ? { deputies: elected } : {}),
    meetingIds: [...new Set([...leaderVotes, ...deputyVotes].map((c) => c.meetingId))],
  };
}

/** Every election count recorded at a cluster's meetings. */
export async function electionCounts(tx: Transaction, clusterId: string): Promise<ElectionCount[]> {
  const rows = await tx
    .select({
      meetingId: votes.meetingId,
      heldOn: meetings.heldOn,
      position: votes.position,
      unitId: votes.unitId,
      votes: votes.votes,
    })
    .from(votes)
    .innerJoin(meetings, eq(meetings.id, votes.meetingId))
    .where(and(eq(meetings.clusterId, clusterId), eq(votes.purpose, 'election')));
  return rows.flatMap((r) => (r.position ? [{ ...r, position: r.position }] : []));
}
