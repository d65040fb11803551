import type { User } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import {
  notificationListQuery,
  notificationPage,
  notificationParams,
  notificationView,
  profileBody,
  profileView,
  readAllView,
} from './schema';
import { listMine, loadProfile, markAllRead, markRead, updateProfile } from './service';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Thông báo'];

/**
 * The notification centre (issue #14 §5) and the user's own profile (e-mail address, e-mail
 * notifications). Every route is about the signed-in user only.
 */
export async function notificationsRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;
  const presentProfile = (user: User) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    emailNotifications: user.emailNotifications,
    mailConfigured: config.mail !== undefined,
    version: user.version,
  });

  registerRoutes(app, TAGS, [
    route(
      'GET /me/notifications',
      'Thông báo của tôi (chưa đọc trước, mới nhất trước)',
      { query: notificationListQuery, 200: notificationPage },
      async ({ db, actor, query }) => listMine(db, actor, query),
    ),
    route(
      'POST /me/notifications/:notificationId/read',
      'Đánh dấu một thông báo đã đọc',
      { params: notificationParams, 200: notificationView },
      async ({ db, actor, params }) => markRead(db, actor, params.notificationId),
    ),
    route(
      'POST /me/notifications/read-all',
      'Đánh dấu mọi thông báo đã đọc',
      { 200: readAllView },
      async ({ db, actor }) => markAllRead(db, actor),
    ),
    route(
      'GET /me/profile',
      'Tài khoản của tôi: thư điện tử, nhận thông báo qua thư',
      { tags: ['Tài khoản'], 200: profileView },
      async ({ db, actor }) => presentProfile(await loadProfile(db, actor)),
    ),
    route(
      'PATCH /me/profile',
      'Sửa thư điện tử, bật/tắt nhận thông báo qua thư điện tử',
      { tags: ['Tài khoản'], body: profileBody, 200: profileView },
      async ({ db, actor, body }) => presentProfile(await updateProfile(db, actor, body)),
    ),
  ]);
}
