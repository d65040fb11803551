import {
  type BonusItem,
  type CriterionInput,
  dec,
  type DeductionItem,
  type Group,
  type Ruleset,
  validateRuleset,
  type ValidationError,
} from '@thidua/engine';
import { type CellError, cellRef } from './cells';
import {
  CRITERIA_COLUMNS,
  type CriteriaColumn,
  MAX_TOTAL_LABEL,
  NAME_LABEL,
  ROMAN_CODE,
  ROMAN_HEADING,
  ROW_KIND_LABELS,
  rowKindOf,
  type RowKind,
  wordingKey,
} from './criteria-layout';
import type { RowDetails } from './criteria-sheet';
import { type CellInput, readCode, readNumber } from './read-value';
import { readSheets, type SheetValues, valueAt } from './read-workbook';

export interface CriteriaImportOptions {
  /** The draft the file lands in: what the sheet does not carry (awards, exclusions, …) is kept from it. */
  base: Ruleset;
  /**
   * The checks the ruleset must pass, every error's path under `ruleset` (default: the engine's
   * validation; the server adds the framework's rules).
   */
  check?: (ruleset: Ruleset) => readonly ValidationError[];
}

export type CriteriaImportResult =
  { ok: true; ruleset: Ruleset; sheet: string; rows: number } | { ok: false; errors: CellError[] };

/** Points keep at most two decimals (as the criteria editor). */
const POINT_DECIMALS = 2;
/** Rows searched for the table's header. */
const HEADER_SEARCH_ROWS = 40;
const BASE_PATH = 'ruleset';

/** Header words → column, first rule that matches a header cell wins. */
const HEADER_RULES: readonly [CriteriaColumn, (key: string) => boolean][] = [
  ['details', (k) => k.startsWith('chi tiết')],
  ['kind', (k) => /^(cách|phương pháp|phương thức|hình thức) chấm/.test(k) || k === 'loại tiêu chí'],
  ['options', (k) => k.includes('mức xếp loại') || k.startsWith('các mức')],
  ['description', (k) => k.startsWith('hướng dẫn') || k.startsWith('ghi chú') || k.startsWith('cách tính')],
  ['points', (k) => /^(điểm chuẩn|điểm tối đa|thang điểm|số điểm|điểm)( |$)/.test(k)],
  ['code', (k) => /^(stt|số tt|tt|mã|số thứ tự)( |$)/.test(k)],
  ['name', (k) => k.startsWith('nội dung') || k.startsWith('tiêu chí') || k.startsWith('tên tiêu chí')],
];
const REQUIRED: readonly CriteriaColumn[] = ['code', 'name', 'points', 'kind'];

interface Table {
  sheet: SheetValues;
  headerRow: number;
  columns: Partial<Record<CriteriaColumn, number>>;
}

/** The sheet and row whose cells name the columns (by their words, so an office's own file reads too). */
function findTable(
  sheets: readonly SheetValues[],
): Table | { missing: CriteriaColumn[]; sheet: string } | null {
  let best: { missing: CriteriaColumn[]; sheet: string } | null = null;
  const ordered = [...sheets].sort((a, b) => Number(b.name === 'Tiêu chí') - Number(a.name === 'Tiêu chí'));
  for (const sheet of ordered) {
    for (const [number, cells] of [...sheet.rows].sort((a, b) => a[0] - b[0])) {
      if (number > HEADER_SEARCH_ROWS) break;
      const columns: Partial<Record<CriteriaColumn, number>> = {};
      cells.forEach((cell, c) => {
        if (typeof cell !== 'string') return;
        const key = wordingKey(cell);
        const rule = HEADER_RULES.find(([column, test]) => columns[column] === undefined && test(key));
        if (rule) columns[rule[0]] = c;
      });
      const found = REQUIRED.filter((c) => columns[c] !== undefined);
      if (found.length === REQUIRED.length) return { sheet, headerRow: number, columns };
      if (found.length >= 2 && found.includes('name')) {
        const missing = REQUIRED.filter((c) => columns[c] === undefined);
        if (!best || missing.length < best.missing.length) best = { missing, sheet: sheet.name };
      }
    }
  }
  return best;
}

function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

