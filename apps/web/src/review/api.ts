import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';
import type { ObjectionInput, ObjectionView as Objection } from '@thidua/contracts/objections';

/** An objection's shape is the contract's (@thidua/contracts/objections). */
export type { ObjectionView as Objection } from '@thidua/contracts/objections';

/** The scoring sheet's layer, entry and criterion, as the scoring screens read them (one definition). */
export type { Layer as EntryLayer, Entry, SheetCriterion } from '../scoring/types';

/** The scoring sheet the objections screen reads (its self and agreed layers side by side). */
export type { SheetView as Sheet } from '@thidua/contracts/scoring';
import type { SheetView as Sheet } from '@thidua/contracts/scoring';

export const objectionsKey = (clusterId: string | undefined) => apiKey(`/clusters/${clusterId}/objections`);

/** Every objection of a cluster the user may see (a cluster has a few dozen at most). */
export function useObjections(clusterId: string | undefined) {
  return useApiItems<Objection>(clusterId, `/clusters/${clusterId}/objections`);
}

/** The scoring sheet rows the user may see: self and agreed layers side by side. */
export function useSheet(clusterId: string | undefined) {
  return useApiRead<Sheet>(clusterId, `/clusters/${clusterId}/scoring-sheet`, { pageSize: 500 });
}

export function useObjectionActions(clusterId: string | undefined) {
  const queryClient = useQueryClient();
  const reads = [{ queryKey: objectionsKey(clusterId) }];
  const refresh = () => queryClient.invalidateQueries(reads[0]);
  return {
    raise: useApiWrite(
      (body: ObjectionInput) => api.post<Objection>(`/clusters/${clusterId}/objections`, body),
      ...reads,
    ),
    answer: useApiWrite(
      ({ objection, answer }: { objection: Objection; answer: string }) =>
        api.post<Objection>(`/objections/${objection.id}/answer`, { version: objection.version, answer }),
      ...reads,
    ),
    withdraw: useApiWrite(
      (objection: Objection) =>
        api.post<Objection>(`/objections/${objection.id}/withdraw`, { version: objection.version }),
      ...reads,
    ),
    refresh,
  };
}
