import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../api/keys';
import type { Page } from '../api/types';

// The due deadlines, late tasks and progress as the server's routes declare them (@thidua/contracts).
export type { DueItemView as DueItem, DueView, ProgressView } from '@thidua/contracts/periods';
export type { LateTasksView } from '@thidua/contracts/work-plans';
import type { DueView, ProgressView } from '@thidua/contracts/periods';
import type { LateTasksView } from '@thidua/contracts/work-plans';

/** A cluster of the progress: how many of its units have done each step, and the units. */
export type ClusterProgress = ProgressView['clusters'][number];
/** A unit of a cluster's progress, with the steps it has done. */
export type ProgressUnit = ClusterProgress['members'][number];

/** A recent change, as the audit log's contract declares its events. */
export type { AuditEventView as AuditEvent } from '@thidua/contracts/audit';
import type { AuditEventView as AuditEvent } from '@thidua/contracts/audit';

/** The deadlines of a period that apply to one cluster (or all of them), with what is late. */
export function useDue(periodId: string | undefined, scope: { clusterId?: string; unitType?: string }) {
  const { clusterId, unitType } = scope;
  return useQuery({
    ...apiQuery<DueView>(`/periods/${periodId}/deadlines/due`, { clusterId, unitType, pageSize: 500 }),
    enabled: Boolean(periodId),
  });
}

/** Late tasks of the period's work plans, for one unit or every unit. */
export function useLateTasks(periodId: string | undefined, unitId: string | undefined) {
  return useQuery({
    ...apiQuery<LateTasksView>(`/periods/${periodId}/late-tasks`, { unitId }),
    enabled: Boolean(periodId),
  });
}

/** Per cluster, who has registered, signed the pact, self-scored and been reviewed. */
export function useProgress(periodId: string | undefined) {
  return useQuery({
    ...apiQuery<ProgressView>(`/periods/${periodId}/progress`),
    enabled: Boolean(periodId),
  });
}

/** The latest changes the user may see in a council. */
export function useRecentChanges(councilId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<AuditEvent>>(`/councils/${councilId}/audit/recent`, { pageSize: 8 }),
    select: (page) => page.items,
    enabled: Boolean(councilId),
  });
}
