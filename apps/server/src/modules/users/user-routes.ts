import { memberships, type User, users } from '@thidua/db';
import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireCouncilMember } from '../../access/council-access';
import { requireActor } from '../../auth/actor';
import { offsetOf, pageOf } from '../../http/pagination';
import { AppError, forbidden } from '../../http/errors';
import { setDisabled, updateAccount } from './account-service';
import { canListAccounts, canManageAccounts } from './policy';
import { membershipsOf, presentUser } from './presenter';
import { createUnitAccounts, inviteUnitAccounts } from './bulk-accounts';
import { credentialSheet, credentialSheetPdf } from './credential-sheet';
import { loadLetterhead } from '../documents/letterhead';
import { attachmentHeader } from '../../files/attachment-names';
import {
  bulkAccountsBody,
  bulkAccountsView,
  bulkInvitationsBody,
  bulkInvitationsView,
  councilParams,
  createdUserView,
  createUserBody,
  reasonBody,
  updateUserBody,
  userListQuery,
  userParams,
  userView,
} from '@thidua/contracts/users';
import { createUser } from './service';
import { readUserView } from './view';

const TAGS = ['Người dùng'];

/** Accounts: the council's list, one account, creation, disabling and enabling. */
export async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/councils/:councilId/users',
    {
      schema: {
        tags: TAGS,
        summary: 'Người dùng của hội đồng và vai trò của họ',
        params: councilParams,
        querystring: userListQuery,
        response: { 200: pageOf(userView) },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { councilId } = request.params;
      const access = requireCouncilMember(actor, councilId);
      // The council's people and their roles are the council's business: unit staff read a colleague's
      // name where they need it (GET /users/:id), not the whole list.
      if (!canListAccounts(access)) {
        throw forbidden('Chỉ quản trị, cơ quan thường trực và thành viên Hội đồng xem danh sách người dùng');
      }
      const { role, unitId, q, page, pageSize } = request.query;
      const includeEnded = request.query.includeEnded === 'true';
      const roleFilter = and(
        eq(memberships.councilId, councilId),
        role ? eq(memberships.role, role) : undefined,
        unitId ? eq(memberships.unitId, unitId) : undefined,
        includeEnded ? undefined : isNull(memberships.endedAt),
      );
      const filters: (SQL | undefined)[] = [
        inArray(users.id, db.select({ id: memberships.userId }).from(memberships).where(roleFilter)),
      ];
      if (q) filters.push(or(ilike(users.username, `%${q}%`), ilike(users.displayName, `%${q}%`)));
      const where = and(...filters);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(users)
          .where(where)
          .orderBy(asc(users.displayName), asc(users.username))
          .limit(pageSize)
          .offset(offsetOf(request.query)),
        db.select({ n: count() }).from(users).where(where),
      ]);
      const roles = await membershipsOf(
        db,
        rows.map((u: User) => u.id),
        [councilId],
        includeEnded,
      );
      const manage = canManageAccounts(access);
      return { items: rows.map((u) => presentUser(u, roles, manage)), total: total?.n ?? 0, page, pageSize };
    },
  );

  r.post(
    '/councils/:councilId/users',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo tài khoản với mật khẩu tạm (quản trị)',
        description:
          'Tài khoản mới có một vai trò trong hội đồng và phải đổi mật khẩu ở lần đăng nhập đầu. ' +
          'Không gửi `temporaryPassword` thì hệ thống tạo và trả về một lần duy nhất.',
        params: councilParams,
        body: createUserBody,
        response: { 201: createdUserView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { user, generatedPassword } = await createUser(db, actor, request.params.councilId, request.body);
      return reply
        .status(201)
        .send({ user: await readUserView(db, actor, user.id), temporaryPassword: generatedPassword });
    },
  );

  const bulkDescription =
    'Một thao tác, một giao dịch: tên đăng nhập `<tiền tố>.<mã đơn vị>`, mật khẩu tạm thời cho biết một lần duy ' +
    'nhất và phải đổi ở lần đăng nhập đầu. Đơn vị đã có tài khoản được bỏ qua; một tên đăng nhập đã có thì không ' +
    'tạo gì. Ghi nhật ký thành một đợt.';

  r.post(
    '/councils/:councilId/users/bulk',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo tài khoản cán bộ hàng loạt, mỗi đơn vị chưa có một tài khoản (quản trị)',
        description: `${bulkDescription} Trả về danh sách tài khoản kèm mật khẩu tạm thời.`,
        params: councilParams,
        body: bulkAccountsBody,
        response: { 201: bulkAccountsView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { created, skipped } = await createUnitAccounts(
        db,
        actor,
        request.params.councilId,
        request.body,
      );
      return reply.status(201).send({ created, skipped });
    },
  );

  r.post(
    '/councils/:councilId/users/bulk/sheet',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo tài khoản cán bộ hàng loạt và in phiếu cấp tài khoản (PDF, mỗi đơn vị một trang)',
        description: `${bulkDescription} Mật khẩu tạm thời chỉ có trên phiếu (không lưu ở đâu khác).`,
        params: councilParams,
        body: bulkAccountsBody,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { councilId } = request.params;
      const { created } = await createUnitAccounts(db, actor, councilId, request.body);
      if (created.length === 0)
        throw new AppError(
          'DUPLICATE',
          'Các đơn vị đã chọn đều đã có tài khoản cán bộ: không có phiếu nào để in',
        );
      const address = `${request.protocol}://${request.host}/`;
      const sheet = credentialSheet(await loadLetterhead(db, councilId), created, address, new Date());
      return reply
        .status(201)
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentHeader('Phiếu cấp tài khoản.pdf'))
        .header('cache-control', 'private, no-store')
        .send(await credentialSheetPdf(sheet));
    },
  );

  r.post(
    '/councils/:councilId/users/bulk/invitations',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo tài khoản cán bộ hàng loạt và gửi thư mời đặt mật khẩu (quản trị)',
        description:
          `${bulkDescription} Tài khoản chưa có mật khẩu: mỗi đơn vị nhận qua thư điện tử một đường liên kết ` +
          'dùng một lần trong 72 giờ để tự đặt mật khẩu. Địa chỉ thư sai thì không tạo gì (thông báo nêu dòng).',
        params: councilParams,
        body: bulkInvitationsBody,
        response: { 201: bulkInvitationsView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { created, skipped } = await inviteUnitAccounts(
        db,
        actor,
        request.params.councilId,
        request.body.invitations,
        request.body.usernamePrefix,
      );
      return reply.status(201).send({
        created: created.map((c) => ({
          unitId: c.unitId,
          unitName: c.unitName,
          userId: c.userId,
          username: c.username,
          email: c.email!,
        })),
        skipped,
      });
    },
  );

  r.get(
    '/users/:userId',
    { schema: { tags: TAGS, summary: 'Xem tài khoản', params: userParams, response: { 200: userView } } },
    async (request) => readUserView(db, requireActor(request.actor), request.params.userId),
  );

  r.patch(
    '/users/:userId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa họ tên, thư điện tử của tài khoản (quản trị)',
        params: userParams,
        body: updateUserBody,
        response: { 200: userView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await updateAccount(db, actor, request.params.userId, request.body);
      return readUserView(db, actor, request.params.userId);
    },
  );

  for (const [action, disabled, summary] of [
    ['disable', true, 'Vô hiệu hóa tài khoản (đăng xuất mọi phiên)'],
    ['enable', false, 'Kích hoạt lại tài khoản'],
  ] as const) {
    r.post(
      `/users/:userId/${action}`,
      {
        schema: { tags: TAGS, summary, params: userParams, body: reasonBody, response: { 200: userView } },
      },
      async (request) => {
        const actor = requireActor(request.actor);
        await setDisabled(db, actor, request.params.userId, disabled, request.body.reason);
        return readUserView(db, actor, request.params.userId);
      },
    );
  }
}
