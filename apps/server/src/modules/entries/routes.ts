import type { FastifyInstance } from 'fastify';
import { writeEntry } from '../scoring-shared/entry-write';
import { presentEntry } from './presenter';
import {
  clusterParams,
  entryBody,
  entryParams,
  entryView,
  reviewBatchBody,
  reviewBatchView,
  sheetQuery,
  sheetView,
  SCORING_TAGS,
} from '../scoring-shared/schema';
import { saveReviewBatch } from './review-service';
import { buildSheet } from './sheet-service';
import { sendJsonText } from '../../http/json-text';
import { raw, registerRoutes, route } from '../../http/route-table';
/** The scoring sheet and the writing of one cell's layer. */
export async function entriesRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, SCORING_TAGS, [
    raw(
      'GET /clusters/:clusterId/scoring-sheet',
      'Bảng chấm điểm của cụm, khối (đơn vị × tiêu chí)',
      {
        description:
          'Mỗi ô có điểm tự chấm, điểm đơn vị đầu mối, điểm cơ quan thường trực và điểm thẩm định. ' +
          'Đơn vị thành viên chỉ xem hàng của mình cho tới khi bảng điểm được công bố (kỳ đến giai đoạn ' +
          'thẩm định); đơn vị đầu mối xem các tiêu chí được giao; cụm trưởng, cụm phó, cơ quan thường ' +
          'trực và thành viên Hội đồng theo dõi cụm xem toàn bộ.',
        params: clusterParams,
        query: sheetQuery,
        200: sheetView,
      },
      async ({ db, actor, params, query, request, reply }) => {
        const text = await buildSheet(db, actor, params.clusterId, query);
        // Already JSON text of `sheetView` (sheet-service.ts): sent as it is, not serialised again.
        return sendJsonText(request, reply, text);
      },
    ),
    route(
      'PUT /clusters/:clusterId/units/:unitId/entries/:criterionCode/:stage',
      'Ghi điểm một ô (tự chấm, đầu mối, cơ quan thường trực hoặc thẩm định)',
      {
        description:
          '`stage`: self (đơn vị tự chấm, giai đoạn tự chấm điểm), focal (đơn vị đầu mối được giao), ' +
          'standingOffice (cơ quan thường trực), agreed (cụm trưởng, cụm phó, cơ quan thường trực thẩm ' +
          'định, giai đoạn thẩm định hoặc họp trù bị, bắt buộc nêu lý do; không thẩm định đơn vị của ' +
          'mình). Gửi `version` đã đọc (0 để tạo mới); sai phiên bản → 409.',
        params: entryParams,
        body: entryBody,
        200: entryView,
      },
      async ({ db, actor, params, body }) => {
        const { entry, evidenceCount } = await writeEntry(db, actor, params, body);
        return presentEntry(entry, evidenceCount);
      },
    ),
    route(
      'POST /clusters/:clusterId/review-batches',
      'Thẩm định theo đợt: sửa các ô và đồng ý điểm đề xuất (một hàng, một cột, mọi ô không có ý kiến)',
      {
        description:
          'Một quyết định thẩm định, một lý do chung: `changes` là các ô người thẩm định sửa (kiểm tra như ' +
          'khi ghi từng ô, kèm phiên bản điểm thẩm định đã đọc); `accept` là phạm vi đồng ý điểm đề xuất. ' +
          'Điểm đề xuất của mỗi ô là lớp tốt nhất bên dưới: đơn vị đầu mối, nếu không có thì cơ quan ' +
          'thường trực, nếu không có thì điểm tự chấm. Ghi điểm đề xuất làm điểm thẩm định cho mọi ô ' +
          'chưa thẩm định trong phạm vi (`accept.unitId`: một hàng; `accept.criterionCode`: một cột; cả hai: ' +
          'một ô; `{}`: cả bảng); mỗi ô một sự kiện nhật ký mang chung mã đợt; tất cả hoặc không ô nào. ' +
          'Bỏ qua và báo lại: ô của đơn vị mình (xung đột lợi ích), ô đang có ý kiến chưa trả lời, ô đã ' +
          'thẩm định, ô chưa có điểm. Gửi `cells` là các đề xuất đã đọc (lớp và phiên bản); ô đã thay ' +
          'đổi từ lúc đọc → 409 STALE nêu từng ô, không lưu ô nào.',
        params: clusterParams,
        body: reviewBatchBody,
        200: reviewBatchView,
      },
      async ({ db, actor, params, body }) => saveReviewBatch(db, actor, params.clusterId, body),
    ),
  ]);
}
