import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../api/keys';
import type { ResultDocument } from './types';

export { useClusters, usePeriods } from '../api/periods';

/** The engine's result for a cluster, computed by the server on every read. */
export function useClusterResults(clusterId: string | undefined) {
  return useQuery({
    ...apiQuery<ResultDocument>(`/clusters/${clusterId}/results`),
    enabled: Boolean(clusterId),
  });
}
