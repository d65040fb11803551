import type { FastifyInstance } from 'fastify';
import { councilParams } from '../audit/schema';
import { spreadsheetExport } from '../spreadsheets/workbook-routes';
import { prepareStatisticsWorkbook } from '../spreadsheets/statistics-export';
import { statisticsQuery, statisticsView } from './schema';
import { councilStatistics } from './service';
import { registerRoutes, route } from '../../http/route-table';

/** Council-wide statistics across clusters and years (issue #14 §4), and their Excel export (#13 §1). */
export async function statisticsRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(
    app,
    ['Hội đồng'],
    [
      route(
        'GET /councils/:councilId/statistics',
        'Thống kê của Hội đồng: tiến độ, phân bố điểm, khen thưởng so với chỉ tiêu, qua các năm',
        {
          description:
            'Cơ quan thường trực và thành viên Hội đồng. Mỗi kỳ thi đua trong các năm (kể cả kỳ đã lưu trữ), ' +
            'mỗi cụm, khối: tiến độ như `/periods/{periodId}/progress`; phân bố điểm cuối cùng (nhỏ nhất, tứ ' +
            'phân vị, lớn nhất, trung bình) từ kết quả của bộ máy chấm điểm như `/clusters/{clusterId}/results`; ' +
            'số đơn vị được khen thưởng theo từng mức so với chỉ tiêu; tỷ lệ khen thưởng (mục 2.4c hướng dẫn ' +
            'Bắc Giang). Điểm là số thập phân chính xác dạng chuỗi.',
          params: councilParams,
          query: statisticsQuery,
          200: statisticsView,
        },
        async ({ db, actor, params, query }) => councilStatistics(db, actor, params.councilId, query),
      ),
      spreadsheetExport(
        'GET /councils/:councilId/spreadsheets/statistics',
        'Xuất Excel thống kê của Hội đồng qua các năm',
        {
          tags: ['Bảng tính Excel'],
          description:
            'Đúng số liệu của `/councils/{councilId}/statistics` với cùng người xem và cùng các năm: bảng ' +
            'Thống kê (mỗi kỳ, mỗi cụm, khối một hàng) và bảng Khen thưởng và chỉ tiêu. Việc xuất được ghi nhật ký.',
          params: councilParams,
          query: statisticsQuery,
        },
        async ({ db, actor, params, query }) => prepareStatisticsWorkbook(db, actor, params.councilId, query),
      ),
    ],
  );
}
