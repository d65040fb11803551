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

/** The cluster's result as the engine computes it (the vote outcome reads the units' awards and the pending votes). */
export type { ResultDocument as ClusterResult } from '@thidua/engine';
