import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey } from '../api/keys';
import { useApiRead, useApiWrite } from '../api/use-api';
import { resultsKey } from '../scoring/api';
import type {
  FactInput,
  FactSheetView as FactSheet,
  StaffCountInput,
  StaffCountView as StaffCount,
} from '@thidua/contracts/facts';

/** The facts sheet's and staff counts' shapes are the contract's (@thidua/contracts/facts). */
export type {
  FactCellView as FactCell,
  FactInput,
  FactSheetView as FactSheet,
  FactSheetUnitView as FactSheetUnit,
  StaffCountInput,
  StaffCountView as StaffCount,
} from '@thidua/contracts/facts';

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
