import { z } from 'zod';
import { text } from '../../http/schemas';

export const loginBody = z.object({
  username: text(100),
  password: z.string().min(1).max(200),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const resetPasswordBody = z.object({
  newPassword: z.string().min(1).max(200),
});

export const userIdParams = z.object({ userId: z.uuid() });

export const meResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    isSystemAdmin: z.boolean(),
    mustChangePassword: z.boolean(),
  }),
  memberships: z.array(z.object({ councilId: z.string(), role: z.string(), unitId: z.string().nullable() })),
  csrfToken: z.string(),
});

export const forgotPasswordBody = z.object({
  login: text(200).describe('Tên đăng nhập hoặc địa chỉ thư điện tử của tài khoản'),
});

export const setPasswordBody = z.object({
  token: z.string().min(1).max(200).describe('Mã trong đường liên kết của thư'),
  newPassword: z.string().min(1).max(200),
});
