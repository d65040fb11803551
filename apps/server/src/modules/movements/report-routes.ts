import type { MovementReport } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { command, registerRoutes, route } from '../../http/route-table';
import { localToday } from '../../kernel/dates';
import {
  dueReports,
  findReport,
  reportMatrix,
  reviewReport,
  submitReport,
  submittedDay,
} from './report-service';
import { loadPeriodScope, requireWrite } from '../plans-shared/policy';
import {
  dueReportsQuery,
  dueReportsView,
  movementParams,
  movementReportParams,
  movementReportView,
  reportMatrixView,
  reviewReportBody,
  submitReportBody,
} from './schema';
import { periodParams } from '../plans-shared/schema';

const TAGS = ['Phong trào thi đua'];

export function presentReport(r: MovementReport): z.infer<typeof movementReportView> {
  const submittedOn = submittedDay(r);
  return {
    id: r.id,
    movementId: r.movementId,
    unitId: r.unitId,
    dueOn: r.dueOn,
    summary: r.summary,
    status: r.status,
    submittedOn,
    submittedAt: r.submittedAt.toISOString(),
    late: submittedOn > r.dueOn,
    returnReason: r.returnReason,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    fileName: r.fileName,
    version: r.version,
  };
}

/** The per-unit reports of emulation movements (issue #14 §1): the matrix, submission, review, due items. */
export async function movementReportRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /movements/:movementId/reports',
      'Báo cáo của các đơn vị tham gia phong trào theo từng hạn (đúng hạn, muộn, chưa nộp)',
      {
        description:
          'Cơ quan thường trực và thành viên Hội đồng xem mọi đơn vị tham gia; cán bộ đơn vị chỉ thấy đơn vị mình.',
        params: movementParams,
        200: reportMatrixView,
      },
      async ({ db, actor, params }) => {
        const matrix = await reportMatrix(db, actor, params.movementId);
        return {
          movementId: matrix.movement.id,
          dueDates: matrix.dueDates,
          units: matrix.units.map((u) => ({
            ...u,
            cells: u.cells.map((c) => ({ ...c, report: c.report && presentReport(c.report) })),
          })),
          abilities: { review: matrix.scope.canWrite },
        };
      },
    ),
    command(
      'PUT /movements/:movementId/reports',
      'Đơn vị nộp (hoặc nộp lại, khi chưa được chấp nhận) báo cáo phong trào cho một hạn',
      {
        description:
          'Cán bộ của chính đơn vị, hoặc cơ quan thường trực. Nộp sau hạn vẫn được nhận và ghi là muộn. ' +
          '`version` = 0 khi nộp lần đầu.',
        params: movementParams,
        body: submitReportBody,
        200: movementReportView,
      },
      async ({ tx, actor, params, body }) => {
        const { report } = await submitReport(tx, actor, params.movementId, body);
        return presentReport(report);
      },
    ),
    command(
      'POST /movement-reports/:reportId/review',
      'Cơ quan thường trực chấp nhận hoặc trả lại (nêu lý do) báo cáo phong trào',
      {
        description: 'Chỉ cơ quan thường trực Hội đồng.',
        params: movementReportParams,
        body: reviewReportBody,
        200: movementReportView,
      },
      async ({ tx, actor, params, body }) => {
        const { report, movement, scope } = await findReport(tx, actor, params.reportId);
        requireWrite(scope);
        return presentReport(await reviewReport(tx, actor, report, movement, body));
      },
    ),
    route(
      'GET /periods/:periodId/movement-reports/due',
      'Báo cáo phong trào sắp đến hạn hoặc quá hạn (bảng việc cần làm ở trang chủ)',
      {
        description:
          'Cán bộ đơn vị: các báo cáo đơn vị mình còn nợ, hạn trong 30 ngày tới hoặc đã quá. Cơ quan thường ' +
          'trực, thành viên Hội đồng: số đơn vị chưa nộp theo phong trào và hạn. `asOf` mặc định hôm nay.',
        params: periodParams,
        query: dueReportsQuery,
        200: dueReportsView,
      },
      async ({ db, actor, params, query }) => {
        const scope = await loadPeriodScope(db, actor, params.periodId);
        return dueReports(db, scope, query.asOf ?? localToday());
      },
    ),
  ]);
}
