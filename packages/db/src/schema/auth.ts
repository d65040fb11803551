import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, instant, requiredRef, versioned } from './columns';

/**
 * People who log in. Users are never deleted (the audit log points at them): they are disabled.
 * System administrators manage councils and users everywhere; every other right comes from memberships.
 */
export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    /** The user's choice "Nhận thông báo qua thư điện tử" (migration 0022): off, no notification is mailed. */
    emailNotifications: boolean('email_notifications').notNull().default(true),
    /** An argon2id PHC string (`$argon2id$v=19$…`), never a password. */
    passwordHash: text('password_hash').notNull(),
    isSystemAdmin: boolean('is_system_admin').notNull().default(false),
    /** Set by an administrator's reset, so the temporary password must be replaced at next login. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: instant('locked_until'),
    lastLoginAt: instant('last_login_at'),
    disabledAt: instant('disabled_at'),
    /**
     * `version` is raised by an administrator's edit of the account (name, e-mail, disabled), the
     * optimistic-concurrency check of those edits; sign-ins and password changes do not raise it.
     */
    ...versioned(),
  },
  (t) => [
    // Usernames are compared case-insensitively: 'NguyenVanA' and 'nguyenvana' are one account.
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    // The audit search's `actor`, a substring of either name (`ilike '%…%'`), by trigrams (migration 0033).
    index('users_username_trgm_idx').using('gin', t.username.op('gin_trgm_ops')),
    index('users_display_name_trgm_idx').using('gin', t.displayName.op('gin_trgm_ops')),
    check('users_failed_login_count_check', sql`${t.failedLoginCount} >= 0`),
  ],
);

/**
 * Login sessions behind the HttpOnly cookie. Only a hash of the cookie's token is stored, so a leaked
 * database does not hand out live sessions; the CSRF secret signs the tokens of cookie-authenticated writes.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: requiredRef('user_id', () => users.id, 'cascade'),
    /** sha256 of the session token, hex. */
    tokenHash: text('token_hash').notNull().unique('sessions_token_hash_key'),
    csrfSecret: text('csrf_secret').notNull(),
    createdAt: createdAt(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /**
     * How the session was opened (migration 0027): `password`, or `oidc` (single sign-on). A temporary
     * password must be changed first only in a password session.
     */
    signInMethod: text('sign_in_method', { enum: ['password', 'oidc'] })
      .notNull()
      .default('password'),
  },
  (t) => [
    index('sessions_user_id_idx').on(t.userId),
    index('sessions_expires_at_idx').on(t.expiresAt),
    check('sessions_sign_in_method_check', sql`${t.signInMethod} in ('password', 'oidc')`),
  ],
);

/**
 * Failed sign-ins counted per (lower-cased name, client address), for known and unknown names alike,
 * so the answers do not tell which names exist and a stranger cannot lock an account for everyone
 * (see README, "Sign-in lockout"). Counted with one atomic upsert; a success clears the row.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    nameKey: text('name_key').notNull(),
    address: text('address').notNull(),
    failures: integer('failures').notNull().default(0),
    lockedUntil: instant('locked_until'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'login_failures_pkey', columns: [t.nameKey, t.address] }),
    check('login_failures_failures_check', sql`${t.failures} >= 0`),
  ],
);

export const ACCOUNT_TOKEN_PURPOSES = ['invitation', 'reset'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * One-time links of invitations and password resets by e-mail (migration 0028): only the sha-256 of the
 * token is kept, so a leaked database hands out no link; a token is used once, before `expiresAt`.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: id(),
    userId: requiredRef('user_id', () => users.id, 'cascade'),
    purpose: text('purpose').$type<AccountTokenPurpose>().notNull(),
    /** sha256 of the token, hex. */
    tokenHash: text('token_hash').notNull().unique('account_tokens_token_hash_key'),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('account_tokens_user_id_idx').on(t.userId),
    check('account_tokens_purpose_check', sql`${t.purpose} in ('invitation', 'reset')`),
  ],
);

/**
 * The sign-in limits' counters (migration 0032), shared by every server process on the database: one row
 * per limit key (route or limiter, then client address or account name), raised by one atomic upsert per
 * attempt, restarted once its window has ended. Rows of long-ended windows are pruned by the processes.
 */
export const rateLimitWindows = pgTable(
  'rate_limit_windows',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: instant('window_ends_at').notNull(),
  },
  (t) => [index('rate_limit_windows_window_ends_at_idx').on(t.windowEndsAt)],
);
