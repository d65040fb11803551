import { NOTIFICATION_KINDS } from '@thidua/vocabulary';
import { z } from 'zod';
import { versionField } from '../../http/concurrency';
import { pageOf, pageQuery } from '../../http/pagination';
import { whole } from '../../http/schemas';

export const notificationView = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  text: z.string(),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationListQuery = pageQuery.extend({
  /** Only the unread ones. */
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const notificationPage = pageOf(notificationView).extend({
  unreadCount: z.number().int(),
});

export const notificationParams = z.object({ notificationId: z.uuid() });

export const readAllView = z.object({ marked: z.number().int(), unreadCount: z.number().int() });

export const profileView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  emailNotifications: z.boolean(),
  /** Whether the server sends e-mail at all (SMTP configured). */
  mailConfigured: z.boolean(),
  version: z.number().int(),
});

export const profileBody = z
  .object({
    version: whole(1).describe(versionField.description),
    email: z.email('địa chỉ thư điện tử không hợp lệ').max(200).nullable().optional(),
    emailNotifications: z.boolean().optional(),
  })
  .refine((body) => body.email !== undefined || body.emailNotifications !== undefined, {
    message: 'cần ít nhất một thay đổi (thư điện tử hoặc nhận thông báo qua thư)',
  });
