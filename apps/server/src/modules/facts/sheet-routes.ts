import type { FastifyInstance } from 'fastify';
import { loadFactSheet } from './sheet-service';
import {
  factSheetView,
  staffCountBody,
  staffCountConfirmBody,
  staffCountParams,
  staffCountView,
} from './schema';
import { clusterParams } from '../scoring-shared/schema';
import { confirmStaffCount, putStaffCount } from './staff-counts-service';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Thông tin xét khen thưởng'];

/** The facts sheet of a cluster and the units' staff counts (Nghị định 152/2025 Art. 4.6). */
export async function factSheetRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /clusters/:clusterId/fact-sheet',
      'Bảng thông tin xét khen thưởng: đơn vị × thông tin, mỗi ô kèm nguồn',
      {
        description:
          'Thông tin do cơ quan thường trực nhập, thông tin hệ thống lấy từ hồ sơ (đăng ký, giao ước, ' +
          'báo cáo trong kế hoạch công tác, số lao động nữ) và thông tin bị ghi đè kèm lý do; đánh dấu ' +
          'thông tin bộ tiêu chí cần mà đơn vị còn thiếu.',
        params: clusterParams,
        200: factSheetView,
      },
      async ({ db, actor, params }) => loadFactSheet(db, actor, params.clusterId),
    ),
    route(
      'PUT /clusters/:clusterId/units/:unitId/staff-count',
      'Kê khai số lao động và số lao động nữ của đơn vị trong kỳ',
      {
        description:
          'Cán bộ của chính đơn vị kê khai (chờ cơ quan thường trực xác nhận); cơ quan thường trực nhập ' +
          'hoặc sửa thì số liệu được xác nhận luôn. Gửi `version` đã đọc (0 để tạo mới).',
        params: staffCountParams,
        body: staffCountBody,
        200: staffCountView,
      },
      async ({ db, actor, params, body }) => putStaffCount(db, actor, params, body),
    ),
    route(
      'POST /clusters/:clusterId/units/:unitId/staff-count/confirm',
      'Xác nhận số lao động đơn vị đã kê khai (cơ quan thường trực)',
      { params: staffCountParams, body: staffCountConfirmBody, 200: staffCountView },
      async ({ db, actor, params, body }) => confirmStaffCount(db, actor, params, body),
    ),
  ]);
}
