import { memberships, type User, users } from '@thidua/db';
import { and, asc, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { requireCouncilMember } from '../../access/council-access';
import { pageOf, selectPage } from '../../http/pagination';
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
import { raw, registerRoutes, route, writeThenRead } from '../../http/route-table';

const TAGS = ['Người dùng'];

/** Accounts: the council's list, one account, creation, disabling and enabling. */
export async function userRoutes(app: FastifyInstance): Promise<void> {
  const bulkDescription =
    'Một thao tác, một giao dịch: tên đăng nhập `<tiền tố>.<mã đơn vị>`, mật khẩu tạm thời cho biết một lần duy ' +
    'nhất và phải đổi ở lần đăng nhập đầu. Đơn vị đã có tài khoản được bỏ qua; một tên đăng nhập đã có thì không ' +
    'tạo gì. Ghi nhật ký thành một đợt.';

  registerRoutes(app, TAGS, [
    route(
      'GET /councils/:councilId/users',
      'Người dùng của hội đồng và vai trò của họ',
      { params: councilParams, query: userListQuery, 200: pageOf(userView) },
      async ({ db, actor, params, query }) => {
        const { councilId } = params;
        const access = requireCouncilMember(actor, councilId);
        // The council's people and their roles are the council's business: unit staff read a colleague's
        // name where they need it (GET /users/:id), not the whole list.
        if (!canListAccounts(access)) {
          throw forbidden(
            'Chỉ quản trị, cơ quan thường trực và thành viên Hội đồng xem danh sách người dùng',
          );
        }
        const { role, unitId, q } = query;
        const includeEnded = query.includeEnded === 'true';
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
        const order = [asc(users.displayName), asc(users.username)];
        const rows = await selectPage(db, users, and(...filters), order, query, (u: User) => u);
        const roles = await membershipsOf(
          db,
          rows.items.map((u) => u.id),
          [councilId],
          includeEnded,
        );
        const manage = canManageAccounts(access);
        return { ...rows, items: rows.items.map((u) => presentUser(u, roles, manage)) };
      },
    ),
    raw(
      'POST /councils/:councilId/users',
      'Tạo tài khoản với mật khẩu tạm (quản trị)',
      {
        description:
          'Tài khoản mới có một vai trò trong hội đồng và phải đổi mật khẩu ở lần đăng nhập đầu. ' +
          'Không gửi `temporaryPassword` thì hệ thống tạo và trả về một lần duy nhất.',
        params: councilParams,
        body: createUserBody,
        201: createdUserView,
      },
      async ({ db, actor, params, body, reply }) => {
        const { user, generatedPassword } = await createUser(db, actor, params.councilId, body);
        return reply
          .status(201)
          .send({ user: await readUserView(db, actor, user.id), temporaryPassword: generatedPassword });
      },
    ),
    route(
      'POST /councils/:councilId/users/bulk',
      'Tạo tài khoản cán bộ hàng loạt, mỗi đơn vị chưa có một tài khoản (quản trị)',
      {
        description: `${bulkDescription} Trả về danh sách tài khoản kèm mật khẩu tạm thời.`,
        params: councilParams,
        body: bulkAccountsBody,
        201: bulkAccountsView,
      },
      async ({ db, actor, params, body }) => {
        const { created, skipped } = await createUnitAccounts(db, actor, params.councilId, body);
        return { created, skipped };
      },
    ),
    raw(
      'POST /councils/:councilId/users/bulk/sheet',
      'Tạo tài khoản cán bộ hàng loạt và in phiếu cấp tài khoản (PDF, mỗi đơn vị một trang)',
      {
        description: `${bulkDescription} Mật khẩu tạm thời chỉ có trên phiếu (không lưu ở đâu khác).`,
        params: councilParams,
        body: bulkAccountsBody,
        produces: ['application/pdf'],
      },
      async ({ db, actor, params, body, request, reply }) => {
        const { councilId } = params;
        const { created } = await createUnitAccounts(db, actor, councilId, body);
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
    ),
    route(
      'POST /councils/:councilId/users/bulk/invitations',
      'Tạo tài khoản cán bộ hàng loạt và gửi thư mời đặt mật khẩu (quản trị)',
      {
        description:
          `${bulkDescription} Tài khoản chưa có mật khẩu: mỗi đơn vị nhận qua thư điện tử một đường liên kết ` +
          'dùng một lần trong 72 giờ để tự đặt mật khẩu. Địa chỉ thư sai thì không tạo gì (thông báo nêu dòng).',
        params: councilParams,
        body: bulkInvitationsBody,
        201: bulkInvitationsView,
      },
      async ({ db, actor, params, body }) => {
        const { created, skipped } = await inviteUnitAccounts(
          db,
          actor,
          params.councilId,
          body.invitations,
          body.usernamePrefix,
        );
        return {
          created: created.map((c) => ({
            unitId: c.unitId,
            unitName: c.unitName,
            userId: c.userId,
            username: c.username,
            email: c.email!,
          })),
          skipped,
        };
      },
    ),
    route(
      'GET /users/:userId',
      'Xem tài khoản',
      { params: userParams, 200: userView },
      async ({ db, actor, params }) => readUserView(db, actor, params.userId),
    ),
    route(
      'PATCH /users/:userId',
      'Sửa họ tên, thư điện tử của tài khoản (quản trị)',
      { params: userParams, body: updateUserBody, 200: userView },
      writeThenRead('userId', updateAccount, readUserView),
    ),
    ...(
      [
        ['disable', true, 'Vô hiệu hóa tài khoản (đăng xuất mọi phiên)'],
        ['enable', false, 'Kích hoạt lại tài khoản'],
      ] as const
    ).map(([action, disabled, summary]) =>
      route(
        `POST /users/:userId/${action}`,
        summary,
        { params: userParams, body: reasonBody, 200: userView },
        async ({ db, actor, params, body }) => {
          await setDisabled(db, actor, params.userId, disabled, body.reason);
          return readUserView(db, actor, params.userId);
        },
      ),
    ),
  ]);
}
