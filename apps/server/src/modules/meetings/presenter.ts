import type { Meeting, MeetingAttendance, Vote } from '@thidua/db';
import type { z } from 'zod';
import type { MeetingScope } from './policy';
import { quorumOf } from './quorum';
import type { attendanceView, meetingSummaryView, MeetingView, VoteView } from '@thidua/contracts/meetings';
import type { MemberUnit } from './members';

/** The fields of a meeting that every list shows. */
export function presentMeetingSummary(meeting: Meeting): z.infer<typeof meetingSummaryView> {
  return {
    id: meeting.id,
    periodId: meeting.periodId,
    clusterId: meeting.clusterId,
    kind: meeting.kind,
    title: meeting.title,
    heldOn: meeting.heldOn,
    place: meeting.place,
    hostUnitId: meeting.hostUnitId,
    version: meeting.version,
  };
}

export interface MeetingFacts {
  meeting: Meeting;
  /** The cluster's member units; empty for a council meeting. */
  members: MemberUnit[];
  attendance: (MeetingAttendance & { unitName: string })[];
  hostUnitName: string | null;
  /** Rules the meeting's date does not meet, as Vietnamese warnings (saving still works). */
  warnings: string[];
}

/**
 * The meeting as the API shows it: every member unit's attendance (unrecorded counts as absent) and the
 * quorum computed now from that attendance, so it can never disagree with the list beside it.
 */
export function presentMeeting(facts: MeetingFacts, scope: MeetingScope): MeetingView {
  const { meeting, members } = facts;
  const recorded = new Map(facts.attendance.map((row) => [row.unitId, row]));
  const rows: z.infer<typeof attendanceView>[] = members.map((member) => {
    const row = recorded.get(member.unitId);
    return {
      unitId: member.unitId,
      unitName: member.name,
      seat: member.seat,
      recorded: row !== undefined,
      present: row?.present ?? false,
      delegates: row?.delegates ?? null,
      note: row?.note ?? null,
    };
  });
  // Attendance of units that are not (or no longer) members is shown but never counts for the quorum.
  const memberIds = new Set(members.map((m) => m.unitId));
  for (const row of facts.attendance) {
    if (memberIds.has(row.unitId)) continue;
    rows.push({
      unitId: row.unitId,
      unitName: row.unitName,
      seat: null,
      recorded: true,
      present: row.present,
      delegates: row.delegates,
      note: row.note,
    });
  }
  const present = rows.filter((r) => r.seat !== null && r.present).length;
  const quorum = meeting.clusterId ? quorumOf(members.length, present) : null;
  return {
    ...presentMeetingSummary(meeting),
    hostUnitName: facts.hostUnitName,
    invitedDelegates: meeting.invitedDelegates,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    decisions: meeting.decisions,
    attendance: rows,
    quorum,
    warnings: facts.warnings,
    abilities: {
      update: scope.canWrite && !scope.archived,
      recordAttendance: scope.canWrite && !scope.archived,
      recordVotes: scope.canWrite && !scope.archived && quorum?.reached === true,
    },
  };
}

export function presentVote(vote: Vote, unitName: string, canUpdate: boolean): VoteView {
  return {
    id: vote.id,
    meetingId: vote.meetingId,
    purpose: vote.purpose,
    awardCode: vote.awardCode,
    position: vote.position,
    unitId: vote.unitId,
    unitName,
    votes: vote.votes,
    note: vote.note,
    version: vote.version,
    abilities: { update: canUpdate },
  };
}
