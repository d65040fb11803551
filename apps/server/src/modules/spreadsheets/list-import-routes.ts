import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireStandingOffice } from '../../access/council-access';
import { requireActor } from '../../auth/actor';
import { deliverSpreadsheet } from './deliver';
import { readUpload } from './routes';
import { councilSpreadsheetParams, spreadsheetResponse, unitsImportView, XLSX_PRODUCES } from './schema';
import { importUnits, prepareUnitsTemplate } from './units-import';

const TAGS = ['Bảng tính Excel'];

const UNITS_DESCRIPTION =
  'Gửi multipart/form-data, trường `file`: mẫu danh sách đơn vị (.xlsx) tải về từ `units-template`. ' +
  'Hàng đã có (mã đơn vị khoá) là sửa đúng các ô đã đổi, theo phiên bản lúc tải mẫu: đơn vị đã được sửa ' +
  'trên hệ thống sau đó là xung đột, không ghi đè; hàng mới là thêm đơn vị. Lỗi nêu đúng ô ' +
  '(`Đơn vị!E7: "Làng" không phải loại đơn vị`). Cơ quan thường trực và quản trị của Hội đồng.';

/**
 * Imports of lists from Excel: a council's units (and a plan's tasks). Template download, then the same
 * file to a stateless preview and to the commit that saves all of it or nothing, as one audited batch.
 */
export async function listImportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/councils/:councilId/spreadsheets/units-template',
    {
      schema: {
        tags: TAGS,
        summary: 'Tải mẫu danh sách đơn vị (Excel), có sẵn các đơn vị của Hội đồng',
        description:
          'Cột: STT, Mã đơn vị, Tên đơn vị, Loại đơn vị (danh sách chọn), Năm thi đua, Cấp học, Đang hoạt ' +
          'động; mã của đơn vị đã có bị khoá; các hàng trống bên dưới để thêm đơn vị. Cơ quan thường trực và quản trị.',
        params: councilSpreadsheetParams,
        produces: XLSX_PRODUCES,
        response: { 200: spreadsheetResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      requireStandingOffice(actor, request.params.councilId);
      const prepared = await prepareUnitsTemplate(db, request.params.councilId);
      return deliverSpreadsheet(db, actor, prepared, reply);
    },
  );

  for (const commit of [false, true]) {
    r.post(
      commit
        ? '/councils/:councilId/spreadsheets/units-import'
        : '/councils/:councilId/spreadsheets/units-import/preview',
      {
        schema: {
          tags: TAGS,
          summary: commit
            ? 'Nhập danh sách đơn vị từ Excel: lưu tất cả hoặc không lưu gì'
            : 'Xem trước các đơn vị tệp Excel sẽ thêm, sửa (không lưu)',
          description: commit
            ? `${UNITS_DESCRIPTION} Lưu trong một giao dịch, mỗi đơn vị một sự kiện nhật ký chung một mã đợt; có xung đột → 409, không lưu gì.`
            : `${UNITS_DESCRIPTION} Không lưu gì.`,
          consumes: ['multipart/form-data'],
          params: councilSpreadsheetParams,
          response: { 200: unitsImportView },
        },
      },
      async (request) => {
        const actor = requireActor(request.actor);
        // The file is read only once the actor is known to manage the council's units.
        requireStandingOffice(actor, request.params.councilId);
        const upload = await readUpload(request);
        return importUnits(db, actor, request.params.councilId, upload, commit);
      },
    );
  }
}
