import {
  type Database,
  type Period,
  PERIOD_STAGES,
  type PeriodStage,
  periods,
  type Transaction,
} from '@thidua/db';
import { STAGE_NAMES } from '@thidua/vocabulary';
import { eq } from 'drizzle-orm';
import { AppError, notFound } from '../http/errors';

/** Vietnamese names of the stages (SPEC §4): the vocabulary's, re-exported for the server's messages. */
export { STAGE_NAMES };

export function stageIndex(stage: PeriodStage): number {
  return PERIOD_STAGES.indexOf(stage);
}

/**
 * Loads the period inside the write's transaction and locks its row against a concurrent stage change
 * (FOR SHARE; changing the stage takes FOR UPDATE), so a guard checked here still holds at commit.
 */
export async function loadPeriodForWrite(tx: Transaction | Database, periodId: string): Promise<Period> {
  const [period] = await tx.select().from(periods).where(eq(periods.id, periodId)).for('share').limit(1);
  if (!period) throw notFound('kỳ thi đua');
  return period;
}

/** An archived period is read-only for everyone. */
export function assertWritable(period: Period): void {
  if (period.stage === 'archived' || period.archivedAt !== null) throw new AppError('LOCKED');
}

/** The write is allowed only in these stages; the message names the current stage and the allowed ones. */
export function assertStageIn(period: Period, allowed: readonly PeriodStage[], what: string): void {
  assertWritable(period);
  if (!allowed.includes(period.stage)) {
    throw new AppError(
      'STAGE',
      `Không thể ${what} khi kỳ thi đua đang ở giai đoạn "${STAGE_NAMES[period.stage]}" ` +
        `(chỉ được ở: ${allowed.map((s) => `"${STAGE_NAMES[s]}"`).join(', ')})`,
    );
  }
}

/** The stages from `first` to `last` inclusive, in cycle order. */
export function stagesBetween(first: PeriodStage, last: PeriodStage): PeriodStage[] {
  return PERIOD_STAGES.slice(stageIndex(first), stageIndex(last) + 1);
}
