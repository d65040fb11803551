import { type Meeting, meetings, type Transaction, type Vote, votes } from '@thidua/db';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { insertAudited, updateAudited } from '../../http/versioned-update';
import { AppError, type FieldError, invalid } from '../../http/errors';
import { loadWritablePeriod } from '../../workflow/stage-guards';
import { requireIssuedRuleset, unknownAwardMessage } from '../awards/issued-ruleset';
import { loadClusterMembers } from './members';
import type { MeetingScope } from './policy';
import { requireReason } from '../../kernel/reason';
import type { VoteBody, VotePatch } from '@thidua/contracts/meetings';
import { quorumNow } from './service';
import { blankToNull } from '../../kernel/text';

/** Votes are cast by member units, so only a cluster's meetings have them; returns the cluster. */
function requireClusterMeeting(meeting: Meeting): string {
  if (meeting.clusterId) return meeting.clusterId;
  throw invalid(
    [{ path: 'params.meetingId', message: 'chỉ ghi kết quả bỏ phiếu tại cuộc họp của cụm, khối' }],
    'Cuộc họp của Hội đồng không có đơn vị thành viên để bỏ phiếu',
  );
}

/**
 * Votes count only at a meeting that has its quorum (SPEC §3): checked inside the write's transaction,
 * from the attendance as it stands. The meeting row is locked FOR SHARE first; recording attendance
 * updates that row, so the quorum seen here still holds when the vote commits. Returns how many member
 * units are present.
 */
async function assertQuorum(tx: Transaction, meeting: Meeting): Promise<number> {
  await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meeting.id)).for('share');
  const quorum = await quorumNow(tx, meeting);
  if (quorum?.reached) return quorum.present;
  const { present = 0, members = 0, required = 0 } = quorum ?? {};
  throw new AppError(
    'NO_QUORUM',
    `Cuộc họp chưa đủ số lượng: ${present}/${members} đơn vị thành viên có mặt, ` +
      `cần ít nhất ${required} (hai phần ba) mới được bỏ phiếu`,
  );
}

/** Each member unit present casts one ballot: no unit receives more votes than there are units present. */
function assertBallots(votes: number, present: number): void {
  if (votes > present)
    throw invalid([
      { path: 'body.votes', message: `không được vượt quá số đơn vị thành viên có mặt (${present})` },
    ]);
}

/** A tie-break names an award level and no position; an election names a position and no award. */
function subjectProblems(body: VoteBody): FieldError[] {
  if (body.purpose === 'tieBreak') {
    const problems: FieldError[] = [];
    if (!body.awardCode)
      problems.push({
        path: 'body.awardCode',
        message: 'bắt buộc khi bỏ phiếu phân định bằng điểm (tieBreak)',
      });
    if (body.position)
      problems.push({ path: 'body.position', message: 'chỉ dùng khi bầu cụm trưởng, cụm phó (election)' });
    return problems;
  }
  const problems: FieldError[] = [];
  if (!body.position)
    problems.push({ path: 'body.position', message: 'bắt buộc khi bầu cụm trưởng, cụm phó (election)' });
  if (body.awardCode)
    problems.push({
      path: 'body.awardCode',
      message: 'chỉ dùng khi bỏ phiếu phân định bằng điểm (tieBreak)',
    });
  return problems;
}

/**
 * Records the ballot count one member unit received at a meeting: for breaking a tie at an award level
 * of the cluster's issued criteria, or for electing next period's leader or a deputy. One count per
 * meeting × subject × unit (the database's unique key answers a second one with DUPLICATE).
 */
export async function recordVote(
  tx: Transaction,
  actor: Actor,
  meeting: Meeting,
  scope: MeetingScope,
  body: VoteBody,
): Promise<Vote> {
  await loadWritablePeriod(tx, meeting.periodId);
  const clusterId = requireClusterMeeting(meeting);
  const problems = subjectProblems(body);
  const members = await loadClusterMembers(tx, clusterId);
  if (!members.some((m) => m.unitId === body.unitId)) {
    problems.push({ path: 'body.unitId', message: 'không phải đơn vị thành viên của cụm, khối' });
  }
  if (body.purpose === 'tieBreak' && body.awardCode) {
    const issued = await requireIssuedRuleset(tx, clusterId);
    if (!issued.awards.some((a) => a.code === body.awardCode)) {
      problems.push({ path: 'body.awardCode', message: unknownAwardMessage(issued) });
    }
  }
  if (problems.length > 0) throw invalid(problems);
  assertBallots(body.votes, await assertQuorum(tx, meeting));
  const created = await insertAudited(
    tx,
    actor,
    votes,
    {
      meetingId: meeting.id,
      purpose: body.purpose,
      awardCode: body.purpose === 'tieBreak' ? body.awardCode! : null,
      position: body.purpose === 'election' ? body.position! : null,
      unitId: body.unitId,
      votes: body.votes,
      note: blankToNull(body.note) ?? null,
      enteredBy: actor.userId,
    },
    {
      councilId: scope.councilId,
      entityType: 'vote',
    },
  );
  return created;
}

/** Corrects a recorded count: needs a reason, the version read, and the meeting's quorum. */
export async function correctVote(
  tx: Transaction,
  actor: Actor,
  before: Vote,
  meeting: Meeting,
  scope: MeetingScope,
  patch: VotePatch,
): Promise<Vote> {
  const reason = requireReason(patch.reason);
  requireClusterMeeting(meeting);
  await loadWritablePeriod(tx, meeting.periodId);
  assertBallots(patch.votes, await assertQuorum(tx, meeting));
  const updated = await updateAudited(
    tx,
    actor,
    votes,
    before,
    patch.version,
    { votes: patch.votes, note: blankToNull(patch.note), enteredBy: actor.userId },
    { councilId: scope.councilId, entityType: 'vote', reason },
  );
  return updated;
}
