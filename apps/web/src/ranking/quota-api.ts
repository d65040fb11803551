import { api } from '../api/client';
import { apiKey } from '../api/keys';
import { useApiItems, useApiWrite } from '../api/use-api';
import { resultsKey } from '../scoring/api';

// A quota as the server's route declares it (@thidua/contracts).
export type { QuotaView as Quota } from '@thidua/contracts/awards';
import type { QuotaInput as NewQuota, QuotaPatchInput, QuotaView as Quota } from '@thidua/contracts/awards';

/** A new quota's fields, or a change of one over the version read. */
export type QuotaInput = Partial<NewQuota & QuotaPatchInput>;

const quotasKey = (clusterId: string | undefined) => apiKey(`/clusters/${clusterId}/quotas`);

/** The award quotas of a cluster (one per award of its ladder at most). */
export function useQuotas(clusterId: string | undefined) {
  return useApiItems<Quota>(clusterId, `/clusters/${clusterId}/quotas`);
}

/** Sets a new quota or changes one; the results are computed again with it. */
export function useSaveQuota(clusterId: string | undefined) {
  return useApiWrite(
    ({ quota, input }: { quota: Quota | null; input: QuotaInput }) =>
      quota
        ? api.patch<Quota>(`/quotas/${quota.id}`, input)
        : api.post<Quota>(`/clusters/${clusterId}/quotas`, input),
    { queryKey: quotasKey(clusterId) },
    { queryKey: resultsKey(clusterId) },
  );
}
