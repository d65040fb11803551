import { type Database, type Meeting, meetings, type Transaction } from '@thidua/db';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { pageOf, selectPage } from '../../http/pagination';
import { type Address, command, registerRoutes, route, type TableRoute } from '../../http/route-table';
import {
  loadClusterScope,
  loadCouncilScope,
  loadMeetingScope,
  type MeetingScope,
  requireRead,
  requireWrite,
} from './policy';
import { presentMeeting, presentMeetingSummary } from './presenter';
import {
  attendanceBody,
  clusterParams,
  meetingBody,
  meetingListQuery,
  type MeetingListQuery,
  meetingParams,
  meetingPatch,
  meetingSummaryView,
  meetingView,
  periodParams,
} from '@thidua/contracts/meetings';
import { recordAttendance } from './attendance-service';
import { findMeeting, loadMeetingFacts, scheduleMeeting, updateMeeting } from './service';

export const MEETING_TAGS = ['Cuộc họp, bỏ phiếu'];

type Db = Database | Transaction;

/** One page of a scope's meetings, latest first. */
async function listMeetings(db: Db, scope: MeetingScope, query: MeetingListQuery) {
  const filters: SQL[] = [
    eq(meetings.periodId, scope.periodId),
    scope.clusterId ? eq(meetings.clusterId, scope.clusterId) : isNull(meetings.clusterId),
  ];
  if (query.kind) filters.push(eq(meetings.kind, query.kind));
  const order = [desc(meetings.heldOn), desc(meetings.createdAt)];
  return selectPage(db, meetings, and(...filters), order, query, presentMeetingSummary);
}

/** The list and the scheduling of the meetings of a cluster or of the council, whose scope `load` reads. */
function scopeRoutes<P extends typeof clusterParams | typeof periodParams>(
  url: `/${string}`,
  params: P,
  load: (db: Db, actor: Actor, params: z.infer<P>) => Promise<MeetingScope>,
  texts: { list: string; schedule: string; description: string },
): TableRoute[] {
  return [
    route(
      `GET ${url}`,
      texts.list,
      { params, query: meetingListQuery, 200: pageOf(meetingSummaryView) },
      async ({ db, actor, params: p, query }) => {
        const scope = await load(db, actor, p as z.infer<P>);
        requireRead(scope);
        return listMeetings(db, scope, query);
      },
    ),
    command(
      `POST ${url}`,
      texts.schedule,
      { description: texts.description, params, body: meetingBody, 201: meetingView },
      async ({ tx, actor, params: p, body }) => {
        const scope = await load(tx, actor, p as z.infer<P>);
        requireWrite(scope);
        const meeting = await scheduleMeeting(tx, actor, scope, body);
        return presentMeeting(await loadMeetingFacts(tx, meeting), scope);
      },
    ),
  ];
}

/** A change to one meeting, in one transaction, answering the meeting as it now is. */
function meetingCommand<B extends typeof meetingPatch | typeof attendanceBody>(
  address: Address,
  summary: string,
  spec: { description?: string; body: B },
  act: (
    tx: Transaction,
    actor: Actor,
    before: Meeting,
    scope: MeetingScope,
    body: z.infer<B>,
  ) => Promise<Meeting>,
): TableRoute {
  return command(
    address,
    summary,
    { ...spec, params: meetingParams, 200: meetingView },
    async ({ tx, actor, params, body }) => {
      const before = await findMeeting(tx, params.meetingId);
      const scope = await loadMeetingScope(tx, actor, before);
      requireWrite(scope);
      const meeting = await act(tx, actor, before, scope, body as z.infer<B>);
      return presentMeeting(await loadMeetingFacts(tx, meeting), scope);
    },
  );
}

/** Scheduling, editing, attendance and minutes of cluster and council meetings. */
export async function meetingRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, MEETING_TAGS, [
    ...scopeRoutes(
      '/clusters/:clusterId/meetings',
      clusterParams,
      (db, actor, p) => loadClusterScope(db, actor, p.clusterId),
      {
        list: 'Danh sách cuộc họp của cụm, khối',
        schedule: 'Lên lịch cuộc họp của cụm, khối',
        description:
          'Cụm trưởng, cụm phó hoặc cơ quan thường trực. Hội nghị tổng kết mặc định do đơn vị cụm trưởng ' +
          'chủ trì; địa điểm mặc định là đơn vị chủ trì.',
      },
    ),
    ...scopeRoutes(
      '/periods/:periodId/meetings',
      periodParams,
      (db, actor, p) => loadCouncilScope(db, actor, p.periodId),
      {
        list: 'Danh sách cuộc họp của Hội đồng (không thuộc cụm, khối nào) trong kỳ',
        schedule: 'Lên lịch cuộc họp của Hội đồng',
        description: 'Chỉ cơ quan thường trực Hội đồng.',
      },
    ),
    route(
      'GET /meetings/:meetingId',
      'Xem cuộc họp: điểm danh, số lượng (2/3), biên bản, kết luận',
      { params: meetingParams, 200: meetingView },
      async ({ db, actor, params }) => {
        const meeting = await findMeeting(db, params.meetingId);
        const scope = await loadMeetingScope(db, actor, meeting);
        requireRead(scope);
        return presentMeeting(await loadMeetingFacts(db, meeting), scope);
      },
    ),
    meetingCommand(
      'PATCH /meetings/:meetingId',
      'Sửa cuộc họp, ghi biên bản và kết luận',
      { body: meetingPatch },
      updateMeeting,
    ),
    meetingCommand(
      'PUT /meetings/:meetingId/attendance',
      'Điểm danh: ghi nhận đơn vị có mặt và người dự',
      {
        description:
          'Ghi theo từng đơn vị (đơn vị không có trong yêu cầu giữ nguyên); tăng phiên bản của cuộc họp.',
        body: attendanceBody,
      },
      recordAttendance,
    ),
  ]);
}
