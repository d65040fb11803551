import { formatScore } from '../format';
import type { Entry } from './api';
import { objectionTexts as t } from './texts';

/**
 * What a layer of a cell says, in the words of its criterion's kind: the plan and actual of a
 * quantitative criterion, the points of a qualitative one, a measured value, a rating or done/not done.
 * Only the entered values are written out; the score itself is the engine's (from the results).
 */
export function describeEntry(entry: Entry | null): string {
  if (!entry) return t.noEntry;
  const parts: string[] = [];
  if (entry.plan !== null) parts.push(`${t.plan} ${formatScore(entry.plan)}`);
  if (entry.actual !== null) parts.push(`${t.actual} ${formatScore(entry.actual)}`);
  if (entry.points !== null) parts.push(t.points(formatScore(entry.points)));
  if (entry.value !== null) parts.push(`${t.value} ${formatScore(entry.value)}`);
  if (entry.rating !== null) parts.push(`${t.rating} ${entry.rating}`);
  if (entry.done !== null) parts.push(entry.done ? t.done : t.notDoneValue);
  return parts.length > 0 ? parts.join('; ') : t.noEntry;
}

const VALUE_FIELDS = ['plan', 'actual', 'points', 'value', 'rating', 'done'] as const;

/** Whether the reviewed value differs from the unit's own in any entered field (a missing layer differs). */
export function layersDiffer(self: Entry | null, agreed: Entry | null): boolean {
  if (!self || !agreed) return self !== agreed;
  return VALUE_FIELDS.some((field) => self[field] !== agreed[field]);
}
