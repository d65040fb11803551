// The old and new values of an audit event, said field by field in Vietnamese. Pure: the names of units
// and people come from resolvers the screen passes in (ids the log keeps are shown by name).
import { formatDate, formatDateTime } from '../format';
import { vi } from '../i18n/vi';
import { STAGE_NAMES } from '../organisation/texts';
import type { PeriodStage } from '../organisation/types';
import { FIELD_NAMES, t, VALUE_NAMES } from './texts';

export interface Change {
  field: string;
  label: string;
  /** Undefined when the event has no old (a creation) or no new value (a removal). */
  old?: string;
  new?: string;
}

export interface Resolvers {
  unit: (id: string) => string | undefined;
  user: (id: string) => string | undefined;
}

const NO_NAMES: Resolvers = { unit: () => undefined, user: () => undefined };

/** Bookkeeping the log keeps but a reader does not need. */
const HIDDEN = new Set([
  'id',
  'version',
  'councilId',
  'periodId',
  'lineageId',
  'passwordHash',
  'createdAt',
  'updatedAt',
  'userId',
]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One value as a reader understands it: names for ids and codes, dd/mm/yyyy for dates. */
export function formatValue(field: string, value: unknown, names: Resolvers = NO_NAMES): string {
  if (value === null || value === undefined || value === '') return t.emptyValue;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (field === 'stage' && value in STAGE_NAMES) return STAGE_NAMES[value as PeriodStage];
    if (field === 'calendar' && value in vi.calendars)
      return vi.calendars[value as keyof typeof vi.calendars];
    if ((field === 'unitType' || field === 'type') && value in vi.unitTypes)
      return vi.unitTypes[value as keyof typeof vi.unitTypes];
    const named = VALUE_NAMES[field]?.[value];
    if (named) return named;
    if (field === 'unitId' || field === 'leader') return names.unit(value) ?? value;
    if (field === 'followerUserId') return names.user(value) ?? value;
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t.emptyValue;
    if (field === 'unitIds') return value.map((id) => names.unit(String(id)) ?? String(id)).join('; ');
    if (field === 'deputies') {
      return value
        .map((d) => {
          if (!isRecord(d)) return String(d);
          const id = typeof d.unitId === 'string' ? d.unitId : '';
          const rank = typeof d.rank === 'number' ? d.rank : d.deputyRank;
          return `${names.unit(id) ?? id}${typeof rank === 'number' ? ` (${rank})` : ''}`;
        })
        .join('; ');
    }
    if (value.every((v) => typeof v !== 'object')) return value.join('; ');
    return t.items(value.length);
  }
  if (isRecord(value)) {
    if (field === 'membership') {
      const role = formatValue('role', value.role, names);
      return value.unitId ? `${role} — ${formatValue('unitId', value.unitId, names)}` : role;
    }
    return JSON.stringify(value);
  }
  return JSON.stringify(value);
}

const labelOf = (field: string) => FIELD_NAMES[field] ?? field;

/**
 * The fields an event changed: for an edit, each field whose value differs (old → new); for a
 * creation, the new values; for a removal, the old ones. Bookkeeping fields are left out.
 */
export function describeChanges(old: unknown, next: unknown, names: Resolvers = NO_NAMES): Change[] {
  if (isRecord(old) && isRecord(next)) {
    const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((f) => !HIDDEN.has(f));
    return fields
      .filter((f) => JSON.stringify(old[f] ?? null) !== JSON.stringify(next[f] ?? null))
      .map((f) => ({
        field: f,
        label: labelOf(f),
        old: formatValue(f, old[f], names),
        new: formatValue(f, next[f], names),
      }));
  }
  const side = (value: unknown, key: 'old' | 'new'): Change[] => {
    if (isRecord(value)) {
      return Object.entries(value)
        .filter(([f, v]) => !HIDDEN.has(f) && v !== null && v !== undefined && v !== '')
        .map(([f, v]) => ({ field: f, label: labelOf(f), [key]: formatValue(f, v, names) }));
    }
    if (value === null || value === undefined) return [];
    return [{ field: '', label: '', [key]: formatValue('', value, names) }];
  };
  return [...side(old, 'old'), ...side(next, 'new')];
}
