import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { councilParams } from '../audit/schema';
import { deliverSpreadsheet } from '../spreadsheets/deliver';
import { spreadsheetResponse, XLSX_PRODUCES } from '../spreadsheets/schema';
import { prepareStatisticsWorkbook } from '../spreadsheets/statistics-export';
import { statisticsQuery, statisticsView } from './schema';
import { councilStatistics } from './service';

/** Council-wide statistics across clusters and years (issue #14 §4), and their Excel export (#13 §1). */
export async function statisticsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/councils/:councilId/statistics',
    {
      schema: {
        tags: ['Hội đồng'],
        summary: 'Thống kê của Hội đồng: tiến độ, phân bố điểm, khen thưởng so với chỉ tiêu, qua các năm',
        description:
          'Cơ quan thường trực và thành viên Hội đồng. Mỗi kỳ thi đua trong các năm (kể cả kỳ đã lưu trữ), ' +
          'mỗi cụm, khối: tiến độ như `/periods/{periodId}/progress`; phân bố điểm cuối cùng (nhỏ nhất, tứ ' +
          'phân vị, lớn nhất, trung bình) từ kết quả của bộ máy chấm điểm như `/clusters/{clusterId}/results`; ' +
          'số đơn vị được khen thưởng theo từng mức so với chỉ tiêu; tỷ lệ khen thưởng (mục 2.4c hướng dẫn ' +
          'Bắc Giang). Điểm là số thập phân chính xác dạng chuỗi.',
        params: councilParams,
        querystring: statisticsQuery,
        response: { 200: statisticsView },
      },
    },
    async (request) =>
      councilStatistics(db, requireActor(request.actor), request.params.councilId, request.query),
  );

  r.get(
    '/councils/:councilId/spreadsheets/statistics',
    {
      schema: {
        tags: ['Bảng tính Excel'],
        summary: 'Xuất Excel thống kê của Hội đồng qua các năm',
        description:
          'Đúng số liệu của `/councils/{councilId}/statistics` với cùng người xem và cùng các năm: bảng ' +
          'Thống kê (mỗi kỳ, mỗi cụm, khối một hàng) và bảng Khen thưởng và chỉ tiêu. Việc xuất được ghi nhật ký.',
        params: councilParams,
        querystring: statisticsQuery,
        produces: XLSX_PRODUCES,
        response: { 200: spreadsheetResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const prepared = await prepareStatisticsWorkbook(db, actor, request.params.councilId, request.query);
      return deliverSpreadsheet(db, actor, prepared, reply);
    },
  );
}
