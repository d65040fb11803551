import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../api/keys';
import type { Page } from '../api/types';

export interface DueItem {
  id: string;
  stage: string;
  stageName: string;
  clusterId: string | null;
  unitType: string | null;
  dueOn: string;
  note: string | null;
  status: 'done' | 'current' | 'upcoming';
  late: boolean;
  daysLeft: number;
}

export interface DueView {
  periodId: string;
  stage: string;
  asOf: string;
  lateCount: number;
  items: DueItem[];
  total: number;
}

export interface LateTasksView {
  periodId: string;
  asOf: string;
  items: {
    unitId: string;
    unitName: string;
    datedTasks: number;
    late: number;
    lateTasks: { taskId: string; content: string; dueDate: string; status: string; daysLate: number }[];
  }[];
}

export interface ProgressUnit {
  unitId: string;
  code: string;
  name: string;
  type: string;
  seat: 'leader' | 'deputy' | 'member';
  registered: boolean;
  pactSigned: boolean;
  selfScored: boolean;
  reviewed: boolean;
}

export interface ClusterProgress {
  id: string;
  code: string;
  name: string;
  kind: string;
  memberCount: number;
  registered: number;
  pactSigned: number;
  selfScored: number;
  reviewed: number;
  members: ProgressUnit[];
}

export interface ProgressView {
  periodId: string;
  stage: string;
  clusters: ClusterProgress[];
}

export interface AuditEvent {
  id: number;
  at: string;
  actor: { id: string; username: string; displayName: string } | null;
  entityType: string;
  entityTypeLabel: string;
  entityId: string;
  action: string;
  actionLabel: string;
  reason: string | null;
}

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
