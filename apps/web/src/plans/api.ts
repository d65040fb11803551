import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiQuery, readsOf } from '../api/keys';
import type { Page } from '../api/types';

// The council's work plans with their tasks, and its work programme (module plans, SPEC §11).

export interface Plan {
  id: string;
  periodId: string;
  number: string | null;
  title: string;
  issuedOn: string | null;
  status: 'draft' | 'issued';
  note: string | null;
  taskCount: number;
  version: number;
  abilities: { update: boolean };
}

export type DeadlineKind = 'date' | 'month' | 'recurring';
export type Recurrence = 'continuous' | 'monthly' | 'quarterly' | 'higherSchedule';
export type TaskStatus = 'notStarted' | 'inProgress' | 'done' | 'late' | 'cancelled';

export interface Task {
  id: string;
  planId: string;
  position: number;
  section: string | null;
  content: string;
  lead: string | null;
  executingUnitId: string | null;
  executingBody: string | null;
  coordinatingUnitIds: string[];
  coordinatingBodies: string | null;
  deadlineKind: DeadlineKind;
  dueOn: string | null;
  dueMonth: string | null;
  recurrence: Recurrence | null;
  /** The deadline in Vietnamese, as the plan prints it. */
  deadlineText: string;
  dueDate: string | null;
  deadlineNote: string | null;
  status: TaskStatus;
  completedOn: string | null;
  completionEvidence: string | null;
  /** Days late today, as the late-tasks report counts (0 when not late or the plan is a draft). */
  daysLate: number;
  version: number;
  abilities: { update: boolean; complete: boolean };
}

export interface PlanInput {
  title: string;
  number?: string | null;
  issuedOn?: string | null;
  note?: string | null;
}

export interface TaskInput {
  content: string;
  section?: string | null;
  lead?: string | null;
  executingUnitId?: string | null;
  executingBody?: string | null;
  coordinatingUnitIds?: string[];
  coordinatingBodies?: string | null;
  deadlineKind: DeadlineKind;
  dueOn?: string | null;
  dueMonth?: string | null;
  recurrence?: Recurrence | null;
  status?: TaskStatus;
}

export type SessionStatus = 'planned' | 'held' | 'postponed' | 'cancelled';

export interface Session {
  id: string;
  periodId: string;
  year: number;
  month: number;
  monthLabel: string;
  heldOn: string | null;
  title: string;
  agenda: string;
  agendaItems: string[];
  presiding: string | null;
  preparingBody: string | null;
  coordinatingBodies: string | null;
  place: string | null;
  status: SessionStatus;
  meetingId: string | null;
  note: string | null;
  version: number;
  abilities: { update: boolean };
}

export interface Programme {
  periodId: string;
  items: Session[];
  months: { year: number; month: number; label: string; sessions: number }[];
  abilities: { create: boolean };
}

export interface SessionInput {
  year: number;
  month: number;
  heldOn?: string | null;
  title: string;
  agenda: string;
  presiding?: string | null;
  place?: string | null;
  status?: SessionStatus;
}

const ALL = { pageSize: 500 };

export function usePlans(periodId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<Plan>>(`/periods/${periodId}/plans`, ALL),
    select: (p) => p.items,
    enabled: Boolean(periodId),
  });
}

export function useTasks(planId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<Task>>(`/plans/${planId}/tasks`, ALL),
    select: (p) => p.items,
    enabled: Boolean(planId),
  });
}

export function useProgramme(periodId: string | undefined) {
  return useQuery({
    ...apiQuery<Programme>(`/periods/${periodId}/programme`),
    enabled: Boolean(periodId),
  });
}

/** Every write changes the lists (a task's count, a plan's status): read them again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(readsOf('plans', 'programme', 'late-tasks'));
}

/** Creates a plan of the period, or changes one (`plan` given, with its version). */
export function useSavePlan(periodId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ plan, body }: { plan: Plan | null; body: PlanInput & { status?: Plan['status'] } }) =>
      plan
        ? api.patch<Plan>(`/plans/${plan.id}`, { ...body, version: plan.version })
        : api.post<Plan>(`/periods/${periodId}/plans`, body),
    onSuccess: refresh,
  });
}

/** Adds a task to the plan, or changes one (`task` given, with its version). */
export function useSaveTask(planId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ task, body }: { task: Task | null; body: TaskInput }) =>
      task
        ? api.patch<Task>(`/plan-tasks/${task.id}`, { ...body, version: task.version })
        : api.post<Task>(`/plans/${planId}/tasks`, body),
    onSuccess: refresh,
  });
}

export function useCompleteTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ task, completedOn, evidence }: { task: Task; completedOn: string; evidence: string }) =>
      api.post<Task>(`/plan-tasks/${task.id}/completion`, { version: task.version, completedOn, evidence }),
    onSuccess: refresh,
  });
}

/** Adds a session to the programme, or changes one (`session` given, with its version). */
export function useSaveSession(periodId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ session, body }: { session: Session | null; body: SessionInput }) =>
      session
        ? api.patch<Session>(`/programme-sessions/${session.id}`, { ...body, version: session.version })
        : api.post<Session>(`/periods/${periodId}/programme`, body),
    onSuccess: refresh,
  });
}