function text(input: CellInput): string | undefined {
  if (input === null) return undefined;
  if (typeof input === 'string') return input.normalize('NFC').trim() || undefined;
  if (typeof input === 'number') return String(input);
  if (typeof input === 'boolean') return input ? 'TRUE' : 'FALSE';
  return undefined;
}

/** Where each part of the built ruleset came from: JSON path → sheet row. */
type Origins = Map<string, number>;

/**
 * Reads a criteria framework in the office layout (STT/mã, nội dung, điểm chuẩn, cách chấm, nhóm by
 * roman-numeral headings) into a ruleset, and runs the engine's validation on it. Every problem names
 * its cell (`Tiêu chí!C14: điểm chuẩn phải lớn hơn 0`); the engine's errors are mapped back from their
 * JSON path to the row and column they came from. Any error refuses the whole file.
 */
export async function readCriteriaImport(
  bytes: Uint8Array,
  options: CriteriaImportOptions,
): Promise<CriteriaImportResult> {
  const sheets = await readSheets(bytes, { whole: true });
  if (!sheets) return refuse('Tệp', 'không phải tệp Excel (.xlsx) đọc được');
  const table = findTable(sheets);
  if (!table) {
    return refuse(
      sheets[0]?.name ?? 'Tệp',
      `không tìm thấy bảng tiêu chí: cần một hàng tiêu đề có các cột ${REQUIRED.map(
        (c) => `"${CRITERIA_COLUMNS[c].header}"`,
      ).join(', ')}`,
    );
  }
  if (!('headerRow' in table)) {
    return refuse(
      table.sheet,
      `bảng tiêu chí thiếu cột ${table.missing.map((c) => `"${CRITERIA_COLUMNS[c].header}"`).join(', ')}`,
    );
  }
  return new CriteriaReader(table, options).read();
}

function refuse(cell: string, message: string): CriteriaImportResult {
  return { ok: false, errors: [{ cell, message }] };
}

class CriteriaReader {
  private readonly errors: CellError[] = [];
  private readonly origins: Origins = new Map();
  private readonly groups: Group[] = [];
  private readonly bonusItems: BonusItem[] = [];
  private readonly deductionItems: DeductionItem[] = [];
  /** Groups whose maximum the sheet leaves blank: the sum of their criteria. */
  private readonly openMaxima = new Set<Group>();
  /** Containers whose kind cell was blank (a leaf without "cách chấm" is reported as such). */
  private readonly inferred = new Map<CriterionInput, number>();
  private nameRow: number | undefined;
  private maxTotalRow: number | undefined;
  private rows = 0;

  constructor(
    private readonly table: Table,
    private readonly options: CriteriaImportOptions,
  ) {}

  private get sheetName(): string {
    return this.table.sheet.name;
  }

  private cell(row: number, column: CriteriaColumn): string {
    // A column the office's file lacks (options, details): its "cách chấm" cell says what is wrong.
    const { columns } = this.table;
    return cellRef(this.sheetName, row, columns[column] ?? columns.kind ?? 1);
  }

  private value(row: number, column: CriteriaColumn): CellInput {
    const c = this.table.columns[column];
    return c === undefined ? null : valueAt(this.table.sheet, row, c);
  }

  private fail(row: number, column: CriteriaColumn, message: string): void {
    this.errors.push({ cell: this.cell(row, column), message });
  }

