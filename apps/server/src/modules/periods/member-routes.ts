import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { readClusterView } from './cluster-presenter';
import {
  addMembersBody,
  clusterParams,
  clusterView,
  leadershipBody,
  memberParams,
  removeMemberQuery,
} from '@thidua/contracts/periods-clusters';
import { addMembers, removeMember, setLeadership } from './member-service';

const TAGS = ['Cụm, khối thi đua'];
const SEAT_RULE =
  'Trong giai đoạn thiết lập được đổi tự do; sau đó chỉ cơ quan thường trực được đổi và phải nêu lý do. ' +
  'Gửi `version` của cụm, khối đã đọc.';

/** The members of a cluster and its seats: leader and deputies. */
export async function memberRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.post(
    '/clusters/:clusterId/members',
    {
      schema: {
        tags: TAGS,
        summary: 'Thêm đơn vị vào cụm, khối',
        description: `Mỗi đơn vị chỉ thuộc một cụm, khối trong một kỳ. ${SEAT_RULE}`,
        params: clusterParams,
        body: addMembersBody,
        response: { 200: clusterView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await addMembers(db, actor, request.params.clusterId, request.body);
      return readClusterView(db, actor, request.params.clusterId);
    },
  );

  r.delete(
    '/clusters/:clusterId/members/:unitId',
    {
      schema: {
        tags: TAGS,
        summary: 'Rút đơn vị khỏi cụm, khối',
        description: `Tham số \`version\` và \`reason\` trên địa chỉ. ${SEAT_RULE}`,
        params: memberParams,
        querystring: removeMemberQuery,
        response: { 200: clusterView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { clusterId, unitId } = request.params;
      await removeMember(db, actor, clusterId, unitId, request.query);
      return readClusterView(db, actor, clusterId);
    },
  );

  r.put(
    '/clusters/:clusterId/leadership',
    {
      schema: {
        tags: TAGS,
        summary: 'Đặt cụm trưởng và cụm phó',
        description:
          `Đúng một cụm trưởng, một hoặc hai cụm phó (thứ tự 1–2), đều là thành viên của cụm; ` +
          `các đơn vị khác trở thành thành viên. ${SEAT_RULE}`,
        params: clusterParams,
        body: leadershipBody,
        response: { 200: clusterView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await setLeadership(db, actor, request.params.clusterId, request.body);
      return readClusterView(db, actor, request.params.clusterId);
    },
  );
}
