import { dossierBatches, dossiers, movements } from '@thidua/db';
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf, pageQuery } from '../../http/pagination';
import {
  appraiseDossier,
  createBatch,
  createDossier,
  deleteBatch,
  deleteDossier,
  findBatch,
  findDossier,
  updateBatch,
  updateDossier,
} from './dossier-service';
import { createMovement, deleteMovement, findMovement, updateMovement } from './movement-service';
import { loadPeriodScope, requireDossierWrite, requireWrite } from './policy';
import { presentBatch, presentDossier, presentMovement } from './presenter';
import {
  appraisalBody,
  batchBody,
  batchParams,
  batchPatch,
  batchView,
  deleteQuery,
  dossierBody,
  dossierListQuery,
  dossierParams,
  dossierPatch,
  dossierView,
  movementBody,
  movementListQuery,
  movementParams,
  movementPatch,
  movementView,
  periodParams,
} from './schema';

const MOVEMENT_TAGS = ['Phong trào thi đua'];
export const DOSSIER_TAGS = ['Hồ sơ đề nghị khen thưởng'];
const SO_ONLY = 'Chỉ cơ quan thường trực Hội đồng.';
const UNIT_OR_SO =
  'Cơ quan thường trực; hoặc cán bộ của chính đơn vị, khi hồ sơ chưa được thẩm định và chưa quá hạn nộp của đợt (WINDOW_CLOSED).';

