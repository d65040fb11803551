import { type CellError, cellRef } from './cells';
import { readSheets, type SheetValues, valueAt } from './read-workbook';
import { type CellInput, type Parsed, readCode, readNumber, readYesNo } from './read-value';
import {
  type CellState,
  CODE_ROW,
  decodeRowState,
  type FieldValues,
  FIRST_DATA_ROW,
  INPUT_FIELDS,
  type InputField,
  SCORE_SHEET,
  sameValue,
  STATE_COLUMN,
  TEMPLATE_MARKER,
  UNIT_CODE_COLUMN,
  UNIT_NAME_COLUMN,
} from './score-layout';

/** One criterion of one unit as uploaded: its values now, its state at download, and where it is. */
export interface ImportedCell {
  unitId: string;
  criterionCode: string;
  /** Version of the layer's value at download (0: there was none). */
  version: number;
  original: FieldValues;
  values: FieldValues;
  /** Each field's cell (`Bảng điểm!F7`), for messages. */
  cells: Partial<Record<InputField, string>>;
  /** Some field differs from the value at download. */
  edited: boolean;
  /** The row as the template showed it (a unit's name for messages). */
  unitName: string;
}

export interface ScoreImport {
  clusterId: string;
  criteriaVersionId: string;
  layer: string;
  /** The units of the rows, in the file's order. */
  units: { id: string; code: string; name: string; row: number }[];
  /** The writable cells of every row (edited or not). */
  cells: ImportedCell[];
  /** Every problem found, each naming its cell; an import with any is refused as a whole. */
  errors: CellError[];
}

export type ScoreImportResult = { ok: true; import: ScoreImport } | { ok: false; errors: CellError[] };

const NOT_TEMPLATE =
  'tệp không phải mẫu nhập điểm của thidua (hãy tải mẫu "Nhập từ Excel" của bảng điểm, điền rồi tải lên)';

/**
 * Reads an uploaded score template: finds our hidden sheet (by its marker, so a sheet renamed or
 * reordered by another spreadsheet program still reads), then every row of the score sheet against its
 * hidden state. Checked here: numbers are numbers, yes/no are yes/no, locked cells (codes, names,
 * criteria headers, cells not open to the actor) were not altered, no row was added. What only the
 * server knows (the rules of each criterion, who may write, what changed since) it checks itself.
 */
