import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { versionQuery } from '../scoring/schema-entries';
import { deliverDocument } from './deliver';
import { clusterParams, DOCUMENT_PRODUCES, documentResponse, formatQuery } from './schema';
import { prepareScoreTable } from './score-table';

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
}
