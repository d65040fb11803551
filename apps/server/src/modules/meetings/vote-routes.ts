import { type Transaction, units, votes } from '@thidua/db';
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { findById } from '../../http/versioned-update';
import { offsetOf, pageFrom, pageOf } from '../../http/pagination';
import { MEETING_TAGS } from './meeting-routes';
import { loadMeetingScope, requireRead, requireWrite } from './policy';
import { presentVote } from './presenter';
import {
  meetingParams,
  voteBody,
  voteListQuery,
  voteParams,
  votePatch,
  voteView,
} from '@thidua/contracts/meetings';
import { findMeeting } from './service';
import { correctVote, recordVote } from './votes-service';
import { command, registerRoutes, route } from '../../http/route-table';

/** Ballot counts at a meeting: tie-breaks per award level and elections of next period's leader and deputies. */
export async function voteRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, MEETING_TAGS, [
    route(
      'GET /meetings/:meetingId/votes',
      'Kết quả bỏ phiếu tại cuộc họp',
      { params: meetingParams, query: voteListQuery, 200: pageOf(voteView) },
      async ({ db, actor, params, query }) => {
        const meeting = await findMeeting(db, params.meetingId);
        const scope = await loadMeetingScope(db, actor, meeting);
        requireRead(scope);
        const { purpose, awardCode, position } = query;
        const filters: SQL[] = [eq(votes.meetingId, meeting.id)];
        if (purpose) filters.push(eq(votes.purpose, purpose));
        if (awardCode) filters.push(eq(votes.awardCode, awardCode));
        if (position) filters.push(eq(votes.position, position));
        const where = and(...filters);
        const rows = db
          .select({ vote: votes, unitName: units.name })
          .from(votes)
          .innerJoin(units, eq(units.id, votes.unitId))
          .where(where)
          // Grouped by subject, most votes first: the order in which the minutes read the count.
          .orderBy(
            asc(votes.purpose),
            asc(votes.awardCode),
            asc(votes.position),
            desc(votes.votes),
            asc(units.name),
          )
          .limit(query.pageSize)
          .offset(offsetOf(query));
        const counted = db.select({ n: count() }).from(votes).where(where);
        return pageFrom(query, rows, counted, (row) => presentVote(row.vote, row.unitName, scope.canWrite));
      },
    ),
    command(
      'POST /meetings/:meetingId/votes',
      'Ghi số phiếu của một đơn vị (phân định bằng điểm hoặc bầu cụm trưởng, cụm phó)',
      {
        description:
          'Chỉ khi cuộc họp đủ số lượng (ít nhất 2/3 đơn vị thành viên có mặt). Mỗi cuộc họp × nội dung × ' +
          'đơn vị chỉ có một số phiếu; sửa bằng PATCH /votes/{voteId} kèm lý do.',
        params: meetingParams,
        body: voteBody,
        201: voteView,
      },
      async ({ tx, actor, params, body }) => {
        const meeting = await findMeeting(tx, params.meetingId);
        const scope = await loadMeetingScope(tx, actor, meeting);
        requireWrite(scope);
        const vote = await recordVote(tx, actor, meeting, scope, body);
        return presentVote(vote, await unitName(tx, vote.unitId), true);
      },
    ),
    command(
      'PATCH /votes/:voteId',
      'Sửa số phiếu (bắt buộc nêu lý do)',
      { params: voteParams, body: votePatch, 200: voteView },
      async ({ tx, actor, params, body }) => {
        const before = await findById(tx, votes, params.voteId, 'kết quả bỏ phiếu');
        const meeting = await findMeeting(tx, before.meetingId);
        const scope = await loadMeetingScope(tx, actor, meeting);
        requireWrite(scope);
        const vote = await correctVote(tx, actor, before, meeting, scope, body);
        return presentVote(vote, await unitName(tx, vote.unitId), true);
      },
    ),
  ]);
}

/** The name shown next to a count. */
async function unitName(tx: Transaction, unitId: string): Promise<string> {
  const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, unitId)).limit(1);
  return unit?.name ?? '';
}
