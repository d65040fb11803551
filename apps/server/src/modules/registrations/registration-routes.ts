import { registrationPlans, units } from '@thidua/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { listRegistrations } from './list';
import { loadBasis, loadRegistration } from './load';
import { presentBasis, presentRegistration } from './presenter';
import { canRead, loadClusterAccess } from '../../access/cluster-access';
import { forbidden } from '../../http/errors';
import { REGISTRATION_MSG as M } from './messages';
import { buildPrintView, printView } from './print-view';
import {
  basisView,
  clusterParams,
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

const TAGS = ['Đăng ký thi đua'];

const present = (saved: SavedRegistration) =>
  presentRegistration(saved.registration, saved.plans, saved.unit, saved.basis, saved.access);

/** Units' registrations: plans for quantitative criteria, titles sought, models and topics; submit; reopen; print. */
export async function registrationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/registrations',
    {
      schema: {
        tags: TAGS,
        summary: 'Tình hình đăng ký thi đua của các đơn vị trong cụm, khối',
        description:
          'Đơn vị thành viên chỉ thấy bản của mình cho đến khi cả cụm, khối đã gửi; cụm trưởng, cụm phó, ' +
          'thành viên Hội đồng theo dõi và cơ quan thường trực thấy tất cả.',
        params: clusterParams,
        querystring: registrationListQuery,
        response: { 200: registrationPage },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return listRegistrations(db, actor, request.params.clusterId, request.query);
    },
  );

  r.get(
    '/clusters/:clusterId/registration-basis',
    {
      schema: {
        tags: TAGS,
        summary: 'Bộ tiêu chí mà bản đăng ký mới được lập theo',
        description:
          'Bộ tiêu chí đã ban hành sau cùng của cụm, khối; trước khi ban hành là dự thảo hiện tại (kế hoạch ' +
          'đăng ký theo mã tiêu chí của dự thảo, chuyển sang bộ ban hành khi ban hành); chưa có dự thảo thì ' +
          'chỉ đăng ký danh hiệu, mô hình, chuyên đề.',
        params: clusterParams,
        response: { 200: basisView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const access = await loadClusterAccess(db, actor, request.params.clusterId);
      if (!canRead(access)) throw forbidden(M.readersOnly);
      return presentBasis(await loadBasis(db, access, null));
    },
  );

  r.post(
    '/clusters/:clusterId/registrations',
    {
      schema: {
        tags: TAGS,
        summary: 'Lập bản đăng ký thi đua của đơn vị',
        params: clusterParams,
        body: registrationCreateBody,
        response: { 201: registrationView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const saved = await db.transaction((tx) =>
        createRegistration(tx, actor, request.params.clusterId, request.body),
      );
      return reply.status(201).send(present(saved));
    },
  );

  r.get(
    '/registrations/:registrationId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xem bản đăng ký thi đua',
        params: registrationParams,
        response: { 200: registrationView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { registration, access } = await loadRegistration(db, actor, request.params.registrationId);
      const [basis, plans, [unit]] = await Promise.all([
        loadBasis(db, access, registration.criteriaVersionId),
        db.select().from(registrationPlans).where(eq(registrationPlans.registrationId, registration.id)),
        db.select().from(units).where(eq(units.id, registration.unitId)),
      ]);
      return presentRegistration(registration, plans, unit!, basis, access);
    },
  );

  r.patch(
    '/registrations/:registrationId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa bản đăng ký thi đua (chưa gửi)',
        description: 'Phần nào gửi lên thì thay thế phần đã lưu (kể cả toàn bộ danh sách kế hoạch).',
        params: registrationParams,
        body: registrationPatch,
        response: { 200: registrationView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const saved = await db.transaction((tx) =>
        updateRegistration(tx, actor, request.params.registrationId, request.body),
      );
      return present(saved);
    },
  );

  r.post(
    '/registrations/:registrationId/submit',
    {
      schema: {
        tags: TAGS,
        summary: 'Gửi bản đăng ký thi đua',
        description: 'Cần có kế hoạch cho mọi tiêu chí định lượng; sau khi gửi, đơn vị chỉ được xem.',
        params: registrationParams,
        body: submitBody,
        response: { 200: registrationView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const saved = await db.transaction((tx) =>
        submitRegistration(tx, actor, request.params.registrationId, request.body),
      );
      return present(saved);
    },
  );

  r.post(
    '/registrations/:registrationId/reopen',
    {
      schema: {
        tags: TAGS,
        summary: 'Mở lại bản đăng ký đã gửi (cơ quan thường trực, cần lý do)',
        params: registrationParams,
        body: reopenBody,
        response: { 200: registrationView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const saved = await db.transaction((tx) =>
        reopenRegistration(tx, actor, request.params.registrationId, request.body),
      );
      return present(saved);
    },
  );

  r.get(
    '/registrations/:registrationId/print',
    {
      schema: {
        tags: TAGS,
        summary: 'Dữ liệu in bản đăng ký (mẫu Phụ lục 01)',
        params: registrationParams,
        response: { 200: printView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return buildPrintView(db, actor, request.params.registrationId);
    },
  );
}
