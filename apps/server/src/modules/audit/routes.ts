import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireCouncilMember, requireStandingOffice } from '../../access/council-access';
import { type Actor } from '../../auth/actor';
import { forbidden } from '../../http/errors';
import { offsetOf, pageOf, pageQuery } from '../../http/pagination';
import { auditCsv, exportFileName, loadResolversFor } from './export';
import { auditLabels } from './labels';
import { auditWhere, countEvents, countEventsBounded, presentEvent, selectEvents } from './query';
import { recentWhere } from './recent';
import {
  auditEventView,
  auditExportQuery,
  auditLabelsView,
  type AuditFilters,
  auditPageView,
  auditListQuery,
  councilParams,
  systemAuditExportQuery,
  systemAuditListQuery,
} from './schema';
import { raw, registerRoutes, route } from '../../http/route-table';

const TAGS = ['Nhật ký thay đổi'];

/** The installation-wide log is for system administrators only. */
function requireSystemAdmin(actor: Actor): void {
  if (!actor.isSystemAdmin) throw forbidden('Chỉ quản trị hệ thống được xem nhật ký của toàn hệ thống');
}

/**
 * The audit log: read-only by construction. There is no update or delete route (the database refuses
 * them too); the standing office of a council (and administrators) read and export their council's log.
 */
export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;

  async function list(
    filters: AuditFilters,
    query: { page: number; pageSize: number; beforeId?: number | undefined },
  ) {
    const where = auditWhere(filters);
    const limit = query.pageSize;
    const [rows, counted] = await Promise.all([
      selectEvents(
        db,
        where,
        query.beforeId === undefined
          ? { limit, offset: offsetOf(query) }
          : { limit, beforeId: query.beforeId },
      ),
      countEventsBounded(db, where),
    ]);
    const names = await loadResolversFor(db, filters.councilId, rows);
    return {
      items: rows.map((row) => presentEvent(row, names)),
      total: counted.total,
      totalApproximate: counted.approximate,
      page: query.page,
      pageSize: query.pageSize,
      nextBeforeId: rows.length === limit ? rows.at(-1)!.event.id : null,
    };
  }

  function sendCsv(reply: FastifyReply, filters: AuditFilters) {
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${exportFileName(new Date())}"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(auditCsv(db, auditWhere(filters), filters.councilId)));
  }

  registerRoutes(app, TAGS, [
    route(
      'GET /audit/labels',
      'Tên tiếng Việt của các loại đối tượng và thao tác trong nhật ký (để lọc)',
      { 200: auditLabelsView },
      async () => auditLabels(),
    ),
    route(
      'GET /councils/:councilId/audit',
      'Nhật ký thay đổi của Hội đồng',
      {
        description:
          'Cơ quan thường trực và quản trị. Lọc theo đối tượng, mã, người thực hiện, thao tác, khoảng ngày ' +
          '(giờ Việt Nam), nội dung lý do; mới nhất trước.',
        params: councilParams,
        query: auditListQuery,
        200: auditPageView,
      },
      async ({ actor, params, query }) => {
        const { councilId } = params;
        requireStandingOffice(actor, councilId);
        return list({ ...query, councilId }, query);
      },
    ),
    route(
      'GET /councils/:councilId/audit/recent',
      'Thay đổi gần đây mà người dùng được xem (trang chủ)',
      {
        description:
          'Cơ quan thường trực và quản trị: mọi thay đổi của Hội đồng. Người khác: thao tác của chính mình ' +
          'và các thay đổi về đơn vị mình công tác (đăng ký, điểm, điểm cộng, điểm trừ, ý kiến, giao ước). ' +
          'Mới nhất trước.',
        params: councilParams,
        query: pageQuery,
        200: pageOf(auditEventView),
      },
      async ({ db, actor, params, query }) => {
        const access = requireCouncilMember(actor, params.councilId);
        const where = recentWhere(access, actor.userId);
        const [rows, total] = await Promise.all([
          selectEvents(db, where, { limit: query.pageSize, offset: offsetOf(query) }),
          countEvents(db, where),
        ]);
        return {
          items: rows.map((row) => presentEvent(row)),
          total,
          page: query.page,
          pageSize: query.pageSize,
        };
      },
    ),
    raw(
      'GET /councils/:councilId/audit/export',
      'Xuất nhật ký thay đổi ra tệp CSV (mở được bằng Excel)',
      {
        description:
          'Cùng bộ lọc với danh sách. UTF-8 có BOM; cột: Thời điểm, Người thực hiện, Đối tượng, Mã, Thao tác, ' +
          'Giá trị cũ, Giá trị mới, Lý do.',
        params: councilParams,
        query: auditExportQuery,
        produces: ['text/csv'],
      },
      async ({ actor, params, query, reply }) => {
        const { councilId } = params;
        requireStandingOffice(actor, councilId);
        return sendCsv(reply, { ...query, councilId });
      },
    ),
    route(
      'GET /audit',
      'Nhật ký thay đổi của toàn hệ thống',
      {
        description: 'Chỉ quản trị hệ thống; lọc thêm theo hội đồng.',
        query: systemAuditListQuery,
        200: auditPageView,
      },
      async ({ actor, query }) => {
        requireSystemAdmin(actor);
        return list(query, query);
      },
    ),
    raw(
      'GET /audit/export',
      'Xuất nhật ký thay đổi của toàn hệ thống ra tệp CSV',
      { query: systemAuditExportQuery, produces: ['text/csv'] },
      async ({ actor, query, reply }) => {
        requireSystemAdmin(actor);
        return sendCsv(reply, query);
      },
    ),
  ]);
}
