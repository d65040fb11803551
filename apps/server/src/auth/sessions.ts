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

/**
 * The statement behind every signed-in request: the session, its user and the user's current
 * memberships in one round trip. Built once per database (drizzle's query builder costs more CPU than
 * the statement itself at a few hundred requests a second) and sent as a named prepared statement, so
 * PostgreSQL also parses and plans it once per connection.
 */
function actorStatement(db: Database) {
  return db
    .select({
      sessionId: sessions.id,
      signInMethod: sessions.signInMethod,
      csrfSecret: sessions.csrfSecret,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      isSystemAdmin: users.isSystemAdmin,
      mustChangePassword: users.mustChangePassword,
      memberships: sql<Actor['memberships']>`coalesce((
        select json_agg(json_build_object('councilId', m.council_id, 'role', m.role, 'unitId', m.unit_id))
        from ${memberships} m where m.user_id = ${users.id} and m.ended_at is null), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
        isNull(users.disabledAt),
      ),
    )
    .limit(1)
    .prepare('thidua_actor_for_token');
}

const actorStatements = new WeakMap<Database, ReturnType<typeof actorStatement>>();

/** The actor behind a session token, or null when the token is unknown, expired or the user disabled. */
export async function actorForToken(db: Database, token: string): Promise<Actor | null> {
  let statement = actorStatements.get(db);
  if (!statement) actorStatements.set(db, (statement = actorStatement(db)));
  const [row] = await statement.execute({ tokenHash: sha256(token), now: new Date().toISOString() });
  if (!row) return null;
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    isSystemAdmin: row.isSystemAdmin,
    // A temporary password is the password sign-in's business: a single sign-on session never used it.
    mustChangePassword: row.mustChangePassword && row.signInMethod === 'password',
    sessionId: row.sessionId,
    signInMethod: row.signInMethod === 'oidc' ? 'oidc' : 'password',
    csrfToken: row.csrfSecret,
    memberships: row.memberships,
  };
}
