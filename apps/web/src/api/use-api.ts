import { type InvalidateQueryFilters, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, apiQuery } from './keys';
import type { Page } from './types';

// The reads and writes every screen's `api.ts` is made of, so that each of them only names its paths.

/** What a read waits for: the id its path is made of (a screen may not know it yet), or whether it is wanted. */
export type ReadyWhen = string | boolean | null | undefined;

/** One GET, sent once `ready` (the id its path is made of) is there. */
export function useApiRead<T>(ready: ReadyWhen, path: string, query?: ApiQuery) {
  return useQuery({ ...apiQuery<T>(path, query), enabled: Boolean(ready) });
}

/**
 * Every item of a list the API pages (one page of 500 holds all a council has of it), once `ready` (the
 * id its path is made of) is there.
 */
export function useApiItems<T>(ready: ReadyWhen, path: string, query?: ApiQuery) {
  return useQuery({
    ...apiQuery<Page<T>>(path, { pageSize: 500, ...query }),
    select: (page) => page.items,
    enabled: Boolean(ready),
  });
}

/**
 * A write that, once it succeeds, has what `reads` names read again (the server's answer is the truth);
 * the mutation settles when those reads have been sent for.
 */
export function useApiWrite<I = void, O = unknown>(
  write: (input: I) => Promise<O>,
  ...reads: InvalidateQueryFilters[]
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => Promise.all(reads.map((filters) => queryClient.invalidateQueries(filters))),
  });
}
