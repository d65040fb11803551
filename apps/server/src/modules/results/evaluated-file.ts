import type { Transaction } from '@thidua/db';
import { evaluatePeriod } from '@thidua/engine';
import type { Actor } from '../../auth/actor';
import { AppError, forbidden } from '../../http/errors';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { loadScoringContext } from '../scoring-shared/context';
import { seesEverything, seesRow } from '../scoring-shared/policy';
import { buildPeriodFile } from './period-file-export';

/**
 * The cluster's stored period file evaluated by the engine, exactly as `/results` computes it, for a
 * reader who sees every unit's results (403 with `refusal` otherwise: the table is not published yet).
 * Run it on one snapshot (`onSnapshot`) so the file and the result agree.
 */
export async function evaluateForFullReader(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  criteriaVersionId: string | undefined,
  refusal: string,
) {
  const context = await loadScoringContext(tx, actor, clusterId, criteriaVersionId);
  const members = await loadClusterUnits(tx, clusterId);
  if (!seesEverything(context.access) && !members.every((u) => seesRow(context.access, u.id))) {
    throw forbidden(refusal);
  }
  const file = await buildPeriodFile(tx, context);
  const evaluation = evaluatePeriod(file);
  if (!evaluation.ok) throw new AppError('SCORING_DATA_INVALID', undefined, evaluation.errors);
  return { context, members, file, result: evaluation.result };
}
