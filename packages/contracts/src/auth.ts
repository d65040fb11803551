import { z } from 'zod';
import { text } from './primitives';

// Signing in and out, the session, passwords and the sign-in methods: what the server's auth routes take
// and answer, the web's session and sign-in pages read.

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

/** `GET /auth/methods`: how one may sign in here, and why the last single sign-on failed. */
export const methodsResponse = z.object({
  localPasswords: z.boolean().describe('Đăng nhập bằng mật khẩu có được dùng không'),
  sso: z
    .object({ name: z.string().describe('Nhãn nút đăng nhập một lần') })
    .nullable()
    .describe('Đăng nhập một lần (OpenID Connect), nếu máy chủ có cấu hình'),
  ssoError: z
    .object({ code: z.string(), message: z.string() })
    .nullable()
    .describe('Lý do lần đăng nhập một lần vừa rồi không thành công (chỉ đọc được một lần)'),
});

export type MeView = z.infer<typeof meResponse>;
export type SignInMethodsView = z.infer<typeof methodsResponse>;
