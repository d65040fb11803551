import {
  clusterMembers,
  clusters,
  type Database,
  type Period,
  PERIOD_STAGES,
  periods,
  type Transaction,
} from '@thidua/db';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { updateVersioned } from '../../http/versioned-update';
import { AppError, invalid } from '../../http/errors';
import { STAGE_NAMES, stageIndex } from '../../workflow/stage-guards';
import { lockManagedPeriod } from './period-service';
import { periodProgress } from './progress-service';
import type { stageBody } from '@thidua/contracts/periods';

/**
 * Moves a period one stage forward, or one back with a reason. Archiving is the last step forward and
 * makes the period read-only; leaving setup needs every cluster seated (one leader, one or two deputies).
 */
export async function changeStage(
  db: Database,
  actor: Actor,
  periodId: string,
  body: z.infer<typeof stageBody>,
): Promise<Period> {
  return db.transaction(async (tx) => {
    const before = await lockManagedPeriod(tx, actor, periodId);
    if (before.version !== body.version) throw new AppError('STALE');
    const step = stageIndex(body.stage) - stageIndex(before.stage);
    if (step !== 1 && step !== -1) {
      throw invalid([{ path: 'body.stage', message: stepMessage(before, body.stage) }]);
    }
    if (step === -1 && !body.reason) {
      throw new AppError('REASON_REQUIRED', 'Lùi về giai đoạn trước cần nêu lý do', [
        { path: 'body.reason', message: 'cần nêu lý do khi lùi về giai đoạn trước' },
      ]);
    }
    if (before.stage === 'setup') await assertClustersSeated(tx, periodId);
    const unfinished = body.stage === 'review' && step === 1 ? await unfinishedUnits(tx, before) : [];
    if (unfinished.length > 0 && !body.reason) {
      throw new AppError(
        'REASON_REQUIRED',
        `Còn ${unfinished.length} đơn vị chưa tự chấm đủ các tiêu chí (kèm minh chứng bắt buộc): ` +
          `${unfinished.join('; ')}. Muốn chuyển sang "${STAGE_NAMES.review}" vẫn được, nhưng cần nêu lý do.`,
        [{ path: 'body.reason', message: 'cần nêu lý do khi còn đơn vị chưa tự chấm xong' }],
      );
    }
    const updated = await updateVersioned(tx, periods, periodId, body.version, {
      stage: body.stage,
      archivedAt: body.stage === 'archived' ? new Date() : null,
    });
    await recordAudit(tx, actor, {
      councilId: before.councilId,
      entityType: 'period',
      entityId: periodId,
      action: 'stage.change',
      old: { stage: before.stage },
      new:
        unfinished.length > 0
          ? { stage: updated.stage, unfinishedUnits: unfinished }
          : { stage: updated.stage },
      reason: body.reason ?? null,
    });
    return updated;
  });
}

/** Units of the period's clusters that have not finished self-scoring, "Phường X (Cụm 1)". */
async function unfinishedUnits(tx: Transaction, period: Period): Promise<string[]> {
  const progress = await periodProgress(tx, period);
  return progress.clusters.flatMap((c) =>
    c.members.filter((m) => !m.selfScored).map((m) => `${m.name} (${c.name})`),
  );
}

function stepMessage(period: Period, wanted: Period['stage']): string {
  const index = stageIndex(period.stage);
  const allowed = [index + 1, index - 1]
    .map((i) => PERIOD_STAGES[i])
    .filter((s) => s !== undefined)
    .map((s) => `"${STAGE_NAMES[s]}"`);
  return (
    `chỉ được chuyển từng bước một từ giai đoạn "${STAGE_NAMES[period.stage]}": ` +
    `sang ${allowed.join(' hoặc ')} (yêu cầu chuyển sang "${STAGE_NAMES[wanted]}")`
  );
}

/** Leaving setup: every cluster has exactly one leader and one or two deputies. */
async function assertClustersSeated(tx: Transaction, periodId: string): Promise<void> {
  const rows = await tx
    .select({
      name: clusters.name,
      leaders: sql<number>`count(*) filter (where ${clusterMembers.role} = 'leader')`.mapWith(Number),
      deputies: sql<number>`count(*) filter (where ${clusterMembers.role} = 'deputy')`.mapWith(Number),
    })
    .from(clusters)
    .leftJoin(clusterMembers, eq(clusterMembers.clusterId, clusters.id))
    .where(eq(clusters.periodId, periodId))
    .groupBy(clusters.id, clusters.name)
    .orderBy(asc(clusters.name));
  const missing = rows
    .filter((r) => r.leaders !== 1 || r.deputies < 1)
    .map((r) => `${r.name} (${r.leaders !== 1 ? 'chưa có cụm trưởng' : 'chưa có cụm phó'})`);
  if (missing.length > 0) {
    throw new AppError(
      'STAGE',
      `Chưa thể kết thúc giai đoạn "${STAGE_NAMES.setup}": các cụm, khối sau chưa đủ cụm trưởng, cụm phó: ` +
        missing.join('; '),
    );
  }
}
