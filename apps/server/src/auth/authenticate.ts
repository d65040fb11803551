import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';
import { actorForToken, CSRF_HEADER, SESSION_COOKIE } from './sessions';

/** Whether the matched route belongs to the API (a 404 or a static file has no API pattern). */
export function isApiRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith('/api/v1/') ?? false;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie to an actor for every request. A cookie-authenticated write must also
 * carry the session's CSRF token in a header, which another site cannot read or forge.
 */
export async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  // Only the API needs the actor; the web application's static files do not cost a database lookup.
  // Both decisions use the route the router matched (decoded, without the query), never the raw URL:
  // `/api/%761/…` and `…?x=/auth/login` are the same routes as `/api/v1/…` to the router.
  if (!isApiRoute(request)) return;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const actor = await actorForToken(request.server.deps.db, token);
  if (!actor) return;
  // Public routes (sign-in) need no token: a stale cookie must not stop anyone from signing in.
  const exempt = request.routeOptions.config.public === true;
  if (!SAFE_METHODS.has(request.method) && !exempt && request.headers[CSRF_HEADER] !== actor.csrfToken) {
    throw new AppError('CSRF');
  }
  request.actor = actor;
}
