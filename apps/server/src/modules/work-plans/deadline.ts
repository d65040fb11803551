import type { DeadlineKind, PlanTask, Recurrence } from '@thidua/db';
import { RECURRENCE_NAMES as VOCABULARY_RECURRENCE_NAMES } from '@thidua/vocabulary';
import type { FieldError } from '../../http/errors';
import { daysBetween, daysInMonth, isoDate } from '../../kernel/dates';

/** A deadline as the API carries it. */
export interface DeadlineInput {
  deadlineKind: DeadlineKind;
  dueOn?: string | null | undefined;
  dueMonth?: string | null | undefined;
  recurrence?: Recurrence | null | undefined;
}

/** A deadline as the table stores it. */
export interface DeadlineColumns {
  deadlineKind: DeadlineKind;
  dueOn: string | null;
  dueYear: number | null;
  dueMonth: number | null;
  recurrence: Recurrence | null;
}

/** The vocabulary's names (one wording for the screens, the API and the printed plan). */
export const RECURRENCE_NAMES: Record<Recurrence, string> = VOCABULARY_RECURRENCE_NAMES;

const KIND_NAMES: Record<DeadlineKind, string> = {
  date: 'một ngày',
  month: 'một tháng',
  recurring: 'định kỳ, thường xuyên',
};

/**
 * Checks that the deadline has the one field its kind needs and none of the others; `prefix` is where
 * the fields sit in the request (`body`, `body.tasks[3]`).
 */
export function deadlineErrors(input: DeadlineInput, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const needed = { date: 'dueOn', month: 'dueMonth', recurring: 'recurrence' } as const;
  const own = needed[input.deadlineKind];
  for (const field of ['dueOn', 'dueMonth', 'recurrence'] as const) {
    const present = input[field] !== undefined && input[field] !== null;
    if (field === own && !present) {
      errors.push({
        path: `${prefix}.${field}`,
        message: `bắt buộc khi hạn hoàn thành là ${KIND_NAMES[input.deadlineKind]}`,
      });
    } else if (field !== own && present) {
      errors.push({
        path: `${prefix}.${field}`,
        message: `không dùng khi hạn hoàn thành là ${KIND_NAMES[input.deadlineKind]}`,
      });
    }
  }
  return errors;
}

/** The stored columns of a checked deadline. */
export function deadlineColumns(input: DeadlineInput): DeadlineColumns {
  const [year, month] = input.dueMonth ? input.dueMonth.split('-').map(Number) : [null, null];
  return {
    deadlineKind: input.deadlineKind,
    dueOn: input.deadlineKind === 'date' ? (input.dueOn ?? null) : null,
    dueYear: input.deadlineKind === 'month' ? (year ?? null) : null,
    dueMonth: input.deadlineKind === 'month' ? (month ?? null) : null,
    recurrence: input.deadlineKind === 'recurring' ? (input.recurrence ?? null) : null,
  };
}

/** `YYYY-MM` of a month deadline, or null. */
export function dueMonthOf(task: Pick<PlanTask, 'dueYear' | 'dueMonth'>): string | null {
  return task.dueYear !== null && task.dueMonth !== null
    ? `${task.dueYear}-${String(task.dueMonth).padStart(2, '0')}`
    : null;
}

/**
 * The last local day a task is on time: the day itself, or the last day of the month ("Tháng 01/2024"
 * is met on 31/01/2024). A recurring task has none and is never late.
 */
export function dueDateOf(task: DeadlineColumns): string | null {
  if (task.deadlineKind === 'date') return task.dueOn;
  if (task.deadlineKind === 'month' && task.dueYear !== null && task.dueMonth !== null) {
    return isoDate(task.dueYear, task.dueMonth, daysInMonth(task.dueYear, task.dueMonth));
  }
  return null;
}

const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** The deadline as a plan prints it: "Trước ngày 10/02/2021", "Tháng 01/2024", "Hàng quý". */
export function deadlineText(task: DeadlineColumns): string {
  if (task.deadlineKind === 'date' && task.dueOn) return `Trước ngày ${vnDate(task.dueOn)}`;
  if (task.deadlineKind === 'month' && task.dueYear !== null && task.dueMonth !== null) {
    return `Tháng ${String(task.dueMonth).padStart(2, '0')}/${task.dueYear}`;
  }
  return task.recurrence ? RECURRENCE_NAMES[task.recurrence] : '';
}

/**
 * How many days late a task is on `asOf` (a local date), or 0 when it is not late. A task due today is
 * not late; one not done (and not cancelled) is late from the day after its due date; one done after
 * its due date stays late by the days it took.
 */
export function daysLate(
  task: DeadlineColumns & Pick<PlanTask, 'status' | 'completedOn'>,
  asOf: string,
): number {
  const due = dueDateOf(task);
  if (due === null || task.status === 'cancelled') return 0;
  const finished = task.status === 'done' ? task.completedOn : null;
  return Math.max(0, daysBetween(due, finished ?? asOf));
}
