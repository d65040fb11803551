import type { FastifyInstance } from 'fastify';
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
import { registerRoutes, route, writeThenRead } from '../../http/route-table';

const TAGS = ['Cụm, khối thi đua'];
const SEAT_RULE =
  'Trong giai đoạn thiết lập được đổi tự do; sau đó chỉ cơ quan thường trực được đổi và phải nêu lý do. ' +
  'Gửi `version` của cụm, khối đã đọc.';

/** The members of a cluster and its seats: leader and deputies. */
export async function memberRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'POST /clusters/:clusterId/members',
      'Thêm đơn vị vào cụm, khối',
      {
        description: `Mỗi đơn vị chỉ thuộc một cụm, khối trong một kỳ. ${SEAT_RULE}`,
        params: clusterParams,
        body: addMembersBody,
        200: clusterView,
      },
      writeThenRead('clusterId', addMembers, readClusterView),
    ),
    route(
      'DELETE /clusters/:clusterId/members/:unitId',
      'Rút đơn vị khỏi cụm, khối',
      {
        description: `Tham số \`version\` và \`reason\` trên địa chỉ. ${SEAT_RULE}`,
        params: memberParams,
        query: removeMemberQuery,
        200: clusterView,
      },
      async ({ db, actor, params, query }) => {
        const { clusterId, unitId } = params;
        await removeMember(db, actor, clusterId, unitId, query);
        return readClusterView(db, actor, clusterId);
      },
    ),
    route(
      'PUT /clusters/:clusterId/leadership',
      'Đặt cụm trưởng và cụm phó',
      {
        description:
          `Đúng một cụm trưởng, một hoặc hai cụm phó (thứ tự 1–2), đều là thành viên của cụm; ` +
          `các đơn vị khác trở thành thành viên. ${SEAT_RULE}`,
        params: clusterParams,
        body: leadershipBody,
        200: clusterView,
      },
      writeThenRead('clusterId', setLeadership, readClusterView),
    ),
  ]);
}
