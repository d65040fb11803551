import type { FastifyInstance } from 'fastify';
import { requireStandingOffice } from '../../access/council-access';
import { readUpload } from './routes';
import { councilSpreadsheetParams, planSpreadsheetParams, tasksImportView, unitsImportView } from './schema';
import { importPlanTasks, planForImport, prepareTasksTemplate } from './tasks-import';
import { importUnits, prepareUnitsTemplate } from './units-import';
import { registerRoutes } from '../../http/route-table';
import { spreadsheetExport, spreadsheetImports } from './workbook-routes';

const TAGS = ['Bảng tính Excel'];

const UNITS_DESCRIPTION =
  'Gửi multipart/form-data, trường `file`: mẫu danh sách đơn vị (.xlsx) tải về từ `units-template`. ' +
  'Hàng đã có (mã đơn vị khoá) là sửa đúng các ô đã đổi, theo phiên bản lúc tải mẫu: đơn vị đã được sửa ' +
  'trên hệ thống sau đó là xung đột, không ghi đè; hàng mới là thêm đơn vị. Lỗi nêu đúng ô ' +
  '(`Đơn vị!E7: "Làng" không phải loại đơn vị`). Cơ quan thường trực và quản trị của Hội đồng.';

const TASKS_DESCRIPTION =
  'Gửi multipart/form-data, trường `file`: bảng nhiệm vụ (.xlsx) tải về từ `tasks-template` và điền như ' +
  'phụ lục của kế hoạch (TT, nội dung, lãnh đạo chủ trì, đơn vị thực hiện, đơn vị phối hợp, thời gian). ' +
  'Cùng quy tắc với `/plans/{planId}/tasks/import`; lỗi nêu đúng ô (`Nhiệm vụ!I7: "30/02/2026" không phải ' +
  'ngày có thật`). Chỉ cơ quan thường trực, khi kế hoạch đang dự thảo.';

/**
 * Imports of lists from Excel: a council's units (and a plan's tasks). Template download, then the same
 * file to a stateless preview and to the commit that saves all of it or nothing, as one audited batch.
 */
export async function listImportRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    spreadsheetExport(
      'GET /councils/:councilId/spreadsheets/units-template',
      'Tải mẫu danh sách đơn vị (Excel), có sẵn các đơn vị của Hội đồng',
      {
        description:
          'Cột: STT, Mã đơn vị, Tên đơn vị, Loại đơn vị (danh sách chọn), Năm thi đua, Cấp học, Đang hoạt ' +
          'động; mã của đơn vị đã có bị khoá; các hàng trống bên dưới để thêm đơn vị. Cơ quan thường trực và quản trị.',
        params: councilSpreadsheetParams,
      },
      async ({ db, actor, params }) => {
        requireStandingOffice(actor, params.councilId);
        return prepareUnitsTemplate(db, params.councilId);
      },
    ),
    spreadsheetExport(
      'GET /plans/:planId/spreadsheets/tasks-template',
      'Tải mẫu bảng nhiệm vụ của kế hoạch (Excel), theo cột của phụ lục kế hoạch',
      {
        description:
          'Cột: TT, Nội dung thực hiện, Lãnh đạo chủ trì, Đơn vị thực hiện, Cơ quan thực hiện khác, Đơn vị ' +
          'phối hợp, Cơ quan phối hợp khác, Thời gian thực hiện, Ghi chú thời gian. Chỉ cơ quan thường trực.',
        params: planSpreadsheetParams,
      },
      async ({ db, actor, params }) =>
        prepareTasksTemplate(db, await planForImport(db, actor, params.planId)),
    ),
    ...spreadsheetImports(
      'POST /councils/:councilId/spreadsheets/units-import',
      {
        preview: [
          'Xem trước các đơn vị tệp Excel sẽ thêm, sửa (không lưu)',
          `${UNITS_DESCRIPTION} Không lưu gì.`,
        ],
        commit: [
          'Nhập danh sách đơn vị từ Excel: lưu tất cả hoặc không lưu gì',
          `${UNITS_DESCRIPTION} Lưu trong một giao dịch, mỗi đơn vị một sự kiện nhật ký chung một mã đợt; có xung đột → 409, không lưu gì.`,
        ],
      },
      { params: councilSpreadsheetParams, 200: unitsImportView },
      async ({ db, actor, params, request }, commit) => {
        // The file is read only once the actor is known to manage the council's units.
        requireStandingOffice(actor, params.councilId);
        const upload = await readUpload(request);
        return importUnits(db, actor, params.councilId, upload, commit);
      },
    ),
    ...spreadsheetImports(
      'POST /plans/:planId/spreadsheets/tasks-import',
      {
        preview: [
          'Xem trước các nhiệm vụ tệp Excel sẽ thêm vào kế hoạch (không lưu)',
          `${TASKS_DESCRIPTION} Không lưu gì.`,
        ],
        commit: [
          'Nhập bảng nhiệm vụ từ Excel vào kế hoạch đang dự thảo: tất cả hoặc không',
          `${TASKS_DESCRIPTION} Thêm sau các nhiệm vụ đã có, trong một giao dịch, mỗi nhiệm vụ một sự kiện nhật ký chung một mã đợt.`,
        ],
      },
      { params: planSpreadsheetParams, 200: tasksImportView },
      async ({ db, actor, params, request }, commit) => {
        await planForImport(db, actor, params.planId);
        const upload = await readUpload(request);
        return importPlanTasks(db, actor, params.planId, upload, commit);
      },
    ),
  ]);
}
