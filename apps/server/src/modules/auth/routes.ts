import { memberships, users } from '@thidua/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { nameKey } from '../../auth/login-failures';
import { createSession, destroySession, SESSION_COOKIE, setSessionCookie } from '../../auth/sessions';
import { AppError, notFound } from '../../http/errors';
import { OidcClient } from '../../auth/oidc';
import { oidcRoutes } from './oidc-routes';
import { requestPasswordReset, setPasswordByLink } from './account-tokens';
import {
  changePasswordBody,
  forgotPasswordBody,
  loginBody,
  meResponse,
  resetPasswordBody,
  setPasswordBody,
  userIdParams,
} from './schema';
import { changePassword, checkCredentials, resetPassword } from './service';
import { open, raw, registerRoutes, route } from '../../http/route-table';

const okResponse = z.object({ ok: z.literal(true) });
const logoutResponse = okResponse.extend({
  ssoLogoutUrl: z
    .string()
    .nullable()
    .describe('Phiên đăng nhập một lần: địa chỉ để kết thúc cả phiên ở máy chủ đăng nhập một lần'),
});

/** Sign-in, sign-out, the current user, password change and an administrator's reset. */
export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.deps;

  /** A new session for `userId`: the cookie, and the same answer as GET /auth/me. */
  async function signIn(request: FastifyRequest, reply: FastifyReply, userId: string) {
    const session = await createSession(db, userId, config.sessionHours, {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    setSessionCookie(reply, session, config.secureCookies);
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    const roles = await db
      .select({ councilId: memberships.councilId, role: memberships.role, unitId: memberships.unitId })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), isNull(memberships.endedAt)));
    return {
      user: {
        id: user!.id,
        username: user!.username,
        displayName: user!.displayName,
        isSystemAdmin: user!.isSystemAdmin,
        mustChangePassword: user!.mustChangePassword,
      },
      memberships: roles,
      csrfToken: session.csrfToken,
    };
  }

  const perLoginLimit = app.createRateLimit({
    max: config.loginLimitPerNamePerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `reset:${nameKey((request.body as { login: string }).login)}`,
  });

  const perNameLimit = app.createRateLimit({
    max: config.loginLimitPerNamePerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `name:${nameKey((request.body as { username: string }).username)}`,
  });

  const oidc = config.oidc ? new OidcClient(config.oidc) : undefined;
  await oidcRoutes(app, oidc);

  registerRoutes(
    app,
    ['Tài khoản'],
    [
      open(
        'POST /auth/login',
        'Đăng nhập',
        {
          body: loginBody,
          config: { rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
          preHandler: async (request) => {
            const limit = await perNameLimit(request);
            if (!limit.isAllowed && limit.isExceeded) throw new AppError('RATE_LIMITED');
          },
          200: meResponse,
        },
        async ({ db, body, request, reply }) => {
          const { username, password } = body;
          if (!config.localPasswords) throw new AppError('LOCAL_PASSWORDS_OFF');
          const userId = await checkCredentials(db, config, username, password, request.ip);
          return signIn(request, reply, userId);
        },
      ),
      open(
        'POST /auth/forgot-password',
        'Quên mật khẩu: gửi đường liên kết đặt lại mật khẩu qua thư điện tử',
        {
          description:
            'Nếu có tài khoản (tên đăng nhập hoặc thư điện tử) đang hoạt động và có địa chỉ thư, một đường liên kết ' +
            'dùng một lần trong 1 giờ được gửi tới địa chỉ đó. Câu trả lời như nhau dù tài khoản có hay không.',
          body: forgotPasswordBody,
          config: { rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
          preHandler: async (request) => {
            const limit = await perLoginLimit(request);
            if (!limit.isAllowed && limit.isExceeded) throw new AppError('RATE_LIMITED');
          },
          202: okResponse,
        },
        async ({ db, body }) => {
          if (!config.localPasswords) throw new AppError('LOCAL_PASSWORDS_OFF');
          await requestPasswordReset(db, body.login);
          return { ok: true as const };
        },
      ),
      open(
        'POST /auth/set-password',
        'Đặt mật khẩu bằng đường liên kết trong thư (thư mời hoặc đặt lại) và đăng nhập',
        {
          body: setPasswordBody,
          config: { rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
          200: meResponse,
        },
        async ({ db, body, request, reply }) => {
          if (!config.localPasswords) throw new AppError('LOCAL_PASSWORDS_OFF');
          const userId = await setPasswordByLink(db, body.token, body.newPassword);
          return signIn(request, reply, userId);
        },
      ),
      raw(
        'POST /auth/logout',
        'Đăng xuất',
        { config: { duringPasswordChange: true }, 200: logoutResponse },
        async ({ db, actor, reply }) => {
          await destroySession(db, actor.sessionId);
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
          const atProvider = actor.signInMethod === 'oidc' ? await oidc?.endSessionUrl() : null;
          return { ok: true as const, ssoLogoutUrl: atProvider?.href ?? null };
        },
      ),
      route(
        'GET /auth/me',
        'Người dùng hiện tại',
        { config: { duringPasswordChange: true }, 200: meResponse },
        async ({ actor }) => {
          return {
            user: {
              id: actor.userId,
              username: actor.username,
              displayName: actor.displayName,
              isSystemAdmin: actor.isSystemAdmin,
              mustChangePassword: actor.mustChangePassword,
            },
            memberships: actor.memberships,
            csrfToken: actor.csrfToken,
          };
        },
      ),
      raw(
        'POST /auth/password',
        'Đổi mật khẩu',
        {
          body: changePasswordBody,
          config: {
            duringPasswordChange: true,
            rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' },
          },
          200: okResponse,
        },
        async ({ db, actor, body, request }) => {
          const { currentPassword, newPassword } = body;
          await changePassword(db, config, actor, request.ip, currentPassword, newPassword);
          return { ok: true as const };
        },
      ),
      route(
        'POST /users/:userId/reset-password',
        'Quản trị đặt lại mật khẩu',
        { params: userIdParams, body: resetPasswordBody, 200: okResponse },
        async ({ db, actor, params, body }) => {
          const { userId } = params;
          const theirs = await db
            .select({ councilId: memberships.councilId })
            .from(memberships)
            .where(eq(memberships.userId, userId));
          const [target] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
          const administered = actor.memberships
            .filter((m) => m.role === 'administrator')
            .map((m) => m.councilId)
            .find((councilId) => theirs.some((t) => t.councilId === councilId));
          if (!target || (!actor.isSystemAdmin && administered === undefined)) throw notFound('tài khoản');
          await resetPassword(
            db,
            actor,
            userId,
            administered ?? theirs[0]?.councilId ?? null,
            body.newPassword,
          );
          return { ok: true as const };
        },
      ),
    ],
  );
}
