import {
  CALENDAR_NAMES,
  CALENDARS,
  type Calendar,
  UNIT_TYPE_NAMES,
  UNIT_TYPES,
  type UnitType,
} from '@thidua/vocabulary';
import type { CellError } from './cells';
import { cellText, foldName, type ListColumn, readListTemplate, writeListTemplate } from './list-sheet';
import { NO, readYesNo, YES } from './read-value';

// The units of a council as a list template ("Đơn vị"): one row per unit, the council's existing units
// downloaded with their values (code locked: it says which unit the row is) so a round trip is possible,
// blank rows below for new units. An upload is compared with each row's hidden state: a downloaded row
// whose cells differ is an update of those fields, a row without state is a new unit.

export const UNITS_SHEET = 'Đơn vị';
export const UNITS_MARKER = 'thidua:units-template@1';

/** The fields of a unit the template carries, in column order after STT. */
export const UNIT_FIELDS = [
  'code',
  'name',
  'type',
  'calendar',
  'schoolLevel',
  'parentBody',
  'active',
] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export interface UnitValues {
  code: string;
  name: string;
  type: UnitType;
  calendar: Calendar;
  schoolLevel: string | null;
  parentBody: string | null;
  active: boolean;
}

const COLUMNS: ListColumn[] = [
  { header: 'STT', width: 6 },
  { header: 'Mã đơn vị', width: 18, lockedOnExisting: true, text: true },
  { header: 'Tên đơn vị', width: 44 },
  { header: 'Loại đơn vị', width: 22, options: UNIT_TYPES.map((t) => UNIT_TYPE_NAMES[t]) },
  { header: 'Năm thi đua', width: 18, options: CALENDARS.map((c) => CALENDAR_NAMES[c]) },
  { header: 'Cấp học (trường học)', width: 14, text: true },
  { header: 'Cơ quan chủ quản', width: 36, text: true },
  { header: 'Đang hoạt động', width: 12, options: [YES, NO] },
];
const HEADERS = COLUMNS.map((c) => c.header);

export interface UnitsTemplateInput {
  creator: string;
  title: string;
  notes: string[];
  councilId: string;
  units: ({ id: string; version: number } & UnitValues)[];
}

/** The units template of a council, its units listed (by code), 200 blank rows for new ones. */
export function writeUnitsTemplate(input: UnitsTemplateInput): Promise<Buffer> {
  return writeListTemplate({
    creator: input.creator,
    marker: UNITS_MARKER,
    sheetName: UNITS_SHEET,
    title: input.title,
    notes: input.notes,
    columns: COLUMNS,
    rows: input.units.map((unit, i) => ({
      state: JSON.stringify([
        unit.id,
        unit.version,
        unit.code,
        unit.name,
        unit.type,
        unit.calendar,
        unit.schoolLevel,
        unit.active,
        unit.parentBody,
      ]),
      values: [
        i + 1,
        unit.code,
        unit.name,
        UNIT_TYPE_NAMES[unit.type],
        CALENDAR_NAMES[unit.calendar],
        unit.schoolLevel,
        unit.parentBody,
        unit.active ? YES : NO,
      ],
    })),
    blankRows: Math.max(200, input.units.length),
    meta: [['councilId', input.councilId]],
  });
}

/** One unit row of an upload. */
export interface UnitRowRead {
  row: number;
  /** The unit the row was downloaded for (its version and values then), or null for a new row. */
  existing: ({ id: string; version: number } & UnitValues) | null;
  /** The row's values (a new row's blank calendar and active are absent: the server's defaults). */
  values: Partial<UnitValues>;
  /** Each field's cell (`Đơn vị!C7`). */
  cells: Record<UnitField, string>;
}

export interface UnitsRead {
  councilId: string;
  rows: UnitRowRead[];
}

export type UnitsReadResult = { ok: true; units: UnitsRead } | { ok: false; errors: CellError[] };

const NOT_TEMPLATE =
  'tệp không phải mẫu danh sách đơn vị của thidua (hãy tải mẫu ở nút "Nhập từ Excel" của trang Đơn vị, điền rồi tải lên)';

const TYPE_BY_NAME = new Map<string, UnitType>(
  UNIT_TYPES.flatMap((t) => [
    [foldName(UNIT_TYPE_NAMES[t]), t],
    [foldName(t), t],
  ]),
);
const CALENDAR_BY_NAME = new Map<string, Calendar>(
  CALENDARS.flatMap((c) => [
    [foldName(CALENDAR_NAMES[c]), c],
    [foldName(c), c],
  ]),
);

