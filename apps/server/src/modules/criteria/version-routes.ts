import { criteriaVersions } from '@thidua/db';
import type { Transaction } from '@thidua/db';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { canRead, loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { pageOf, selectPage } from '../../http/pagination';
import { type Address, command, registerRoutes, route } from '../../http/route-table';
import { checkClusterRuleset } from './ruleset-checks';
import { issueBody, reviseBody } from '@thidua/contracts/criteria-shared';
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
  issuedView,
} from '@thidua/contracts/criteria-versions';
import { createVersion, loadVersion, rulesOf, updateVersion, type LoadedVersion } from './version-service';

const TAGS = ['Bộ tiêu chí cụm, khối'];

/**
 * A command on one version (`…/criteria-versions/:versionId…`), in one transaction, answering the version
 * as it now is with `status` (200, or 201 for a new revision).
 */
function versionCommand<B extends z.ZodType>(
  address: Address,
  summary: string,
  spec: { description?: string; body: B },
  act: (tx: Transaction, actor: Actor, versionId: string, body: z.infer<B>) => Promise<LoadedVersion>,
  status: 200 | 201 = 200,
) {
  const full = { ...spec, params: versionParams, [status]: versionView } as typeof spec & {
    params: typeof versionParams;
    200: typeof versionView;
  };
  return command(address, summary, full, async ({ tx, actor, params, body }) => {
    const saved = await act(tx, actor, params.versionId, body as z.infer<B>);
    return presentVersion(saved.row, saved.framework, saved.access);
  });
}

/** A cluster's criteria revisions: draft → agreed → issued (locked); revisions with a reason; compare. */
export async function versionRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /clusters/:clusterId/criteria-versions',
      'Các phiên bản bộ tiêu chí của cụm, khối',
      {
        description: 'Người ngoài cụm, khối chỉ thấy các phiên bản đã ban hành.',
        params: clusterParams,
        query: versionListQuery,
        200: pageOf(versionSummary),
      },
      async ({ db, actor, params, query }) => {
        const access = await loadClusterAccess(db, actor, params.clusterId);
        const filters: SQL[] = [eq(criteriaVersions.clusterId, access.clusterId)];
        // Drafts are for the cluster; the rest of the council sees what was issued.
        if (!canRead(access)) filters.push(eq(criteriaVersions.status, 'issued'));
        if (query.status) filters.push(eq(criteriaVersions.status, query.status));
        const order = [desc(criteriaVersions.revision)];
        return selectPage(db, criteriaVersions, and(...filters), order, query, (row) =>
          presentVersionSummary(row, access),
        );
      },
    ),
    command(
      'POST /clusters/:clusterId/criteria-versions',
      'Xây dựng bộ tiêu chí của cụm, khối từ khung tiêu chí đã ban hành',
      { params: clusterParams, body: versionCreateBody, 201: versionView },
      async ({ tx, actor, params, body }) => {
        const created = await createVersion(tx, actor, params.clusterId, body);
        return presentVersion(created.row, created.framework, created.access);
      },
    ),
    route(
      'GET /clusters/:clusterId/criteria-versions/compare',
      'So sánh hai phiên bản bộ tiêu chí',
      { params: clusterParams, query: compareQuery, 200: comparisonView },
      async ({ db, actor, params, query }) =>
        compareVersions(db, actor, params.clusterId, query.from, query.to),
    ),
    route(
      'GET /criteria-versions/:versionId',
      'Xem một phiên bản bộ tiêu chí',
      { params: versionParams, 200: versionView },
      async ({ db, actor, params }) => {
        const loaded = await loadVersion(db, actor, params.versionId);
        return presentVersion(loaded.row, loaded.framework, loaded.access);
      },
    ),
    versionCommand(
      'PATCH /criteria-versions/:versionId',
      'Sửa dự thảo bộ tiêu chí',
      {
        description: 'Sửa bản đã thống nhất sẽ đưa về dự thảo (cần thống nhất lại).',
        body: versionPatch,
      },
      updateVersion,
    ),
    route(
      'POST /criteria-versions/:versionId/validate',
      'Kiểm tra bộ tiêu chí (không lưu)',
      {
        description: 'Kiểm tra theo quy tắc bộ tiêu chí và quy định của khung tiêu chí; trả về mọi lỗi.',
        params: versionParams,
        body: validateBody,
        200: validationView,
      },
      async ({ db, actor, params, body }) => {
        const { framework } = await loadVersion(db, actor, params.versionId);
        const { ruleset, errors } = checkClusterRuleset(body.ruleset, rulesOf(framework), 'body.ruleset');
        return { ok: ruleset !== undefined && errors.length === 0, errors };
      },
    ),
    versionCommand(
      'POST /criteria-versions/:versionId/agree',
      'Ghi nhận các đơn vị thành viên đã thống nhất bộ tiêu chí',
      { body: agreeBody },
      agreeVersion,
    ),
    command(
      'POST /criteria-versions/:versionId/issue',
      'Ban hành bộ tiêu chí (khóa)',
      {
        description:
          'Các bản đăng ký thi đua lập trước khi ban hành được chuyển sang bộ tiêu chí này trong cùng giao dịch; ' +
          'chỉ tiêu của tiêu chí không còn trong bộ ban hành bị bỏ và được báo lại ở registrationsCarriedOver.',
        params: versionParams,
        body: issueBody,
        200: issuedView,
      },
      async ({ tx, actor, params, body }) => {
        const saved = await issueVersion(tx, actor, params.versionId, body);
        return {
          ...presentVersion(saved.row, saved.framework, saved.access),
          registrationsCarriedOver: saved.registrationsCarriedOver,
        };
      },
    ),
    versionCommand(
      'POST /criteria-versions/:versionId/revisions',
      'Tạo phiên bản mới từ bộ tiêu chí đã ban hành (cần lý do)',
      {
        description:
          'Sao chép phiên bản đã ban hành sau cùng (kể cả phân công); phiên bản cũ vẫn giữ nguyên.',
        body: reviseBody,
      },
      reviseVersion,
      201,
    ),
  ]);
}
