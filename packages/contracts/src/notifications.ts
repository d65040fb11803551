import { NOTIFICATION_KINDS } from '@thidua/vocabulary';
import { z } from 'zod';
import { pageOf, pageQuery, versionField, whole } from './primitives';

// A person's notifications (the bell) and their profile (e-mail, notifications by mail): what the
// server's routes take and answer, the web's screens and the e2e specs read.

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

export type NotificationView = z.infer<typeof notificationView>;
export type NotificationPage = z.infer<typeof notificationPage>;
export type ReadAllView = z.infer<typeof readAllView>;
export type ProfileView = z.infer<typeof profileView>;
export type ProfileBody = z.input<typeof profileBody>;
