import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Page } from '../api/types';
import type { Cluster, Period, ResultDocument } from './types';

/** A council's periods (a council has a few a year; one page of 500 is all of them). */
export function usePeriods(councilId: string | undefined) {
  return useQuery({
    queryKey: ['periods', councilId],
    queryFn: ({ signal }) =>
      api
        .get<Page<Period>>(`/councils/${councilId}/periods`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(councilId),
  });
}

/** The clusters and blocks of a period. */
export function useClusters(periodId: string | undefined) {
  return useQuery({
    queryKey: ['clusters', periodId],
    queryFn: ({ signal }) =>
      api
        .get<Page<Cluster>>(`/periods/${periodId}/clusters`, { signal, query: { pageSize: 500 } })
        .then((page) => page.items),
    enabled: Boolean(periodId),
  });
}

/** The engine's result for a cluster, computed by the server on every read. */
export function useClusterResults(clusterId: string | undefined) {
  return useQuery({
    queryKey: ['cluster-results', clusterId],
    queryFn: ({ signal }) => api.get<ResultDocument>(`/clusters/${clusterId}/results`, { signal }),
    enabled: Boolean(clusterId),
  });
}
