import { type APIRequestContext, expect } from '@playwright/test';
import type { CouncilView as Council, UnitView as Unit } from '@thidua/contracts/organisation';
import { DEMO_PASSWORD } from './accounts';

// The API's shapes these tests read: the contract's, and the session and the page, which it has no type of.
export type { Council, Unit };
export interface Session {
  user: { id: string; username: string; displayName: string; isSystemAdmin: boolean };
  memberships: { councilId: string; role: string; unitId: string | null }[];
  csrfToken: string;
}
export interface Page<T> {
  items: T[];
  total: number;
}

/** Signs in on `request`; the session's shape. */
async function login(request: APIRequestContext, username: string, password: string): Promise<Session> {
  const response = await request.post('/api/v1/auth/login', { data: { username, password } });
  expect(response.status(), `sign-in of ${username}`).toBe(200);
  return (await response.json()) as Session;
}

/** A constructor of the client or of a subclass that adds a spec's own calls. */
type ApiClass<A extends Api> = new (request: APIRequestContext, session: Session) => A;

/**
 * The e2e tests' one client of the API: a signed-in session over a request context. With `page.request`
 * it shares the browser's cookies, so it acts as the user signed in on the page; with a context of its
 * own (`open`, or `signIn` on a new context) it is another user beside the page. Support files add
 * their own calls by extending it.
 */
export class Api {
  constructor(
    readonly request: APIRequestContext,
    readonly session: Session,
  ) {}

  /** The session the context already has (signed in through the page). */
  static async current<A extends Api>(this: ApiClass<A>, request: APIRequestContext): Promise<A> {
    const response = await request.get('/api/v1/auth/me');
    expect(response.status(), 'signed in').toBe(200);
    return new this(request, (await response.json()) as Session);
  }

  /** Signs in on `request` (a demo account's password unless another is given). */
  static async signIn<A extends Api>(
    this: ApiClass<A>,
    request: APIRequestContext,
    username: string,
    password: string = DEMO_PASSWORD,
  ): Promise<A> {
    return new this(request, await login(request, username, password));
  }

  /** Signs in over a request context of its own (its own cookies); `dispose()` closes it. */
  static async open<A extends Api>(
    this: ApiClass<A>,
    playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } },
    baseURL: string | undefined,
    username: string,
  ): Promise<A> {
    const request = await playwright.request.newContext({ baseURL });
    return new this(request, await login(request, username, DEMO_PASSWORD));
  }

  /** The session's CSRF token, sent with every write. */
  get csrf(): string {
    return this.session.csrfToken;
  }

  /** The units the user works for (its memberships that name one). */
  get unitIds(): string[] {
    return this.session.memberships.flatMap((m) => (m.unitId ? [m.unitId] : []));
  }

  /** The user's first unit, if it works for one. */
  get unitId(): string | null {
    return this.unitIds[0] ?? null;
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.request.get(`/api/v1${path}`);
    expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  /** Any call that must succeed (a 2xx answer); writes carry the CSRF token. */
  async call<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(`/api/v1${path}`, {
      method,
      ...(data === undefined ? {} : { data }),
      headers: method === 'GET' ? {} : { 'x-csrf-token': this.csrf },
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, data: unknown): Promise<T> {
    return this.call<T>(method, path, data);
  }

  dispose = () => this.request.dispose();

  async firstCouncil(): Promise<Council> {
    const { items } = await this.get<{ items: Council[] }>('/councils');
    expect(items.length, 'the user has a council').toBeGreaterThan(0);
    return items[0]!;
  }
}
