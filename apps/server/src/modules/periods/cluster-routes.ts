import { clusters } from '@thidua/db';
import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { pageOf, pageQuery, selectPage } from '../../http/pagination';
import { copyClusters, leadershipHistory } from './cluster-copy';
import { presentClusters, readClusterView } from './cluster-presenter';
import {
  clusterBody,
  clusterListQuery,
  clusterParams,
  clusterPatch,
  clusterView,
  copyClustersBody,
  copyResult,
  historyItem,
} from '@thidua/contracts/periods-clusters';
import { createCluster, updateCluster } from './cluster-service';
import { loadReadablePeriod } from './period-service';
import { periodParams } from '@thidua/contracts/periods';
import { registerRoutes, route, writeThenRead } from '../../http/route-table';

const TAGS = ['Cụm, khối thi đua'];

/** Clusters and blocks of a period: list, create, read, edit, carry into another period, history. */
export async function clusterRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /periods/:periodId/clusters',
      'Danh sách cụm, khối của kỳ',
      { params: periodParams, query: clusterListQuery, 200: pageOf(clusterView) },
      async ({ db, actor, params, query }) => {
        const { period, access } = await loadReadablePeriod(db, actor, params.periodId);
        const { kind, q } = query;
        const filters: SQL[] = [eq(clusters.periodId, period.id)];
        if (kind) filters.push(eq(clusters.kind, kind));
        if (q) filters.push(or(ilike(clusters.name, `%${q}%`), ilike(clusters.code, `%${q}%`))!);
        const rows = await selectPage(db, clusters, and(...filters), [asc(clusters.code)], query, (c) => c);
        return { ...rows, items: await presentClusters(db, rows.items, period, access) };
      },
    ),
    route(
      'POST /periods/:periodId/clusters',
      'Thêm cụm, khối (cơ quan thường trực)',
      { params: periodParams, body: clusterBody, 201: clusterView },
      async ({ db, actor, params, body }) => {
        const cluster = await createCluster(db, actor, params.periodId, body);
        return await readClusterView(db, actor, cluster.id);
      },
    ),
    route(
      'POST /periods/:periodId/clusters/copy',
      'Sao chép cụm, khối từ kỳ khác (giữ dòng lịch sử)',
      {
        description:
          'Chép mã, tên, loại, bộ phận giúp việc, thành viên, cụm trưởng và cụm phó của các cụm, khối ở kỳ nguồn ' +
          'sang kỳ này (đang ở giai đoạn thiết lập, chưa có cụm, khối nào). Mỗi cụm giữ dòng lịch sử (lineageId). ' +
          'Cụm, khối đã bầu cụm trưởng, cụm phó năm sau tại cuộc họp (bỏ phiếu bầu) thì bắt đầu với những đơn vị ' +
          'được bầu; vị trí chưa bầu xong (bằng phiếu) giữ như cũ.',
        params: periodParams,
        body: copyClustersBody,
        201: copyResult,
      },
      async ({ db, actor, params, body }) => copyClusters(db, actor, params.periodId, body.sourcePeriodId),
    ),
    route(
      'GET /clusters/:clusterId',
      'Xem cụm, khối với thành viên và vị trí',
      { params: clusterParams, 200: clusterView },
      async ({ db, actor, params }) => readClusterView(db, actor, params.clusterId),
    ),
    route(
      'PATCH /clusters/:clusterId',
      'Sửa cụm, khối (cơ quan thường trực)',
      { params: clusterParams, body: clusterPatch, 200: clusterView },
      writeThenRead('clusterId', updateCluster, readClusterView),
    ),
    route(
      'GET /clusters/:clusterId/history',
      'Lịch sử cụm trưởng, cụm phó qua các năm',
      { params: clusterParams, query: pageQuery, 200: pageOf(historyItem) },
      async ({ db, actor, params, query }) => {
        const { page, pageSize } = query;
        const result = await leadershipHistory(db, actor, params.clusterId, query);
        return { ...result, page, pageSize };
      },
    ),
  ]);
}
