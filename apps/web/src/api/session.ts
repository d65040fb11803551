import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, ApiError, isApiError, setCsrfToken } from './client';
import type { Session, SignInMethods } from './types';

/** `GET /auth/me`'s key (as `apiKey` makes it), read with its own function: a 401 is an answer here. */
export const SESSION_KEY = ['auth', 'me'] as const;

/** The signed-in user (null when signed out), from `GET /auth/me`; keeps the CSRF token current. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }): Promise<Session | null> => {
      try {
        const session = await api.get<Session>('/auth/me', { signal, expectUnauthenticated: true });
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (isApiError(error) && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/**
 * The sign-in methods the server offers (password, single sign-on) and the reason of a failed single
 * sign-on, which the server says only once: read once per page, never refetched.
 */
export function useSignInMethods() {
  return useQuery({
    queryKey: ['auth', 'methods'],
    queryFn: ({ signal }) => api.get<SignInMethods>('/auth/methods', { signal, expectUnauthenticated: true }),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** Where the browser goes to sign in with single sign-on, coming back to `next`. */
export function singleSignOnUrl(next: string): string {
  return `/api/v1/auth/oidc/start?tiep=${encodeURIComponent(next)}`;
}

export async function signIn(queryClient: QueryClient, username: string, password: string): Promise<Session> {
  const session = await api.post<Session>(
    '/auth/login',
    { username, password },
    { expectUnauthenticated: true },
  );
  setCsrfToken(session.csrfToken);
  resetCache(queryClient, session);
  return session;
}

/** Sets the password of an e-mailed link (invitation or reset) and signs in with it. */
export async function setPasswordByLink(
  queryClient: QueryClient,
  token: string,
  newPassword: string,
): Promise<Session> {
  const session = await api.post<Session>(
    '/auth/set-password',
    { token, newPassword },
    { expectUnauthenticated: true },
  );
  setCsrfToken(session.csrfToken);
  resetCache(queryClient, session);
  return session;
}

/** "Quên mật khẩu?": asks for a reset link; the answer is the same whether the account exists. */
export async function requestPasswordReset(login: string): Promise<void> {
  await api.post('/auth/forgot-password', { login }, { expectUnauthenticated: true });
}

/** Why the session ended, for the sign-in page to say (and not to return to where the user was). */
export type SessionEnd = 'expired' | 'signedOut';
let sessionEnd: SessionEnd | null = null;

/**
 * Signs out on the server (if the session still exists there) and forgets everything cached. A single
 * sign-on session ends at the provider too: the browser goes there, and the provider sends it back to
 * the sign-in page.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  let atProvider: string | null = null;
  try {
    const answer = await api.post<{ ssoLogoutUrl?: string | null }>('/auth/logout', undefined, {
      expectUnauthenticated: true,
    });
    atProvider = answer?.ssoLogoutUrl ?? null;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
  endSession(queryClient, 'signedOut');
  if (atProvider) window.location.assign(atProvider);
}

/** The session is gone: no token, no cached data; the session guard sends the user to sign-in. */
export function endSession(queryClient: QueryClient, reason: SessionEnd): void {
  sessionEnd = reason;
  setCsrfToken(null);
  resetCache(queryClient, null);
}

export function lastSessionEnd(): SessionEnd | null {
  return sessionEnd;
}

/** The sign-in page has said why; the next session starts afresh. */
export function clearSessionEnd(): void {
  sessionEnd = null;
}

/**
 * A new (or no) session: nothing cached for the previous one survives. The session query itself is
 * updated in place, not removed, so the components watching it see the change.
 */
function resetCache(queryClient: QueryClient, session: Session | null): void {
  queryClient.setQueryData(SESSION_KEY, session);
  queryClient.removeQueries({
    predicate: (query) =>
      query.queryKey.length !== 2 || SESSION_KEY.some((part, i) => query.queryKey[i] !== part),
  });
}

export async function changePassword(
  queryClient: QueryClient,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await api.post('/auth/password', { currentPassword, newPassword });
  await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
}
