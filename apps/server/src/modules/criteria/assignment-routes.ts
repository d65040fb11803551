import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { pageOf } from '../../http/pagination';
import {
  assignmentListQuery,
  assignmentsBody,
  assignmentsSaved,
  assignmentView,
} from '@thidua/contracts/criteria-assignments';
import { listAssignments, saveAssignments } from './assignment-service';
import { versionParams } from '@thidua/contracts/criteria-versions';

const TAGS = ['Bộ tiêu chí cụm, khối'];

/** Who scores each leaf of a revision: the unit itself, a focal department, or the standing office. */
export async function assignmentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/criteria-versions/:versionId/assignments',
    {
      schema: {
        tags: TAGS,
        summary: 'Phân công chấm điểm từng tiêu chí',
        description: 'Mọi tiêu chí lá theo thứ tự bộ tiêu chí; tiêu chí chưa phân công do đơn vị tự chấm.',
        params: versionParams,
        querystring: assignmentListQuery,
        response: { 200: pageOf(assignmentView) },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return listAssignments(db, actor, request.params.versionId, request.query);
    },
  );

  r.put(
    '/criteria-versions/:versionId/assignments',
    {
      schema: {
        tags: TAGS,
        summary: 'Phân công chấm điểm các tiêu chí (dự thảo)',
        description:
          'Đặt phân công cho các tiêu chí được liệt kê; gửi kèm `version` của phiên bản bộ tiêu chí.',
        params: versionParams,
        body: assignmentsBody,
        response: { 200: assignmentsSaved },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction((tx) => saveAssignments(tx, actor, request.params.versionId, request.body));
    },
  );
}