function decodeState(text: string | null): UnitRowRead['existing'] {
  if (text === null) return null;
  try {
    const [id, version, code, name, type, calendar, schoolLevel, active, parentBody] = JSON.parse(
      text,
    ) as unknown[];
    if (typeof id !== 'string' || typeof version !== 'number' || typeof code !== 'string') return null;
    return {
      id,
      version,
      code,
      name: String(name),
      type: type as UnitType,
      calendar: calendar as Calendar,
      schoolLevel: typeof schoolLevel === 'string' ? schoolLevel : null,
      parentBody: typeof parentBody === 'string' ? parentBody : null,
      active: active === true,
    };
  } catch {
    return null;
  }
}

/**
 * Reads an uploaded units template: each row's values, named cell by cell when wrong (blank name or
 * code, a type or calendar not in the list, a code twice in the file, a downloaded row's locked code
 * altered). What only the server knows (codes of the council, lengths, the code's form) it checks.
 */
export async function readUnitsImport(bytes: Uint8Array): Promise<UnitsReadResult> {
  const read = await readListTemplate(bytes, UNITS_MARKER, UNITS_SHEET, HEADERS, NOT_TEMPLATE);
  if (!read.ok) return read;
  const { list } = read;
  const errors: CellError[] = [];
  const rows: UnitRowRead[] = [];
  const codes = new Map<string, number>();
  for (const line of list.rows) {
    const cells = Object.fromEntries(UNIT_FIELDS.map((f, i) => [f, list.at(line.row, i + 1)])) as Record<
      UnitField,
      string
    >;
    const existing = decodeState(line.state);
    const [, codeCell, nameCell, typeCell, calendarCell, levelCell, parentCell, activeCell] = line.values;
    const values: Partial<UnitValues> = {};
    const code = cellText(codeCell ?? null);
    if (existing && code !== existing.code) {
      errors.push({
        cell: cells.code,
        message: `ô được khoá đã bị sửa (mã đơn vị phải là "${existing.code}")`,
      });
    } else if (code === null) {
      errors.push({ cell: cells.code, message: 'chưa nhập mã đơn vị' });
    } else {
      values.code = code;
      const first = codes.get(code);
      if (first !== undefined) {
        errors.push({ cell: cells.code, message: `mã "${code}" trùng với hàng ${first} của tệp` });
      } else codes.set(code, line.row);
    }
    const name = cellText(nameCell ?? null);
    if (name === null) errors.push({ cell: cells.name, message: 'chưa nhập tên đơn vị' });
    else values.name = name;
    const typeText = cellText(typeCell ?? null);
    const type = typeText === null ? undefined : TYPE_BY_NAME.get(foldName(typeText));
    if (typeText === null) errors.push({ cell: cells.type, message: 'chưa chọn loại đơn vị' });
    else if (!type) {
      errors.push({
        cell: cells.type,
        message: `"${typeText}" không phải loại đơn vị; chọn một trong: ${UNIT_TYPES.map((t) => UNIT_TYPE_NAMES[t]).join(', ')}`,
      });
    } else values.type = type;
    const calendarText = cellText(calendarCell ?? null);
    if (calendarText !== null) {
      const calendar = CALENDAR_BY_NAME.get(foldName(calendarText));
      if (!calendar) {
        errors.push({
          cell: cells.calendar,
          message: `"${calendarText}" không hợp lệ; chọn "${CALENDAR_NAMES.calendarYear}" hoặc "${CALENDAR_NAMES.schoolYear}"`,
        });
      } else values.calendar = calendar;
    } else if (existing) errors.push({ cell: cells.calendar, message: 'chưa chọn năm thi đua' });
    values.schoolLevel = cellText(levelCell ?? null);
    values.parentBody = cellText(parentCell ?? null);
    if (activeCell !== null && activeCell !== undefined) {
      const active = readYesNo(activeCell);
      if (active.ok) values.active = active.value;
      else errors.push({ cell: cells.active, message: active.message });
    } else if (existing) values.active = existing.active;
    rows.push({ row: line.row, existing, values, cells });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, units: { councilId: list.meta.get('councilId') ?? '', rows } };
}
