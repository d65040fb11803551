import { worksForUnitOf, canExportPeriodFile, seesEverything, seesRow } from '../scoring-shared/policy';
import type { Database, Transaction } from '@thidua/db';
import { onSnapshot } from '../scoring-shared/snapshot';
import { evaluatePeriod, type ResultDocument } from '@thidua/engine';
import type { Actor } from '../../auth/actor';
import { deepFreeze, LruMap } from '../../cache/lru';
import { AppError, forbidden } from '../../http/errors';
import { JsonText } from '../../http/json-text';
import { localToday } from '../../kernel/dates';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { loadScoringContext, type ScoringContext } from '../scoring-shared/context';
import { buildPeriodFile, type PeriodFile } from './period-file-export';
import { resultDocument } from './schema';

/** The period file of a cluster for those who may export it (standing office, leader, deputies). */
export async function exportPeriodFile(
  db: Database,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<PeriodFile> {
  return onSnapshot(db, async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId, criteriaVersionId);
    if (!canExportPeriodFile(context.access)) {
      throw forbidden('Chỉ cơ quan thường trực, cụm trưởng, cụm phó được xuất tệp kỳ thi đua');
    }
    return buildPeriodFile(tx, context);
  });
}

/**
 * Results computed on read by the engine from the stored period file: the `thidua/result@1` document
 * with its explanations. Leader, deputies, standing office and follower see every unit; once the table is
 * published member units and council members do too; before that a member unit's staff see only their
 * own unit (its numbers are exactly those of the full evaluation, since a unit's score does not depend on
 * the others; rank and award are the provisional ones).
 */
export async function computeResults(
  db: Database,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<ResultDocument> {
  return onSnapshot(db, (tx) => resultsFor(tx, actor, clusterId, criteriaVersionId));
}

async function resultsFor(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<ResultDocument> {
  const { result, own } = await visibleResults(tx, actor, clusterId, criteriaVersionId);
  return own ? onlyUnits(result, own) : result;
}

/**
 * The cluster's evaluation and, for a reader who may see only some of its units, the codes of those
 * units (null: the whole cluster); refuses a reader who may see none.
 */
async function visibleResults(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<{ result: ResultDocument; key: string; own: Set<string> | null }> {
  const context = await loadScoringContext(tx, actor, clusterId, criteriaVersionId);
  const { access } = context;
  const members = await loadClusterUnits(tx, clusterId);
  const whole = seesWholeResults(access, members);
  if (!whole && access.memberUnitIds.size === 0) {
    throw forbidden(
      worksForUnitOf(actor, access.councilId)
        ? 'Kết quả này không thuộc cụm, khối của đơn vị bạn'
        : 'Kết quả của cụm, khối chưa công bố',
    );
  }
  const { result, key } = await evaluateCached(tx, context);
  if (whole) return { result, key, own: null };
  const own = new Set(members.filter((u) => access.memberUnitIds.has(u.id)).map((u) => u.code));
  return { result, key, own };
}

/** The result as a reader of only the units `own` sees it: their rows and the votes that concern them. */
function onlyUnits(result: ResultDocument, own: Set<string>): ResultDocument {
  return {
    ...result,
    units: result.units.filter((u) => own.has(u.unit)),
    pendingVotes: result.pendingVotes
      .filter((p) => p.units.some((code) => own.has(code)))
      .map((p) => ({ ...p, units: p.units.filter((code) => own.has(code)) })),
  };
}

/** Results as sent (JSON text), by state of the cluster's data and the units the reader sees. */
const cachedTexts = new LruMap<string, JsonText>(256);

/**
 * `computeResults` as the JSON text of the route's `resultDocument`, from a cache keyed like the
 * evaluation's (cluster, revision, data version, day) plus the units the reader sees: a large cluster's
 * result is written once per state of its data, not once per read.
 */
export async function computeResultsText(
  db: Database,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<JsonText> {
  return onSnapshot(db, async (tx) => {
    const { result, key, own } = await visibleResults(tx, actor, clusterId, criteriaVersionId);
    const textKey = own ? `${key}\u0000${[...own].sort().join('\u0000')}` : key;
    const cached = cachedTexts.get(textKey);
    if (cached) return cached;
    const text = JsonText.of(JSON.stringify(resultDocument.parse(own ? onlyUnits(result, own) : result)));
    cachedTexts.set(textKey, text);
    return text;
  });
}

/** Whether the actor sees the result of every unit of the cluster. */
function seesWholeResults(access: ScoringContext['access'], members: { id: string }[]): boolean {
  return seesEverything(access) || members.every((u) => seesRow(access, u.id));
}

/**
 * The cluster's results for a reader who sees every unit of it, else null (never a part of the
 * cluster): what council-wide statistics are made of. Same cache and snapshot as `computeResults`.
 */
export async function computeWholeResults(
  db: Database,
  actor: Actor,
  clusterId: string,
): Promise<ResultDocument | null> {
  return onSnapshot(db, async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId);
    const members = await loadClusterUnits(tx, clusterId);
    return seesWholeResults(context.access, members) ? (await evaluateCached(tx, context)).result : null;
  });
}

/**
 * Results already computed, by cluster, revision, data version and day. The data version (migration
 * 0019) rises in the transaction of every write that can change a cluster's results, and the access
 * read it on the same snapshot as the data, so a key names exactly one state of the data; the day is
 * there because derived facts depend on what is due today. So a cached result is never stale: a write
 * visible to a read raises the version that read sees.
 */
const cachedResults = new LruMap<string, ResultDocument>(256);

/** `evaluateStored`, from the cache when this exact state of the cluster was evaluated before. */
async function evaluateCached(
  tx: Transaction,
  context: ScoringContext,
): Promise<{ result: ResultDocument; key: string }> {
  const { access, version } = context;
  const today = localToday();
  const key = [access.clusterId, version.id, access.dataVersion, today].join('\u0000');
  const cached = cachedResults.get(key);
  if (cached) return { result: cached, key };
  const result = deepFreeze(await evaluateStored(tx, context, today));
  cachedResults.set(key, result);
  return { result, key };
}

/** `evaluatePeriod` of the stored period file; stored data the engine refuses is reported, not hidden. */
export async function evaluateStored(
  db: Database | Transaction,
  context: ScoringContext,
  today?: string,
): Promise<ResultDocument> {
  const evaluation = evaluatePeriod(await buildPeriodFile(db, context, today));
  if (!evaluation.ok) throw new AppError('SCORING_DATA_INVALID', undefined, evaluation.errors);
  return evaluation.result;
}
