import {
  type Database,
  type Period,
  PERIOD_STAGES,
  type PeriodStage,
  periods,
  type Transaction,
} from '@thidua/db';
import { STAGE_NAMES } from '@thidua/vocabulary';
import { type Column, eq, type SQL, sql } from 'drizzle-orm';
import { notFound } from '../http/errors';
import { assertStage, assertWritable, type StageAction } from './stage-table';

/** Vietnamese names of the stages (SPEC §4): the vocabulary's, re-exported for the server's messages. */
export { STAGE_NAMES };

export function stageIndex(stage: PeriodStage): number {
  return PERIOD_STAGES.indexOf(stage);
}

/** The advisory-lock space of periods' stages (any constant; the second key is the period id's hash). */
const STAGE_LOCK_SPACE = 7_030_002;

/**
 * The period's stage lock in shared mode, as an expression of a statement that reads the period's id
 * (`pg_advisory_xact_lock_shared`, held until the transaction ends). Writes guarded by the stage take
 * it; a stage change takes it exclusively (`lockPeriodStage`) before it reads anything, so it waits for
 * the writes in flight and they wait for it. Unlike `FOR SHARE` on the period row it writes nothing to
 * the row (no MultiXact when fifty writes share it). Two periods whose ids hash alike only wait for
 * each other more often.
 */
export function periodLockShared(periodId: Column | string): SQL<unknown> {
  return sql`(select 1 from pg_advisory_xact_lock_shared(${STAGE_LOCK_SPACE}, hashtext(${periodId}::text)))`;
}

/** Takes the period's stage lock exclusively (a stage change), waiting for every guarded write in flight. */
export async function lockPeriodStage(tx: Transaction, periodId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${STAGE_LOCK_SPACE}, hashtext(${periodId}::text))`);
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

/**
 * `loadPeriodForWrite`, refusing the write unless the period is in a stage of `action` (STAGE, naming
 * `what`): "load the period and check its stage", the guard of every staged write.
 */
export async function loadPeriodInStage(
  tx: Transaction | Database,
  periodId: string,
  action: StageAction,
  what?: string,
): Promise<Period> {
  const period = await loadPeriodForWrite(tx, periodId);
  assertStage(period, action, what);
  return period;
}

/** `loadPeriodForWrite`, refusing a write to an archived period (LOCKED): the guard every write shares. */
export async function loadWritablePeriod(tx: Transaction, periodId: string): Promise<Period> {
  const period = await loadPeriodForWrite(tx, periodId);
  assertWritable(period);
  return period;
}
