import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey, apiQuery } from '../api/keys';
import { resultsKey } from '../scoring/api';
import type { Page } from '../api/types';

// A quota as the server's route declares it (@thidua/contracts).
export type { QuotaView as Quota } from '@thidua/contracts/awards';
import type { QuotaView as Quota } from '@thidua/contracts/awards';

export interface QuotaInput {
  awardCode?: string;
  quota?: number;
  sourceNumber?: string;
  note?: string | null;
  version?: number;
  reason?: string;
}

const quotasKey = (clusterId: string | undefined) => apiKey(`/clusters/${clusterId}/quotas`);

/** The award quotas of a cluster (one per award of its ladder at most). */
export function useQuotas(clusterId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<Quota>>(`/clusters/${clusterId}/quotas`, { pageSize: 500 }),
    select: (page) => page.items,
    enabled: Boolean(clusterId),
  });
}

/** Sets a new quota or changes one; the results are computed again with it. */
export function useSaveQuota(clusterId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ quota, input }: { quota: Quota | null; input: QuotaInput }) =>
      quota
        ? api.patch<Quota>(`/quotas/${quota.id}`, input)
        : api.post<Quota>(`/clusters/${clusterId}/quotas`, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: quotasKey(clusterId) }),
        queryClient.invalidateQueries({ queryKey: resultsKey(clusterId) }),
      ]),
  });
}
