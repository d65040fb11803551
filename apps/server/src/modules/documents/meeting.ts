import { clusterMembers, type Database, periods, units, votes } from '@thidua/db';
import { buildMinutes, buildVoteCount, type Issuer } from '@thidua/documents';
import { AWARD_NAMES, MEETING_KIND_NAMES, seatName, VOTE_PURPOSE_NAMES } from '@thidua/vocabulary';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { type ElectionCount, electionOutcome } from '../meetings/election';
import { loadMeetingScope, requireRead } from '../meetings/policy';
import { presentMeeting } from '../meetings/presenter';
import { findMeeting, loadMeetingFacts } from '../meetings/service';
import { loadPostingsForMinutes } from '../dossiers/posting-service';
import type { PreparedDocument } from './deliver';
import { clusterIssuer, councilIssuer, loadCluster, loadLetterhead } from './letterhead';

async function load(db: Database, actor: Actor, meetingId: string) {
  const meeting = await findMeeting(db, meetingId);
  const scope = await loadMeetingScope(db, actor, meeting);
  requireRead(scope);
  const view = presentMeeting(await loadMeetingFacts(db, meeting), scope);
  const letterhead = await loadLetterhead(db, scope.councilId);
  const [period] = await db.select().from(periods).where(eq(periods.id, meeting.periodId)).limit(1);
  let issuer: Issuer = councilIssuer(letterhead);
  let scopeName = letterhead.issuingBody;
  let kind: 'cum' | 'khoi' = 'cum';
  if (meeting.clusterId) {
    const cluster = await loadCluster(db, meeting.clusterId);
    issuer = clusterIssuer(letterhead, cluster);
    scopeName = cluster.name;
    kind = cluster.kind;
  }
  const kindName = MEETING_KIND_NAMES[meeting.kind];
  const year = period?.year ?? Number(meeting.heldOn.slice(0, 4));
  const awardNames = new Map(Object.entries(AWARD_NAMES));
  return {
    meeting,
    scope,
    view,
    letterhead,
    issuer,
    scopeName: `${scopeName} năm ${year}`,
    kindName,
    awardNames,
    kind,
  };
}

/** Biên bản họp of a meeting, for whoever may read the meeting. */
export async function prepareMinutes(
  db: Database,
  actor: Actor,
  meetingId: string,
): Promise<PreparedDocument> {
  const { meeting, view, scope, issuer, scopeName, kindName, letterhead } = await load(db, actor, meetingId);
  // The public postings (Art. 44) that ended before the meeting, with the comments received.
  const postings = await loadPostingsForMinutes(db, meeting.periodId, meeting.heldOn);
  const document = buildMinutes({
    issuer,
    kindName,
    title: view.title ?? '',
    scopeName,
    heldOn: view.heldOn,
    place: view.place,
    hostUnitName: view.hostUnitName,
    invitedDelegates: view.invitedDelegates,
    agenda: view.agenda,
    minutes: view.minutes,
    decisions: view.decisions,
    attendance: view.attendance.map((a) => ({
      unitName: a.unitName,
      member: a.seat !== null,
      present: a.present,
      delegates: a.delegates,
      note: a.note,
    })),
    quorum: view.quorum,
    postings,
  });
  return {
    kind: 'minutes',
    document,
    fileName: `Biên bản ${kindName.toLowerCase()} - ${scopeName}`,
    councilId: scope.councilId,
    entityId: meetingId,
    source: { meetingId, meetingVersion: view.version },
    data: postings.length === 0 ? view : { view, postings },
    author: letterhead.issuingBody,
  };
}

/** Biên bản kiểm phiếu: every vote recorded at the meeting, grouped by what was voted on. */
export async function prepareVoteCount(
  db: Database,
  actor: Actor,
  meetingId: string,
): Promise<PreparedDocument> {
  const { meeting, view, scope, issuer, scopeName, kindName, letterhead, awardNames, kind } = await load(
    db,
    actor,
    meetingId,
  );
  const rows = await db
    .select({ vote: votes, unitName: units.name })
    .from(votes)
    .innerJoin(units, eq(units.id, votes.unitId))
    .where(eq(votes.meetingId, meeting.id))
    .orderBy(asc(votes.purpose), asc(votes.awardCode), asc(votes.position), asc(units.name));
  const chosen = await electedAtMeeting(db, meeting, rows);
  const groups = new Map<
    string,
    {
      title: string;
      counts: { unitName: string; votes: number; note: string | null }[];
      chosen?: string[];
    }
  >();
  for (const { vote, unitName } of rows) {
    const key = `${vote.purpose}|${vote.awardCode ?? ''}|${vote.position ?? ''}`;
    const what =
      vote.purpose === 'tieBreak'
        ? (awardNames.get(vote.awardCode ?? '') ?? 'danh hiệu khen thưởng')
        : vote.position
          ? seatName(vote.position, kind)
          : '';
    const group = groups.get(key) ?? {
      title: `${VOTE_PURPOSE_NAMES[vote.purpose]}: ${what}`,
      counts: [],
      ...(vote.purpose === 'election' && vote.position ? { chosen: chosen[vote.position] } : {}),
    };
    group.counts.push({ unitName, votes: vote.votes, note: vote.note });
    groups.set(key, group);
  }
  const present = view.attendance.filter((a) => a.seat !== null && a.present).length;
  const document = buildVoteCount({
    issuer,
    kindName,
    scopeName,
    heldOn: view.heldOn,
    ballots: view.quorum?.present ?? present,
    members: view.quorum?.members ?? view.attendance.length,
    groups: [...groups.values()],
  });
  return {
    kind: 'voteCount',
    document,
    fileName: `Biên bản kiểm phiếu - ${kindName} - ${scopeName}`,
    councilId: scope.councilId,
    entityId: meetingId,
    source: { meetingId, meetingVersion: view.version, votes: rows.length },
    data: { view, votes: rows.map((r) => [r.vote.id, r.vote.version, r.vote.votes]) },
    author: letterhead.issuingBody,
  };
}

/**
 * Who this meeting's election chose, by position, by the rule the product applies when the cluster is
 * copied to next period (meetings/election.ts): the leader, and as many deputies as the cluster has
 * deputy seats; a tie across the cut chooses nobody.
 */
async function electedAtMeeting(
  db: Database,
  meeting: { id: string; heldOn: string; clusterId: string | null },
  rows: { vote: typeof votes.$inferSelect; unitName: string }[],
): Promise<{ leader: string[]; deputy: string[] }> {
  const counts: ElectionCount[] = rows.flatMap(({ vote }) =>
    vote.purpose === 'election' && vote.position
      ? [
          {
            meetingId: meeting.id,
            heldOn: meeting.heldOn,
            position: vote.position,
            unitId: vote.unitId,
            votes: vote.votes,
          },
        ]
      : [],
  );
  if (counts.length === 0 || !meeting.clusterId) return { leader: [], deputy: [] };
  const deputySeats = await db
    .select({ unitId: clusterMembers.unitId })
    .from(clusterMembers)
    .where(and(eq(clusterMembers.clusterId, meeting.clusterId), eq(clusterMembers.role, 'deputy')));
  const outcome = electionOutcome(counts, Math.max(1, deputySeats.length));
  const nameOf = new Map(rows.map((r) => [r.vote.unitId, r.unitName] as const));
  const names = (ids: string[] | undefined) => (ids ?? []).map((id) => nameOf.get(id) ?? id);
  return { leader: names(outcome.leader ? [outcome.leader] : []), deputy: names(outcome.deputies) };
}
