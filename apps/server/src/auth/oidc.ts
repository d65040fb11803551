import { type Database, users } from '@thidua/db';
import { eq, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import type { OidcConfig } from '../config';
import { AppError, type ErrorCode } from '../http/errors';

// Single sign-on with OpenID Connect (issue #17 §3): the authorization code flow with PKCE, state and
// nonce (openid-client v6). The provider only says who the person is; the account, its roles and its
// councils are the product's own: a person is mapped to an EXISTING account by the configured claim,
// and nothing is ever created from the provider's claims.

/** What the browser carries from the start of a sign-in to its callback (an HttpOnly cookie). */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
  /** The same-origin path to open afterwards. */
  next: string;
}

export const OIDC_PENDING_COOKIE = 'thidua_oidc';
export const OIDC_ERROR_COOKIE = 'thidua_sso_error';
/** How long a started sign-in may take at the provider. */
export const OIDC_PENDING_SECONDS = 600;

/** Why a single sign-on ended without a session, as the sign-in page shows it. */
export interface OidcFailure {
  code: ErrorCode;
  /** The account name or e-mail the provider gave, when no account of that name exists. */
  name?: string;
}

/** Discovery (the provider's metadata and keys), fetched once and again after a failure. */
export class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly settings: OidcConfig) {}

  private async discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    const url = new URL(issuer);
    return client.discovery(
      url,
      clientId,
      clientSecret,
      clientSecret === undefined ? client.None() : undefined,
      // Plain http is accepted by the configuration only on the loopback (a local provider, tests).
      url.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
    );
  }

  private async config(): Promise<client.Configuration> {
    this.configuration ??= this.discover();
    try {
      return await this.configuration;
    } catch {
      this.configuration = undefined;
      throw new AppError('SSO_UNAVAILABLE');
    }
  }

  /** A new sign-in: the provider's authorization URL and what the callback must check. */
  async start(next: string): Promise<{ url: URL; pending: OidcPending }> {
    const config = await this.config();
    const pending: OidcPending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      next,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: 'openid profile email',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /**
   * Where the browser ends its session at the provider after signing out here (OpenID Connect
   * RP-Initiated Logout: `client_id` and `post_logout_redirect_uri`, the sign-in page), or null when the
   * provider offers no end-session endpoint or cannot be reached — signing out here never waits on it.
   */
  async endSessionUrl(): Promise<URL | null> {
    try {
      const config = await this.config();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, {
        client_id: this.settings.clientId,
        post_logout_redirect_uri: new URL('/dang-nhap', this.settings.redirectUrl).href,
      });
    } catch {
      return null;
    }
  }

  /**
   * The provider's answer (`query`: the callback's query string) checked against the pending sign-in
   * (state, nonce, PKCE; the ID token's signature, issuer, audience and lifetime), then the account it
   * names. Throws an `OidcError` saying why not.
   */
  async finish(db: Database, query: string, pending: OidcPending | undefined): Promise<string> {
    if (!pending) throw new OidcError({ code: 'SSO_FAILED' });
    const config = await this.config().catch(() => {
      throw new OidcError({ code: 'SSO_UNAVAILABLE' });
    });
    const current = new URL(this.settings.redirectUrl);
    current.search = query;
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new OidcError({ code: 'SSO_FAILED' });
      claims = idToken;
      // Providers that keep the ID token small (conforming to the core spec's defaults) give the
      // username and e-mail from the UserInfo endpoint instead, for the same subject.
      if (claims[claimOf(this.settings.match)] === undefined && tokens.access_token) {
        claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), ...claims };
      }
    } catch {
      throw new OidcError({ code: 'SSO_FAILED' });
    }
    return accountFor(db, this.settings.match, claims);
  }
}

export class OidcError extends Error {
  constructor(readonly failure: OidcFailure) {
    super(failure.code);
  }
}

/**
 * The existing, enabled account the claims name: by username (the configured claim, compared as
 * usernames are, without case) or by e-mail (only a verified one, and only when exactly one account
 * has it).
 */
async function accountFor(
  db: Database,
  match: OidcConfig['match'],
  claims: Record<string, unknown>,
): Promise<string> {
  const byEmail = match === 'email';
  const raw = claims[claimOf(match)];
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (name === '' || name.length > 200) throw new OidcError({ code: 'SSO_FAILED' });
  if (byEmail && claims.email_verified !== true) throw new OidcError({ code: 'SSO_UNKNOWN_ACCOUNT', name });
  const column = byEmail ? users.email : users.username;
  const found = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${column}) = lower(${name})`)
    .limit(2);
  if (found.length !== 1) throw new OidcError({ code: 'SSO_UNKNOWN_ACCOUNT', name });
  const [user] = found;
  if (user!.disabledAt) throw new OidcError({ code: 'ACCOUNT_DISABLED', name });
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user!.id));
  return user!.id;
}

const claimOf = (match: OidcConfig['match']) => (match === 'email' ? 'email' : match.claim);

/** A callback's `next`: a path of this site only (never `//host`, `/\host` or another origin). */
export function sameOriginPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  try {
    const base = 'http://thidua.invalid';
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
