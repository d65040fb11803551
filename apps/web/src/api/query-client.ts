import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './client';

/** Only what may succeed on a second try is retried: no answer at all, or a server error. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return isApiError(error) && (error.code === 'NETWORK' || error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
