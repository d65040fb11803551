import { type Database, type Dossier, type DossierBatch, dossierBatches, type Transaction } from '@thidua/db';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { pageOf, pageQuery, selectPage } from '../../http/pagination';
import { command, registerRoutes, route } from '../../http/route-table';
import {
  appraiseDossier,
  createBatch,
  createDossier,
  deleteBatch,
  deleteDossier,
  dossierBarsOf,
  findBatch,
  findDossier,
  updateBatch,
  updateDossier,
} from './service';
import { attachGenerated } from './generated';
import { listBatchDossiers } from './queries';
import { loadPeriodScope, type PlansScope, requireDossierWrite, requireWrite } from '../plans-shared/policy';
import { presentBatch, presentDossier } from './presenter';
import {
  appraisalBody,
  batchBody,
  batchParams,
  batchPatch,
  batchView,
  dossierBody,
  dossierListQuery,
  dossierParams,
  dossierPatch,
  dossierView,
  DOSSIER_TAGS,
  returnedShareQuery,
  returnedShareView,
} from './schema';
import { deleteQuery, periodParams } from '../plans-shared/schema';
import { dossierComponentRoutes } from './component-routes';
import { postingRoutes } from './posting-routes';
import { returnedShareReport } from './reports';
import { BY_ADDRESS, deleted, SO_ONLY } from '../plans-shared/route-texts';

const UNIT_OR_SO =
  'Cơ quan thường trực; hoặc cán bộ của chính đơn vị, khi hồ sơ chưa được thẩm định và chưa quá hạn nộp của đợt (WINDOW_CLOSED).';

/** One dossier as the API shows it, with why it may not be approved now (khoản 4 Điều 4). */
async function present(db: Database | Transaction, dossier: Dossier, scope: PlansScope, batch: DossierBatch) {
  const barsOf = await dossierBarsOf(db, batch, [dossier.unitId]);
  return presentDossier(dossier, scope, batch, barsOf(dossier));
}

/**
 * Dossier batches and award dossiers with their appraisal, their components, the public posting of a
 * batch's list, and the returned-dossier report (SPEC §11).
 */
