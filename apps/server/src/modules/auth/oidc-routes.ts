import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  OIDC_ERROR_COOKIE,
  OIDC_PENDING_COOKIE,
  OIDC_PENDING_SECONDS,
  OidcClient,
  OidcError,
  type OidcFailure,
  type OidcPending,
  sameOriginPath,
} from '../../auth/oidc';
import { createSession, setSessionCookie } from '../../auth/sessions';
import { AppError, ERRORS } from '../../http/errors';
import { open, registerRoutes } from '../../http/route-table';
import { methodsResponse } from './schema';

/** The web's sign-in page, where a failed single sign-on is explained. */
const SIGN_IN_PAGE = '/dang-nhap';
const COOKIE_PATH = '/api/v1/auth';

const startQuery = z.object({
  tiep: z.string().max(2000).optional().describe('Trang mở sau khi đăng nhập (đường dẫn trong trang)'),
});

const callbackQuery = z.looseObject({
  code: z.string().max(4000).optional(),
  state: z.string().max(4000).optional(),
  iss: z.string().max(4000).optional(),
  error: z.string().max(4000).optional(),
  error_description: z.string().max(4000).optional(),
});

const redirectResponse = { 302: z.null().describe('Chuyển hướng trình duyệt') };

/** The message the sign-in page shows for a failed single sign-on (naming the unknown account). */
function failureMessage(failure: OidcFailure): string {
  if (failure.code === 'SSO_UNKNOWN_ACCOUNT' && failure.name)
    return `Tài khoản "${failure.name}" chưa có trong hệ thống; liên hệ quản trị để được cấp tài khoản`;
  return ERRORS[failure.code].message;
}

function readJson<T>(raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

/**
 * Single sign-on (README, "Single sign-on (OIDC)"): which sign-in methods the server offers, the
 * start of an OpenID Connect sign-in and the provider's callback, which opens the same session (cookie
 * and CSRF token) a password sign-in opens. All three are public.
 */
export async function oidcRoutes(app: FastifyInstance, oidc: OidcClient | undefined): Promise<void> {
  const { config } = app.deps;

  // The pending sign-in rides in an HttpOnly cookie; SameSite=Lax so that it comes back with the
  // provider's top-level redirect to the callback (a Strict cookie would not).
  const temporary = {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
  } as const;

  // Back to the sign-in page, which says why once; the page the user was going to stays in its address
  // (`tiep`), so signing in another way still lands there.
  const fail = (reply: FastifyReply, failure: OidcFailure, next: string | undefined) => {
    reply.clearCookie(OIDC_PENDING_COOKIE, { path: COOKIE_PATH });
    reply.setCookie(OIDC_ERROR_COOKIE, JSON.stringify(failure), { ...temporary, maxAge: 300 });
    const page = sameOriginPath(next);
    const tiep = page === '/' ? '' : `&tiep=${encodeURIComponent(page)}`;
    return reply.redirect(`${SIGN_IN_PAGE}?sso=loi${tiep}`, 302);
  };

  registerRoutes(
    app,
    ['Tài khoản'],
    [
      open(
        'GET /auth/methods',
        'Các cách đăng nhập',
        { 200: methodsResponse },
        async ({ request, reply }) => {
          const failure = readJson<OidcFailure>(request.cookies[OIDC_ERROR_COOKIE]);
          if (failure) reply.clearCookie(OIDC_ERROR_COOKIE, { path: COOKIE_PATH });
          const known = failure && typeof failure.code === 'string' && failure.code in ERRORS;
          return {
            localPasswords: config.localPasswords,
            sso: config.oidc ? { name: config.oidc.name } : null,
            ssoError: known
              ? {
                  code: failure.code,
                  message: failureMessage({
                    code: failure.code,
                    ...(typeof failure.name === 'string' ? { name: failure.name.slice(0, 200) } : {}),
                  }),
                }
              : null,
          };
        },
      ),
      open(
        'GET /auth/oidc/start',
        'Bắt đầu đăng nhập một lần',
        {
          query: startQuery,
          config: { rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
          ...redirectResponse,
        },
        async ({ query, reply }) => {
          if (!oidc) throw new AppError('NOT_FOUND');
          try {
            const { url, pending } = await oidc.start(sameOriginPath(query.tiep));
            reply.setCookie(OIDC_PENDING_COOKIE, JSON.stringify(pending), {
              ...temporary,
              maxAge: OIDC_PENDING_SECONDS,
            });
            return await reply.redirect(url.href, 302);
          } catch (error) {
            if (error instanceof AppError) return fail(reply, { code: error.code }, query.tiep);
            throw error;
          }
        },
      ),
      open(
        'GET /auth/oidc/callback',
        'Máy chủ đăng nhập một lần chuyển về',
        {
          query: callbackQuery,
          config: { rateLimit: { max: config.loginLimitPerMinute, timeWindow: '1 minute' } },
          ...redirectResponse,
        },
        async ({ db, request, reply }) => {
          if (!oidc) throw new AppError('NOT_FOUND');
          const pending = readJson<OidcPending>(request.cookies[OIDC_PENDING_COOKIE]);
          const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
          let userId: string;
          try {
            userId = await oidc.finish(db, query, pending);
          } catch (error) {
            if (error instanceof OidcError) {
              request.log.warn({ sso: error.failure }, 'single sign-on refused');
              return fail(reply, error.failure, pending?.next);
            }
            throw error;
          }
          const session = await createSession(db, userId, config.sessionHours, {
            ip: request.ip,
            userAgent: request.headers['user-agent'],
            method: 'oidc',
          });
          reply.clearCookie(OIDC_PENDING_COOKIE, { path: COOKIE_PATH });
          reply.clearCookie(OIDC_ERROR_COOKIE, { path: COOKIE_PATH });
          setSessionCookie(reply, session, config.secureCookies);
          return reply.redirect(sameOriginPath(pending?.next), 302);
        },
      ),
    ],
  );
}
