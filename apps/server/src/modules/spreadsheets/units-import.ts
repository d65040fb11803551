import { type Database, type Transaction, type Unit, units } from '@thidua/db';
import {
  type CellError,
  readUnitsImport,
  UNIT_FIELDS,
  type UnitField,
  type UnitRowRead,
  type UnitValues,
  writeUnitsTemplate,
} from '@thidua/spreadsheets';
import { CALENDAR_NAMES, UNIT_TYPE_NAMES } from '@thidua/vocabulary';
import { asc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../http/errors';
import { zodFieldErrors } from '../../http/validation';
import { vietnamDateTime } from '../audit/csv';
import { unitBody, unitPatch } from '@thidua/contracts/organisation';
import { createUnit, updateUnit } from '../organisation/unit-service';
import type { PreparedSpreadsheet } from './deliver';
import { exportHeader } from './export-header';
import { fieldErrorsToCells, fileErrors } from './import-errors';
import type { Upload } from './score-import';
import type { UnitsImportView } from './schema';
import { onSnapshot } from '../scoring-shared/snapshot';

const FIELD_NAMES: Record<UnitField, string> = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  type: 'Loại đơn vị',
  calendar: 'Năm thi đua',
  schoolLevel: 'Cấp học',
  parentBody: 'Cơ quan chủ quản',
  active: 'Đang hoạt động',
};

function shown(field: UnitField, value: UnitValues[UnitField] | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (field === 'type') return UNIT_TYPE_NAMES[value as UnitValues['type']];
  if (field === 'calendar') return CALENDAR_NAMES[value as UnitValues['calendar']];
  if (field === 'active') return value ? 'Có' : 'Không';
  return String(value);
}

/** The council's units (by code) as a template whose upload creates and edits them. */
export async function prepareUnitsTemplate(db: Database, councilId: string): Promise<PreparedSpreadsheet> {
  return onSnapshot(db, async (tx) => {
    const rows = await tx.select().from(units).where(eq(units.councilId, councilId)).orderBy(asc(units.code));
    const header = await exportHeader(tx, councilId);
    const bytes = await writeUnitsTemplate({
      creator: header.creator,
      title: 'Danh sách đơn vị',
      notes: [
        `${header.issuer}. Mẫu tải về lúc ${vietnamDateTime(new Date())}; có ${rows.length} đơn vị.`,
        'Sửa ở các ô màu vàng; thêm đơn vị mới vào các hàng trống bên dưới. Không xóa hàng; mã đơn vị đã có không sửa được.',
      ],
      councilId,
      units: rows,
    });
    return {
      kind: 'unitsTemplate' as const,
      bytes,
      fileName: 'Mẫu danh sách đơn vị',
      councilId,
      entityId: councilId,
      source: { units: rows.length },
    };
  });
}

interface Planned {
  row: UnitRowRead;
  before: Unit | null;
  changes: Partial<UnitValues>;
}

/**
 * Reads an uploaded units template and says (preview) or saves (commit) what it changes, all or nothing,
 * in one transaction. A downloaded row whose cells differ from the download is an update of exactly
 * those fields, at the version of the download: a unit saved on the server since is a conflict (the
 * preview lists it, the commit answers 409 and saves nothing). A row without state is a new unit; its
 * code may be neither in the file twice nor already the council's. Each row is checked with the unit
 * API's own schema; its errors name the cell. One audit event per unit, one batch.
 */
