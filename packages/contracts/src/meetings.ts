import { ELECTION_POSITIONS, MEETING_KINDS, VOTE_PURPOSES } from '@thidua/vocabulary';
import { z } from 'zod';
import { text, optionalText as blankable, pageQuery, version } from './primitives';
export { periodParams, clusterParams } from './primitives';

export const meetingParams = z.object({ meetingId: z.uuid() });
export const voteParams = z.object({ voteId: z.uuid() });

/** Free text that may be cleared: a blank string is stored as null. */
const optionalText = (max: number) => blankable(max).nullable().optional();
/** A ballot count: a whole number of votes, never negative (SPEC §8 `votes: int ≥ 0`). */
const ballotCount = z.number().int().min(0).max(1_000_000);

export const meetingBody = z.object({
  kind: z.enum(MEETING_KINDS),
  title: optionalText(300),
  heldOn: z.iso.date(),
  /** Defaults to the host unit (for tongKet the leader unit) when left out. */
  place: optionalText(300),
  /** Defaults to the leader unit for tongKet (SPEC §10). */
  hostUnitId: z.uuid().nullable().optional(),
  invitedDelegates: optionalText(5000),
  agenda: optionalText(20_000),
});

export const meetingPatch = meetingBody.partial().extend({
  version,
  /** Biên bản: the minutes as adopted. */
  minutes: optionalText(200_000),
  decisions: optionalText(50_000),
});

export const meetingListQuery = pageQuery.extend({ kind: z.enum(MEETING_KINDS).optional() });

export const attendanceBody = z.object({
  version,
  items: z
    .array(
      z.object({
        unitId: z.uuid(),
        present: z.boolean(),
        delegates: optionalText(2000),
        note: optionalText(2000),
      }),
    )
    .min(1)
    .max(500),
});

export const voteBody = z.object({
  purpose: z.enum(VOTE_PURPOSES),
  /** Required for a tie-break: the award level whose tie the vote breaks. */
  awardCode: text(40).optional(),
  /** Required for an election: the position elected for next period. */
  position: z.enum(ELECTION_POSITIONS).optional(),
  unitId: z.uuid(),
  votes: ballotCount,
  note: optionalText(2000),
});

export const votePatch = z.object({
  version,
  votes: ballotCount,
  note: optionalText(2000),
  reason: z.string().max(2000).optional(),
});

export const voteListQuery = pageQuery.extend({
  purpose: z.enum(VOTE_PURPOSES).optional(),
  awardCode: blankable(40).optional(),
  position: z.enum(ELECTION_POSITIONS).optional(),
});

export const meetingSummaryView = z.object({
  id: z.string(),
  periodId: z.string(),
  clusterId: z.string().nullable(),
  kind: z.enum(MEETING_KINDS),
  title: z.string().nullable(),
  heldOn: z.string(),
  place: z.string().nullable(),
  hostUnitId: z.string().nullable(),
  version: z.number().int(),
});

export const attendanceView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** The unit's seat in the cluster; null for a council meeting or a unit no longer a member. */
  seat: z.enum(['leader', 'deputy', 'member']).nullable(),
  /** False when nothing was recorded for the unit yet (it counts as absent). */
  recorded: z.boolean(),
  present: z.boolean(),
  delegates: z.string().nullable(),
  note: z.string().nullable(),
});

export const quorumView = z.object({
  members: z.number().int(),
  present: z.number().int(),
  required: z.number().int(),
  reached: z.boolean(),
});

export const meetingView = meetingSummaryView.extend({
  hostUnitName: z.string().nullable(),
  invitedDelegates: z.string().nullable(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  decisions: z.string().nullable(),
  attendance: z.array(attendanceView),
  /** Computed live from attendance (SPEC §3); null for a council meeting, which has no member units. */
  quorum: quorumView.nullable(),
  /**
   * Warnings, never refusals: a preparatory meeting (trù bị) under 3 days before the cluster's summary
   * meeting (Ba Đình 2022), or under 1 day (Bắc Giang 2022).
   */
  warnings: z.array(z.string()),
  abilities: z.object({ update: z.boolean(), recordAttendance: z.boolean(), recordVotes: z.boolean() }),
});

export const voteView = z.object({
  id: z.string(),
  meetingId: z.string(),
  purpose: z.enum(VOTE_PURPOSES),
  awardCode: z.string().nullable(),
  position: z.enum(ELECTION_POSITIONS).nullable(),
  unitId: z.string(),
  unitName: z.string(),
  votes: z.number().int(),
  note: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

export type MeetingListQuery = z.infer<typeof meetingListQuery>;
export type MeetingBody = z.infer<typeof meetingBody>;
export type MeetingPatch = z.infer<typeof meetingPatch>;
export type AttendanceBody = z.infer<typeof attendanceBody>;
export type VoteBody = z.infer<typeof voteBody>;
export type VotePatch = z.infer<typeof votePatch>;
export type MeetingView = z.infer<typeof meetingView>;
export type VoteView = z.infer<typeof voteView>;
export type MeetingSummaryView = z.infer<typeof meetingSummaryView>;
export type AttendanceView = z.infer<typeof attendanceView>;
export type QuorumView = z.infer<typeof quorumView>;
/** A meeting as the client schedules it. */
export type MeetingInput = z.input<typeof meetingBody>;
