import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey } from '../api/keys';
import { useApiRead, useApiWrite } from '../api/use-api';
import { resultsKey } from '../scoring/api';

export type FactValue = string | number | boolean;

export interface FactCell {
  name: string;
  value: FactValue | null;
  valueLabel: string | null;
  origin: 'typed' | 'derived' | 'override' | 'none';
  source: string;
  unconfirmed: boolean;
  missing: boolean;
  derivedSource: string | null;
  note: string | null;
  overrideReason: string | null;
  version: number;
}

export interface StaffCount {
  id: string;
  staff: number;
  women: number;
  note: string | null;
  enteredByName: string | null;
  confirmedByName: string | null;
  confirmedAt: string | null;
  version: number;
}

export interface FactSheetUnit {
  unitId: string;
  code: string;
  name: string;
  staffCount: StaffCount | null;
  facts: FactCell[];
  missing: number;
  abilities: { editStaffCount: boolean; confirmStaffCount: boolean; editFacts: boolean };
}

export interface FactSheet {
  clusterId: string;
  periodId: string;
  facts: { name: string; label: string; read: boolean; derived: boolean; predicateLabel: string | null }[];
  units: FactSheetUnit[];
}

export interface FactInput {
  version: number;
  value: FactValue;
  reason?: string;
  override?: boolean;
}

export interface StaffCountInput {
  version: number;
  staff: number;
  women: number;
  reason?: string;
}

const sheetKey = (clusterId: string | undefined) => apiKey(`/clusters/${clusterId}/fact-sheet`);

/** The cluster's facts sheet: the units the user may see, each fact with its source. */
export function useFactSheet(clusterId: string | undefined) {
  return useApiRead<FactSheet>(clusterId, `/clusters/${clusterId}/fact-sheet`);
}

export function useFactActions(clusterId: string | undefined) {
  const queryClient = useQueryClient();
  const reads = [{ queryKey: sheetKey(clusterId) }, { queryKey: resultsKey(clusterId) }];
  const refresh = () => Promise.all(reads.map((filters) => queryClient.invalidateQueries(filters)));
  return {
    putFact: useApiWrite(
      ({ unitId, name, input }: { unitId: string; name: string; input: FactInput }) =>
        api.put(`/clusters/${clusterId}/units/${unitId}/facts/${name}`, input),
      ...reads,
    ),
    putCounts: useApiWrite(
      ({ unitId, input }: { unitId: string; input: StaffCountInput }) =>
        api.put<StaffCount>(`/clusters/${clusterId}/units/${unitId}/staff-count`, input),
      ...reads,
    ),
    confirmCounts: useApiWrite(
      ({ unitId, version }: { unitId: string; version: number }) =>
        api.post<StaffCount>(`/clusters/${clusterId}/units/${unitId}/staff-count/confirm`, { version }),
      ...reads,
    ),
    refresh,
  };
}
