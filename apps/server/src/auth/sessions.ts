import { createHash, randomBytes } from 'node:crypto';
import { type Database, memberships, sessions, users } from '@thidua/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { Actor } from './actor';

export const SESSION_COOKIE = 'thidua_session';

/** Puts a new session's token in its HttpOnly cookie (password and single sign-on alike). */
export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    expires: session.expiresAt,
  });
}
export const CSRF_HEADER = 'x-csrf-token';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Creates a session; returns the raw token (only ever in the cookie) and the CSRF token. */
export async function createSession(
  db: Database,
  userId: string,
  hours: number,
  meta: { ip?: string; userAgent?: string | undefined; method?: 'password' | 'oidc' },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db.insert(sessions).values({
    userId,
    tokenHash: sha256(token),
    csrfSecret: csrfToken,
    expiresAt,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent ?? null,
    signInMethod: meta.method ?? 'password',
  });
  return { token, csrfToken, expiresAt };
}

export async function destroySession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** The actor behind a session token, or null when the token is unknown, expired or the user disabled. */
export async function actorForToken(db: Database, token: string): Promise<Actor | null> {
  // One statement per request: the session, its user and the user's current memberships.
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      memberships: sql<Actor['memberships']>`coalesce((
        select json_agg(json_build_object('councilId', m.council_id, 'role', m.role, 'unitId', m.unit_id))
        from ${memberships} m where m.user_id = ${users.id} and m.ended_at is null), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sha256(token)),
        gt(sessions.expiresAt, new Date()),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    isSystemAdmin: row.user.isSystemAdmin,
    // A temporary password is the password sign-in's business: a single sign-on session never used it.
    mustChangePassword: row.user.mustChangePassword && row.session.signInMethod === 'password',
    sessionId: row.session.id,
    signInMethod: row.session.signInMethod === 'oidc' ? 'oidc' : 'password',
    csrfToken: row.session.csrfSecret,
    memberships: row.memberships,
  };
}
