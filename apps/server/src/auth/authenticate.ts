import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';
import { actorForToken, CSRF_HEADER, SESSION_COOKIE } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie to an actor for every request. A cookie-authenticated write must also
 * carry the session's CSRF token in a header, which another site cannot read or forge.
 */
export async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  // Only the API needs the actor; the web application's static files do not cost a database lookup.
  if (!request.url.startsWith('/api/')) return;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const actor = await actorForToken(request.server.deps.db, token);
  if (!actor) return;
  const signingIn = request.url.endsWith('/auth/login');
  if (!SAFE_METHODS.has(request.method) && !signingIn && request.headers[CSRF_HEADER] !== actor.csrfToken) {
    throw new AppError('CSRF');
  }
  request.actor = actor;
}