  read(): CriteriaImportResult {
    const { sheet, headerRow } = this.table;
    const numbers = [...sheet.rows.keys()].sort((a, b) => a - b);
    let name = this.options.base.name;
    let maxTotal = this.options.base.maxTotal;
    for (const r of numbers) {
      if (r >= headerRow) break;
      const label = text(valueAt(sheet, r, 1));
      if (label === undefined) continue;
      const key = wordingKey(label);
      if (key === wordingKey(NAME_LABEL)) {
        this.nameRow = r;
        name = text(valueAt(sheet, r, 2)) ?? '';
      } else if (key === wordingKey(MAX_TOTAL_LABEL)) {
        this.maxTotalRow = r;
        const input = valueAt(sheet, r, 2);
        const parsed = input === null ? null : this.points(input, r, 'points', 'tổng điểm tối đa', false);
        maxTotal = parsed === undefined ? maxTotal : parsed;
      }
    }
    let stack: CriterionInput[] = [];
    for (const r of numbers) {
      if (r <= headerRow) continue;
      const line = this.line(r);
      if (line === null) continue;
      this.rows++;
      stack = this.place(line, r, stack);
    }
    for (const [container, r] of this.inferred) {
      if ((container.children ?? []).length === 0) {
        this.fail(r, 'kind', `chưa chọn cách chấm (${Object.values(ROW_KIND_LABELS).join(', ')})`);
      }
    }
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    for (const group of this.openMaxima) {
      group.maxPoints = Number(
        group.criteria.reduce((total, c) => total.plus(dec(c.points)), dec(0)).toString(),
      );
    }
    const ruleset = this.assemble(name, maxTotal);
    const check = this.options.check ?? ((r: Ruleset) => validateRuleset(r, BASE_PATH).errors);
    const problems = check(ruleset).map((e) => this.locate(e));
    if (problems.length > 0) return { ok: false, errors: problems };
    return { ok: true, ruleset, sheet: this.sheetName, rows: this.rows };
  }

  private assemble(name: string, maxTotal: number | null): Ruleset {
    const { base } = this.options;
    const ruleset: Ruleset = { ...base, name, maxTotal, groups: this.groups };
    delete ruleset.bonusItems;
    delete ruleset.deductionItems;
    if (this.bonusItems.length > 0 || base.bonusItems !== undefined) ruleset.bonusItems = this.bonusItems;
    if (this.deductionItems.length > 0 || base.deductionItems !== undefined) {
      ruleset.deductionItems = this.deductionItems;
    }
    return ruleset;
  }

  /** One data row read; null for a blank row or a note (text alone in a row without code or points). */
  private line(r: number): Line | null {
    const rawCode = text(this.value(r, 'code'));
    let name = text(this.value(r, 'name'));
    const pointsInput = this.value(r, 'points');
    const kindText = text(this.value(r, 'kind'));
    const optionsText = text(this.value(r, 'options'));
    const description = text(this.value(r, 'description'));
    const detailsText = text(this.value(r, 'details'));
    if (!rawCode && !name && pointsInput === null && !kindText && !optionsText && !description) return null;
    let code = rawCode?.replace(/\.$/, '');
    let kind: RowKind | undefined;
    if (kindText) {
      kind = rowKindOf(kindText);
      if (!kind) {
        this.fail(
          r,
          'kind',
          `cách chấm "${kindText}" không có trong danh sách (${Object.values(ROW_KIND_LABELS).join(', ')})`,
        );
        return null;
      }
    } else if (code !== undefined && ROMAN_CODE.test(code)) {
      kind = 'group';
    } else if (code === undefined && name !== undefined && ROMAN_HEADING.test(name)) {
      const match = ROMAN_HEADING.exec(name)!;
      kind = 'group';
      code = match[1];
      name = match[2]!.trim();
    } else if (code === undefined && pointsInput === null) {
      return null; // a note or a section label ("Điểm thưởng, điểm trừ")
    } else {
      kind = 'container';
    }
    if (code === undefined) this.fail(r, 'code', 'chưa nhập mã (STT/mã)');
    if (name === undefined) this.fail(r, 'name', 'chưa nhập nội dung');
    const criterion = kind !== 'group' && kind !== 'bonus' && kind !== 'deduction';
    const label =
      kind === 'group' ? 'điểm tối đa của nhóm' : kind === 'deduction' ? 'điểm trừ mỗi lần' : 'điểm chuẩn';
    let points: number | null | undefined;
    if (pointsInput === null) {
      if (kind !== 'group' && kind !== 'deduction') this.fail(r, 'points', `chưa nhập ${label}`);
    } else {
      points = this.points(pointsInput, r, 'points', label, criterion);
    }
    if (optionsText !== undefined && kind !== 'rating') {
      this.fail(r, 'options', 'chỉ tiêu chí có cách chấm "Xếp loại" mới có các mức xếp loại');
    }
    const options =
      kind === 'rating' && optionsText !== undefined ? this.options_(optionsText, r) : undefined;
    const details = detailsText === undefined ? {} : this.details(detailsText, r);
    return {
      code: code ?? '',
      name: name ?? '',
      kind,
      points: points ?? undefined,
      wasBlankKind: !kindText && kind === 'container',
      ...(options ? { options } : {}),
      ...(description !== undefined ? { description } : {}),
      details,
    };
  }

