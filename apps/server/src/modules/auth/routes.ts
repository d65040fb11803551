import { memberships, users } from '@thidua/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
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

const okResponse = z.object({ ok: z.literal(true) });
const logoutResponse = okResponse.extend({
  ssoLogoutUrl: z
    .string()
    .nullable()
    .describe('Phiên đăng nhập một lần: địa chỉ để kết thúc cả phiên ở máy chủ đăng nhập một lần'),
});

/** Sign-in, sign-out, the current user, password change and an administrator's reset. */
export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
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

  r.post(
    '/auth/login',
    {
      schema: { tags: ['Tài khoản'], summary: 'Đăng nhập', body: loginBody, response: { 200: meResponse } },
      config: { public: true, rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
      // Besides the per-address limit above, attempts on one name from all addresses together.
      preHandler: async (request) => {
        const limit = await perNameLimit(request);
        if (!limit.isAllowed && limit.isExceeded) throw new AppError('RATE_LIMITED');
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      if (!config.localPasswords) throw new AppError('LOCAL_PASSWORDS_OFF');
      const userId = await checkCredentials(db, config, username, password, request.ip);
      return signIn(request, reply, userId);
    },
  );

  r.post(
    '/auth/forgot-password',
    {
      schema: {
        tags: ['Tài khoản'],
        summary: 'Quên mật khẩu: gửi đường liên kết đặt lại mật khẩu qua thư điện tử',
        description:
          'Nếu có tài khoản (tên đăng nhập hoặc thư điện tử) đang hoạt động và có địa chỉ thư, một đường liên kết ' +
          'dùng một lần trong 1 giờ được gửi tới địa chỉ đó. Câu trả lời như nhau dù tài khoản có hay không.',
        body: forgotPasswordBody,
        response: { 202: okResponse },
      },
      config: { public: true, rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
      preHandler: async (request) => {
        const limit = await perLoginLimit(request);
        if (!limit.isAllowed && limit.isExceeded) throw new AppError('RATE_LIMITED');
      },
    },
    async (request, reply) => {
      if (!config.localPasswords) throw new AppError('LOCAL_PASSWORDS_OFF');
      await requestPasswordReset(db, request.body.login);
      return reply.status(202).send({ ok: true as const });
    },
  );

  r.post(
    '/auth/set-password',
    {
      schema: {
        tags: ['Tài khoản'],
        summary: 'Đặt mật khẩu bằng đường liên kết trong thư (thư mời hoặc đặt lại) và đăng nhập',
        body: setPasswordBody,
        response: { 200: meResponse },
      },
      config: { public: true, rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      if (!config.localPasswords) throw new AppError('LOCAL_PASSWORDS_OFF');
      const userId = await setPasswordByLink(db, request.body.token, request.body.newPassword);
      return signIn(request, reply, userId);
    },
  );

  const oidc = config.oidc ? new OidcClient(config.oidc) : undefined;
  await oidcRoutes(app, oidc);

  r.post(
    '/auth/logout',
    {
      schema: { tags: ['Tài khoản'], summary: 'Đăng xuất', response: { 200: logoutResponse } },
      config: { duringPasswordChange: true },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await destroySession(db, actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      const atProvider = actor.signInMethod === 'oidc' ? await oidc?.endSessionUrl() : null;
      return { ok: true as const, ssoLogoutUrl: atProvider?.href ?? null };
    },
  );

  r.get(
    '/auth/me',
    {
      schema: { tags: ['Tài khoản'], summary: 'Người dùng hiện tại', response: { 200: meResponse } },
      config: { duringPasswordChange: true },
    },
    async (request) => {
      const actor = requireActor(request.actor);
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
  );

  r.post(
    '/auth/password',
    {
      schema: {
        tags: ['Tài khoản'],
        summary: 'Đổi mật khẩu',
        body: changePasswordBody,
        response: { 200: okResponse },
      },
      config: {
        duringPasswordChange: true,
        rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { currentPassword, newPassword } = request.body;
      await changePassword(db, config, actor, request.ip, currentPassword, newPassword);
      return { ok: true as const };
    },
  );

  r.post(
    '/users/:userId/reset-password',
    {
      schema: {
        tags: ['Tài khoản'],
        summary: 'Quản trị đặt lại mật khẩu',
        params: userIdParams,
        body: resetPasswordBody,
        response: { 200: okResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { userId } = request.params;
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
        request.body.newPassword,
      );
      return { ok: true as const };
    },
  );
}
