import { type Period, type PeriodStage, stageDeadlines, type Transaction, units } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { localToday, vietnameseDate } from '../kernel/dates';
import { effectiveDeadlines } from '../modules/periods/due';
import { AppError } from '../http/errors';
import { STAGE_NAMES } from './stage-guards';

/**
 * The last day a stage's window is open for one unit of one cluster: the most specific deadline of
 * the stage (the cluster's own, else the unit type's, else the period's), or null when none is set.
 */
export async function windowClosesOn(
  tx: Transaction,
  period: Period,
  stage: PeriodStage,
  scope: { clusterId: string; unitId: string },
): Promise<string | null> {
  const [unit] = await tx.select({ type: units.type }).from(units).where(eq(units.id, scope.unitId)).limit(1);
  const rows = await tx
    .select()
    .from(stageDeadlines)
    .where(and(eq(stageDeadlines.periodId, period.id), eq(stageDeadlines.stage, stage)));
  const [deadline] = effectiveDeadlines(rows, {
    clusterId: scope.clusterId,
    unitType: unit?.type,
  });
  return deadline?.dueOn ?? null;
}

/**
 * A write allowed only while a stage's window is open (SPEC §4.7: member units "may object within a
 * window"): refused from the day after the stage's deadline. Extending the window is editing that
 * deadline (a cluster may get its own). Checked inside the write's transaction, after the stage guard.
 */
export async function assertWindowOpen(
  tx: Transaction,
  period: Period,
  stage: PeriodStage,
  scope: { clusterId: string; unitId: string },
  what: string,
  today: string = localToday(),
): Promise<void> {
  const closesOn = await windowClosesOn(tx, period, stage, scope);
  if (closesOn !== null && today > closesOn) {
    throw new AppError(
      'WINDOW_CLOSED',
      `Đã hết thời hạn ${what}: hạn của giai đoạn "${STAGE_NAMES[stage]}" là ngày ` +
        `${vietnameseDate(closesOn)}. Cơ quan thường trực hoặc cụm trưởng có thể gia hạn.`,
    );
  }
}
