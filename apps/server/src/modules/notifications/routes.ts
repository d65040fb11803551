import type { User } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
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

const TAGS = ['Thông báo'];

/**
 * The notification centre (issue #14 §5) and the user's own profile (e-mail address, e-mail
 * notifications). Every route is about the signed-in user only.
 */
export async function notificationsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const presentProfile = (user: User) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    emailNotifications: user.emailNotifications,
    mailConfigured: config.mail !== undefined,
    version: user.version,
  });

  r.get(
    '/me/notifications',
    {
      schema: {
        tags: TAGS,
        summary: 'Thông báo của tôi (chưa đọc trước, mới nhất trước)',
        querystring: notificationListQuery,
        response: { 200: notificationPage },
      },
    },
    async (request) => listMine(db, requireActor(request.actor), request.query),
  );

  r.post(
    '/me/notifications/:notificationId/read',
    {
      schema: {
        tags: TAGS,
        summary: 'Đánh dấu một thông báo đã đọc',
        params: notificationParams,
        response: { 200: notificationView },
      },
    },
    async (request) => markRead(db, requireActor(request.actor), request.params.notificationId),
  );

  r.post(
    '/me/notifications/read-all',
    {
      schema: { tags: TAGS, summary: 'Đánh dấu mọi thông báo đã đọc', response: { 200: readAllView } },
    },
    async (request) => markAllRead(db, requireActor(request.actor)),
  );

  r.get(
    '/me/profile',
    {
      schema: {
        tags: ['Tài khoản'],
        summary: 'Tài khoản của tôi: thư điện tử, nhận thông báo qua thư',
        response: { 200: profileView },
      },
    },
    async (request) => presentProfile(await loadProfile(db, requireActor(request.actor))),
  );

  r.patch(
    '/me/profile',
    {
      schema: {
        tags: ['Tài khoản'],
        summary: 'Sửa thư điện tử, bật/tắt nhận thông báo qua thư điện tử',
        body: profileBody,
        response: { 200: profileView },
      },
    },
    async (request) => presentProfile(await updateProfile(db, requireActor(request.actor), request.body)),
  );
}
