import { meetings } from '@thidua/db';
import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf } from '../../http/pagination';
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
} from './schema';
import { recordAttendance } from './attendance-service';
import { findMeeting, loadMeetingFacts, scheduleMeeting, updateMeeting } from './service';

export const MEETING_TAGS = ['Cuộc họp, bỏ phiếu'];

/** Scheduling, editing, attendance and minutes of cluster and council meetings. */
export async function meetingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  /** One page of a scope's meetings, latest first. */
  async function listMeetings(scope: MeetingScope, query: MeetingListQuery) {
    const filters: SQL[] = [
      eq(meetings.periodId, scope.periodId),
      scope.clusterId ? eq(meetings.clusterId, scope.clusterId) : isNull(meetings.clusterId),
    ];
    if (query.kind) filters.push(eq(meetings.kind, query.kind));
    const where = and(...filters);
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(meetings)
        .where(where)
        .orderBy(desc(meetings.heldOn), desc(meetings.createdAt))
        .limit(query.pageSize)
        .offset(offsetOf(query)),
      db.select({ n: count() }).from(meetings).where(where),
    ]);
    return {
      items: rows.map(presentMeetingSummary),
      total: total?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  r.get(
    '/clusters/:clusterId/meetings',
    {
      schema: {
        tags: MEETING_TAGS,
        summary: 'Danh sách cuộc họp của cụm, khối',
        params: clusterParams,
        querystring: meetingListQuery,
        response: { 200: pageOf(meetingSummaryView) },
      },
    },
    async (request) => {
      const scope = await loadClusterScope(db, requireActor(request.actor), request.params.clusterId);
      requireRead(scope);
      return listMeetings(scope, request.query);
    },
  );

  r.get(
    '/periods/:periodId/meetings',
    {
      schema: {
        tags: MEETING_TAGS,
        summary: 'Danh sách cuộc họp của Hội đồng (không thuộc cụm, khối nào) trong kỳ',
        params: periodParams,
        querystring: meetingListQuery,
        response: { 200: pageOf(meetingSummaryView) },
      },
    },
    async (request) => {
      const scope = await loadCouncilScope(db, requireActor(request.actor), request.params.periodId);
      requireRead(scope);
      return listMeetings(scope, request.query);
    },
  );

  r.post(
    '/clusters/:clusterId/meetings',
    {
      schema: {
        tags: MEETING_TAGS,
        summary: 'Lên lịch cuộc họp của cụm, khối',
        description:
          'Cụm trưởng, cụm phó hoặc cơ quan thường trực. Hội nghị tổng kết mặc định do đơn vị cụm trưởng ' +
          'chủ trì; địa điểm mặc định là đơn vị chủ trì.',
        params: clusterParams,
        body: meetingBody,
        response: { 201: meetingView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const scope = await loadClusterScope(tx, actor, request.params.clusterId);
        requireWrite(scope);
        const meeting = await scheduleMeeting(tx, actor, scope, request.body);
        return presentMeeting(await loadMeetingFacts(tx, meeting), scope);
      });
      return reply.status(201).send(view);
    },
  );

  r.post(
    '/periods/:periodId/meetings',
    {
      schema: {
        tags: MEETING_TAGS,
        summary: 'Lên lịch cuộc họp của Hội đồng',
        description: 'Chỉ cơ quan thường trực Hội đồng.',
        params: periodParams,
        body: meetingBody,
        response: { 201: meetingView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const scope = await loadCouncilScope(tx, actor, request.params.periodId);
        requireWrite(scope);
        const meeting = await scheduleMeeting(tx, actor, scope, request.body);
        return presentMeeting(await loadMeetingFacts(tx, meeting), scope);
      });
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/meetings/:meetingId',
    {
      schema: {
        tags: MEETING_TAGS,
        summary: 'Xem cuộc họp: điểm danh, số lượng (2/3), biên bản, kết luận',
        params: meetingParams,
        response: { 200: meetingView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const meeting = await findMeeting(db, request.params.meetingId);
      const scope = await loadMeetingScope(db, actor, meeting);
      requireRead(scope);
      return presentMeeting(await loadMeetingFacts(db, meeting), scope);
    },
  );

  r.patch(
    '/meetings/:meetingId',
    {
      schema: {
        tags: MEETING_TAGS,
        summary: 'Sửa cuộc họp, ghi biên bản và kết luận',
        params: meetingParams,
        body: meetingPatch,
        response: { 200: meetingView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const before = await findMeeting(tx, request.params.meetingId);
        const scope = await loadMeetingScope(tx, actor, before);
        requireWrite(scope);
        const meeting = await updateMeeting(tx, actor, before, scope, request.body);
        return presentMeeting(await loadMeetingFacts(tx, meeting), scope);
      });
    },
  );

  r.put(
    '/meetings/:meetingId/attendance',
    {
      schema: {
        tags: MEETING_TAGS,
        summary: 'Điểm danh: ghi nhận đơn vị có mặt và người dự',
        description:
          'Ghi theo từng đơn vị (đơn vị không có trong yêu cầu giữ nguyên); tăng phiên bản của cuộc họp.',
        params: meetingParams,
        body: attendanceBody,
        response: { 200: meetingView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const before = await findMeeting(tx, request.params.meetingId);
        const scope = await loadMeetingScope(tx, actor, before);
        requireWrite(scope);
        const meeting = await recordAttendance(tx, actor, before, scope, request.body);
        return presentMeeting(await loadMeetingFacts(tx, meeting), scope);
      });
    },
  );
}
