import type { PlanInput, PlanView as Plan, TaskInput, TaskView as Task } from '@thidua/contracts/work-plans';
import type {
  ProgrammeView as Programme,
  SessionInput,
  SessionView as Session,
} from '@thidua/contracts/programme';
import { api } from '../api/client';
import { readsOf } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';

// The council's work plans with their tasks, and its work programme (module plans, SPEC §11).

export type { Plan, PlanInput, Task, TaskInput };
export type { Programme, Session, SessionInput };
export type {
  DeadlineKind,
  Recurrence,
  TaskStatus,
  ProgrammeSessionStatus as SessionStatus,
} from '@thidua/vocabulary';

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
