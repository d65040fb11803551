import { type Database, entries, type Entry, type Transaction } from '@thidua/db';
import type { FieldValues, TemplateCriterion, TemplateRow } from '@thidua/spreadsheets';
import { writeScoreTemplate } from '@thidua/spreadsheets';
import { ENTRY_STAGE_NAMES } from '@thidua/vocabulary';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { forbidden } from '../../http/errors';
import { loadCluster } from '../documents/letterhead';
import { vietnamDateTime } from '../audit/csv';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { loadScoringContext, ownerOf, type ScoringContext } from '../scoring-shared/context';
import { entryWriteRefusal } from '../scoring-shared/policy';
import { toNumber } from '../scoring-shared/values';
import type { PreparedSpreadsheet } from './deliver';
import { exportHeader } from './export-header';
import type { TemplateLayer } from './schema';
import { onSnapshot } from '../scoring-shared/snapshot';

/** Whether the actor's role lets them write `layer` of a cell (the stage is checked on upload). */
export function mayWrite(
  context: ScoringContext,
  layer: TemplateLayer,
  unitId: string,
  code: string,
): boolean {
  if (context.access.periodArchived) return false;
  return entryWriteRefusal(context.access, layer, { unitId, code, ...ownerOf(context, code) }) === null;
}

/** An entry's value fields as a template carries them. */
export function fieldValuesOf(entry: Entry | undefined): FieldValues {
  if (!entry) return {};
  const out: FieldValues = {};
  for (const field of ['plan', 'actual', 'points', 'value'] as const) {
    const n = toNumber(entry[field]);
    if (n !== null) out[field] = n;
  }
  if (entry.rating !== null) out.rating = entry.rating;
  if (entry.done !== null) out.done = entry.done;
  return out;
}

/**
 * The score template of one layer for the actor: the units and criteria whose cells they write (a unit's
 * staff: their unit's self-scored criteria; a focal department: its assigned criteria for every other
 * unit; the standing office: its criteria), each cell with its current value and version. Read on one
 * snapshot.
 */
export async function prepareScoreTemplate(
  db: Database,
  actor: Actor,
  clusterId: string,
  layer: TemplateLayer,
): Promise<PreparedSpreadsheet> {
  return onSnapshot(db, (tx) => read(tx, actor, clusterId, layer));
}

async function read(tx: Transaction, actor: Actor, clusterId: string, layer: TemplateLayer) {
  const context = await loadScoringContext(tx, actor, clusterId);
  const { access, version, index } = context;
  const units = await loadClusterUnits(tx, clusterId);
  const leaves = index.leaves.filter((leaf) =>
    units.some((u) => mayWrite(context, layer, u.id, leaf.criterion.code)),
  );
  const rows = units.filter((u) =>
    leaves.some((leaf) => mayWrite(context, layer, u.id, leaf.criterion.code)),
  );
  if (rows.length === 0) {
    throw forbidden(
      `Bạn không có ô nào để ghi điểm (${ENTRY_STAGE_NAMES[layer].toLowerCase()}) trong cụm, khối này`,
    );
  }
  const stored = await tx
    .select()
    .from(entries)
    .where(and(eq(entries.criteriaVersionId, version.id), eq(entries.stage, layer)));
  const byCell = new Map(stored.map((e) => [`${e.unitId}\u0000${e.criterionCode}`, e] as const));
  const cluster = await loadCluster(tx, clusterId);
  const criteria: TemplateCriterion[] = leaves.map(({ criterion: c }) => ({
    code: c.code,
    name: c.name,
    points: c.points,
    kind: c.kind ?? 'qualitative',
    ratingOptions: c.kind === 'rating' ? Object.keys(c.options ?? {}) : null,
  }));
  const templateRows: TemplateRow[] = rows.map((unit) => ({
    unit: { id: unit.id, code: unit.code, name: unit.name },
    cells: leaves.map(({ criterion }) => {
      const entry = byCell.get(`${unit.id}\u0000${criterion.code}`);
      return {
        version: entry?.version ?? 0,
        writable: mayWrite(context, layer, unit.id, criterion.code),
        original: fieldValuesOf(entry),
      };
    }),
  }));
  const title = `Bảng điểm - ${ENTRY_STAGE_NAMES[layer]} - ${cluster.name}`;
  const header = await exportHeader(tx, access.councilId);
  const bytes = await writeScoreTemplate({
    creator: header.creator,
    title,
    notes: [
      `${header.issuer}. Bộ tiêu chí phiên bản ${version.revision}; mẫu tải về lúc ${vietnamDateTime(new Date())}.`,
      'Chỉ nhập vào các ô màu vàng; không thêm, xóa hay đổi thứ tự hàng, cột. Tải lên bằng nút "Nhập từ Excel".',
    ],
    clusterId,
    criteriaVersionId: version.id,
    layer,
    criteria,
    rows: templateRows,
  });
  return {
    kind: 'scoreTemplate' as const,
    bytes,
    fileName: `Mẫu nhập điểm - ${ENTRY_STAGE_NAMES[layer]} - ${cluster.name}`,
    councilId: access.councilId,
    entityId: clusterId,
    source: { clusterId, layer, criteriaVersionId: version.id, criteriaRevision: version.revision },
  };
}
