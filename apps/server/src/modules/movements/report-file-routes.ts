import { type Database, type MovementReport, movementReports } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type Actor } from '../../auth/actor';
import type { ServerConfig } from '../../config';
import { AppError, forbidden, notFound } from '../../http/errors';
import { versionQuery } from '../../http/schemas';
import { updateAudited } from '../../http/versioned-update';
import { discardFile, fileStoreOf } from '../../files/blob-store';
import { ACCEPTED_LIST } from '../../files/file-types';
import { receiveOneUpload } from '../../files/receive-upload';
import { presentReport } from './report-routes';
import { findReport } from './report-service';
import { assertPeriodWritable } from '../plans-shared/policy';
import { movementReportParams, movementReportView } from './schema';
import { fileDownload } from '../../http/file-download';
import { raw, registerRoutes } from '../../http/route-table';

const TAGS = ['Phong trào thi đua'];

/** The report's unit (its staff) or the standing office, while the report is not accepted. */
function requireReportWrite(found: Awaited<ReturnType<typeof findReport>>): void {
  if (!found.scope.canWrite && !found.scope.access.unitIds.has(found.report.unitId)) {
    throw forbidden('Đơn vị chỉ được nộp báo cáo phong trào của chính đơn vị mình');
  }
  if (found.report.status === 'accepted') {
    throw new AppError('MOVEMENT_REPORT_STATE', 'Báo cáo đã được chấp nhận: không thay tệp được');
  }
}

/**
 * Attaches (or replaces) a report's one file, checked like evidence and stored by its hash; the report's
 * version moves and the change is audited, in one transaction that checks the permission again.
 */
export async function attachReportFile(
  db: Database,
  config: ServerConfig,
  actor: Actor,
  reportId: string,
  version: number,
  parts: AsyncIterator<import('@fastify/multipart').MultipartFile>,
): Promise<MovementReport> {
  requireReportWrite(await findReport(db, actor, reportId));
  const { received, originalName, ext, type } = await receiveOneUpload(config, parts, 'báo cáo phong trào');
  try {
    return await db.transaction(async (tx) => {
      const found = await findReport(tx, actor, reportId);
      requireReportWrite(found);
      await assertPeriodWritable(tx, found.movement.periodId);
      const updated = await updateAudited(
        tx,
        actor,
        movementReports,
        found.report,
        version,
        {
          fileName: originalName || `bao-cao.${ext}`,
          fileSha256: received.sha256,
          fileSizeBytes: received.sizeBytes,
          fileMimeType: type.mime,
        },
        { councilId: found.movement.councilId, entityType: 'movementReport', action: () => 'attachFile' },
      );
      await fileStoreOf(config, tx).commit(received);
      return updated;
    });
  } finally {
    await discardFile(received.tempPath);
  }
}

/** The file of a movement report: upload (multipart) and download. */
export async function movementReportFileRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;

  registerRoutes(app, TAGS, [
    raw(
      'POST /movement-reports/:reportId/file',
      'Đính kèm (hoặc thay) tệp báo cáo phong trào của đơn vị',
      {
        description:
          `Gửi multipart/form-data, trường \`file\` (một tệp). Nhận ${ACCEPTED_LIST}. Cán bộ của chính đơn vị ` +
          'hoặc cơ quan thường trực, khi báo cáo chưa được chấp nhận; `version` là phiên bản báo cáo đang có.',
        consumes: ['multipart/form-data'],
        params: movementReportParams,
        query: z.object({ version: versionQuery }),
        200: movementReportView,
      },
      async ({ db, actor, params, query, request }) =>
        presentReport(
          await attachReportFile(db, config, actor, params.reportId, query.version, request.files()),
        ),
    ),
    fileDownload(
      config,
      'GET /movement-reports/:reportId/file',
      'Tải xuống tệp báo cáo phong trào',
      { description: 'Luôn trả về dạng tệp đính kèm.', params: movementReportParams },
      'tệp báo cáo',
      async ({ db, actor, params }) => {
        const { report } = await findReport(db, actor, params.reportId);
        if (!report.fileSha256 || !report.fileName) throw notFound('tệp báo cáo');
        return {
          sha256: report.fileSha256,
          mimeType: report.fileMimeType!,
          sizeBytes: report.fileSizeBytes!,
          originalName: report.fileName,
        };
      },
    ),
  ]);
}
