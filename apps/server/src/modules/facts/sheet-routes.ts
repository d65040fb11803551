import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
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

const TAGS = ['Thông tin xét khen thưởng'];

/** The facts sheet of a cluster and the units' staff counts (Nghị định 152/2025 Art. 4.6). */
export async function factSheetRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/fact-sheet',
    {
      schema: {
        tags: TAGS,
        summary: 'Bảng thông tin xét khen thưởng: đơn vị × thông tin, mỗi ô kèm nguồn',
        description:
          'Thông tin do cơ quan thường trực nhập, thông tin hệ thống lấy từ hồ sơ (đăng ký, giao ước, ' +
          'báo cáo trong kế hoạch công tác, số lao động nữ) và thông tin bị ghi đè kèm lý do; đánh dấu ' +
          'thông tin bộ tiêu chí cần mà đơn vị còn thiếu.',
        params: clusterParams,
        response: { 200: factSheetView },
      },
    },
    async (request) => loadFactSheet(db, requireActor(request.actor), request.params.clusterId),
  );

  r.put(
    '/clusters/:clusterId/units/:unitId/staff-count',
    {
      schema: {
        tags: TAGS,
        summary: 'Kê khai số lao động và số lao động nữ của đơn vị trong kỳ',
        description:
          'Cán bộ của chính đơn vị kê khai (chờ cơ quan thường trực xác nhận); cơ quan thường trực nhập ' +
          'hoặc sửa thì số liệu được xác nhận luôn. Gửi `version` đã đọc (0 để tạo mới).',
        params: staffCountParams,
        body: staffCountBody,
        response: { 200: staffCountView },
      },
    },
    async (request) => putStaffCount(db, requireActor(request.actor), request.params, request.body),
  );

  r.post(
    '/clusters/:clusterId/units/:unitId/staff-count/confirm',
    {
      schema: {
        tags: TAGS,
        summary: 'Xác nhận số lao động đơn vị đã kê khai (cơ quan thường trực)',
        params: staffCountParams,
        body: staffCountConfirmBody,
        response: { 200: staffCountView },
      },
    },
    async (request) => confirmStaffCount(db, requireActor(request.actor), request.params, request.body),
  );
}
