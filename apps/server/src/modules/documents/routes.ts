import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { versionQuery } from '../scoring/schema-entries';
import { deliverDocument } from './deliver';
import { clusterParams, DOCUMENT_PRODUCES, documentResponse, formatQuery } from './schema';
import { prepareScoreTable } from './score-table';
import { prepareRegistration } from './registration';
import { prepareMinutes, prepareVoteCount } from './meeting';
import { meetingParams } from '../meetings/schema';
import { registrationParams } from '../registrations/schema';

const TAGS = ['Văn bản (Word, PDF)'];

/**
 * Official documents in the Nghị định 30/2020 layout, as .pdf or .docx: each from the same data and
 * engine results the screens show, checked like that data, and audited (who, which, from which data).
 */
export async function documentsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/documents/score-table',
    {
      schema: {
        tags: TAGS,
        summary: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng của cụm, khối (PDF hoặc Word, khổ ngang)',
        description:
          'Số liệu đúng bằng `/clusters/{clusterId}/results`. Ai xem được kết quả của mọi đơn vị trong ' +
          'cụm, khối thì tải được: cụm trưởng, cụm phó, cơ quan thường trực, thành viên Hội đồng theo dõi; ' +
          'đơn vị thành viên khi bảng điểm đã công bố.',
        params: clusterParams,
        querystring: formatQuery.extend(versionQuery.shape),
        produces: DOCUMENT_PRODUCES,
        response: { 200: documentResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const prepared = await prepareScoreTable(
        db,
        actor,
        request.params.clusterId,
        request.query.criteriaVersionId,
      );
      return deliverDocument(db, actor, prepared, request.query.format, reply);
    },
  );

  r.get(
    '/registrations/:registrationId/documents/registration',
    {
      schema: {
        tags: TAGS,
        summary: 'Bản đăng ký tham gia thi đua của đơn vị (Phụ lục 01), PDF hoặc Word',
        description:
          'Cùng quyền xem như bản đăng ký: cán bộ của đơn vị, cụm trưởng, cụm phó, cơ quan thường trực, …',
        params: registrationParams,
        querystring: formatQuery,
        produces: DOCUMENT_PRODUCES,
        response: { 200: documentResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const prepared = await prepareRegistration(db, actor, request.params.registrationId);
      return deliverDocument(db, actor, prepared, request.query.format, reply);
    },
  );

  r.get(
    '/meetings/:meetingId/documents/minutes',
    {
      schema: {
        tags: TAGS,
        summary: 'Biên bản họp: thành phần, điểm danh và số lượng (2/3), nội dung, diễn biến, kết luận',
        description: 'Ai xem được cuộc họp thì tải được biên bản.',
        params: meetingParams,
        querystring: formatQuery,
        produces: DOCUMENT_PRODUCES,
        response: { 200: documentResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const prepared = await prepareMinutes(db, actor, request.params.meetingId);
      return deliverDocument(db, actor, prepared, request.query.format, reply);
    },
  );

  r.get(
    '/meetings/:meetingId/documents/vote-count',
    {
      schema: {
        tags: TAGS,
        summary: 'Biên bản kiểm phiếu: số phiếu, số phiếu của từng đơn vị, kết quả mỗi lần bỏ phiếu',
        description: 'Ai xem được cuộc họp thì tải được biên bản kiểm phiếu.',
        params: meetingParams,
        querystring: formatQuery,
        produces: DOCUMENT_PRODUCES,
        response: { 200: documentResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const prepared = await prepareVoteCount(db, actor, request.params.meetingId);
      return deliverDocument(db, actor, prepared, request.query.format, reply);
    },
  );
}
