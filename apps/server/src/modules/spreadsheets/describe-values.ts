import { formatNumber } from '@thidua/engine';
import { type FieldValues, NO, YES } from '@thidua/spreadsheets';

/** A cell's value as an officer writes it: `KH 100; TH 113,5`, `82,5`, `HTXSNV`, `Có`; null when empty. */
export function describeValues(values: FieldValues): string | null {
  const n = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 10) : '—');
  if (values.plan !== undefined || values.actual !== undefined)
    return `KH ${n(values.plan)}; TH ${n(values.actual)}`;
  if (values.points !== undefined) return n(values.points);
  if (values.value !== undefined) return n(values.value);
  if (values.rating !== undefined) return String(values.rating);
  if (values.done !== undefined) return values.done === true ? YES : NO;
  return null;
}
