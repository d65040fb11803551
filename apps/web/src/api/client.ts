import { vi } from '../i18n/vi';

/** One field-level problem from the server: where (`body.name`) and what, in Vietnamese. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * A refused or failed request. `code` is the server's error code (`VALIDATION`, `STALE`, …) or one of
 * the client's own: `NETWORK` (no answer) and `BAD_RESPONSE` (an answer that is not the API's).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

const API_ROOT = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** The session's CSRF token, from sign-in or `GET /auth/me`; every write sends it. */
let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header of the session, for a write made outside `api` (a file made by a POST). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Called when the server says the session is gone (401 `UNAUTHENTICATED`): back to sign-in. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** A 401 is an answer, not an expired session (reading the current user, signing in). */
  expectUnauthenticated?: boolean;
}

/** Calls the API under /api/v1 with the session cookie; resolves the JSON body or throws ApiError. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(API_ROOT + path + queryString(options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', vi.errors.network);
  }

  const payload = await readJson(response);
  if (response.ok) return payload as T;

  const error = toApiError(response.status, payload);
  if (error.status === 401 && error.code === 'UNAUTHENTICATED' && !options.expectUnauthenticated) {
    onUnauthenticated?.();
  }
  throw error;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('DELETE', path, { ...options, body }),
};

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The API's `{ error: { code, message, fields? } }`, or a generic error for anything else. */
function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: unknown } | undefined)?.error;
  if (error && typeof error === 'object') {
    const { code, message, fields } = error as { code?: unknown; message?: unknown; fields?: unknown };
    if (typeof code === 'string' && typeof message === 'string') {
      return new ApiError(status, code, message, Array.isArray(fields) ? fields.filter(isFieldError) : []);
    }
  }
  return new ApiError(status, 'BAD_RESPONSE', vi.errors.unexpected);
}

function isFieldError(value: unknown): value is FieldError {
  const field = value as Partial<FieldError> | null;
  return typeof field?.path === 'string' && typeof field.message === 'string';
}
