import { movements } from '@thidua/db';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { pageOf, selectPage } from '../../http/pagination';
import { command, registerRoutes, route } from '../../http/route-table';
import { createMovement, deleteMovement, findMovement, updateMovement } from './service';
import { loadPeriodScope, requireWrite } from '../plans-shared/policy';
import { presentMovement } from './presenter';
import { deleteQuery, periodParams } from '../plans-shared/schema';
import { movementBody, movementListQuery, movementParams, movementPatch, movementView } from './schema';
import { movementReportFileRoutes } from './report-file-routes';
import { movementReportRoutes } from './report-routes';
import { BY_ADDRESS, deleted, SO_ONLY } from '../plans-shared/route-texts';

const MOVEMENT_TAGS = ['Phong trào thi đua'];

/** Emulation movements and the units' reports on them (SPEC §11). */
export async function movementsRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, MOVEMENT_TAGS, [
    // ---- Movements ----
    route(
      'GET /periods/:periodId/movements',
      'Danh sách phong trào thi đua của kỳ',
      { params: periodParams, query: movementListQuery, 200: pageOf(movementView) },
      async ({ db, actor, params, query }) => {
        const scope = await loadPeriodScope(db, actor, params.periodId);
        const filters: SQL[] = [eq(movements.periodId, scope.periodId)];
        if (query.status) filters.push(eq(movements.status, query.status));
        return selectPage(db, movements, and(...filters), [asc(movements.name)], query, (m) =>
          presentMovement(m, scope),
        );
      },
    ),
    command(
      'POST /periods/:periodId/movements',
      'Thêm phong trào thi đua',
      { description: SO_ONLY, params: periodParams, body: movementBody, 201: movementView },
      async ({ tx, actor, params, body }) => {
        const scope = await loadPeriodScope(tx, actor, params.periodId);
        requireWrite(scope);
        return presentMovement(await createMovement(tx, actor, scope, body), scope);
      },
    ),
    route(
      'GET /movements/:movementId',
      'Xem phong trào thi đua',
      { params: movementParams, 200: movementView },
      async ({ db, actor, params }) => {
        const { movement, scope } = await findMovement(db, actor, params.movementId);
        return presentMovement(movement, scope);
      },
    ),
    command(
      'PATCH /movements/:movementId',
      'Sửa phong trào thi đua',
      { description: SO_ONLY, params: movementParams, body: movementPatch, 200: movementView },
      async ({ tx, actor, params, body }) => {
        const { movement, scope } = await findMovement(tx, actor, params.movementId);
        requireWrite(scope);
        return presentMovement(await updateMovement(tx, actor, movement, body), scope);
      },
    ),
    command(
      'DELETE /movements/:movementId',
      'Xóa phong trào thi đua',
      { description: `${SO_ONLY} ${BY_ADDRESS}`, params: movementParams, query: deleteQuery, ...deleted() },
      async ({ tx, actor, params, query }) => {
        const { movement, scope } = await findMovement(tx, actor, params.movementId);
        requireWrite(scope);
        await deleteMovement(tx, actor, movement, query.version, query.reason);
        return null;
      },
    ),
  ]);
  await movementReportRoutes(app);
  await movementReportFileRoutes(app);
}