export async function dossiersRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, DOSSIER_TAGS, [
    // ---- Dossier batches ----
    route(
      'GET /periods/:periodId/dossier-batches',
      'Danh sách đợt xét khen thưởng của kỳ',
      { params: periodParams, query: pageQuery, 200: pageOf(batchView) },
      async ({ db, actor, params, query }) => {
        const scope = await loadPeriodScope(db, actor, params.periodId);
        const order = [asc(dossierBatches.submissionDueOn), asc(dossierBatches.createdAt)];
        return selectPage(
          db,
          dossierBatches,
          eq(dossierBatches.periodId, scope.periodId),
          order,
          query,
          (b) => presentBatch(b, scope),
        );
      },
    ),
    command(
      'POST /periods/:periodId/dossier-batches',
      'Mở đợt xét khen thưởng (hạn nộp, hạn thẩm định)',
      { description: SO_ONLY, params: periodParams, body: batchBody, 201: batchView },
      async ({ tx, actor, params, body }) => {
        const scope = await loadPeriodScope(tx, actor, params.periodId);
        requireWrite(scope);
        return presentBatch(await createBatch(tx, actor, scope, body), scope);
      },
    ),
    route(
      'GET /dossier-batches/:batchId',
      'Xem đợt xét khen thưởng',
      { params: batchParams, 200: batchView },
      async ({ db, actor, params }) => {
        const { batch, scope } = await findBatch(db, actor, params.batchId);
        return presentBatch(batch, scope);
      },
    ),
    command(
      'PATCH /dossier-batches/:batchId',
      'Sửa đợt xét khen thưởng',
      { description: SO_ONLY, params: batchParams, body: batchPatch, 200: batchView },
      async ({ tx, actor, params, body }) => {
        const { batch, scope } = await findBatch(tx, actor, params.batchId);
        requireWrite(scope);
        return presentBatch(await updateBatch(tx, actor, batch, body), scope);
      },
    ),
    command(
      'DELETE /dossier-batches/:batchId',
      'Xóa đợt xét khen thưởng chưa có hồ sơ',
      { description: `${SO_ONLY} ${BY_ADDRESS}`, params: batchParams, query: deleteQuery, ...deleted() },
      async ({ tx, actor, params, query }) => {
        const { batch, scope } = await findBatch(tx, actor, params.batchId);
        requireWrite(scope);
        await deleteBatch(tx, actor, batch, query.version, query.reason);
        return null;
      },
    ),

    // ---- Dossiers ----
    route(
      'GET /dossier-batches/:batchId/dossiers',
      'Danh sách hồ sơ của đợt xét',
      { params: batchParams, query: dossierListQuery, 200: pageOf(dossierView) },
      async ({ db, actor, params, query }) => listBatchDossiers(db, actor, params.batchId, query),
    ),
    route(
      'POST /dossier-batches/:batchId/dossiers',
      'Tiếp nhận hồ sơ đề nghị khen thưởng của đơn vị',
      {
        description:
          `${UNIT_OR_SO} Ngày nộp mặc định là hôm nay (giờ Việt Nam); đơn vị luôn nộp với ngày hôm nay. ` +
          'Các văn bản hệ thống lập được đã có dữ liệu (tờ trình, báo cáo thành tích, biên bản hội nghị tổng kết) ' +
          'được đính kèm ngay; những văn bản chưa lập được và lý do xem ở thành phần hồ sơ.',
        params: batchParams,
        body: dossierBody,
        201: dossierView,
      },
      async ({ db, actor, params, body }) => {
        const { dossier, batch, scope } = await db.transaction(async (tx) => {
          const { batch, scope } = await findBatch(tx, actor, params.batchId);
          requireDossierWrite(scope, batch, [body.unitId], null);
          // A unit files today; only the standing office records a dossier received on another day.
          const filed = scope.canWrite ? body : { ...body, submittedOn: undefined };
          return { dossier: await createDossier(tx, actor, batch, filed), batch, scope };
        });
        // The generated documents whose sources exist are attached at once (issue #14 §2). The dossier
        // is filed either way: what could not be attached is listed, with why, by its components.
        await attachGenerated(db, app.deps.config, actor, dossier.id).catch((error: unknown) => {
          app.log.error(
            { err: error, dossierId: dossier.id },
            'attaching generated dossier components failed',
          );
        });
        return present(db, dossier, scope, batch);
      },
    ),
    route(
      'GET /dossiers/:dossierId',
      'Xem hồ sơ',
      { params: dossierParams, 200: dossierView },
      async ({ db, actor, params }) => {
        const { dossier, batch, scope } = await findDossier(db, actor, params.dossierId);
        return present(db, dossier, scope, batch);
      },
    ),
    command(
      'PATCH /dossiers/:dossierId',
      'Sửa thông tin hồ sơ',
      { description: UNIT_OR_SO, params: dossierParams, body: dossierPatch, 200: dossierView },
      async ({ tx, actor, params, body }) => {
        const { dossier, batch, scope } = await findDossier(tx, actor, params.dossierId);
        requireDossierWrite(scope, batch, [dossier.unitId, ...(body.unitId ? [body.unitId] : [])], dossier);
        const edited = scope.canWrite ? body : { ...body, submittedOn: undefined };
        return present(tx, await updateDossier(tx, actor, dossier, batch, edited), scope, batch);
      },
    ),
    command(
      'POST /dossiers/:dossierId/appraisal',
      'Ghi kết quả thẩm định hồ sơ: đạt, trả lại (nêu lý do) hoặc chờ',
      { description: SO_ONLY, params: dossierParams, body: appraisalBody, 200: dossierView },
      async ({ tx, actor, params, body }) => {
        const { dossier, batch, scope } = await findDossier(tx, actor, params.dossierId);
        requireWrite(scope);
        return present(tx, await appraiseDossier(tx, actor, dossier, batch, body), scope, batch);
      },
    ),
    command(
      'DELETE /dossiers/:dossierId',
      'Xóa hồ sơ nhập nhầm',
      { description: `${UNIT_OR_SO} ${BY_ADDRESS}`, params: dossierParams, query: deleteQuery, ...deleted() },
      async ({ tx, actor, params, query }) => {
        const { dossier, batch, scope } = await findDossier(tx, actor, params.dossierId);
        requireDossierWrite(scope, batch, [dossier.unitId], dossier);
        await deleteDossier(tx, actor, dossier, batch, query.version, query.reason);
        return null;
      },
    ),
  ]);
  await dossierComponentRoutes(app);
  await postingRoutes(app);

  registerRoutes(app, DOSSIER_TAGS, [
    route(
      'GET /periods/:periodId/returned-dossiers',
      'Tỷ lệ hồ sơ bị trả lại theo đơn vị (căn cứ tiêu chí III.4 Bắc Giang)',
      {
        tags: ['Hồ sơ đề nghị khen thưởng'],
        description:
          'Số hồ sơ bị trả lại / số hồ sơ đã nộp, dạng phân số chính xác; `minLevel=provincial` chỉ tính ' +
          'hồ sơ trình khen thưởng từ cấp tỉnh trở lên.',
        params: periodParams,
        query: returnedShareQuery,
        200: returnedShareView,
      },
      async ({ db, actor, params, query }) => {
        const scope = await loadPeriodScope(db, actor, params.periodId);
        return returnedShareReport(db, scope.periodId, query.minLevel, query.unitId);
      },
    ),
  ]);
}
