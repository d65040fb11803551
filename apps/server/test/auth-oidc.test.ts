// Single sign-on with OpenID Connect (issue #17 §3) against a real provider: `oidc-provider` runs as
// its own process on 127.0.0.1, the server listens on a real port, and a small cookie-keeping browser
// (fetch, redirects followed by hand) goes through the provider's own login and consent pages.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sessions, users } from '@thidua/db';
import { databaseTestTargets, uniqueSuffix, useTestDatabase } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { sameOriginPath } from '../src/auth/oidc';
import { ConfigError, loadConfig, type OidcConfig } from '../src/config';
import { buildUser, Client, TEST_PASSWORD, testConfig } from './harness';

const PROVIDER = fileURLToPath(new URL('./oidc-provider-process.ts', import.meta.url));
const CLIENT_ID = 'thidua-test';
const CLIENT_SECRET = 'bi-mat-cua-ung-dung-thu';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the provider process; resolves with its issuer URL once it listens. */
async function startProvider(settings: object): Promise<{ issuer: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', PROVIDER, JSON.stringify(settings)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`oidc provider exited (${code}): ${stderr}`)));
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const started = /LISTENING (\S+)\n/.exec(out);
      if (started) resolve(started[1]!);
    });
  });
  return { issuer, child };
}

/** A browser's part: cookies per host, redirects followed one by one, forms posted. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    const target = new URL(url);
    const cookies = this.jar.get(target.hostname) ?? new Map<string, string>();
    const headers: Record<string, string> = { ...init.headers };
    if (cookies.size > 0) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(target.hostname, cookies);
    return response;
  }

  /** Follows redirects from `url` until a page, or until `stop` says the next address is far enough. */
  async follow(url: string, stop: (next: URL) => boolean = () => false) {
    let current = new URL(url);
    let response = await this.request(current.href);
    while (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get('location')!, current);
      if (stop(next)) return { response, location: next };
      current = next;
      response = await this.request(current.href);
    }
    return { response, location: current };
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }
}

/** Submits the provider's (development) login page as `login`, then its consent page. */
async function signInAtProvider(
  browser: Browser,
  page: Response,
  at: URL,
  login: string,
  stop: (u: URL) => boolean,
) {
  let html = await page.text();
  let form: Record<string, string> = { prompt: 'login', login, password: 'bất kỳ' };
  let url = at;
  for (let step = 0; step < 3; step++) {
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form on the provider's page: ${html.slice(0, 300)}`);
    const posted = await browser.request(new URL(action, url).href, { form });
    expect(posted.status).toBeGreaterThanOrEqual(300);
    const next = new URL(posted.headers.get('location')!, url);
    if (stop(next)) return next;
    const followed = await browser.follow(next.href, stop);
    if (stop(followed.location)) return followed.location;
    url = followed.location;
    html = await followed.response.text();
    form = { prompt: 'consent' };
  }
  throw new Error('the provider never sent the browser back');
}

