import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey, apiQuery } from '../api/keys';
import type { Page } from '../api/types';

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
  return useQuery({
    ...apiQuery<Page<Objection>>(`/clusters/${clusterId}/objections`, { pageSize: 500 }),
    select: (page) => page.items,
    enabled: Boolean(clusterId),
  });
}

/** The scoring sheet rows the user may see: self and agreed layers side by side. */
export function useSheet(clusterId: string | undefined) {
  return useQuery({
    ...apiQuery<Sheet>(`/clusters/${clusterId}/scoring-sheet`, { pageSize: 500 }),
    enabled: Boolean(clusterId),
  });
}

export function useObjectionActions(clusterId: string | undefined) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: objectionsKey(clusterId) });
  return {
    raise: useMutation({
      mutationFn: (body: { unitId: string; criterionCode: string; body: string }) =>
        api.post<Objection>(`/clusters/${clusterId}/objections`, body),
      onSuccess: refresh,
    }),
    answer: useMutation({
      mutationFn: ({ objection, answer }: { objection: Objection; answer: string }) =>
        api.post<Objection>(`/objections/${objection.id}/answer`, { version: objection.version, answer }),
      onSuccess: refresh,
    }),
    withdraw: useMutation({
      mutationFn: (objection: Objection) =>
        api.post<Objection>(`/objections/${objection.id}/withdraw`, { version: objection.version }),
      onSuccess: refresh,
    }),
    refresh,
  };
}
