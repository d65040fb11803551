import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../http/pagination';
import {
  assignmentListQuery,
  assignmentsBody,
  assignmentsSaved,
  assignmentView,
} from '@thidua/contracts/criteria-assignments';
import { listAssignments, saveAssignments } from './assignment-service';
import { versionParams } from '@thidua/contracts/criteria-versions';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Bộ tiêu chí cụm, khối'];

/** Who scores each leaf of a revision: the unit itself, a focal department, or the standing office. */
export async function assignmentRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /criteria-versions/:versionId/assignments',
      'Phân công chấm điểm từng tiêu chí',
      {
        description: 'Mọi tiêu chí lá theo thứ tự bộ tiêu chí; tiêu chí chưa phân công do đơn vị tự chấm.',
        params: versionParams,
        query: assignmentListQuery,
        200: pageOf(assignmentView),
      },
      async ({ db, actor, params, query }) => listAssignments(db, actor, params.versionId, query),
    ),
    route(
      'PUT /criteria-versions/:versionId/assignments',
      'Phân công chấm điểm các tiêu chí (dự thảo)',
      {
        description:
          'Đặt phân công cho các tiêu chí được liệt kê; gửi kèm `version` của phiên bản bộ tiêu chí.',
        params: versionParams,
        body: assignmentsBody,
        200: assignmentsSaved,
      },
      async ({ db, actor, params, body }) =>
        db.transaction((tx) => saveAssignments(tx, actor, params.versionId, body)),
    ),
  ]);
}
