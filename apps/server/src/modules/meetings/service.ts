import {
  type Database,
  type Meeting,
  meetingAttendance,
  meetings,
  type Transaction,
  units,
} from '@thidua/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { insertAudited, updateAudited } from '../../http/versioned-update';
import { invalid, notFound } from '../../http/errors';
import { loadWritablePeriod } from '../../workflow/stage-guards';
import { loadClusterMembers, type MemberUnit } from './members';
import type { MeetingScope } from './policy';
import { leadTimeWarnings } from './lead-time';
import type { MeetingFacts } from './presenter';
import { type Quorum, quorumOf } from './quorum';
import type { MeetingBody, MeetingPatch } from '@thidua/contracts/meetings';
import { blankToNull } from '../../kernel/text';

type Db = Database | Transaction;

/** The meeting, or 404. */
export async function findMeeting(db: Db, meetingId: string): Promise<Meeting> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId)).limit(1);
  if (!meeting) throw notFound('cuộc họp');
  return meeting;
}

/** Everything the meeting view shows, read in one go. */
export async function loadMeetingFacts(db: Db, meeting: Meeting): Promise<MeetingFacts> {
  const members = meeting.clusterId ? await loadClusterMembers(db, meeting.clusterId) : [];
  const attendance = await db
    .select({ row: meetingAttendance, unitName: units.name })
    .from(meetingAttendance)
    .innerJoin(units, eq(units.id, meetingAttendance.unitId))
    .where(eq(meetingAttendance.meetingId, meeting.id))
    .orderBy(asc(units.name));
  let hostUnitName: string | null = null;
  if (meeting.hostUnitId) {
    const [host] = await db
      .select({ name: units.name })
      .from(units)
      .where(eq(units.id, meeting.hostUnitId))
      .limit(1);
    hostUnitName = host?.name ?? null;
  }
  return {
    meeting,
    members,
    attendance: attendance.map(({ row, unitName }) => ({ ...row, unitName })),
    hostUnitName,
    warnings: await leadTimeWarnings(db, meeting),
  };
}

/** The quorum of a cluster meeting now, from its current members and recorded attendance. */
export async function quorumNow(db: Db, meeting: Meeting): Promise<Quorum | null> {
  if (!meeting.clusterId) return null;
  const members = await loadClusterMembers(db, meeting.clusterId);
  const memberIds = members.map((m) => m.unitId);
  const present =
    memberIds.length === 0
      ? []
      : await db
          .select({ unitId: meetingAttendance.unitId })
          .from(meetingAttendance)
          .where(
            and(
              eq(meetingAttendance.meetingId, meeting.id),
              eq(meetingAttendance.present, true),
              inArray(meetingAttendance.unitId, memberIds),
            ),
          );
  return quorumOf(members.length, present.length);
}

/**
 * The units that may host or attend a meeting: the cluster's members, or for a council meeting every
 * unit of the council.
 */
export async function eligibleUnits(
  db: Db,
  scope: MeetingScope,
): Promise<Map<string, MemberUnit | { name: string }>> {
  if (scope.clusterId) {
    const members = await loadClusterMembers(db, scope.clusterId);
    return new Map(members.map((m) => [m.unitId, m]));
  }
  const rows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.councilId, scope.councilId));
  return new Map(rows.map((u) => [u.id, { name: u.name }]));
}

/** Why a unit may not host or attend: it is outside the cluster (or the council). */
export const notEligible = (scope: MeetingScope) =>
  scope.clusterId ? 'không phải đơn vị thành viên của cụm, khối' : 'không phải đơn vị của Hội đồng';

/**
 * Which seat hosts a meeting when none is given: the summary meeting (tổng kết) the leader unit (SPEC
 * §10); the mid-year review (sơ kết) the deputy's unit, "tại đơn vị phó trưởng cụm, phó trưởng khối (hoặc
 * địa điểm khác do các đơn vị trong cụm, khối thi đua thống nhất)" (Bắc Giang 2022, Điều 8).
 */
const DEFAULT_HOST_SEAT: Partial<Record<MeetingBody['kind'], 'leader' | 'deputy'>> = {
  tongKet: 'leader',
  soKet: 'deputy',
};

/**
 * Schedules a meeting. Its host defaults by its kind (`DEFAULT_HOST_SEAT`), and the place to the host
 * unit, as the invitations say "tại trụ sở …".
 */
export async function scheduleMeeting(
  tx: Transaction,
  actor: Actor,
  scope: MeetingScope,
  body: MeetingBody,
): Promise<Meeting> {
  await loadWritablePeriod(tx, scope.periodId);
  const eligible = await eligibleUnits(tx, scope);
  let hostUnitId = body.hostUnitId ?? null;
  if (hostUnitId && !eligible.has(hostUnitId)) {
    throw invalid([{ path: 'body.hostUnitId', message: notEligible(scope) }]);
  }
  const defaultSeat = DEFAULT_HOST_SEAT[body.kind];
  if (!hostUnitId && defaultSeat) {
    // The members come leader first, then deputies by rank: the first deputy hosts the mid-year meeting.
    hostUnitId = [...eligible].find(([, u]) => 'seat' in u && u.seat === defaultSeat)?.[0] ?? null;
  }
  const place = blankToNull(body.place) ?? (hostUnitId ? (eligible.get(hostUnitId)?.name ?? null) : null);
  const created = await insertAudited(
    tx,
    actor,
    meetings,
    {
      periodId: scope.periodId,
      clusterId: scope.clusterId,
      kind: body.kind,
      title: blankToNull(body.title) ?? null,
      heldOn: body.heldOn,
      place,
      hostUnitId,
      invitedDelegates: blankToNull(body.invitedDelegates) ?? null,
      agenda: blankToNull(body.agenda) ?? null,
    },
    {
      councilId: scope.councilId,
      entityType: 'meeting',
    },
  );
  return created;
}

/** Edits a meeting (its details, minutes and decisions) at the version the client read. */
export async function updateMeeting(
  tx: Transaction,
  actor: Actor,
  before: Meeting,
  scope: MeetingScope,
  patch: MeetingPatch,
): Promise<Meeting> {
  await loadWritablePeriod(tx, before.periodId);
  if (patch.hostUnitId) {
    const eligible = await eligibleUnits(tx, scope);
    if (!eligible.has(patch.hostUnitId)) {
      throw invalid([{ path: 'body.hostUnitId', message: notEligible(scope) }]);
    }
  }
  const { version, ...fields } = patch;
  const changes = {
    kind: fields.kind,
    heldOn: fields.heldOn,
    hostUnitId: fields.hostUnitId,
    title: blankToNull(fields.title),
    place: blankToNull(fields.place),
    invitedDelegates: blankToNull(fields.invitedDelegates),
    agenda: blankToNull(fields.agenda),
    minutes: blankToNull(fields.minutes),
    decisions: blankToNull(fields.decisions),
  };
  const updated = await updateAudited(
    tx,
    actor,
    meetings,
    before,
    version,
    { ...changes },
    {
      councilId: scope.councilId,
      entityType: 'meeting',
    },
  );
  return updated;
}