/** Emulation movements, dossier batches and award dossiers with their appraisal (SPEC §11). */
export async function registryRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  // ---- Movements ----

  r.get(
    '/periods/:periodId/movements',
    {
      schema: {
        tags: MOVEMENT_TAGS,
        summary: 'Danh sách phong trào thi đua của kỳ',
        params: periodParams,
        querystring: movementListQuery,
        response: { 200: pageOf(movementView) },
      },
    },
    async (request) => {
      const scope = await loadPeriodScope(db, requireActor(request.actor), request.params.periodId);
      const { query } = request;
      const filters: SQL[] = [eq(movements.periodId, scope.periodId)];
      if (query.status) filters.push(eq(movements.status, query.status));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(movements)
          .where(where)
          .orderBy(asc(movements.name))
          .limit(query.pageSize)
          .offset(offsetOf(query)),
        db.select({ n: count() }).from(movements).where(where),
      ]);
      return {
        items: rows.map((m) => presentMovement(m, scope)),
        total: total?.n ?? 0,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  r.post(
    '/periods/:periodId/movements',
    {
      schema: {
        tags: MOVEMENT_TAGS,
        summary: 'Thêm phong trào thi đua',
        description: SO_ONLY,
        params: periodParams,
        body: movementBody,
        response: { 201: movementView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const scope = await loadPeriodScope(tx, actor, request.params.periodId);
        requireWrite(scope);
        return presentMovement(await createMovement(tx, actor, scope, request.body), scope);
      });
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/movements/:movementId',
    {
      schema: {
        tags: MOVEMENT_TAGS,
        summary: 'Xem phong trào thi đua',
        params: movementParams,
        response: { 200: movementView },
      },
    },
    async (request) => {
      const { movement, scope } = await findMovement(
        db,
        requireActor(request.actor),
        request.params.movementId,
      );
      return presentMovement(movement, scope);
    },
  );

  r.patch(
    '/movements/:movementId',
    {
      schema: {
        tags: MOVEMENT_TAGS,
        summary: 'Sửa phong trào thi đua',
        description: SO_ONLY,
        params: movementParams,
        body: movementPatch,
        response: { 200: movementView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const { movement, scope } = await findMovement(tx, actor, request.params.movementId);
        requireWrite(scope);
        return presentMovement(await updateMovement(tx, actor, movement, request.body), scope);
      });
    },
  );

  r.delete(
    '/movements/:movementId',
    {
      schema: {
        tags: MOVEMENT_TAGS,
        summary: 'Xóa phong trào thi đua',
        description: `${SO_ONLY} Tham số \`version\` (và \`reason\`) trên địa chỉ.`,
        params: movementParams,
        querystring: deleteQuery,
        response: { 204: z.null().describe('Đã xóa') },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await db.transaction(async (tx) => {
        const { movement, scope } = await findMovement(tx, actor, request.params.movementId);
        requireWrite(scope);
        await deleteMovement(tx, actor, movement, request.query.version, request.query.reason);
      });
      return reply.status(204).send(null);
    },
  );

  // ---- Dossier batches ----

  r.get(
    '/periods/:periodId/dossier-batches',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Danh sách đợt xét khen thưởng của kỳ',
        params: periodParams,
        querystring: pageQuery,
        response: { 200: pageOf(batchView) },
      },
    },
    async (request) => {
      const scope = await loadPeriodScope(db, requireActor(request.actor), request.params.periodId);
      const { query } = request;
      const where = eq(dossierBatches.periodId, scope.periodId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(dossierBatches)
          .where(where)
          .orderBy(asc(dossierBatches.submissionDueOn), asc(dossierBatches.createdAt))
          .limit(query.pageSize)
          .offset(offsetOf(query)),
        db.select({ n: count() }).from(dossierBatches).where(where),
      ]);
      return {
        items: rows.map((b) => presentBatch(b, scope)),
        total: total?.n ?? 0,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  r.post(
    '/periods/:periodId/dossier-batches',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Mở đợt xét khen thưởng (hạn nộp, hạn thẩm định)',
        description: SO_ONLY,
        params: periodParams,
        body: batchBody,
        response: { 201: batchView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const scope = await loadPeriodScope(tx, actor, request.params.periodId);
        requireWrite(scope);
        return presentBatch(await createBatch(tx, actor, scope, request.body), scope);
      });
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/dossier-batches/:batchId',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Xem đợt xét khen thưởng',
        params: batchParams,
        response: { 200: batchView },
      },
    },
    async (request) => {
      const { batch, scope } = await findBatch(db, requireActor(request.actor), request.params.batchId);
      return presentBatch(batch, scope);
    },
  );

  r.patch(
    '/dossier-batches/:batchId',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Sửa đợt xét khen thưởng',
        description: SO_ONLY,
        params: batchParams,
        body: batchPatch,
        response: { 200: batchView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const { batch, scope } = await findBatch(tx, actor, request.params.batchId);
        requireWrite(scope);
        return presentBatch(await updateBatch(tx, actor, batch, request.body), scope);
      });
    },
  );

  r.delete(
    '/dossier-batches/:batchId',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Xóa đợt xét khen thưởng chưa có hồ sơ',
        description: `${SO_ONLY} Tham số \`version\` (và \`reason\`) trên địa chỉ.`,
        params: batchParams,
        querystring: deleteQuery,
        response: { 204: z.null().describe('Đã xóa') },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await db.transaction(async (tx) => {
        const { batch, scope } = await findBatch(tx, actor, request.params.batchId);
        requireWrite(scope);
        await deleteBatch(tx, actor, batch, request.query.version, request.query.reason);
      });
      return reply.status(204).send(null);
    },
  );

  // ---- Dossiers ----

  r.get(
    '/dossier-batches/:batchId/dossiers',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Danh sách hồ sơ của đợt xét',
        params: batchParams,
        querystring: dossierListQuery,
        response: { 200: pageOf(dossierView) },
      },
    },
    async (request) => {
      const { batch, scope } = await findBatch(db, requireActor(request.actor), request.params.batchId);
      const { query } = request;
      const filters: SQL[] = [eq(dossiers.batchId, batch.id)];
      if (query.unitId) filters.push(eq(dossiers.unitId, query.unitId));
      if (query.outcome) filters.push(eq(dossiers.outcome, query.outcome));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(dossiers)
          .where(where)
          .orderBy(desc(dossiers.submittedOn), asc(dossiers.candidateName))
          .limit(query.pageSize)
          .offset(offsetOf(query)),
        db.select({ n: count() }).from(dossiers).where(where),
      ]);
      return {
        items: rows.map((d) => presentDossier(d, scope, batch)),
        total: total?.n ?? 0,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  r.post(
    '/dossier-batches/:batchId/dossiers',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Tiếp nhận hồ sơ đề nghị khen thưởng của đơn vị',
        description: `${UNIT_OR_SO} Ngày nộp mặc định là hôm nay (giờ Việt Nam); đơn vị luôn nộp với ngày hôm nay.`,
        params: batchParams,
        body: dossierBody,
        response: { 201: dossierView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const view = await db.transaction(async (tx) => {
        const { batch, scope } = await findBatch(tx, actor, request.params.batchId);
        requireDossierWrite(scope, batch, [request.body.unitId], null);
        // A unit files today; only the standing office records a dossier received on another day.
        const body = scope.canWrite ? request.body : { ...request.body, submittedOn: undefined };
        return presentDossier(await createDossier(tx, actor, batch, body), scope, batch);
      });
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/dossiers/:dossierId',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Xem hồ sơ',
        params: dossierParams,
        response: { 200: dossierView },
      },
    },
    async (request) => {
      const { dossier, batch, scope } = await findDossier(
        db,
        requireActor(request.actor),
        request.params.dossierId,
      );
      return presentDossier(dossier, scope, batch);
    },
  );

  r.patch(
    '/dossiers/:dossierId',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Sửa thông tin hồ sơ',
        description: UNIT_OR_SO,
        params: dossierParams,
        body: dossierPatch,
        response: { 200: dossierView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const { dossier, batch, scope } = await findDossier(tx, actor, request.params.dossierId);
        const touched = [dossier.unitId, ...(request.body.unitId ? [request.body.unitId] : [])];
        requireDossierWrite(scope, batch, touched, dossier);
        const body = scope.canWrite ? request.body : { ...request.body, submittedOn: undefined };
        return presentDossier(await updateDossier(tx, actor, dossier, batch, body), scope, batch);
      });
    },
  );

  r.post(
    '/dossiers/:dossierId/appraisal',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Ghi kết quả thẩm định hồ sơ: đạt, trả lại (nêu lý do) hoặc chờ',
        description: SO_ONLY,
        params: dossierParams,
        body: appraisalBody,
        response: { 200: dossierView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const { dossier, batch, scope } = await findDossier(tx, actor, request.params.dossierId);
        requireWrite(scope);
        return presentDossier(await appraiseDossier(tx, actor, dossier, batch, request.body), scope, batch);
      });
    },
  );

  r.delete(
    '/dossiers/:dossierId',
    {
      schema: {
        tags: DOSSIER_TAGS,
        summary: 'Xóa hồ sơ nhập nhầm',
        description: `${UNIT_OR_SO} Tham số \`version\` (và \`reason\`) trên địa chỉ.`,
        params: dossierParams,
        querystring: deleteQuery,
        response: { 204: z.null().describe('Đã xóa') },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await db.transaction(async (tx) => {
        const { dossier, batch, scope } = await findDossier(tx, actor, request.params.dossierId);
        requireDossierWrite(scope, batch, [dossier.unitId], dossier);
        await deleteDossier(tx, actor, dossier, batch, request.query.version, request.query.reason);
      });
      return reply.status(204).send(null);
    },
  );
}
