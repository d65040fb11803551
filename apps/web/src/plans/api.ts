import { api } from '../api/client';
import { readsOf } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';

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

export function usePlans(periodId: string | undefined) {
  return useApiItems<Plan>(periodId, `/periods/${periodId}/plans`);
}

export function useTasks(planId: string | undefined) {
  return useApiItems<Task>(planId, `/plans/${planId}/tasks`);
}

export function useProgramme(periodId: string | undefined) {
  return useApiRead<Programme>(periodId, `/periods/${periodId}/programme`);
}

/** Every write changes the lists (a task's count, a plan's status): read them again. */
function usePlanWrite<I = void, O = unknown>(write: (input: I) => Promise<O>) {
  return useApiWrite(write, readsOf('plans', 'programme', 'late-tasks'));
}

/** Creates a plan of the period, or changes one (`plan` given, with its version). */
export function useSavePlan(periodId: string | undefined) {
  return usePlanWrite(
    ({ plan, body }: { plan: Plan | null; body: PlanInput & { status?: Plan['status'] } }) =>
      plan
        ? api.patch<Plan>(`/plans/${plan.id}`, { ...body, version: plan.version })
        : api.post<Plan>(`/periods/${periodId}/plans`, body),
  );
}

/** Adds a task to the plan, or changes one (`task` given, with its version). */
export function useSaveTask(planId: string | undefined) {
  return usePlanWrite(({ task, body }: { task: Task | null; body: TaskInput }) =>
    task
      ? api.patch<Task>(`/plan-tasks/${task.id}`, { ...body, version: task.version })
      : api.post<Task>(`/plans/${planId}/tasks`, body),
  );
}

export function useCompleteTask() {
  return usePlanWrite(
    ({ task, completedOn, evidence }: { task: Task; completedOn: string; evidence: string }) =>
      api.post<Task>(`/plan-tasks/${task.id}/completion`, { version: task.version, completedOn, evidence }),
  );
}

/** Adds a session to the programme, or changes one (`session` given, with its version). */
export function useSaveSession(periodId: string | undefined) {
  return usePlanWrite(({ session, body }: { session: Session | null; body: SessionInput }) =>
    session
      ? api.patch<Session>(`/programme-sessions/${session.id}`, { ...body, version: session.version })
      : api.post<Session>(`/periods/${periodId}/programme`, body),
  );
}
