import { useQuery } from '@tanstack/react-query';
import type { Workplace } from '../app/work-choice';
import { api } from './client';

/** Where the signed-in user works in a council, in every period (seats, followed clusters, focal work). */
export function useWorkplaces(councilId: string | undefined) {
  return useQuery({
    queryKey: ['my-clusters', councilId],
    queryFn: ({ signal }) =>
      api.get<{ items: Workplace[] }>(`/councils/${councilId}/my-clusters`, { signal }).then((r) => r.items),
    enabled: Boolean(councilId),
    staleTime: 60_000,
  });
}
