import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';

export type ObjectionStatus = 'open' | 'answered' | 'withdrawn';

export interface Objection {
  id: string;
  criteriaVersionId: string;
  unitId: string;
  criterionCode: string | null;
  entryId: string | null;
  body: string;
  status: ObjectionStatus;
  raisedBy: string | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  createdAt: string;
  version: number;
  abilities: { answer: boolean; withdraw: boolean };
}

export type EntryLayer = 'self' | 'focal' | 'standingOffice' | 'agreed';

export interface Entry {
  id: string;
  unitId: string;
  criterionCode: string;
  stage: EntryLayer;
  plan: number | null;
  actual: number | null;
  points: number | null;
  value: number | null;
  rating: string | null;
  done: boolean | null;
  note: string | null;
  reason: string | null;
  updatedAt: string;
  version: number;
}

export interface SheetCriterion {
  code: string;
  name: string;
  groupCode: string;
  points: number;
  kind: string;
}

export interface Sheet {
  period: { id: string; stage: string; published: boolean };
  criteriaVersion: { id: string; revision: number };
  criteria: SheetCriterion[];
  rows: {
    unit: { id: string; code: string; name: string; seat: string };
    cells: { criterionCode: string; self: Entry | null; agreed: Entry | null }[];
  }[];
}

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
      (body: { unitId: string; criterionCode: string; body: string }) =>
        api.post<Objection>(`/clusters/${clusterId}/objections`, body),
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
