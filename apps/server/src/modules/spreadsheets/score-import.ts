import { type Database, type Entry, entries, type Transaction } from '@thidua/db';
import {
  type CellError,
  type FieldValues,
  type ImportedCell,
  readScoreImport,
  type ScoreImport,
} from '@thidua/spreadsheets';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { type AuditEvent, recordAuditEvents } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { AppError, type FieldError, forbidden } from '../../http/errors';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { loadScoringContext, ownerOf, type ScoringContext } from '../scoring-shared/context';
import { entryWriteRefusal, LAYER_ACTIONS, LAYER_NAMES } from '../scoring-shared/policy';
import { entriesValueErrors, toDecimalText } from '../scoring-shared/values';
import { describeValues } from './describe-values';
import { fileErrors } from './import-errors';
import type { ImportView } from './schema';
import { fieldValuesOf, mayWrite } from './score-template';
import { TEMPLATE_LAYERS, type TemplateLayer } from './schema';

/** An uploaded file. */
export interface Upload {
  bytes: Buffer;
  fileName: string;
}

/** Refused before a byte of the upload is read: the actor writes no layer of this cluster. */
export async function assertMayImportScores(db: Database, actor: Actor, clusterId: string): Promise<void> {
  const context = await loadScoringContext(db, actor, clusterId);
  const units = await loadClusterUnits(db, clusterId);
  const any = TEMPLATE_LAYERS.some((layer) =>
    units.some((u) => context.index.leaves.some((l) => mayWrite(context, layer, u.id, l.criterion.code))),
  );
  if (!any) throw forbidden('Bạn không ghi điểm nào trong cụm, khối này nên không nhập được bảng điểm');
}

interface Change {
  cell: ImportedCell;
  before: Entry | undefined;
  criterionName: string;
}

/**
 * Reads an uploaded score template and says (preview) or saves (commit) what it changes, all or
 * nothing, in one transaction: the file's cluster, criteria revision and layer must be the current
 * ones; the period must be in the layer's stage; each edited cell must be the actor's to write and
 * pass the engine's checks (errors name the cell: `Bảng điểm!H8: 125 vượt quá điểm chuẩn 100 của tiêu
 * chí II.2`). A cell edited in the file whose value changed on the server since the download is a
 * conflict (commit: 409 naming each cell, nothing saved). Cells not edited are never written, even
 * when the server has another value now. One audit event per changed cell, one batch.
 */
export async function importScores(
  db: Database,
  actor: Actor,
  clusterId: string,
  upload: Upload,
  commit: boolean,
): Promise<ImportView> {
  const parsed = await readScoreImport(upload.bytes);
  if (!parsed.ok) throw fileErrors(parsed.errors);
  const file = parsed.import;
  return db.transaction(async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId);
    const layer = checkTemplate(file, context, clusterId);
    await loadPeriodInStage(
      tx,
      context.access.periodId,
      LAYER_ACTIONS[layer],
      `nhập điểm (${LAYER_NAMES[layer]})`,
    );
    const members = new Set((await loadClusterUnits(tx, clusterId)).map((u) => u.id));
    const errors = cellErrors(file, context, layer, members);
    const edited = file.cells.filter((c) => c.edited);
    const checks = entriesValueErrors(
      context.version.ruleset,
      edited.map((c) => ({ criterionCode: c.criterionCode, values: c.values as Record<string, never> })),
    );
    edited.forEach((cell, i) => errors.push(...valueErrors(cell, checks[i] ?? [])));
    if (errors.length > 0) throw fileErrors(errors);

    const unitIds = [...new Set(file.cells.map((c) => c.unitId))];
    const stored = unitIds.length
      ? await tx
          .select()
          .from(entries)
          .where(
            and(
              eq(entries.criteriaVersionId, context.version.id),
              eq(entries.stage, layer),
              inArray(entries.unitId, unitIds),
            ),
          )
          .for('update')
      : [];
    const current = new Map(stored.map((e) => [`${e.unitId}\u0000${e.criterionCode}`, e] as const));
    const changes: Change[] = [];
    const view: ImportView = { layer, changes: [], conflicts: [], unchanged: 0, batchId: null };
    for (const cell of file.cells) {
      const before = current.get(`${cell.unitId}\u0000${cell.criterionCode}`);
      const now = fieldValuesOf(before);
      if (!cell.edited || sameValues(now, cell.values)) {
        view.unchanged++;
        continue;
      }
      const criterionName = context.index.leafByCode.get(cell.criterionCode)!.criterion.name;
      if ((before?.version ?? 0) !== cell.version) {
        view.conflicts.push({
          unitId: cell.unitId,
          unitName: cell.unitName,
          criterionCode: cell.criterionCode,
          cells: Object.values(cell.cells),
          message:
            `${Object.values(cell.cells)[0]}: ${cell.unitName}, tiêu chí ${cell.criterionCode} đã được sửa trên hệ thống ` +
            `sau khi bạn tải mẫu (giá trị hiện tại: ${describeValues(now) ?? 'trống'}); không ghi đè`,
        });
        continue;
      }
      changes.push({ cell, before, criterionName });
      view.changes.push({
        unitId: cell.unitId,
        unitName: cell.unitName,
        criterionCode: cell.criterionCode,
        criterionName,
        cells: Object.values(cell.cells),
        old: describeValues(now),
        new: describeValues(cell.values) ?? '',
      });
    }
    if (!commit) return view;
    if (view.conflicts.length > 0) {
      throw new AppError(
        'STALE',
        `${view.conflicts.length} ô đã được sửa trên hệ thống sau khi bạn tải mẫu; chưa ô nào được lưu. Hãy tải mẫu mới, điền lại các ô đó rồi tải lên`,
        view.conflicts.map((c) => ({ path: 'body.file', message: c.message })),
      );
    }
    if (changes.length === 0) return view;
    view.batchId = await saveChanges(tx, actor, context, layer, changes, upload.fileName);
    return view;
  });
}

