// The shapes of the meetings API, as this screen reads them.

export const MEETING_KINDS = ['trienKhai', 'soKet', 'truBi', 'tongKet', 'chuyenDe'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const VOTE_PURPOSES = ['tieBreak', 'election'] as const;
export type VotePurpose = (typeof VOTE_PURPOSES)[number];
export type ElectionPosition = 'leader' | 'deputy';

export interface MeetingSummary {
  id: string;
  periodId: string;
  clusterId: string | null;
  kind: MeetingKind;
  title: string | null;
  heldOn: string;
  place: string | null;
  hostUnitId: string | null;
  version: number;
}

export interface Quorum {
  members: number;
  present: number;
  required: number;
  reached: boolean;
}

export interface Attendance {
  unitId: string;
  unitName: string;
  seat: 'leader' | 'deputy' | 'member' | null;
  recorded: boolean;
  present: boolean;
  delegates: string | null;
  note: string | null;
}

export interface Meeting extends MeetingSummary {
  hostUnitName: string | null;
  invitedDelegates: string | null;
  agenda: string | null;
  minutes: string | null;
  decisions: string | null;
  attendance: Attendance[];
  quorum: Quorum | null;
  /** The rules the meeting's date does not meet (the preparatory meeting's lead time); saving still works. */
  warnings: string[];
  abilities: { update: boolean; recordAttendance: boolean; recordVotes: boolean };
}

export interface Vote {
  id: string;
  meetingId: string;
  purpose: VotePurpose;
  awardCode: string | null;
  position: ElectionPosition | null;
  unitId: string;
  unitName: string;
  votes: number;
  note: string | null;
  version: number;
  abilities: { update: boolean };
}

export interface MeetingInput {
  kind: MeetingKind;
  title?: string | null;
  heldOn: string;
  place?: string | null;
  hostUnitId?: string | null;
  invitedDelegates?: string | null;
  agenda?: string | null;
}

/** The cluster's result as the engine computes it (only what the vote outcome reads). */
export interface ClusterResult {
  complete: boolean;
  units: { unit: string; name: string; award: string | null; pendingVote?: string }[];
  pendingVotes: { award: string; places: number; units: string[] }[];
}
