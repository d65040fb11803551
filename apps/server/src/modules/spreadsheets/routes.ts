import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireStandingOffice } from '../../access/council-access';
import { AppError } from '../../http/errors';
import { auditExportQuery, councilParams } from '../audit/schema';
import { versionQuery } from '../scoring-shared/schema';
import { prepareAuditWorkbook } from './audit-export';
import { criteriaSpreadsheetRoutes } from './criteria-import';
import { listExportRoutes } from './list-export-routes';
import { spreadsheetExport, spreadsheetImports } from './workbook-routes';
import { prepareResultsWorkbook } from './results-export';
import { assertMayImportScores, importScores, type Upload } from './score-import';
import { prepareScoreTemplate } from './score-template';
import { clusterParams, importView, templateQuery } from './schema';
import { registerRoutes } from '../../http/route-table';

const TAGS = ['Bảng tính Excel'];

const IMPORT_DESCRIPTION =
  'Gửi multipart/form-data, trường `file`: mẫu nhập điểm (.xlsx) đã tải về từ `score-template` và điền. ' +
  'Chỉ các ô đã sửa so với lúc tải mẫu được xét; lỗi nêu đúng ô (`Bảng điểm!H8: 125 vượt quá điểm chuẩn 100 ' +
  'của tiêu chí II.2`); ô đã được sửa trên hệ thống sau khi tải mẫu là xung đột, không ghi đè.';

/** The uploaded file of a multipart request (field `file`), refused by name when absent or empty. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const missing = () =>
    new AppError('VALIDATION', 'Chưa chọn tệp Excel', [{ path: 'body.file', message: 'thiếu tệp .xlsx' }]);
  if (!request.isMultipart()) throw missing();
  const part = await request.file();
  if (!part) throw missing();
  const bytes = await part.toBuffer();
  if (part.file.truncated) {
    throw new AppError('FILE_TOO_LARGE', 'Tệp quá lớn', [{ path: 'body.file', message: 'tệp quá lớn' }]);
  }
  if (bytes.length === 0)
    throw new AppError('VALIDATION', 'Tệp rỗng', [{ path: 'body.file', message: 'tệp rỗng' }]);
  return { bytes, fileName: part.filename.normalize('NFC').slice(0, 200) };
}

/**
 * Spreadsheets (.xlsx): the cluster's scoring sheet and the audit log as exports, and the score template
 * with its import (preview, then commit). Values come from the engine and the stored rows, never
 * recomputed in the sheet.
 */
export async function spreadsheetsRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    spreadsheetExport(
      'GET /clusters/:clusterId/spreadsheets/results',
      'Xuất Excel bảng điểm của cụm, khối: tổng hợp, điểm từng tiêu chí, các lớp điểm',
      {
        description:
          'Số liệu đúng bằng `/clusters/{clusterId}/results` (nhóm, điểm thưởng, điểm trừ, điểm cuối cùng, ' +
          'xếp hạng, tình trạng, danh hiệu) và các lớp điểm đã lưu (tự chấm, đầu mối, cơ quan thường trực, ' +
          'thẩm định). Ai xem được kết quả của mọi đơn vị thì tải được.',
        params: clusterParams,
        query: versionQuery,
      },
      async ({ db, actor, params, query }) =>
        prepareResultsWorkbook(db, actor, params.clusterId, query.criteriaVersionId),
    ),
    spreadsheetExport(
      'GET /clusters/:clusterId/spreadsheets/score-template',
      'Tải mẫu nhập điểm (Excel) gồm đúng các ô người dùng được ghi ở một lớp điểm',
      {
        description:
          'Đơn vị: các tiêu chí tự chấm của đơn vị mình; đơn vị đầu mối: các tiêu chí được giao, của mọi đơn ' +
          'vị khác; cơ quan thường trực: các tiêu chí do cơ quan thường trực chấm. Ô nhập mở khoá, còn lại ' +
          'khoá; có mã ẩn và phiên bản của từng ô lúc tải.',
        params: clusterParams,
        query: templateQuery,
      },
      async ({ db, actor, params, query }) => prepareScoreTemplate(db, actor, params.clusterId, query.layer),
    ),
    spreadsheetExport(
      'GET /councils/:councilId/spreadsheets/audit',
      'Xuất Excel nhật ký thay đổi: mỗi trường thông tin thay đổi một hàng',
      {
        description:
          'Cùng bộ lọc với danh sách nhật ký. Cột: Thời điểm, Người thực hiện, Đối tượng, Mã, Thao tác, ' +
          'Trường thông tin, Giá trị cũ, Giá trị mới, Lý do, Mã đợt. Cơ quan thường trực và quản trị.',
        params: councilParams,
        query: auditExportQuery,
      },
      async ({ db, actor, params, query }) => {
        const { councilId } = params;
        requireStandingOffice(actor, councilId);
        return prepareAuditWorkbook(db, { ...query, councilId });
      },
    ),
    ...spreadsheetImports(
      'POST /clusters/:clusterId/spreadsheets/score-import',
      {
        preview: [
          'Xem trước những gì tệp Excel sẽ thay đổi (không lưu)',
          `${IMPORT_DESCRIPTION} Không lưu gì.`,
        ],
        commit: [
          'Nhập điểm từ Excel: lưu tất cả các ô đã sửa hoặc không ô nào',
          `${IMPORT_DESCRIPTION} Lưu trong một giao dịch, mỗi ô một sự kiện nhật ký chung một mã đợt; có xung đột → 409, không lưu ô nào.`,
        ],
      },
      { params: clusterParams, 200: importView },
      async ({ db, actor, params, request }, commit) => {
        // The file is read only once the actor is known to write some cell of this cluster.
        await assertMayImportScores(db, actor, params.clusterId);
        const upload = await readUpload(request);
        return importScores(db, actor, params.clusterId, upload, commit);
      },
    ),
  ]);

  // The screens' lists (ranking and proposals, registrations, plan tasks, dossiers).
  await listExportRoutes(app);
  await criteriaSpreadsheetRoutes(app, readUpload);
}
