import { type Database, ENTRY_STAGES, type EntryStage, type PeriodStage } from '@thidua/db';
import type { z } from 'zod';
import { canReview } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { LruMap } from '../../cache/lru';
import { forbidden } from '../../http/errors';
import { JsonText } from '../../http/json-text';
import { offsetOf } from '../../http/pagination';
import { stageIndex } from '../../workflow/stage-guards';
import { type LeafOwner, loadScoringContext, type ScoringContext } from '../scoring-shared/context';
import {
  entryWriteRefusal,
  isPublished,
  seesRow,
  WRITE_STAGES,
  worksForUnitOf,
} from '../scoring-shared/policy';
import { type REVIEW_STATES, type sheetQuery, sheetView } from '../scoring-shared/schema';
import { type SheetData, sheetDataCached, sheetDataKey } from './sheet-data';
import { onSnapshot } from '../scoring-shared/snapshot';
import { fastJsonSerializer } from '../../http/fast-json';

/** The sheet's JSON text, from the same schema the OpenAPI document shows (http/fast-json.ts). */
const serializeSheet = fastJsonSerializer(sheetView);

type SheetView = z.infer<typeof sheetView>;

/**
 * What one reader's page of the sheet is made of besides the cluster's data: the period's stage, the
 * rows (by unit index) with whether the reader sees the whole row, may review it and may write each
 * owner's cells, and the columns shown. The page is a pure function of the data and these inputs, so
 * two readers with equal inputs get the same text and one cached text can never show a reader more
 * than their own inputs allow.
 */
interface SheetInputs {
  periodId: string;
  stage: PeriodStage;
  /** Leaf indexes shown as columns (all of them, or the reader's focal criteria). */
  columns: number[];
  /** Leaf indexes of a row the reader sees only as focal department. */
  focalColumns: number[];
  rows: { unit: number; whole: boolean; review: (typeof REVIEW_STATES)[number]; canWrite: EntryStage[][] }[];
  total: number;
  page: number;
  pageSize: number;
}

/** Pages of the sheet as sent (JSON text), by state of the cluster's data and reader's inputs. */
const cachedPages = new LruMap<string, JsonText>(48);

/**
 * The scoring sheet as JSON text: units × leaf criteria of one issued revision, each cell with its four
 * layers. What the actor sees (SPEC §1): their own unit's row; every row once the proposed table is
 * published (the period has reached the review stage) or when they lead, deputise, follow or are the
 * standing office; and, as a focal department, the criteria assigned to them in every row. Rows are
 * paginated. Read on one snapshot, so the data version in the cache keys names exactly the data shown.
 */
export async function buildSheet(
  db: Database,
  actor: Actor,
  clusterId: string,
  query: z.infer<typeof sheetQuery>,
): Promise<JsonText> {
  return onSnapshot(db, async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId, query.criteriaVersionId);
    const data = await sheetDataCached(tx, context, query.criteriaVersionId !== undefined);
    const inputs = sheetInputs(actor, context, data, query);
    const key = `${sheetDataKey(context)}\u0000${JSON.stringify(inputs)}`;
    const cached = cachedPages.get(key);
    if (cached) return cached;
    const text = JsonText.of(serializeSheet(assembleSheet(data, inputs)));
    cachedPages.set(key, text);
    return text;
  });
}

/** The reader's inputs of the page `query` asks for; refuses a reader who may see nothing of it. */
function sheetInputs(
  actor: Actor,
  context: ScoringContext,
  data: SheetData,
  query: z.infer<typeof sheetQuery>,
): SheetInputs {
  const { access, focalCodes } = context;
  const seen = data.units.map((u) => seesRow(access, u.id));
  if (!seen.some(Boolean) && focalCodes.size === 0) {
    // Staff of a unit outside the cluster are told the truth: the table is not theirs.
    throw forbidden(
      worksForUnitOf(actor, access.councilId)
        ? 'Bảng điểm này không thuộc cụm, khối của đơn vị bạn'
        : 'Bảng điểm của cụm, khối chưa công bố: chỉ đơn vị thành viên xem được kết quả của mình',
    );
  }
  const allColumns = data.criteria.map((_, i) => i);
  const focalColumns = allColumns.filter((i) => focalCodes.has(data.criteria[i]!.code));
  const rows = data.units
    .map((unit, i) => ({ unit, i, whole: seen[i]! }))
    .filter((row) => (!query.unitId || row.unit.id === query.unitId) && (row.whole || focalCodes.size > 0));
  const page = rows.slice(offsetOf(query), offsetOf(query) + query.pageSize);
  return {
    periodId: access.periodId,
    stage: access.periodStage as PeriodStage,
    columns: seen.some(Boolean) ? allColumns : focalColumns,
    focalColumns,
    rows: page.map(({ unit, i, whole }) => ({
      unit: i,
      whole,
      review: reviewStateOf(context, unit.id, data.current),
      canWrite: data.owners.map((owner) => (data.current ? writableLayers(context, unit.id, owner) : [])),
    })),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One reader's page from the cluster's data and the reader's inputs (nothing else). */
function assembleSheet(data: SheetData, inputs: SheetInputs): SheetView {
  return {
    cluster: data.cluster,
    period: { id: inputs.periodId, stage: inputs.stage, published: isPublished(inputs.stage) },
    criteriaVersion: data.criteriaVersion,
    criteria: inputs.columns.map((i) => data.criteria[i]!),
    rows: inputs.rows.map((row) => ({
      unit: data.units[row.unit]!,
      review: row.review,
      cells: (row.whole ? inputs.columns : inputs.focalColumns).map((i) => ({
        ...data.cells[row.unit]![i]!,
        canWrite: row.canWrite[data.ownerOfLeaf[i]!]!,
      })),
    })),
    total: inputs.total,
    page: inputs.page,
    pageSize: inputs.pageSize,
  };
}

/**
 * The layers of a unit's cells owned by `owner` the actor may write now: their role allows it and the
 * period is in its stage. The answer depends on the unit and the leaf's owner, never on the leaf itself.
 */
export function writableLayers(context: ScoringContext, unitId: string, owner: LeafOwner): EntryStage[] {
  const { access } = context;
  if (access.periodArchived) return [];
  const cell = { unitId, code: '', ...owner };
  return ENTRY_STAGES.filter(
    (layer) =>
      WRITE_STAGES[layer].includes(access.periodStage as PeriodStage) &&
      entryWriteRefusal(access, layer, cell) === null,
  );
}

/** Whether the actor may review a row now, or why not (the UI says it beside the disabled controls). */
export function reviewStateOf(
  context: ScoringContext,
  unitId: string,
  current: boolean,
): (typeof REVIEW_STATES)[number] {
  const { access } = context;
  if (!canReview(access)) return 'notReviewer';
  if (access.council.unitIds.has(unitId)) return 'conflictOfInterest';
  const stage = access.periodStage as PeriodStage;
  if (access.periodArchived || !current) return 'closed';
  if (WRITE_STAGES.agreed.includes(stage)) return 'open';
  return stageIndex(stage) < stageIndex(WRITE_STAGES.agreed[0]!) ? 'notYet' : 'closed';
}
