import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey } from '../api/keys';
import { useApiItems, useApiWrite } from '../api/use-api';
import { useLatestIssuedVersion } from '../criteria/api';
import { resultsKey } from '../scoring/api';

export type AdjustmentKind = 'bonus' | 'deduction';

export interface Adjustment {
  id: string;
  criteriaVersionId: string;
  unitId: string;
  kind: AdjustmentKind;
  itemCode: string;
  points: number | null;
  count: number | null;
  sourceNumber: string | null;
  sourceDate: string | null;
  sourceIssuer: string | null;
  note: string | null;
  reason: string | null;
  updatedAt: string;
  version: number;
  abilities: { update: boolean; delete: boolean };
}

export interface BonusItem {
  code: string;
  name: string;
  max?: number;
}

export interface DeductionItem {
  code: string;
  name: string;
  pointsEach?: number;
  tiers?: { upTo?: number; pointsEach: number }[];
  cap?: number;
}

export interface CriteriaRevision {
  id: string;
  revision: number;
  status: string;
  ruleset?: {
    bonusItems?: BonusItem[];
    deductionItems?: DeductionItem[];
    awards?: { code: string; name: string; minScore: number }[];
  };
}

export interface AdjustmentInput {
  unitId?: string;
  itemCode?: string;
  points?: number;
  count?: number;
  sourceNumber?: string | null;
  sourceDate?: string | null;
  sourceIssuer?: string | null;
  note?: string | null;
  reason?: string;
  version?: number;
}

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
