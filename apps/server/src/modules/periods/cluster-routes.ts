import { clusters } from '@thidua/db';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf, pageQuery } from '../../http/pagination';
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

const TAGS = ['Cụm, khối thi đua'];

/** Clusters and blocks of a period: list, create, read, edit, carry into another period, history. */
export async function clusterRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/periods/:periodId/clusters',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách cụm, khối của kỳ',
        params: periodParams,
        querystring: clusterListQuery,
        response: { 200: pageOf(clusterView) },
      },
    },
    async (request) => {
      const { period, access } = await loadReadablePeriod(
        db,
        requireActor(request.actor),
        request.params.periodId,
      );
      const { kind, q, page, pageSize } = request.query;
      const filters: SQL[] = [eq(clusters.periodId, period.id)];
      if (kind) filters.push(eq(clusters.kind, kind));
      if (q) filters.push(or(ilike(clusters.name, `%${q}%`), ilike(clusters.code, `%${q}%`))!);
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(clusters)
          .where(where)
          .orderBy(asc(clusters.code))
          .limit(pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(clusters).where(where),
      ]);
      return { items: await presentClusters(db, rows, period, access), total: total?.n ?? 0, page, pageSize };
    },
  );

  r.post(
    '/periods/:periodId/clusters',
    {
      schema: {
        tags: TAGS,
        summary: 'Thêm cụm, khối (cơ quan thường trực)',
        params: periodParams,
        body: clusterBody,
        response: { 201: clusterView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const cluster = await createCluster(db, actor, request.params.periodId, request.body);
      return reply.status(201).send(await readClusterView(db, actor, cluster.id));
    },
  );

  r.post(
    '/periods/:periodId/clusters/copy',
    {
      schema: {
        tags: TAGS,
        summary: 'Sao chép cụm, khối từ kỳ khác (giữ dòng lịch sử)',
        description:
          'Chép mã, tên, loại, bộ phận giúp việc, thành viên, cụm trưởng và cụm phó của các cụm, khối ở kỳ nguồn ' +
          'sang kỳ này (đang ở giai đoạn thiết lập, chưa có cụm, khối nào). Mỗi cụm giữ dòng lịch sử (lineageId). ' +
          'Cụm, khối đã bầu cụm trưởng, cụm phó năm sau tại cuộc họp (bỏ phiếu bầu) thì bắt đầu với những đơn vị ' +
          'được bầu; vị trí chưa bầu xong (bằng phiếu) giữ như cũ.',
        params: periodParams,
        body: copyClustersBody,
        response: { 201: copyResult },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const result = await copyClusters(db, actor, request.params.periodId, request.body.sourcePeriodId);
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/clusters/:clusterId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xem cụm, khối với thành viên và vị trí',
        params: clusterParams,
        response: { 200: clusterView },
      },
    },
    async (request) => readClusterView(db, requireActor(request.actor), request.params.clusterId),
  );

  r.patch(
    '/clusters/:clusterId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa cụm, khối (cơ quan thường trực)',
        params: clusterParams,
        body: clusterPatch,
        response: { 200: clusterView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await updateCluster(db, actor, request.params.clusterId, request.body);
      return readClusterView(db, actor, request.params.clusterId);
    },
  );

  r.get(
    '/clusters/:clusterId/history',
    {
      schema: {
        tags: TAGS,
        summary: 'Lịch sử cụm trưởng, cụm phó qua các năm',
        params: clusterParams,
        querystring: pageQuery,
        response: { 200: pageOf(historyItem) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const result = await leadershipHistory(
        db,
        requireActor(request.actor),
        request.params.clusterId,
        request.query,
      );
      return { ...result, page, pageSize };
    },
  );
}
