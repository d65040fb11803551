import { type CriterionKind, ENTRY_VALUE_FIELDS, type EntryValueField, entryFieldsOf } from '@thidua/engine';

// The layout of a score template, shared by the writer and the reader: which input fields a criterion
// of each kind has, where the rows and columns are, and the hidden parts that let an upload be checked.

/** The value fields of an entry (SPEC §8 Entry) a template asks for. */
export const INPUT_FIELDS = ENTRY_VALUE_FIELDS;
export type InputField = EntryValueField;

/** One entry's values as a template carries them. */
export type FieldValues = Partial<Record<InputField, number | string | boolean>>;

export type { CriterionKind };

/** The fields a criterion of this kind is scored by, in column order. */
export const fieldsOf: (kind: CriterionKind) => InputField[] = entryFieldsOf;

/** Column headers of the fields (under the criterion's code and name). */
export function fieldHeader(field: InputField, points: number): string {
  switch (field) {
    case 'plan':
      return 'Kế hoạch';
    case 'actual':
      return 'Thực hiện';
    case 'points':
      return `Điểm (tối đa ${String(points).replace('.', ',')})`;
    case 'value':
      return 'Giá trị';
    case 'rating':
      return 'Xếp loại';
    case 'done':
      return 'Đạt (Có/Không)';
  }
}

/** The visible sheet's name (error messages name its cells: `Bảng điểm!F7`). */
export const SCORE_SHEET = 'Bảng điểm';
/** The hidden sheet that says which cluster, revision and layer the template is for. */
export const META_SHEET = 'Thông tin mẫu';
/** First cell of the hidden sheet: tells a template of ours from any other workbook. */
export const TEMPLATE_MARKER = 'thidua:score-template@1';

/** Rows: 1 title, 2–3 notes, 4 criterion codes, 5 names, 6 field headers; units from row 7. */
export const CODE_ROW = 4;
export const NAME_ROW = 5;
export const FIELD_ROW = 6;
export const FIRST_DATA_ROW = 7;
/** Columns: A unit id (hidden), B row state (hidden), C STT, D unit code, E unit name; inputs from F. */
export const ID_COLUMN = 1;
export const STATE_COLUMN = 2;
export const NUMBER_COLUMN = 3;
export const UNIT_CODE_COLUMN = 4;
export const UNIT_NAME_COLUMN = 5;
export const FIRST_INPUT_COLUMN = 6;

/** One criterion's state in a row: version at download (0: no value yet), writable, original values. */
export interface CellState {
  version: number;
  writable: boolean;
  original: FieldValues;
}

/** The hidden state of a row: the unit as shown, and each criterion's state in column order. */
export interface RowState {
  unitId: string;
  code: string;
  name: string;
  cells: CellState[];
}

/** Compact JSON of a row's state (one hidden cell per row; Excel holds 32,767 characters). */
export function encodeRowState(state: RowState): string {
  const text = JSON.stringify([
    state.unitId,
    state.code,
    state.name,
    state.cells.map((c) => [c.version, c.writable ? 1 : 0, c.original]),
  ]);
  if (text.length > 32_000) throw new Error('too many criteria for one row of a template');
  return text;
}

/** The state of a row, or null when the cell does not hold one of ours. */
export function decodeRowState(text: unknown): RowState | null {
  if (typeof text !== 'string') return null;
  try {
    const [unitId, code, name, cells] = JSON.parse(text) as [
      string,
      string,
      string,
      [number, number, FieldValues][],
    ];
    if (typeof unitId !== 'string' || !Array.isArray(cells)) return null;
    return {
      unitId,
      code,
      name,
      cells: cells.map(([version, writable, original]) => ({ version, writable: writable === 1, original })),
    };
  } catch {
    return null;
  }
}

/** Whether two field values are the same value (numbers by value, text by its normal form). */
export function sameValue(a: FieldValues[InputField], b: FieldValues[InputField]): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a.normalize('NFC') === b.normalize('NFC');
  return a === b;
}
