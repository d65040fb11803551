import type { FastifyInstance } from 'fastify';
import {
  councilUserParams,
  membershipBody,
  membershipParams,
  reasonBody,
  userView,
} from '@thidua/contracts/users';
import { addMembership, endMembership } from './service';
import { readUserView } from './view';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Người dùng'];

/** A user's roles in a council: add (or resume) one, end one. Both answer with the user's view. */
export async function membershipRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'POST /councils/:councilId/users/:userId/memberships',
      'Thêm vai trò cho người dùng trong hội đồng (quản trị)',
      {
        description: 'Vai trò đã kết thúc trước đây được mở lại thay vì tạo bản ghi mới.',
        params: councilUserParams,
        body: membershipBody,
        201: userView,
      },
      async ({ db, actor, params, body }) => {
        const { councilId, userId } = params;
        await addMembership(db, actor, councilId, userId, body);
        return await readUserView(db, actor, userId);
      },
    ),
    route(
      'POST /memberships/:membershipId/end',
      'Kết thúc một vai trò (quản trị)',
      {
        description: 'Vai trò được giữ lại để biết ai từng có quyền gì, vào lúc nào.',
        params: membershipParams,
        body: reasonBody,
        200: userView,
      },
      async ({ db, actor, params, body }) => {
        const ended = await endMembership(db, actor, params.membershipId, body.reason);
        return readUserView(db, actor, ended.userId);
      },
    ),
  ]);
}
