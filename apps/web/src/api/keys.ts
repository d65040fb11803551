import type { Query, QueryKey } from '@tanstack/react-query';
import { api } from './client';

type QueryValue = string | number | boolean | null | undefined;
export type ApiQuery = Record<string, QueryValue>;

/**
 * The one query-key factory: a GET's cache key is its API path cut at each `/`, then its query string's
 * values when it has any. So the same endpoint is cached under the same key on every screen, and a key's
 * prefix names everything below it: invalidating `apiKey('/clusters/c1')` refreshes the cluster and its
 * sheet, results, objections…; `apiKey('/clusters/c1/results')` refreshes the results under any query.
 */
export function apiKey(path: string, query?: ApiQuery): QueryKey {
  const segments: unknown[] = path.split('/').filter(Boolean);
  const given = Object.entries(query ?? {}).filter(
    ([, value]) => value !== undefined && value !== null && value !== '',
  );
  return given.length === 0 ? segments : [...segments, Object.fromEntries(given)];
}

/**
 * A GET's query options, to spread into `useQuery`: its key from `apiKey`, and the request itself. Shape
 * the answer with `select`, never in here, so that every screen caches what the API returned.
 */
export function apiQuery<T>(path: string, query?: ApiQuery) {
  return {
    queryKey: apiKey(path, query),
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get<T>(path, { signal, query }),
  };
}

/**
 * A filter for every GET of one or more kinds of thing, wherever the API keeps them: `readsOf('meetings')`
 * is `/meetings/…` and `/clusters/c1/meetings`, `/periods/p1/meetings` (the API's paths are
 * `/things/:id/…` and `/parents/:id/things`).
 */
export function readsOf(...kinds: string[]): { predicate: (query: Query) => boolean } {
  return {
    predicate: ({ queryKey }) => kinds.includes(String(queryKey[0])) || kinds.includes(String(queryKey[2])),
  };
}
