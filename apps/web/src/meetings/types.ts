// The shapes of the meetings API, as this screen reads them: the contract the server's routes declare.
export type {
  AttendanceView as Attendance,
  MeetingInput,
  MeetingSummaryView as MeetingSummary,
  MeetingView as Meeting,
  QuorumView as Quorum,
  VoteView as Vote,
} from '@thidua/contracts/meetings';
export {
  type ElectionPosition,
  MEETING_KINDS,
  type MeetingKind,
  VOTE_PURPOSES,
  type VotePurpose,
} from '@thidua/vocabulary';

/** The cluster's result as the engine computes it (only what the vote outcome reads). */
export interface ClusterResult {
  complete: boolean;
  units: { unit: string; name: string; award: string | null; pendingVote?: string }[];
  pendingVotes: { award: string; places: number; units: string[] }[];
}