  /** A number of points: not negative, at most two decimals; a criterion's above 0. */
  private points(
    input: CellInput,
    r: number,
    column: CriteriaColumn,
    label: string,
    positive: boolean,
  ): number | undefined {
    const parsed = readNumber(input);
    if (!parsed.ok) {
      this.errors.push({ cell: this.cellAt(r, column), message: `${label}: ${parsed.message}` });
      return undefined;
    }
    const fail = (message: string) => {
      this.errors.push({ cell: this.cellAt(r, column), message });
      return undefined;
    };
    if (parsed.value < 0) return fail(`${label} không được âm (${String(parsed.value).replace('.', ',')})`);
    if (positive && parsed.value === 0) return fail(`${label} phải lớn hơn 0`);
    if (decimalsOf(parsed.value) > POINT_DECIMALS) {
      return fail(`${label} có nhiều nhất ${POINT_DECIMALS} chữ số thập phân`);
    }
    return parsed.value;
  }

  /** The cell of a column, or column B of the rows above the table (name, maximum total). */
  private cellAt(r: number, column: CriteriaColumn): string {
    return r === this.nameRow || r === this.maxTotalRow
      ? cellRef(this.sheetName, r, 2)
      : this.cell(r, column);
  }

  /** "Tốt: 10; Khá: 8" → { Tốt: 10, Khá: 8 }. */
  private options_(value: string, r: number): Record<string, number> | undefined {
    const out: Record<string, number> = {};
    for (const part of value.split(/[;\n]/)) {
      if (part.trim() === '') continue;
      const at = Math.max(part.lastIndexOf(':'), part.lastIndexOf('='));
      const option =
        at < 0 ? '' : readCode(part.slice(0, at)).ok ? part.slice(0, at).normalize('NFC').trim() : '';
      if (option === '') {
        this.fail(r, 'options', `"${part.trim()}" không đúng dạng "tên mức: điểm" (ví dụ "Tốt: 10; Khá: 8")`);
        return undefined;
      }
      if (option in out) {
        this.fail(r, 'options', `mức xếp loại "${option}" bị trùng`);
        return undefined;
      }
      const points = this.points(part.slice(at + 1).trim(), r, 'options', `điểm của mức "${option}"`, false);
      if (points === undefined) return undefined;
      out[option] = points;
    }
    return out;
  }