describe('sign-in options in the configuration', () => {
  it('refuses local passwords off without single sign-on, naming the variable', () => {
    expect(() => loadConfig({ THIDUA_LOCAL_PASSWORDS: 'off' })).toThrow(ConfigError);
    expect(() => loadConfig({ THIDUA_LOCAL_PASSWORDS: 'off' })).toThrow(/THIDUA_LOCAL_PASSWORDS/);
    expect(() => loadConfig({ THIDUA_LOCAL_PASSWORDS: 'tắt' })).toThrow(/THIDUA_LOCAL_PASSWORDS/);
    expect(() => loadConfig({ THIDUA_OIDC_ISSUER: 'https://sso.tinh.gov.vn' })).toThrow(
      /THIDUA_OIDC_CLIENT_ID/,
    );
    expect(() =>
      loadConfig({ THIDUA_OIDC_ISSUER: 'http://sso.tinh.gov.vn', THIDUA_OIDC_CLIENT_ID: 'x' }),
    ).toThrow(/THIDUA_OIDC_ISSUER/);
    const config = loadConfig({
      THIDUA_OIDC_ISSUER: 'https://sso.tinh.gov.vn/realms/congvu',
      THIDUA_OIDC_CLIENT_ID: 'thidua',
      THIDUA_PUBLIC_URL: 'https://thidua.tinh.gov.vn/',
      THIDUA_LOCAL_PASSWORDS: 'off',
      THIDUA_OIDC_MATCH: 'email',
    });
    expect(config.localPasswords).toBe(false);
    expect(config.oidc).toMatchObject({
      redirectUrl: 'https://thidua.tinh.gov.vn/api/v1/auth/oidc/callback',
      match: 'email',
      clientSecret: undefined,
    });
    expect(loadConfig({}).localPasswords).toBe(true);
  });

  it('keeps only same-origin paths as the page to open afterwards', () => {
    expect(sameOriginPath('/ket-qua?ky=1#b')).toBe('/ket-qua?ky=1#b');
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'ket-qua', undefined])
      expect(sameOriginPath(bad)).toBe('/');
  });
});

