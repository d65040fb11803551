import { useApiRead } from '../api/use-api';
import type { ResultDocument } from './types';

export { useClusters, usePeriods } from '../api/periods';

/** The engine's result for a cluster, computed by the server on every read. */
export function useClusterResults(clusterId: string | undefined) {
  return useApiRead<ResultDocument>(clusterId, `/clusters/${clusterId}/results`);
}
