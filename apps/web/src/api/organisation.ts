import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { apiKey, apiQuery } from './keys';
import type { Council, Page, Unit, UnitInput, UnitPatch } from './types';

export const COUNCILS_KEY = apiKey('/councils');
export const unitsKey = (councilId: string) => apiKey(`/councils/${councilId}/units`);

/** The councils the user has a role in (a system administrator: every council). */
export function useCouncils() {
  return useQuery({
    ...apiQuery<{ items: Council[] }>('/councils'),
    select: (r) => r.items,
  });
}

export interface UnitListParams {
  q: string;
  page: number;
  pageSize: number;
}

/** One page of a council's units, by name, optionally filtered by name or code. */
export function useUnits(councilId: string | undefined, params: UnitListParams) {
  return useQuery({
    ...apiQuery<Page<Unit>>(`/councils/${councilId}/units`, {
      q: params.q.trim(),
      page: params.page,
      pageSize: params.pageSize,
    }),
    enabled: Boolean(councilId),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUnit(councilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UnitInput) => api.post<Unit>(`/councils/${councilId}/units`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey(councilId) }),
  });
}

/** Saves changes to the version the user read; someone else's save in between is a 409 `STALE`. */
export function useUpdateUnit(councilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UnitPatch }) => api.patch<Unit>(`/units/${id}`, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey(councilId) }),
  });
}
