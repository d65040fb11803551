import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import {
  councilUserParams,
  membershipBody,
  membershipParams,
  reasonBody,
  userView,
} from '@thidua/contracts/users';
import { addMembership, endMembership } from './service';
import { readUserView } from './view';

const TAGS = ['Người dùng'];

/** A user's roles in a council: add (or resume) one, end one. Both answer with the user's view. */
export async function membershipRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.post(
    '/councils/:councilId/users/:userId/memberships',
    {
      schema: {
        tags: TAGS,
        summary: 'Thêm vai trò cho người dùng trong hội đồng (quản trị)',
        description: 'Vai trò đã kết thúc trước đây được mở lại thay vì tạo bản ghi mới.',
        params: councilUserParams,
        body: membershipBody,
        response: { 201: userView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { councilId, userId } = request.params;
      await addMembership(db, actor, councilId, userId, request.body);
      return reply.status(201).send(await readUserView(db, actor, userId));
    },
  );

  r.post(
    '/memberships/:membershipId/end',
    {
      schema: {
        tags: TAGS,
        summary: 'Kết thúc một vai trò (quản trị)',
        description: 'Vai trò được giữ lại để biết ai từng có quyền gì, vào lúc nào.',
        params: membershipParams,
        body: reasonBody,
        response: { 200: userView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const ended = await endMembership(db, actor, request.params.membershipId, request.body.reason);
      return readUserView(db, actor, ended.userId);
    },
  );
}