export async function readScoreImport(bytes: Uint8Array): Promise<ScoreImportResult> {
  const sheets = await readSheets(bytes);
  if (!sheets) return fail('Tệp', 'không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)');
  const meta = sheets.find((s) => valueAt(s, 1, 1) === TEMPLATE_MARKER);
  if (!meta) return fail('Tệp', NOT_TEMPLATE);
  const data = sheets.find((s) => s !== meta && hasCodeHeader(s)) ?? sheets.find((s) => s !== meta);
  if (!data) return fail('Tệp', NOT_TEMPLATE);
  const sheetName = data.name.startsWith('Sheet') ? SCORE_SHEET : data.name;
  const setting = (key: string) => {
    for (let r = 2; r <= 5; r++) if (valueAt(meta, r, 1) === key) return String(valueAt(meta, r, 2) ?? '');
    return '';
  };
  const columnCount = Number(setting('columns'));
  const columns: { column: number; code: string; field: InputField }[] = [];
  for (let r = 6; r < 6 + columnCount; r++) {
    const field = String(valueAt(meta, r, 3)) as InputField;
    if (!INPUT_FIELDS.includes(field)) return fail('Tệp', NOT_TEMPLATE);
    columns.push({ column: Number(valueAt(meta, r, 1)), code: String(valueAt(meta, r, 2)), field });
  }
  const errors: CellError[] = [];
  const at = (row: number, column: number) => cellRef(sheetName, row, column);
  // Criteria headers are locked: a changed code would silently move values to another criterion.
  for (const { column, code } of columns) {
    const shown = valueAt(data, CODE_ROW, column);
    if (shown !== null && String(shown) !== code) {
      errors.push({
        cell: at(CODE_ROW, column),
        message: `ô được khoá đã bị sửa (mã tiêu chí phải là ${code})`,
      });
    }
  }
  const criteria = groupColumns(columns);
  const units: ScoreImport['units'] = [];
  const cells: ImportedCell[] = [];
  const lastRow = Math.max(FIRST_DATA_ROW - 1, ...data.rows.keys());
  for (let row = FIRST_DATA_ROW; row <= lastRow; row++) {
    const state = decodeRowState(valueAt(data, row, STATE_COLUMN));
    if (!state) {
      const typed = (data.rows.get(row) ?? []).findIndex(
        (v, c) => c > STATE_COLUMN && v !== null && v !== undefined,
      );
      if (typed > 0)
        errors.push({
          cell: at(row, typed),
          message: 'hàng này không có trong mẫu đã tải về (không thêm hàng vào mẫu)',
        });
      continue;
    }
    units.push({ id: state.unitId, code: state.code, name: state.name, row });
    for (const [column, expected] of [
      [UNIT_CODE_COLUMN, state.code],
      [UNIT_NAME_COLUMN, state.name],
    ] as const) {
      const shown = valueAt(data, row, column);
      if (String(shown ?? '') !== expected) {
        errors.push({ cell: at(row, column), message: `ô được khoá đã bị sửa (phải là "${expected}")` });
      }
    }
    criteria.forEach((criterion, index) => {
      const cellState: CellState | undefined = state.cells[index];
      if (!cellState) return;
      const values: FieldValues = {};
      const where: ImportedCell['cells'] = {};
      let edited = false;
      for (const { column, field } of criterion.fields) {
        where[field] = at(row, column);
        const parsed = readField(field, valueAt(data, row, column));
        if (!parsed.ok) {
          errors.push({ cell: at(row, column), message: parsed.message });
          continue;
        }
        if (parsed.value !== undefined) values[field] = parsed.value;
        if (!sameValue(parsed.value, cellState.original[field])) edited = true;
      }
      if (!cellState.writable) {
        if (edited) {
          const first = criterion.fields[0]!.column;
          errors.push({
            cell: at(row, first),
            message: `ô được khoá: bạn không chấm tiêu chí ${criterion.code} của ${state.name}`,
          });
        }
        return;
      }
      cells.push({
        unitId: state.unitId,
        criterionCode: criterion.code,
        version: cellState.version,
        original: cellState.original,
        values,
        cells: where,
        edited,
        unitName: state.name,
      });
    });
  }
  const result: ScoreImport = {
    clusterId: setting('clusterId'),
    criteriaVersionId: setting('criteriaVersionId'),
    layer: setting('layer'),
    units,
    cells,
    errors,
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, import: result };
}

function fail(cell: string, message: string): ScoreImportResult {
  return { ok: false, errors: [{ cell, message }] };
}

function hasCodeHeader(sheet: SheetValues): boolean {
  return valueAt(sheet, CODE_ROW, UNIT_CODE_COLUMN - 1) === 'STT';
}

/** Columns grouped by criterion, in order (a quantitative criterion has two). */
function groupColumns(columns: { column: number; code: string; field: InputField }[]) {
  const out: { code: string; fields: { column: number; field: InputField }[] }[] = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && last.code === c.code) last.fields.push(c);
    else out.push({ code: c.code, fields: [c] });
  }
  return out;
}

/** An empty cell is no value (undefined); otherwise the field's reading of the cell. */
function readField(field: InputField, input: CellInput): Parsed<number | string | boolean | undefined> {
  if (input === null) return { ok: true, value: undefined };
  switch (field) {
    case 'plan':
    case 'actual':
    case 'points':
    case 'value':
      return readNumber(input);
    case 'rating':
      return readCode(input);
    case 'done':
      return readYesNo(input);
  }
}
