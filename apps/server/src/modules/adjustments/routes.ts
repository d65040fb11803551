import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../http/pagination';
import { createAdjustment, deleteAdjustment, listAdjustments, updateAdjustment } from './service';
import { refreshLateTaskDeductions, writeReturnedShareEntries } from './derived-service';
import {
  adjustmentBody,
  adjustmentListQuery,
  adjustmentParams,
  adjustmentPatch,
  adjustmentView,
  lateTaskDeductionBody,
  lateTaskDeductionView,
  returnedShareEntriesBody,
  returnedShareEntriesView,
} from './schema';
import { deleteQuery } from '../scoring-shared/write-fields';
import { clusterParams } from '../scoring-shared/schema';
import { deleted } from '../../http/schemas';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Điểm cộng, điểm trừ'];

const WHO =
  'Điểm trừ và điểm thưởng của Hội đồng: cơ quan thường trực. Điểm thưởng của cụm, khối (khoản có ' +
  '`awardedBy: "cluster"` hoặc tên nhắc đến cụm, khối): cụm trưởng, cụm phó (không cho đơn vị mình) và cơ ' +
  'quan thường trực. Giai đoạn tự chấm điểm, thẩm định hoặc họp trù bị.';

/** Bonus and deduction records with their source documents. */
export async function adjustmentsRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /clusters/:clusterId/adjustments',
      'Danh sách điểm cộng, điểm trừ',
      { params: clusterParams, query: adjustmentListQuery, 200: pageOf(adjustmentView) },
      async ({ db, actor, params, query }) => listAdjustments(db, actor, params.clusterId, query),
    ),
    route(
      'POST /clusters/:clusterId/adjustments',
      'Ghi điểm cộng hoặc điểm trừ cho một đơn vị',
      {
        description: `Khoản cộng: \`points\`; khoản trừ: \`count\` (số lần) và văn bản căn cứ. ${WHO}`,
        params: clusterParams,
        body: adjustmentBody,
        201: adjustmentView,
      },
      async ({ db, actor, params, body }) => createAdjustment(db, actor, params.clusterId, body),
    ),
    route(
      'PATCH /adjustments/:adjustmentId',
      'Sửa điểm cộng, điểm trừ (cần lý do)',
      { description: WHO, params: adjustmentParams, body: adjustmentPatch, 200: adjustmentView },
      async ({ db, actor, params, body }) => updateAdjustment(db, actor, params.adjustmentId, body),
    ),
    route(
      'DELETE /adjustments/:adjustmentId',
      'Xóa điểm cộng, điểm trừ (cần phiên bản và lý do)',
      { description: WHO, params: adjustmentParams, query: deleteQuery, 204: deleted },
      async ({ db, actor, params, query }) => deleteAdjustment(db, actor, params.adjustmentId, query),
    ),
    route(
      'POST /clusters/:clusterId/adjustments/late-tasks',
      'Tổng hợp điểm trừ chậm, muộn từ kế hoạch công tác',
      {
        description:
          'Cơ quan thường trực đặt số lần của khoản trừ (mặc định CHAM_MUON) cho mỗi đơn vị của cụm, khối ' +
          'bằng số nhiệm vụ chậm, muộn của đơn vị trong các kế hoạch đã ban hành của kỳ (đến ngày `asOf`), ' +
          'kèm văn bản căn cứ. Mỗi đơn vị có một bản ghi tổng hợp (`derivedFrom: lateTasks`): tạo mới, cập ' +
          'nhật khi số thay đổi, xóa khi về 0; bản ghi nhập tay không bị đụng tới. Mọi thay đổi ghi nhật ký.',
        params: clusterParams,
        body: lateTaskDeductionBody,
        200: lateTaskDeductionView,
      },
      async ({ db, actor, params, body }) => refreshLateTaskDeductions(db, actor, params.clusterId, body),
    ),
    route(
      'POST /clusters/:clusterId/entries/returned-dossiers',
      'Ghi tỷ lệ hồ sơ khen thưởng bị trả lại vào một tiêu chí (Bắc Giang III.4.a)',
      {
        description:
          'Cơ quan thường trực ghi, cho mỗi đơn vị của cụm, khối có hồ sơ trong các đợt của kỳ, tỷ lệ % hồ ' +
          'sơ bị trả lại (chính xác đến 2 chữ số thập phân) làm điểm của cơ quan thường trực cho tiêu chí ' +
          '`criterionCode`, qua cùng các kiểm tra như khi nhập tay. Đơn vị không có hồ sơ: không ghi.',
        params: clusterParams,
        body: returnedShareEntriesBody,
        200: returnedShareEntriesView,
      },
      async ({ db, actor, params, body }) => writeReturnedShareEntries(db, actor, params.clusterId, body),
    ),
  ]);
}
