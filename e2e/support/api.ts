import { type APIRequestContext, expect } from '@playwright/test';

// The API's shapes these tests read (the web application's own types live in apps/web, a DOM program).
export interface Session {
  user: { id: string; username: string; displayName: string; isSystemAdmin: boolean };
  memberships: { councilId: string; role: string; unitId: string | null }[];
  csrfToken: string;
}
export interface Council {
  id: string;
  name: string;
  roles: string[];
}
export interface Unit {
  id: string;
  code: string;
  name: string;
  version: number;
}
export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * The API through a request context. With `page.request` it shares the browser's cookies, so it acts
 * as the user signed in on the page; `csrf` comes from `GET /auth/me` of that same session.
 */
export class Api {
  private constructor(
    private readonly request: APIRequestContext,
    readonly session: Session,
  ) {}

  /** The session the context already has (signed in through the page). */
  static async current(request: APIRequestContext): Promise<Api> {
    const response = await request.get('/api/v1/auth/me');
    expect(response.status(), 'signed in').toBe(200);
    return new Api(request, (await response.json()) as Session);
  }

  static async signIn(request: APIRequestContext, username: string, password: string): Promise<Api> {
    const response = await request.post('/api/v1/auth/login', { data: { username, password } });
    expect(response.status(), `sign-in of ${username}`).toBe(200);
    return new Api(request, (await response.json()) as Session);
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.request.get(`/api/v1${path}`);
    expect(response.status(), `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  }

  async send<T>(method: 'POST' | 'PATCH', path: string, data: unknown): Promise<T> {
    const response = await this.request.fetch(`/api/v1${path}`, {
      method,
      data,
      headers: { 'x-csrf-token': this.session.csrfToken },
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  async firstCouncil(): Promise<Council> {
    const { items } = await this.get<{ items: Council[] }>('/councils');
    expect(items.length, 'the user has a council').toBeGreaterThan(0);
    return items[0]!;
  }
}
