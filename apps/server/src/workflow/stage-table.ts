import type { Period } from '@thidua/db';
import { isArchived, STAGE_NAMES, STAGE_TABLE, type StageAction, stagesOf } from '@thidua/vocabulary';
import { AppError } from '../http/errors';

/** The stage table lives with the vocabulary (browser-safe); the server adds its refusals. */
export { isArchived, STAGE_TABLE, type StageAction, stageOpen, stagesOf } from '@thidua/vocabulary';

/** An archived period refuses every write (423 LOCKED). */
export function assertWritable(period: Pick<Period, 'stage' | 'archivedAt'>): void {
  if (isArchived(period)) throw new AppError('LOCKED');
}

/**
 * The write is allowed only in the action's stages; the refusal names the current stage and the allowed
 * ones. `what` overrides the table's wording where the call says more (e.g. which adjustment).
 */
export function assertStage(
  period: Pick<Period, 'stage' | 'archivedAt'>,
  action: StageAction,
  what: string = STAGE_TABLE[action].what,
): void {
  assertWritable(period);
  const allowed = stagesOf(action);
  if (!allowed.includes(period.stage)) {
    throw new AppError(
      'STAGE',
      `Không thể ${what} khi kỳ thi đua đang ở giai đoạn "${STAGE_NAMES[period.stage]}" ` +
        `(chỉ được ở: ${allowed.map((s) => `"${STAGE_NAMES[s]}"`).join(', ')})`,
    );
  }
}
