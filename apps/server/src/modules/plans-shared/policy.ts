import { type Database, type Dossier, type DossierBatch, periods, type Transaction, units } from '@thidua/db';
import { and, eq, inArray } from 'drizzle-orm';
import { type CouncilAccess, isStandingOffice, requireCouncilMember } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { AppError, type FieldError, forbidden, invalid, notFound } from '../../http/errors';
import { localToday, vietnameseDate } from '../../kernel/dates';
import { loadWritablePeriod } from '../../workflow/stage-guards';

type Db = Database | Transaction;

/**
 * Plans, the work programme, movements and dossiers belong to a council's period. Anyone with a role in the council reads
 * them; the standing office writes them; another council's data is 404. The one exception, a unit's
 * staff marking their own unit's task done, is `canComplete`.
 */
export interface PlansScope {
  councilId: string;
  periodId: string;
  access: CouncilAccess;
  canWrite: boolean;
}

export function scopeOf(actor: Actor, councilId: string, periodId: string): PlansScope {
  const access = requireCouncilMember(actor, councilId);
  return { councilId, periodId, access, canWrite: isStandingOffice(access) };
}

/** The scope of a period, or 404 for an unknown period or someone outside its council. */
export async function loadPeriodScope(db: Db, actor: Actor, periodId: string): Promise<PlansScope> {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId)).limit(1);
  if (!period) throw notFound('kỳ thi đua');
  return scopeOf(actor, period.councilId, period.id);
}

export function requireWrite(scope: PlansScope): void {
  if (!scope.canWrite) {
    throw forbidden(
      'Chỉ cơ quan thường trực Hội đồng được lập và sửa kế hoạch, chương trình công tác, phong trào, hồ sơ khen thưởng',
    );
  }
}

/**
 * Who files or changes a dossier: the standing office always (while the period is open); a unit's own
 * staff for their unit only, while the dossier waits for appraisal and until the batch's submission
 * deadline (a local date; due today is still open). `unitIds` are the units the write touches.
 */
export function requireDossierWrite(
  scope: PlansScope,
  batch: DossierBatch,
  unitIds: string[],
  dossier: Dossier | null,
  today: string = localToday(),
): void {
  if (scope.canWrite) return;
  if (unitIds.length === 0 || !unitIds.every((id) => scope.access.unitIds.has(id))) {
    throw forbidden('Đơn vị chỉ được nộp, sửa hồ sơ đề nghị khen thưởng của chính đơn vị mình');
  }
  if (dossier && dossier.outcome !== 'pending') {
    throw forbidden('Hồ sơ đã được thẩm định: chỉ cơ quan thường trực được sửa');
  }
  if (batch.submissionDueOn && today > batch.submissionDueOn) {
    throw new AppError(
      'WINDOW_CLOSED',
      `Đã hết hạn nộp hồ sơ của đợt "${batch.name}" (ngày ${vietnameseDate(batch.submissionDueOn)}); ` +
        'liên hệ cơ quan thường trực',
    );
  }
}

/** Whether the actor may change this dossier now (the `abilities.update` the UI shows). */
export function canWriteDossier(scope: PlansScope, batch: DossierBatch, dossier: Dossier): boolean {
  try {
    requireDossierWrite(scope, batch, [dossier.unitId], dossier);
    return true;
  } catch {
    return false;
  }
}

/** The executing unit's staff may record their own task as done, with its evidence. */
export function canComplete(scope: PlansScope, executingUnitId: string | null): boolean {
  return scope.canWrite || (executingUnitId !== null && scope.access.unitIds.has(executingUnitId));
}

/** Re-reads the period inside the write's transaction: an archived period is read-only (LOCKED). */
export const assertPeriodWritable = loadWritablePeriod;

/** One unit reference of a request: the field that names it and the id. */
export interface UnitRef {
  path: string;
  unitId: string;
}

/**
 * Every referenced unit must be a unit of the council: an unknown id and another council's unit get the
 * same answer (400 naming the field), so nothing of another council is acknowledged.
 */
export async function unitErrors(db: Db, councilId: string, refs: UnitRef[]): Promise<FieldError[]> {
  if (refs.length === 0) return [];
  const ids = [...new Set(refs.map((r) => r.unitId))];
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.councilId, councilId), inArray(units.id, ids)));
  const known = new Set(rows.map((r) => r.id));
  return refs
    .filter((r) => !known.has(r.unitId))
    .map((r) => ({ path: r.path, message: 'không phải đơn vị của Hội đồng' }));
}

/** Throws VALIDATION with every field error, if there is any. */
export function assertNoErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw invalid(errors);
}
