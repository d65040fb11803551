import type { CriterionKind } from './period-schema';

/** The value fields of an entry (SPEC §8 Entry). */
export const ENTRY_VALUE_FIELDS = ['plan', 'actual', 'points', 'value', 'rating', 'done'] as const;
export type EntryValueField = (typeof ENTRY_VALUE_FIELDS)[number];

/**
 * The fields a criterion of this kind is scored by, in the order they are typed (the web's inputs, a
 * score template's columns).
 */
export function entryFieldsOf(kind: CriterionKind): EntryValueField[] {
  switch (kind) {
    case 'quantitative':
      return ['plan', 'actual'];
    case 'qualitative':
      return ['points'];
    case 'bands':
      return ['value'];
    case 'rating':
      return ['rating'];
    case 'yesno':
      return ['done'];
  }
}