export async function importUnits(
  db: Database,
  actor: Actor,
  councilId: string,
  upload: Upload,
  commit: boolean,
): Promise<UnitsImportView> {
  const parsed = await readUnitsImport(upload.bytes);
  if (!parsed.ok) throw fileErrors(parsed.errors);
  if (parsed.units.councilId !== councilId) {
    throw fileErrors([
      { cell: 'Tệp', message: 'mẫu này của một Hội đồng khác: hãy tải mẫu của Hội đồng này' },
    ]);
  }
  return db.transaction(async (tx) => {
    const current = await tx.select().from(units).where(eq(units.councilId, councilId)).for('update');
    const byId = new Map(current.map((u) => [u.id, u] as const));
    const byCode = new Map(current.map((u) => [u.code, u] as const));
    const errors: CellError[] = [];
    const planned: Planned[] = [];
    const view: UnitsImportView = { changes: [], conflicts: [], unchanged: 0, batchId: null };
    for (const row of parsed.units.rows) {
      const cellOf = (path: string) => row.cells[path.replace(/^body\./, '').split(/[.[]/)[0] as UnitField];
      if (row.existing) {
        const before = byId.get(row.existing.id);
        if (!before) {
          errors.push({
            cell: row.cells.code,
            message: `đơn vị "${row.existing.code}" không còn trong Hội đồng`,
          });
          continue;
        }
        const original = row.existing;
        const changes: Partial<UnitValues> = {};
        for (const field of UNIT_FIELDS) {
          const value = row.values[field];
          if (value !== undefined && value !== original[field]) Object.assign(changes, { [field]: value });
        }
        if (Object.keys(changes).length === 0) {
          view.unchanged++;
          continue;
        }
        const checked = unitPatch.safeParse({ ...changes, version: before.version });
        if (!checked.success) {
          errors.push(...fieldErrorsToCells(zodFieldErrors(checked.error, changes, 'body'), cellOf));
          continue;
        }
        const cells = Object.keys(changes).map((f) => row.cells[f as UnitField]);
        if (before.version !== original.version) {
          view.conflicts.push({
            row: row.row,
            code: original.code,
            name: original.name,
            cells,
            message:
              `${cells[0]}: ${original.name} đã được sửa trên hệ thống sau khi bạn tải mẫu ` +
              `(hiện là "${before.name}", ${UNIT_TYPE_NAMES[before.type]}); không ghi đè`,
          });
          continue;
        }
        planned.push({ row, before, changes });
      } else {
        const code = row.values.code!;
        const taken = byCode.get(code);
        if (taken) {
          errors.push({
            cell: row.cells.code,
            message: `mã "${code}" đã có trong Hội đồng (${taken.name}); để sửa đơn vị này hãy tải mẫu mới có sẵn danh sách đơn vị`,
          });
          continue;
        }
        const checked = unitBody.safeParse(row.values);
        if (!checked.success) {
          errors.push(...fieldErrorsToCells(zodFieldErrors(checked.error, row.values, 'body'), cellOf));
          continue;
        }
        if (row.values.active === false) {
          errors.push({
            cell: row.cells.active,
            message: 'đơn vị mới phải đang hoạt động (để trống hoặc chọn "Có")',
          });
          continue;
        }
        planned.push({ row, before: null, changes: row.values });
      }
    }
    if (errors.length > 0) throw fileErrors(errors);
    for (const { row, before, changes } of planned) {
      const fields = (Object.keys(changes) as UnitField[]).filter(
        (f) => before || (changes[f] !== undefined && changes[f] !== null),
      );
      view.changes.push({
        row: row.row,
        action: before ? 'update' : 'create',
        unitId: before?.id ?? null,
        code: before?.code ?? changes.code!,
        name: changes.name ?? before!.name,
        cells: fields.map((f) => row.cells[f]),
        fields: fields.map((f) => ({
          field: FIELD_NAMES[f],
          old: before ? shown(f, before[f]) : null,
          new: shown(f, changes[f]) ?? '',
        })),
      });
    }
    if (!commit) return view;
    if (view.conflicts.length > 0) {
      throw new AppError(
        'STALE',
        `${view.conflicts.length} đơn vị đã được sửa trên hệ thống sau khi bạn tải mẫu; chưa đơn vị nào được lưu. Hãy tải mẫu mới, sửa lại rồi tải lên`,
        view.conflicts.map((c) => ({ path: 'body.file', message: c.message })),
      );
    }
    if (planned.length === 0) return view;
    view.batchId = await saveUnits(tx, actor, councilId, planned, upload.fileName);
    return view;
  });
}

async function saveUnits(
  tx: Transaction,
  actor: Actor,
  councilId: string,
  planned: Planned[],
  fileName: string,
): Promise<string> {
  const audit = { batchId: randomUUID(), reason: `Nhập từ tệp Excel "${fileName}"` };
  for (const { before, changes } of planned) {
    if (before) await updateUnit(tx, actor, before, before.version, changes, audit);
    else await createUnit(tx, actor, councilId, unitBody.parse(changes), audit);
  }
  return audit.batchId;
}
