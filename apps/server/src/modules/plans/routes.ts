import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { localToday } from '../../kernel/dates';
import { PLAN_TAGS, planRoutes } from './plan-routes';
import { loadPeriodScope } from './policy';
import { programmeRoutes } from './programme-routes';
import { dossierComponentRoutes } from './dossier-component-routes';
import { postingRoutes } from './posting-routes';
import { movementReportFileRoutes } from './movement-report-files';
import { movementReportRoutes } from './movement-report-routes';
import { registryRoutes } from './registry-routes';
import { lateTasksReport, returnedShareReport } from './reports';
import { lateTasksQuery, lateTasksView, periodParams, returnedShareQuery, returnedShareView } from './schema';

/**
 * Work plans and tasks, the council's work programme, movements, dossier batches and dossiers, and the
 * two reports they feed (SPEC §11).
 */
export async function plansRoutes(app: FastifyInstance): Promise<void> {
  await planRoutes(app);
  await programmeRoutes(app);
  await registryRoutes(app);
  await dossierComponentRoutes(app);
  await postingRoutes(app);
  await movementReportRoutes(app);
  await movementReportFileRoutes(app);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/periods/:periodId/late-tasks',
    {
      schema: {
        tags: PLAN_TAGS,
        summary: 'Nhiệm vụ chậm, muộn theo đơn vị thực hiện (căn cứ điểm trừ chậm muộn)',
        description:
          'Nhiệm vụ có hạn là một ngày hoặc một tháng (hạn là ngày cuối tháng) trong các kế hoạch đã ban ' +
          'hành của kỳ: chậm khi quá hạn mà chưa hoàn thành, hoặc hoàn thành sau hạn. Đúng ngày hạn chưa ' +
          'tính là chậm. `asOf` mặc định là hôm nay (giờ Việt Nam).',
        params: periodParams,
        querystring: lateTasksQuery,
        response: { 200: lateTasksView },
      },
    },
    async (request) => {
      const scope = await loadPeriodScope(db, requireActor(request.actor), request.params.periodId);
      return lateTasksReport(db, scope.periodId, request.query.asOf ?? localToday(), request.query.unitId);
    },
  );

  r.get(
    '/periods/:periodId/returned-dossiers',
    {
      schema: {
        tags: ['Hồ sơ đề nghị khen thưởng'],
        summary: 'Tỷ lệ hồ sơ bị trả lại theo đơn vị (căn cứ tiêu chí III.4 Bắc Giang)',
        description:
          'Số hồ sơ bị trả lại / số hồ sơ đã nộp, dạng phân số chính xác; `minLevel=provincial` chỉ tính ' +
          'hồ sơ trình khen thưởng từ cấp tỉnh trở lên.',
        params: periodParams,
        querystring: returnedShareQuery,
        response: { 200: returnedShareView },
      },
    },
    async (request) => {
      const scope = await loadPeriodScope(db, requireActor(request.actor), request.params.periodId);
      return returnedShareReport(db, scope.periodId, request.query.minLevel, request.query.unitId);
    },
  );
}