function checkTemplate(file: ScoreImport, context: ScoringContext, clusterId: string): TemplateLayer {
  const layer = TEMPLATE_LAYERS.find((l) => l === file.layer);
  if (!layer) throw fileErrors([{ cell: 'Tệp', message: 'không phải mẫu nhập điểm của thidua' }]);
  if (file.clusterId !== clusterId) {
    throw fileErrors([
      { cell: 'Tệp', message: 'mẫu này của một cụm, khối khác: hãy tải mẫu của cụm, khối này' },
    ]);
  }
  if (file.criteriaVersionId !== context.version.id) {
    throw fileErrors([
      {
        cell: 'Tệp',
        message: `mẫu theo một phiên bản bộ tiêu chí khác (nay là phiên bản ${context.version.revision}): hãy tải mẫu mới`,
      },
    ]);
  }
  return layer;
}

/** Rows of other units, criteria that are no longer there, cells the actor may not write. */
function cellErrors(
  file: ScoreImport,
  context: ScoringContext,
  layer: TemplateLayer,
  members: Set<string>,
): CellError[] {
  const errors: CellError[] = [];
  const badUnits = new Set<string>();
  for (const unit of file.units) {
    if (!members.has(unit.id)) {
      badUnits.add(unit.id);
      errors.push({ cell: `Bảng điểm!E${unit.row}`, message: `${unit.name} không thuộc cụm, khối này` });
    }
  }
  for (const cell of file.cells) {
    if (badUnits.has(cell.unitId)) continue;
    const where = Object.values(cell.cells)[0] ?? 'Bảng điểm';
    if (!context.index.leafByCode.has(cell.criterionCode)) {
      errors.push({ cell: where, message: `không có tiêu chí mã "${cell.criterionCode}" trong bộ tiêu chí` });
    } else if (cell.edited && !mayWrite(context, layer, cell.unitId, cell.criterionCode)) {
      const refusal = entryWriteRefusal(context.access, layer, {
        unitId: cell.unitId,
        code: cell.criterionCode,
        ...ownerOf(context, cell.criterionCode),
      });
      errors.push({ cell: where, message: `ô này không được ghi: ${refusal?.message ?? 'không có quyền'}` });
    }
  }
  return errors;
}

/** The engine's refusals and emptied values, each on its own cell. */
function valueErrors(cell: ImportedCell, engine: FieldError[]): CellError[] {
  const first = Object.values(cell.cells)[0] ?? 'Bảng điểm';
  const out: CellError[] = [];
  for (const [field, ref] of Object.entries(cell.cells)) {
    const key = field as keyof FieldValues;
    if (cell.original[key] !== undefined && cell.values[key] === undefined) {
      out.push({ cell: ref, message: 'không xóa được giá trị đã ghi bằng tệp Excel: hãy nhập giá trị mới' });
    }
  }
  if (out.length > 0) return out;
  for (const e of engine) {
    const field = e.path.replace(/^body\.?/, '') as keyof FieldValues;
    out.push({ cell: cell.cells[field] ?? first, message: e.message });
  }
  return out;
}

function sameValues(a: FieldValues, b: FieldValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof FieldValues>;
  return [...keys].every((k) => a[k] === b[k]);
}

async function saveChanges(
  tx: Transaction,
  actor: Actor,
  context: ScoringContext,
  layer: TemplateLayer,
  changes: Change[],
  fileName: string,
): Promise<string> {
  const batchId = randomUUID();
  const reason = `Nhập từ tệp Excel "${fileName}"`;
  const valuesOf = (v: FieldValues) => ({
    plan: toDecimalText(v.plan as number | undefined),
    actual: toDecimalText(v.actual as number | undefined),
    points: toDecimalText(v.points as number | undefined),
    value: toDecimalText(v.value as number | undefined),
    rating: (v.rating as string | undefined) ?? null,
    done: (v.done as boolean | undefined) ?? null,
    enteredBy: actor.userId,
  });
  const events: AuditEvent[] = [];
  const created = changes.filter((c) => !c.before);
  if (created.length > 0) {
    const rows = await tx
      .insert(entries)
      .values(
        created.map(({ cell }) => ({
          criteriaVersionId: context.version.id,
          unitId: cell.unitId,
          criterionCode: cell.criterionCode,
          stage: layer,
          ...valuesOf(cell.values),
        })),
      )
      // Someone who created one of these cells meanwhile leaves no row here: the import is stale.
      .onConflictDoNothing()
      .returning();
    if (rows.length !== created.length) throw new AppError('STALE');
    for (const row of rows) events.push(event(context, row, undefined, reason, batchId));
  }
  for (const { cell, before } of changes) {
    if (!before) continue;
    const [row] = await tx
      .update(entries)
      .set({ ...valuesOf(cell.values), version: sql`${entries.version} + 1` })
      .where(and(eq(entries.id, before.id), eq(entries.version, before.version)))
      .returning();
    if (!row) throw new AppError('STALE');
    events.push(event(context, row, before, reason, batchId));
  }
  await recordAuditEvents(tx, actor, events);
  return batchId;
}

function event(
  context: ScoringContext,
  row: Entry,
  before: Entry | undefined,
  reason: string,
  batchId: string,
): AuditEvent {
  return {
    councilId: context.access.councilId,
    entityType: 'entry',
    entityId: row.id,
    action: before ? 'update' : 'create',
    old: before,
    new: row,
    reason,
    batchId,
  };
}
