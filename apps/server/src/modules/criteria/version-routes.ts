import { criteriaVersions } from '@thidua/db';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canRead, loadClusterAccess } from '../../access/cluster-access';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf } from '../../http/pagination';
import { checkClusterRuleset } from './ruleset-checks';
import { issueBody, reviseBody } from './shared-schema';
import { compareVersions } from './version-compare';
import { agreeVersion, issueVersion, reviseVersion } from './version-lifecycle';
import { presentVersion, presentVersionSummary } from './version-presenter';
import {
  agreeBody,
  clusterParams,
  compareQuery,
  comparisonView,
  validateBody,
  validationView,
  versionCreateBody,
  versionListQuery,
  versionParams,
  versionPatch,
  versionSummary,
  versionView,
} from './version-schema';
import { createVersion, loadVersion, rulesOf, updateVersion } from './version-service';

const TAGS = ['Bộ tiêu chí cụm, khối'];

/** A cluster's criteria revisions: draft → agreed → issued (locked); revisions with a reason; compare. */
export async function versionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/criteria-versions',
    {
      schema: {
        tags: TAGS,
        summary: 'Các phiên bản bộ tiêu chí của cụm, khối',
        description: 'Người ngoài cụm, khối chỉ thấy các phiên bản đã ban hành.',
        params: clusterParams,
        querystring: versionListQuery,
        response: { 200: pageOf(versionSummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const access = await loadClusterAccess(db, actor, request.params.clusterId);
      const filters: SQL[] = [eq(criteriaVersions.clusterId, access.clusterId)];
      // Drafts are for the cluster; the rest of the council sees what was issued.
      if (!canRead(access)) filters.push(eq(criteriaVersions.status, 'issued'));
      if (request.query.status) filters.push(eq(criteriaVersions.status, request.query.status));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(criteriaVersions)
          .where(where)
          .orderBy(desc(criteriaVersions.revision))
          .limit(request.query.pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(criteriaVersions).where(where),
      ]);
      return {
        items: rows.map((row) => presentVersionSummary(row, access)),
        total: total?.n ?? 0,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  r.post(
    '/clusters/:clusterId/criteria-versions',
    {
      schema: {
        tags: TAGS,
        summary: 'Xây dựng bộ tiêu chí của cụm, khối từ khung tiêu chí đã ban hành',
        params: clusterParams,
        body: versionCreateBody,
        response: { 201: versionView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const created = await db.transaction((tx) =>
        createVersion(tx, actor, request.params.clusterId, request.body),
      );
      return reply.status(201).send(presentVersion(created.row, created.framework, created.access));
    },
  );

  r.get(
    '/clusters/:clusterId/criteria-versions/compare',
    {
      schema: {
        tags: TAGS,
        summary: 'So sánh hai phiên bản bộ tiêu chí',
        params: clusterParams,
        querystring: compareQuery,
        response: { 200: comparisonView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { from, to } = request.query;
      return compareVersions(db, actor, request.params.clusterId, from, to);
    },
  );

  r.get(
    '/criteria-versions/:versionId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xem một phiên bản bộ tiêu chí',
        params: versionParams,
        response: { 200: versionView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const loaded = await loadVersion(db, actor, request.params.versionId);
      return presentVersion(loaded.row, loaded.framework, loaded.access);
    },
  );

  r.patch(
    '/criteria-versions/:versionId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa dự thảo bộ tiêu chí',
        description: 'Sửa bản đã thống nhất sẽ đưa về dự thảo (cần thống nhất lại).',
        params: versionParams,
        body: versionPatch,
        response: { 200: versionView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const saved = await db.transaction((tx) =>
        updateVersion(tx, actor, request.params.versionId, request.body),
      );
      return presentVersion(saved.row, saved.framework, saved.access);
    },
  );

  r.post(
    '/criteria-versions/:versionId/validate',
    {
      schema: {
        tags: TAGS,
        summary: 'Kiểm tra bộ tiêu chí (không lưu)',
        description: 'Kiểm tra theo quy tắc bộ tiêu chí và quy định của khung tiêu chí; trả về mọi lỗi.',
        params: versionParams,
        body: validateBody,
        response: { 200: validationView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { framework } = await loadVersion(db, actor, request.params.versionId);
      const { ruleset, errors } = checkClusterRuleset(
        request.body.ruleset,
        rulesOf(framework),
        'body.ruleset',
      );
      return { ok: ruleset !== undefined && errors.length === 0, errors };
    },
  );

  r.post(
    '/criteria-versions/:versionId/agree',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi nhận các đơn vị thành viên đã thống nhất bộ tiêu chí',
        params: versionParams,
        body: agreeBody,
        response: { 200: versionView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const saved = await db.transaction((tx) =>
        agreeVersion(tx, actor, request.params.versionId, request.body),
      );
      return presentVersion(saved.row, saved.framework, saved.access);
    },
  );

  r.post(
    '/criteria-versions/:versionId/issue',
    {
      schema: {
        tags: TAGS,
        summary: 'Ban hành bộ tiêu chí (khóa)',
        params: versionParams,
        body: issueBody,
        response: { 200: versionView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const saved = await db.transaction((tx) =>
        issueVersion(tx, actor, request.params.versionId, request.body),
      );
      return presentVersion(saved.row, saved.framework, saved.access);
    },
  );

  r.post(
    '/criteria-versions/:versionId/revisions',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo phiên bản mới từ bộ tiêu chí đã ban hành (cần lý do)',
        description:
          'Sao chép phiên bản đã ban hành sau cùng (kể cả phân công); phiên bản cũ vẫn giữ nguyên.',
        params: versionParams,
        body: reviseBody,
        response: { 201: versionView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const saved = await db.transaction((tx) =>
        reviseVersion(tx, actor, request.params.versionId, request.body),
      );
      return reply.status(201).send(presentVersion(saved.row, saved.framework, saved.access));
    },
  );
}
