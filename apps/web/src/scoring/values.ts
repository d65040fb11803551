import { type EntryValueField, entryFieldsOf } from '@thidua/engine';
import { formatScore } from '../format';
import { texts } from './texts';
import type { Cell, CriterionKind, Entry, EntryValues, Layer, Proposal } from './types';

// Pure helpers between what a person types, what the API stores and what a cell shows. No score is
// computed here: values are only read, written and compared as the user typed them.

/** The value fields a criterion's kind uses. */
export type DraftField = EntryValueField;

/** What the inputs of one layer hold while it is edited (numbers as typed text). */
export interface Draft {
  plan: string;
  actual: string;
  points: string;
  value: string;
  rating: string;
  done: '' | 'true' | 'false';
  note: string;
}

export const EMPTY_DRAFT: Draft = {
  plan: '',
  actual: '',
  points: '',
  value: '',
  rating: '',
  done: '',
  note: '',
};

/** A sheet's kind text as one of the engine's kinds (an unknown kind is read as points). */
export function kindOf(kind: string): CriterionKind {
  switch (kind) {
    case 'quantitative':
    case 'bands':
    case 'rating':
    case 'yesno':
      return kind;
    default:
      return 'qualitative';
  }
}

/** The fields a kind is scored with, in the order they are typed. */
export const fieldsOf: (kind: CriterionKind) => DraftField[] = entryFieldsOf;

/**
 * A decimal as a Vietnamese office types it: `12,5` or `12.5`; `1.234,5` (dots between thousands when
 * a comma marks the decimals). Returns the plain decimal text (`1234.5`) or null when it is not a number.
 */
export function decimalText(input: string): string | null {
  let text = input.trim().replace(/\s+/g, '');
  if (text === '') return null;
  if (text.includes(',')) {
    if ((text.match(/,/g) ?? []).length > 1) return null;
    text = text.replace(/\./g, '').replace(',', '.');
  }
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? text : null;
}

/** A number's text as the user reads it in an input (`12,5`), without grouping dots. */
export function inputText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return formatScore(value).replace(/\./g, '');
}

/** The inputs of a layer from its stored entry (empty when there is none). */
export function draftOf(entry: Entry | null): Draft {
  if (!entry) return EMPTY_DRAFT;
  return {
    plan: inputText(entry.plan),
    actual: inputText(entry.actual),
    points: inputText(entry.points),
    value: inputText(entry.value),
    rating: entry.rating ?? '',
    done: entry.done === null ? '' : entry.done ? 'true' : 'false',
    note: entry.note ?? '',
  };
}

export type DraftCheck =
  { ok: true; values: EntryValues } | { ok: false; errors: Partial<Record<DraftField, string>> };

/**
 * The API's value fields from the inputs, or a message per input the browser can already tell is not
 * a number or is missing. Ranges (at most the standard points, a rating of the list…) are the server's
 * to check: its Vietnamese message is shown beside the input.
 */
export function valuesOf(kind: CriterionKind, draft: Draft): DraftCheck {
  const errors: Partial<Record<DraftField, string>> = {};
  const values: EntryValues = {};
  for (const field of fieldsOf(kind)) {
    if (field === 'rating') {
      if (draft.rating === '') errors.rating = texts.errors.chooseRating;
      else values.rating = draft.rating;
    } else if (field === 'done') {
      if (draft.done === '') errors.done = texts.errors.chooseDone;
      else values.done = draft.done === 'true';
    } else {
      const raw = draft[field];
      const text = decimalText(raw);
      if (raw.trim() === '') errors[field] = texts.errors.required;
      else if (text === null) errors[field] = texts.errors.notANumber;
      // Number() of the decimal text the user typed: the JSON number the API takes, never arithmetic.
      else values[field] = Number(text);
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** Whether nothing was typed in a layer's value inputs. */
export function isBlank(kind: CriterionKind, draft: Draft): boolean {
  return fieldsOf(kind).every((field) => draft[field].trim() === '');
}

/** A layer's value as a cell shows it: `74,9/71,3` (actual/plan), `25`, `HTXSNV`, `Đạt`. */
export function valueText(kind: CriterionKind, entry: Entry | null | undefined): string {
  if (!entry) return '';
  switch (kind) {
    case 'quantitative':
      return entry.actual === null && entry.plan === null
        ? ''
        : `${formatScore(entry.actual)}/${formatScore(entry.plan)}`;
    case 'qualitative':
      return formatScore(entry.points);
    case 'bands':
      return formatScore(entry.value);
    case 'rating':
      return entry.rating ?? '';
    case 'yesno':
      return entry.done === null ? '' : entry.done ? texts.done.yes : texts.done.no;
  }
}

/** A proposal read as a layer's value (for showing it and starting an edit from it). */
export function proposalValues(proposal: Proposal | null): Entry | null {
  if (!proposal) return null;
  return {
    id: '',
    unitId: '',
    criterionCode: '',
    criteriaVersionId: '',
    stage: proposal.from,
    plan: proposal.plan,
    actual: proposal.actual,
    points: proposal.points,
    value: proposal.value,
    rating: proposal.rating,
    done: proposal.done,
    note: null,
    reason: null,
    enteredBy: null,
    updatedAt: '',
    version: proposal.version,
    evidenceCount: 0,
  };
}

/** Whether checked values equal the proposal (then agreeing needs no reason). */
export function sameAsProposal(kind: CriterionKind, values: EntryValues, proposal: Proposal | null): boolean {
  if (!proposal) return false;
  return fieldsOf(kind).every((field) => (values[field] ?? null) === proposal[field]);
}

/** Whether two layers hold the same value for the criterion's kind (both absent counts as the same). */
export function sameValue(kind: CriterionKind, a: Entry | null, b: Entry | null): boolean {
  if (!a || !b) return a === b;
  return fieldsOf(kind).every((field) => a[field] === b[field]);
}

/** The agreed value differs from the unit's own: the reviewer changed it (highlighted side by side). */
export function agreedDiffers(kind: CriterionKind, cell: Cell): boolean {
  return Boolean(cell.agreed && cell.self && !sameValue(kind, cell.self, cell.agreed));
}

/**
 * Whether a reason is asked before saving: every review (agreed) value, and a change of a value the
 * standing office had already given (its first score is not a change).
 */
export function needsReason(layer: Layer, existing: boolean): boolean {
  return layer === 'agreed' || (layer === 'standingOffice' && existing);
}

/** The layer a user works in by default: the review if they may, else the one they score. */
export function preferredLayer(writable: ReadonlySet<Layer>): Layer | null {
  const order: Layer[] = ['agreed', 'standingOffice', 'focal', 'self'];
  return order.find((layer) => writable.has(layer)) ?? null;
}

/** `body.points` → `points`: which input a server field error belongs to (null: not a value input). */
export function draftFieldOf(path: string): DraftField | 'note' | 'reason' | null {
  const field = path.replace(/^body\./, '');
  const known = ['plan', 'actual', 'points', 'value', 'rating', 'done', 'note', 'reason'] as const;
  return (known as readonly string[]).includes(field) ? (field as DraftField | 'note' | 'reason') : null;
}

/** A file size as people read it: `812 KB`, `2,4 MB`. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${formatScore(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** How an evidence file is previewed: inline image, inline PDF, or only downloaded. */
export function previewKind(mimeType: string): 'image' | 'pdf' | 'download' {
  if (mimeType === 'image/png' || mimeType === 'image/jpeg') return 'image';
  if (mimeType === 'application/pdf') return 'pdf';
  return 'download';
}
