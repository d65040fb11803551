import { registrationPlans, units } from '@thidua/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { listRegistrations } from './list';
import { loadBasis, loadRegistration } from './load';
import { presentBasis, presentRegistration } from './presenter';
import { canRead, loadClusterAccess } from '../../access/cluster-access';
import { forbidden } from '../../http/errors';
import { REGISTRATION_MSG as M } from './messages';
import { buildPrintView } from './print-view';
import {
  basisView,
  clusterParams,
  printView,
  registrationCreateBody,
  registrationListQuery,
  registrationPage,
  registrationParams,
  registrationPatch,
  registrationView,
  reopenBody,
  submitBody,
} from '@thidua/contracts/registrations';
import { createRegistration, type SavedRegistration, updateRegistration } from './service';
import { reopenRegistration, submitRegistration } from './submission';
import { command, registerRoutes, route } from '../../http/route-table';

const TAGS = ['Đăng ký thi đua'];

const present = (saved: SavedRegistration) =>
  presentRegistration(saved.registration, saved.plans, saved.unit, saved.basis, saved.access);

/** Units' registrations: plans for quantitative criteria, titles sought, models and topics; submit; reopen; print. */
export async function registrationRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /clusters/:clusterId/registrations',
      'Tình hình đăng ký thi đua của các đơn vị trong cụm, khối',
      {
        description:
          'Đơn vị thành viên chỉ thấy bản của mình cho đến khi cả cụm, khối đã gửi; cụm trưởng, cụm phó, ' +
          'thành viên Hội đồng theo dõi và cơ quan thường trực thấy tất cả.',
        params: clusterParams,
        query: registrationListQuery,
        200: registrationPage,
      },
      async ({ db, actor, params, query }) => listRegistrations(db, actor, params.clusterId, query),
    ),
    route(
      'GET /clusters/:clusterId/registration-basis',
      'Bộ tiêu chí mà bản đăng ký mới được lập theo',
      {
        description:
          'Bộ tiêu chí đã ban hành sau cùng của cụm, khối; trước khi ban hành là dự thảo hiện tại (kế hoạch ' +
          'đăng ký theo mã tiêu chí của dự thảo, chuyển sang bộ ban hành khi ban hành); chưa có dự thảo thì ' +
          'chỉ đăng ký danh hiệu, mô hình, chuyên đề.',
        params: clusterParams,
        200: basisView,
      },
      async ({ db, actor, params }) => {
        const access = await loadClusterAccess(db, actor, params.clusterId);
        if (!canRead(access)) throw forbidden(M.readersOnly);
        return presentBasis(await loadBasis(db, access, null));
      },
    ),
    command(
      'POST /clusters/:clusterId/registrations',
      'Lập bản đăng ký thi đua của đơn vị',
      { params: clusterParams, body: registrationCreateBody, 201: registrationView },
      async ({ tx, actor, params, body }) =>
        present(await createRegistration(tx, actor, params.clusterId, body)),
    ),
    route(
      'GET /registrations/:registrationId',
      'Xem bản đăng ký thi đua',
      { params: registrationParams, 200: registrationView },
      async ({ db, actor, params }) => {
        const { registration, access } = await loadRegistration(db, actor, params.registrationId);
        const [basis, plans, [unit]] = await Promise.all([
          loadBasis(db, access, registration.criteriaVersionId),
          db.select().from(registrationPlans).where(eq(registrationPlans.registrationId, registration.id)),
          db.select().from(units).where(eq(units.id, registration.unitId)),
        ]);
        return presentRegistration(registration, plans, unit!, basis, access);
      },
    ),
    command(
      'PATCH /registrations/:registrationId',
      'Sửa bản đăng ký thi đua (chưa gửi)',
      {
        description: 'Phần nào gửi lên thì thay thế phần đã lưu (kể cả toàn bộ danh sách kế hoạch).',
        params: registrationParams,
        body: registrationPatch,
        200: registrationView,
      },
      async ({ tx, actor, params, body }) =>
        present(await updateRegistration(tx, actor, params.registrationId, body)),
    ),
    command(
      'POST /registrations/:registrationId/submit',
      'Gửi bản đăng ký thi đua',
      {
        description: 'Cần có kế hoạch cho mọi tiêu chí định lượng; sau khi gửi, đơn vị chỉ được xem.',
        params: registrationParams,
        body: submitBody,
        200: registrationView,
      },
      async ({ tx, actor, params, body }) =>
        present(await submitRegistration(tx, actor, params.registrationId, body)),
    ),
    command(
      'POST /registrations/:registrationId/reopen',
      'Mở lại bản đăng ký đã gửi (cơ quan thường trực, cần lý do)',
      { params: registrationParams, body: reopenBody, 200: registrationView },
      async ({ tx, actor, params, body }) =>
        present(await reopenRegistration(tx, actor, params.registrationId, body)),
    ),
    route(
      'GET /registrations/:registrationId/print',
      'Dữ liệu in bản đăng ký (mẫu Phụ lục 01)',
      { params: registrationParams, 200: printView },
      async ({ db, actor, params }) => buildPrintView(db, actor, params.registrationId),
    ),
  ]);
}
