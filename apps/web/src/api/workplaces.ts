import { useQuery } from '@tanstack/react-query';
import type { Workplace } from '../app/work-choice';
import { apiQuery } from './keys';

/** Where the signed-in user works in a council, in every period (seats, followed clusters, focal work). */
export function useWorkplaces(councilId: string | undefined) {
  return useQuery({
    ...apiQuery<{ items: Workplace[] }>(`/councils/${councilId}/my-clusters`),
    select: (r) => r.items,
    enabled: Boolean(councilId),
    staleTime: 60_000,
  });
}
