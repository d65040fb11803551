import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey } from '../api/keys';
import { useApiItems, useApiWrite } from '../api/use-api';
import { useLatestIssuedVersion } from '../criteria/api';
import type { CriteriaVersion } from '../criteria/types';
import { resultsKey } from '../scoring/api';
import type {
  AdjustmentInput as NewAdjustment,
  AdjustmentPatchInput,
  AdjustmentView as Adjustment,
} from '@thidua/contracts/adjustments';

/** An adjustment's shape is the contract's (@thidua/contracts/adjustments). */
export type { AdjustmentKind } from '@thidua/vocabulary';
export type { AdjustmentView as Adjustment } from '@thidua/contracts/adjustments';

// A revision's bonus and deduction items are the engine's ruleset's; the revision is the contract's.
export type { BonusItem, DeductionItem } from '@thidua/engine';
/** What the adjustments screen reads of the cluster's latest issued revision: its ruleset's items. */
export type CriteriaRevision = Pick<CriteriaVersion, 'id' | 'revision' | 'status' | 'ruleset'>;

/** What the form sends: a new adjustment's fields, or a change's (with the version read). */
export type AdjustmentInput = Partial<NewAdjustment & AdjustmentPatchInput>;

export const adjustmentsKey = (clusterId: string | undefined) => apiKey(`/clusters/${clusterId}/adjustments`);

/** Every bonus and deduction of a cluster's current criteria (a few per unit). */
export function useAdjustments(clusterId: string | undefined) {
  return useApiItems<Adjustment>(clusterId, `/clusters/${clusterId}/adjustments`);
}

/** The cluster's latest issued criteria, with its ruleset (its bonus and deduction items). */
export const useIssuedRuleset = (clusterId: string | undefined) =>
  useLatestIssuedVersion<CriteriaRevision>(clusterId);

export function useAdjustmentActions(clusterId: string | undefined) {
  const queryClient = useQueryClient();
  const reads = [{ queryKey: adjustmentsKey(clusterId) }, { queryKey: resultsKey(clusterId) }];
  const refresh = async () => {
    await Promise.all(reads.map((filters) => queryClient.invalidateQueries(filters)));
  };
  return {
    create: useApiWrite(
      (input: AdjustmentInput) => api.post<Adjustment>(`/clusters/${clusterId}/adjustments`, input),
      ...reads,
    ),
    update: useApiWrite(
      ({ id, input }: { id: string; input: AdjustmentInput }) =>
        api.patch<Adjustment>(`/adjustments/${id}`, input),
      ...reads,
    ),
    remove: useApiWrite(
      ({ adjustment, reason }: { adjustment: Adjustment; reason: string }) =>
        api.delete<void>(`/adjustments/${adjustment.id}`, undefined, {
          query: { version: adjustment.version, reason },
        }),
      ...reads,
    ),
    refresh,
  };
}
