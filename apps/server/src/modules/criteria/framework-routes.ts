import { frameworks } from '@thidua/db';
import { and, asc, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { isStandingOffice, requireCouncilMember } from '../../access/council-access';
import { pageOf, selectPage } from '../../http/pagination';
import { presentFramework, presentFrameworkSummary } from './framework-presenter';
import {
  councilParams,
  frameworkCreateBody,
  frameworkListQuery,
  frameworkParams,
  frameworkPatch,
  frameworkSummary,
  frameworkView,
} from '@thidua/contracts/criteria-frameworks';
import {
  createFramework,
  issueFramework,
  loadFramework,
  reviseFramework,
  updateFramework,
} from './framework-service';
import { issueBody, reviseBody } from '@thidua/contracts/criteria-shared';
import { command, registerRoutes, route } from '../../http/route-table';

const TAGS = ['Khung tiêu chí'];

/** The council's frameworks: created from a profile, another framework or a posted ruleset; issued; revised. */
export async function frameworkRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /councils/:councilId/frameworks',
      'Danh sách khung tiêu chí của hội đồng',
      { params: councilParams, query: frameworkListQuery, 200: pageOf(frameworkSummary) },
      async ({ db, actor, params, query }) => {
        const { councilId } = params;
        const access = requireCouncilMember(actor, councilId);
        const { status, code, q } = query;
        const filters: SQL[] = [eq(frameworks.councilId, councilId)];
        if (status) filters.push(eq(frameworks.status, status));
        if (code) filters.push(eq(frameworks.code, code));
        if (q) filters.push(ilike(frameworks.name, `%${q}%`));
        const order = [asc(frameworks.code), desc(frameworks.revision)];
        return selectPage(db, frameworks, and(...filters), order, query, (f) =>
          presentFrameworkSummary(f, isStandingOffice(access)),
        );
      },
    ),
    command(
      'POST /councils/:councilId/frameworks',
      'Tạo khung tiêu chí (từ mẫu có sẵn, từ khung khác hoặc từ bộ tiêu chí gửi lên)',
      { params: councilParams, body: frameworkCreateBody, 201: frameworkView },
      async ({ tx, actor, params, body }) =>
        presentFramework(await createFramework(tx, actor, params.councilId, body), true),
    ),
    route(
      'GET /frameworks/:frameworkId',
      'Xem khung tiêu chí',
      { params: frameworkParams, 200: frameworkView },
      async ({ db, actor, params }) => {
        const { framework, access } = await loadFramework(db, actor, params.frameworkId);
        return presentFramework(framework, isStandingOffice(access));
      },
    ),
    command(
      'PATCH /frameworks/:frameworkId',
      'Sửa khung tiêu chí (dự thảo)',
      { params: frameworkParams, body: frameworkPatch, 200: frameworkView },
      async ({ tx, actor, params, body }) =>
        presentFramework(await updateFramework(tx, actor, params.frameworkId, body), true),
    ),
    command(
      'POST /frameworks/:frameworkId/issue',
      'Ban hành khung tiêu chí (khóa)',
      { params: frameworkParams, body: issueBody, 200: frameworkView },
      async ({ tx, actor, params, body }) =>
        presentFramework(await issueFramework(tx, actor, params.frameworkId, body), true),
    ),
    command(
      'POST /frameworks/:frameworkId/revisions',
      'Tạo phiên bản mới của khung tiêu chí đã ban hành (cần lý do)',
      { params: frameworkParams, body: reviseBody, 201: frameworkView },
      async ({ tx, actor, params, body }) =>
        presentFramework(await reviseFramework(tx, actor, params.frameworkId, body), true),
    ),
  ]);
}