describe.each(databaseTestTargets())('single sign-on against a real OpenID provider on $name', (target) => {
  const db = useTestDatabase(target);
  const tag = uniqueSuffix();
  let provider: ChildProcess | undefined;
  let app: FastifyInstance | undefined;
  let passwordsOff: FastifyInstance | undefined;
  let base = '';
  let oidc: OidcConfig;
  let byEmail: FastifyInstance | undefined;
  let emailBase = '';
  let known: { id: string; username: string };
  let disabled: { id: string; username: string };

  beforeAll(async () => {
    known = await buildUser(db(), null, 'none');
    disabled = await buildUser(db(), null, 'none');
    // A temporary password does not stop a single sign-on session (ARCHITECTURE.md).
    await db().update(users).set({ mustChangePassword: true }).where(eq(users.id, known.id));
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const emailPort = await freePort();
    emailBase = `http://127.0.0.1:${emailPort}`;
    await db()
      .update(users)
      .set({ email: `NV-${tag}@tinh.gov.vn` })
      .where(eq(users.id, known.id));
    const started = await startProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: [`${base}/api/v1/auth/oidc/callback`, `${emailBase}/api/v1/auth/oidc/callback`],
      accounts: {
        [`thu-${tag}`]: { email: `nv-${tag}@tinh.gov.vn`, email_verified: true },
        [`chua-xac-minh-${tag}`]: { email: `nv-${tag}@tinh.gov.vn`, email_verified: false },
        // The provider's names differ in case from the accounts': usernames are case-insensitive.
        [`nv-${tag}`]: { preferred_username: known.username.toUpperCase(), email: `nv-${tag}@tinh.gov.vn` },
        [`khoa-${tag}`]: { preferred_username: disabled.username },
      },
    });
    provider = started.child;
    oidc = {
      issuer: started.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUrl: `${base}/api/v1/auth/oidc/callback`,
      name: 'Đăng nhập bằng tài khoản công vụ',
      match: { claim: 'preferred_username' },
    };
    app = await buildApp({ db: db(), config: testConfig({ oidc }) });
    await app.listen({ port, host: '127.0.0.1' });
    passwordsOff = await buildApp({ db: db(), config: testConfig({ oidc, localPasswords: false }) });
    byEmail = await buildApp({
      db: db(),
      config: testConfig({
        oidc: { ...oidc, redirectUrl: `${emailBase}/api/v1/auth/oidc/callback`, match: 'email' },
      }),
    });
    await byEmail.listen({ port: emailPort, host: '127.0.0.1' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await passwordsOff?.close();
    await byEmail?.close();
    if (provider && provider.exitCode === null) {
      const exited = new Promise((resolve) => provider!.once('exit', resolve));
      provider.kill('SIGTERM');
      await exited;
    }
  });

  /** Where a refused sign-in sends the browser: the sign-in page, still knowing the page it was going to. */
  const BACK_WITH_DEEP_LINK = `/dang-nhap?sso=loi&tiep=${encodeURIComponent('/ket-qua?ky=2025')}`;

  /** From the start route to the server's own callback, through the provider's pages. */
  async function throughProvider(browser: Browser, login: string, next = '/ket-qua?ky=2025', at = base) {
    const toCallback = (u: URL) => u.href.startsWith(`${at}/api/v1/auth/oidc/callback`);
    const start = await browser.request(`${at}/api/v1/auth/oidc/start?tiep=${encodeURIComponent(next)}`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(oidc.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const page = await browser.follow(authorize.href, toCallback);
    return signInAtProvider(browser, page.response, page.location, login, toCallback);
  }

  async function methods(browser: Browser) {
    const response = await browser.request(`${base}/api/v1/auth/methods`);
    expect(response.status).toBe(200);
    return (await response.json()) as {
      localPasswords: boolean;
      sso: { name: string } | null;
      ssoError: { code: string; message: string } | null;
    };
  }

  it('signs an existing account in with the same session a password gives, and opens the deep link', async () => {
    const browser = new Browser();
    expect((await methods(browser)).sso).toEqual({ name: 'Đăng nhập bằng tài khoản công vụ' });
    const callback = await throughProvider(browser, `nv-${tag}`);
    expect(callback.searchParams.get('code')).toBeTruthy();
    const back = await browser.request(callback.href);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/ket-qua?ky=2025');
    const token = browser.cookie('127.0.0.1', 'thidua_session');
    expect(token).toBeTruthy();
    const me = await browser.request(`${base}/api/v1/auth/me`);
    expect(me.status).toBe(200);
    const session = (await me.json()) as {
      user: { username: string; mustChangePassword: boolean };
      csrfToken: string;
    };
    expect(session.user.username).toBe(known.username);
    expect(session.user.mustChangePassword).toBe(false);
    expect(session.csrfToken).toBeTruthy();
    const rows = await db().select().from(sessions).where(eq(sessions.userId, known.id));
    expect(rows.map((row) => row.signInMethod)).toEqual(['oidc']);
    const [user] = await db().select().from(users).where(eq(users.id, known.id));
    expect(user!.lastLoginAt).not.toBeNull();
    // The same account signing in with its (temporary) password must still change it first.
    const byPassword = await app!.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: known.username, password: TEST_PASSWORD },
    });
    expect(byPassword.statusCode).toBe(200);
    expect(byPassword.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword).toBe(true);
  }, 60_000);

  it('signs a single sign-on session out at the provider too, and a password session only here', async () => {
    const browser = new Browser();
    expect((await browser.request((await throughProvider(browser, `nv-${tag}`)).href)).status).toBe(302);
    const { csrfToken } = (await (await browser.request(`${base}/api/v1/auth/me`)).json()) as {
      csrfToken: string;
    };
    const out = await browser.request(`${base}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(200);
    const { ssoLogoutUrl } = (await out.json()) as { ssoLogoutUrl: string | null };
    const atProvider = new URL(ssoLogoutUrl!);
    expect(atProvider.origin).toBe(oidc.issuer);
    expect(atProvider.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(atProvider.searchParams.get('post_logout_redirect_uri')).toBe(`${base}/dang-nhap`);
    // The provider takes it: its own sign-out page, not an error about the client or the address.
    const page = await browser.request(atProvider.href);
    expect(page.status).toBe(200);
    expect((await browser.request(`${base}/api/v1/auth/me`)).status).toBe(401);
    const byPassword = new Client(app!);
    expect((await byPassword.login(known.username)).statusCode).toBe(200);
    const plain = await byPassword.request('POST', '/auth/logout');
    expect(plain.json()).toEqual({ ok: true, ssoLogoutUrl: null });
  }, 60_000);

  it('refuses a person with no account, saying so in Vietnamese, and opens no session', async () => {
    const browser = new Browser();
    const callback = await throughProvider(browser, `la-${tag}`);
    const back = await browser.request(callback.href);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe(BACK_WITH_DEEP_LINK);
    expect(browser.cookie('127.0.0.1', 'thidua_session')).toBeUndefined();
    const said = await methods(browser);
    expect(said.ssoError).toEqual({
      code: 'SSO_UNKNOWN_ACCOUNT',
      message: `Tài khoản "la-${tag}" chưa có trong hệ thống; liên hệ quản trị để được cấp tài khoản`,
    });
    // Said once: the next visit of the sign-in page is clean.
    expect((await methods(browser)).ssoError).toBeNull();
    expect((await browser.request(`${base}/api/v1/auth/me`)).status).toBe(401);
  }, 60_000);

  it('refuses a disabled account', async () => {
    const browser = new Browser();
    const back = await browser.request((await throughProvider(browser, `khoa-${tag}`)).href);
    expect(back.headers.get('location')).toBe(BACK_WITH_DEEP_LINK);
    expect((await methods(browser)).ssoError?.code).toBe('ACCOUNT_DISABLED');
    expect(await db().select().from(sessions).where(eq(sessions.userId, disabled.id))).toEqual([]);
  }, 60_000);

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const browser = new Browser();
    const callback = await throughProvider(browser, `nv-${tag}`);
    const forged = new URL(callback);
    forged.searchParams.set('state', 'trang-thai-gia');
    const back = await browser.request(forged.href);
    expect(back.headers.get('location')).toBe(BACK_WITH_DEEP_LINK);
    expect(browser.cookie('127.0.0.1', 'thidua_session')).toBeUndefined();
    expect((await methods(browser)).ssoError?.code).toBe('SSO_FAILED');
    // Another browser (no pending sign-in: a login forced on someone by a link) is refused too.
    const other = new Browser();
    const replay = await other.request(callback.href);
    expect(replay.headers.get('location')).toBe('/dang-nhap?sso=loi');
    expect(other.cookie('127.0.0.1', 'thidua_session')).toBeUndefined();
  }, 60_000);

  it('keeps the page to open afterwards on this site', async () => {
    const browser = new Browser();
    const callback = await throughProvider(browser, `nv-${tag}`, '//evil.example/trang');
    const back = await browser.request(callback.href);
    expect(back.headers.get('location')).toBe('/');
  }, 60_000);

  it('maps by e-mail only when the provider has verified it', async () => {
    const browser = new Browser();
    const back = await browser.request((await throughProvider(browser, `thu-${tag}`, '/', emailBase)).href);
    expect(back.headers.get('location')).toBe('/');
    const me = await browser.request(`${emailBase}/api/v1/auth/me`);
    expect(((await me.json()) as { user: { id: string } }).user.id).toBe(known.id);
    const unverified = new Browser();
    const refused = await unverified.request(
      (await throughProvider(unverified, `chua-xac-minh-${tag}`, '/', emailBase)).href,
    );
    expect(refused.headers.get('location')).toBe('/dang-nhap?sso=loi');
    expect((await unverified.request(`${emailBase}/api/v1/auth/me`)).status).toBe(401);
  }, 60_000);

  it('with local passwords off, refuses password sign-in and offers only single sign-on', async () => {
    const refused = await passwordsOff!.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: known.username, password: TEST_PASSWORD },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({
      error: {
        code: 'LOCAL_PASSWORDS_OFF',
        message: 'Đăng nhập bằng mật khẩu đã tắt: hãy dùng nút đăng nhập một lần (tài khoản công vụ)',
      },
    });
    const offered = await passwordsOff!.inject({ method: 'GET', url: '/api/v1/auth/methods' });
    expect(offered.json()).toMatchObject({ localPasswords: false, sso: { name: oidc.name } });
  });
});
