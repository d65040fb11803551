import type { Task } from './api';
import { texts } from './texts';

export interface TaskGroup {
  key: string;
  label: string;
  tasks: Task[];
}

const RECURRENCE_ORDER = ['continuous', 'monthly', 'quarterly', 'higherSchedule'];

/**
 * A plan's tasks by quarter: a task due on a day or in a month falls in the quarter of its due date
 * (quarters in date order), the recurring ones follow in a group per recurrence, as the plan's appendix
 * lists them ("Thường xuyên", "Hàng quý"…). Inside a group the plan's own order is kept.
 */
export function groupByQuarter(tasks: Task[]): TaskGroup[] {
  const dated = new Map<string, TaskGroup>();
  const recurring = new Map<string, TaskGroup>();
  for (const task of tasks) {
    if (task.dueDate) {
      const year = Number(task.dueDate.slice(0, 4));
      const quarter = Math.ceil(Number(task.dueDate.slice(5, 7)) / 3);
      const key = `${year}-${quarter}`;
      const group = dated.get(key) ?? { key, label: texts.quarter(quarter, year), tasks: [] };
      group.tasks.push(task);
      dated.set(key, group);
    } else {
      const key = task.recurrence ?? 'other';
      const group = recurring.get(key) ?? {
        key: `r-${key}`,
        label: texts.recurringGroup(task.deadlineText || texts.deadlineKinds.recurring!),
        tasks: [],
      };
      group.tasks.push(task);
      recurring.set(key, group);
    }
  }
  const rank = (key: string) => {
    const i = RECURRENCE_ORDER.indexOf(key.slice(2));
    return i < 0 ? RECURRENCE_ORDER.length : i;
  };
  return [
    ...[...dated.values()].sort((a, b) => a.key.localeCompare(b.key)),
    ...[...recurring.values()].sort((a, b) => rank(a.key) - rank(b.key)),
  ];
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** Every month of a period (`startsOn`..`endsOn`, local dates), in order. */
export function monthsOf(startsOn: string, endsOn: string): { year: number; month: number }[] {
  const months: { year: number; month: number }[] = [];
  let year = Number(startsOn.slice(0, 4));
  let month = Number(startsOn.slice(5, 7));
  const last = endsOn.slice(0, 7);
  while (`${year}-${pad2(month)}` <= last) {
    months.push({ year, month });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
