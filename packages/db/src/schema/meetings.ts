import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { id, localDate, requiredRef, timestamps, versioned } from './columns';
import { electionPosition, meetingKind, votePurpose } from './enums';
import { units } from './organisation';
import { clusters, periods } from './periods';

/**
 * A meeting of a cluster (or of the council when `clusterId` is null): triển khai, sơ kết, trù bị,
 * tổng kết, chuyên đề (SPEC §10). Quorum is computed from attendance: present × 3 ≥ members × 2.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    periodId: requiredRef('period_id', () => periods.id),
    clusterId: uuid('cluster_id').references(() => clusters.id),
    kind: meetingKind('kind').notNull(),
    title: text('title'),
    heldOn: localDate('held_on').notNull(),
    place: text('place'),
    /** The unit hosting it: the leader for the summary, a deputy for the mid-year review (Bắc Giang). */
    hostUnitId: uuid('host_unit_id').references(() => units.id),
    invitedDelegates: text('invited_delegates'),
    agenda: text('agenda'),
    /** Biên bản: the minutes as adopted. */
    minutes: text('minutes'),
    decisions: text('decisions'),
    ...versioned(),
  },
  (t) => [index('meetings_period_id_idx').on(t.periodId), index('meetings_cluster_id_idx').on(t.clusterId)],
);

/** Whether a member unit attended a meeting, and who represented it. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    id: id(),
    meetingId: requiredRef('meeting_id', () => meetings.id, 'cascade'),
    unitId: requiredRef('unit_id', () => units.id),
    present: boolean('present').notNull(),
    delegates: text('delegates'),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [unique('meeting_attendance_meeting_unit_key').on(t.meetingId, t.unitId)],
);

/**
 * The ballot count one candidate unit received at a meeting: for breaking a tie at an award level
 * (`awardCode`) or for electing next period's leader or deputies (`position`). Secret-ballot counts
 * are enough (SPEC §10); one row per meeting × purpose × subject × unit.
 */
export const votes = pgTable(
  'votes',
  {
    id: id(),
    meetingId: requiredRef('meeting_id', () => meetings.id, 'cascade'),
    purpose: votePurpose('purpose').notNull(),
    awardCode: text('award_code'),
    position: electionPosition('position'),
    unitId: requiredRef('unit_id', () => units.id),
    votes: integer('votes').notNull(),
    note: text('note'),
    enteredBy: uuid('entered_by').references(() => users.id),
    ...versioned(),
  },
  (t) => [
    unique('votes_meeting_subject_unit_key')
      .on(t.meetingId, t.purpose, t.awardCode, t.position, t.unitId)
      .nullsNotDistinct(),
    check('votes_count_check', sql`${t.votes} >= 0`),
    check(
      'votes_subject_check',
      sql`(${t.purpose} = 'tieBreak' and ${t.awardCode} is not null and ${t.position} is null)
        or (${t.purpose} = 'election' and ${t.position} is not null and ${t.awardCode} is null)`,
    ),
  ],
);
