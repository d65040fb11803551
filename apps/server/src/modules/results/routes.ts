import {
  periodFileImportQuery as importQuery,
  periodFileImportSummary as importSummary,
} from '@thidua/contracts/results';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { importPeriodFile } from './period-file-import';
import { computeResultsText, exportPeriodFile } from './service';
import { periodDocument, resultDocument } from './schema';
import { clusterParams, versionQuery } from '../scoring-shared/schema';
import { sendJsonText } from '../../http/json-text';
import { raw, registerRoutes, route } from '../../http/route-table';

const TAGS = ['Kết quả, xếp hạng'];

/** Results computed by the engine on read, and the period file's export and import. */
export async function resultsRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    raw(
      'GET /clusters/:clusterId/results',
      'Kết quả chấm điểm, xếp hạng, khen thưởng của cụm, khối (tính bằng bộ máy chấm điểm)',
      {
        description:
          'Đúng bằng `npx thidua score` trên tệp kỳ thi đua xuất ra. Cụm trưởng, cụm phó, cơ quan thường ' +
          'trực, thành viên Hội đồng theo dõi xem toàn bộ; đơn vị thành viên xem toàn bộ khi bảng điểm đã ' +
          'công bố, trước đó chỉ xem kết quả của mình.',
        params: clusterParams,
        query: versionQuery,
        200: resultDocument,
      },
      async ({ db, actor, params, query, request, reply }) => {
        const text = await computeResultsText(db, actor, params.clusterId, query.criteriaVersionId);
        // Already JSON text of `resultDocument` (service.ts): sent as it is, not serialised again.
        return sendJsonText(request, reply, text);
      },
    ),
    route(
      'GET /clusters/:clusterId/period-file',
      'Xuất tệp kỳ thi đua thidua/period@1 (cơ quan thường trực, cụm trưởng, cụm phó)',
      { params: clusterParams, query: versionQuery, 200: periodDocument },
      async ({ db, actor, params, query }) =>
        exportPeriodFile(db, actor, params.clusterId, query.criteriaVersionId),
    ),
    route(
      'POST /clusters/:clusterId/period-file',
      'Nhập tệp kỳ thi đua thidua/period@1 vào cụm, khối trống (cơ quan thường trực)',
      {
        description:
          'Kỳ thi đua ở giai đoạn thiết lập hoặc xây dựng tiêu chí; cụm chưa có đơn vị và bộ tiêu chí. ' +
          'Đơn vị khớp theo mã (chưa có thì tạo), bộ tiêu chí được ban hành, kết quả lưu là điểm thẩm ' +
          'định; có lỗi thì không lưu gì và trả về mọi lỗi kèm vị trí trong tệp.',
        params: clusterParams,
        query: importQuery,
        body: z.unknown().describe('Tài liệu thidua/period@1'),
        201: importSummary,
      },
      async ({ db, actor, params, query, body }) =>
        importPeriodFile(db, actor, params.clusterId, body, query),
    ),
  ]);
}
