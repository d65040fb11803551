import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ResultDocument } from './types';

export { useClusters, usePeriods } from '../api/periods';

/** The engine's result for a cluster, computed by the server on every read. */
export function useClusterResults(clusterId: string | undefined) {
  return useQuery({
    queryKey: ['cluster-results', clusterId],
    queryFn: ({ signal }) => api.get<ResultDocument>(`/clusters/${clusterId}/results`, { signal }),
    enabled: Boolean(clusterId),
  });
}