  private details(value: string, r: number): RowDetails {
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
    } catch {
      // reported below
    }
    this.fail(r, 'details', 'cột ẩn "Chi tiết" bị sửa hỏng: hãy xóa nội dung ô này hoặc xuất lại tệp');
    return {};
  }

  /** Adds a read row to the ruleset; the stack is the chain of containers the next row may nest in. */
  private place(line: Line, r: number, stack: CriterionInput[]): CriterionInput[] {
    const { details } = line;
    if (line.kind === 'group') {
      const group: Group = { code: line.code, name: line.name, maxPoints: line.points ?? 0, criteria: [] };
      if (line.points === undefined) this.openMaxima.add(group);
      if ('overPlanBonusCap' in details) group.overPlanBonusCap = details.overPlanBonusCap ?? null;
      this.origins.set(`${BASE_PATH}.groups[${this.groups.length}]`, r);
      this.groups.push(group);
      return [];
    }
    if (line.kind === 'bonus') {
      this.origins.set(`${BASE_PATH}.bonusItems[${this.bonusItems.length}]`, r);
      this.bonusItems.push({ code: line.code, name: line.name, max: line.points ?? 0 });
      return stack;
    }
    if (line.kind === 'deduction') {
      const item: DeductionItem = { code: line.code, name: line.name };
      if (line.points !== undefined) item.pointsEach = line.points;
      if (details.tiers !== undefined) item.tiers = details.tiers;
      if (details.cap !== undefined) item.cap = details.cap;
      this.origins.set(`${BASE_PATH}.deductionItems[${this.deductionItems.length}]`, r);
      this.deductionItems.push(item);
      return stack;
    }
    const groupIndex = this.groups.length - 1;
    const group = this.groups[groupIndex];
    if (!group) {
      this.fail(r, 'code', 'tiêu chí đứng trước mọi nhóm: thêm hàng nhóm (I, II, …) phía trên');
      return stack;
    }
    const criterion: CriterionInput = { code: line.code, name: line.name, points: line.points ?? 0 };
    if (line.description !== undefined) criterion.description = line.description;
    if (line.kind === 'container') {
      criterion.children = [];
      if (line.wasBlankKind) this.inferred.set(criterion, r);
    } else {
      criterion.kind = line.kind;
      if (details.unit !== undefined) criterion.unit = details.unit;
      if (line.kind === 'quantitative') {
        if (details.direction !== undefined) criterion.direction = details.direction;
        if (details.overPlanBonus !== undefined) criterion.overPlanBonus = details.overPlanBonus;
      }
      if (line.kind === 'bands' && details.bands !== undefined) criterion.bands = details.bands;
      if (line.options !== undefined) criterion.options = line.options;
    }
    // The parent: the container the hidden detail names, else the nearest whose code prefixes this one.
    let chain = stack;
    const named = details.parent === undefined ? -1 : chain.findIndex((c) => c.code === details.parent);
    if (named >= 0) chain = chain.slice(0, named + 1);
    else {
      while (chain.length > 0 && !line.code.startsWith(`${chain[chain.length - 1]!.code}.`)) {
        chain = chain.slice(0, -1);
      }
    }
    const parent = chain[chain.length - 1];
    const siblings = parent ? parent.children! : group.criteria;
    const parentPath = parent ? this.pathOf.get(parent)! : `${BASE_PATH}.groups[${groupIndex}]`;
    const path = `${parentPath}.${parent ? 'children' : 'criteria'}[${siblings.length}]`;
    siblings.push(criterion);
    this.pathOf.set(criterion, path);
    this.origins.set(path, r);
    return criterion.children ? [...chain, criterion] : chain;
  }

  private readonly pathOf = new Map<CriterionInput, string>();

  /** An engine error at its cell: the row its path came from, the column of its field. */
  private locate(error: ValidationError): CellError {
    const message = error.message.replace(/ruleset(?:\.[A-Za-z_]\w*|\[\d+\]|\["[^"]*"\])+/g, (p) =>
      this.where(p),
    );
    return { cell: this.where(error.path), message };
  }

  private where(path: string): string {
    if (path === `${BASE_PATH}.name` && this.nameRow) return cellRef(this.sheetName, this.nameRow, 2);
    if (path === `${BASE_PATH}.maxTotal` && this.maxTotalRow)
      return cellRef(this.sheetName, this.maxTotalRow, 2);
    let best: string | undefined;
    for (const known of this.origins.keys()) {
      if (
        (path === known || path.startsWith(`${known}.`) || path.startsWith(`${known}[`)) &&
        (best === undefined || known.length > best.length)
      ) {
        best = known;
      }
    }
    if (best === undefined) return this.sheetName;
    const field = /^[.[]"?([A-Za-z]+)/.exec(path.slice(best.length))?.[1];
    return this.cell(this.origins.get(best)!, FIELD_COLUMNS[field ?? ''] ?? 'code');
  }
}

/** The column a field of the ruleset is read from. */
const FIELD_COLUMNS: Record<string, CriteriaColumn> = {
  code: 'code',
  name: 'name',
  points: 'points',
  maxPoints: 'points',
  max: 'points',
  pointsEach: 'points',
  criteria: 'points',
  kind: 'kind',
  children: 'kind',
  options: 'options',
  description: 'description',
  bands: 'details',
  direction: 'details',
  overPlanBonus: 'details',
  overPlanBonusCap: 'details',
  unit: 'details',
  tiers: 'details',
  cap: 'details',
};

interface Line {
  code: string;
  name: string;
  kind: RowKind;
  points: number | undefined;
  wasBlankKind: boolean;
  options?: Record<string, number>;
  description?: string;
  details: RowDetails;
}
