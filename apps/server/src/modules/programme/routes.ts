import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { loadPeriodScope, requireWrite } from '../plans-shared/policy';
import { presentProgramme, presentSession } from './presenter';
import { createSession, deleteSession, findSession, listSessions, updateSession } from './service';
import { deleteQuery, periodParams } from '../plans-shared/schema';
import { programmeView, sessionBody, sessionParams, sessionPatch, sessionView } from './schema';

export const PROGRAMME_TAGS = ['Chương trình công tác của Hội đồng'];
const SO_ONLY = 'Chỉ cơ quan thường trực Hội đồng.';

/** The council's work programme: its sessions by month with their agendas (SPEC §11). */
export async function programmeRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/periods/:periodId/programme',
    {
      schema: {
        tags: PROGRAMME_TAGS,
        summary: 'Chương trình công tác của Hội đồng: các phiên họp theo tháng',
        description:
          'Mọi phiên họp của kỳ, theo thứ tự năm, tháng, ngày họp (phiên chưa định ngày xếp cuối tháng), ' +
          'kèm bảng tổng hợp theo tháng.',
        params: periodParams,
        response: { 200: programmeView },
      },
    },
    async (request) => {
      const scope = await loadPeriodScope(db, requireActor(request.actor), request.params.periodId);
      return presentProgramme(await listSessions(db, scope.periodId), scope);
    },
  );

  r.post(
    '/periods/:periodId/programme',
    {
      schema: {
        tags: PROGRAMME_TAGS,
        summary: 'Thêm phiên họp vào chương trình công tác',
        description: `${SO_ONLY} Tháng họp phải thuộc thời gian của kỳ; ngày họp (nếu có) phải thuộc tháng đó.`,
        params: periodParams,
        body: sessionBody,
        response: { 201: sessionView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const scope = await loadPeriodScope(tx, actor, request.params.periodId);
        requireWrite(scope);
        return presentSession(await createSession(tx, actor, scope, request.body), scope);
      });
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/programme-sessions/:sessionId',
    {
      schema: {
        tags: PROGRAMME_TAGS,
        summary: 'Xem phiên họp trong chương trình công tác',
        params: sessionParams,
        response: { 200: sessionView },
      },
    },
    async (request) => {
      const { session, scope } = await findSession(db, requireActor(request.actor), request.params.sessionId);
      return presentSession(session, scope);
    },
  );

  r.patch(
    '/programme-sessions/:sessionId',
    {
      schema: {
        tags: PROGRAMME_TAGS,
        summary: 'Sửa phiên họp: nội dung, thời gian, tình trạng, cuộc họp đã ghi nhận',
        description: SO_ONLY,
        params: sessionParams,
        body: sessionPatch,
        response: { 200: sessionView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const { session, scope } = await findSession(tx, actor, request.params.sessionId);
        requireWrite(scope);
        return presentSession(await updateSession(tx, actor, session, request.body), scope);
      });
    },
  );

  r.delete(
    '/programme-sessions/:sessionId',
    {
      schema: {
        tags: PROGRAMME_TAGS,
        summary: 'Xóa phiên họp khỏi chương trình công tác',
        description: `${SO_ONLY} Tham số \`version\` (và \`reason\`) trên địa chỉ.`,
        params: sessionParams,
        querystring: deleteQuery,
        response: { 204: z.null().describe('Đã xóa') },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await db.transaction(async (tx) => {
        const { session, scope } = await findSession(tx, actor, request.params.sessionId);
        requireWrite(scope);
        await deleteSession(tx, actor, session, request.query.version, request.query.reason);
      });
      return reply.status(204).send(null);
    },
  );
}
