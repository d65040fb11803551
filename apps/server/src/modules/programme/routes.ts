import type { FastifyInstance } from 'fastify';
import { loadPeriodScope, requireWrite } from '../plans-shared/policy';
import { presentProgramme, presentSession } from './presenter';
import { createSession, deleteSession, findSession, listSessions, updateSession } from './service';
import { deleteQuery, periodParams } from '../plans-shared/schema';
import { programmeView, sessionBody, sessionParams, sessionPatch, sessionView } from './schema';
import { deleted } from '../../http/schemas';
import { command, registerRoutes, route } from '../../http/route-table';

export const PROGRAMME_TAGS = ['Chương trình công tác của Hội đồng'];
const SO_ONLY = 'Chỉ cơ quan thường trực Hội đồng.';

/** The council's work programme: its sessions by month with their agendas (SPEC §11). */
export async function programmeRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, PROGRAMME_TAGS, [
    route(
      'GET /periods/:periodId/programme',
      'Chương trình công tác của Hội đồng: các phiên họp theo tháng',
      {
        description:
          'Mọi phiên họp của kỳ, theo thứ tự năm, tháng, ngày họp (phiên chưa định ngày xếp cuối tháng), ' +
          'kèm bảng tổng hợp theo tháng.',
        params: periodParams,
        200: programmeView,
      },
      async ({ db, actor, params }) => {
        const scope = await loadPeriodScope(db, actor, params.periodId);
        return presentProgramme(await listSessions(db, scope.periodId), scope);
      },
    ),
    command(
      'POST /periods/:periodId/programme',
      'Thêm phiên họp vào chương trình công tác',
      {
        description: `${SO_ONLY} Tháng họp phải thuộc thời gian của kỳ; ngày họp (nếu có) phải thuộc tháng đó.`,
        params: periodParams,
        body: sessionBody,
        201: sessionView,
      },
      async ({ tx, actor, params, body }) => {
        const scope = await loadPeriodScope(tx, actor, params.periodId);
        requireWrite(scope);
        return presentSession(await createSession(tx, actor, scope, body), scope);
      },
    ),
    route(
      'GET /programme-sessions/:sessionId',
      'Xem phiên họp trong chương trình công tác',
      { params: sessionParams, 200: sessionView },
      async ({ db, actor, params }) => {
        const { session, scope } = await findSession(db, actor, params.sessionId);
        return presentSession(session, scope);
      },
    ),
    command(
      'PATCH /programme-sessions/:sessionId',
      'Sửa phiên họp: nội dung, thời gian, tình trạng, cuộc họp đã ghi nhận',
      { description: SO_ONLY, params: sessionParams, body: sessionPatch, 200: sessionView },
      async ({ tx, actor, params, body }) => {
        const { session, scope } = await findSession(tx, actor, params.sessionId);
        requireWrite(scope);
        return presentSession(await updateSession(tx, actor, session, body), scope);
      },
    ),
    command(
      'DELETE /programme-sessions/:sessionId',
      'Xóa phiên họp khỏi chương trình công tác',
      {
        description: `${SO_ONLY} Tham số \`version\` (và \`reason\`) trên địa chỉ.`,
        params: sessionParams,
        query: deleteQuery,
        204: deleted,
      },
      async ({ tx, actor, params, query }) => {
        const { session, scope } = await findSession(tx, actor, params.sessionId);
        requireWrite(scope);
        await deleteSession(tx, actor, session, query.version, query.reason);
      },
    ),
  ]);
}
