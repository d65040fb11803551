import {
  clusterMembers,
  type Database,
  type Movement,
  type MovementReport,
  movementReports,
  movements,
  type Transaction,
  units,
} from '@thidua/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { AppError, forbidden, invalid } from '../../http/errors';
import { findById, updateAudited } from '../../http/versioned-update';
import { daysBetween, localToday, vietnameseDate } from '../../kernel/dates';
import { findMovement } from './service';
import { assertPeriodWritable, type PlansScope } from '../plans-shared/policy';
import type { OwedReportView } from '@thidua/contracts/movements';

type Db = Database | Transaction;

/** How one unit stands for one due date: on time, late (after the day), or missing. */
export type ReportTiming = 'onTime' | 'late' | 'missing';

/** The local day (Asia/Ho_Chi_Minh) a report was submitted on. */
export const submittedDay = (report: MovementReport): string => localToday(report.submittedAt);

export function timingOf(report: MovementReport | undefined): ReportTiming {
  if (!report) return 'missing';
  return submittedDay(report) > report.dueOn ? 'late' : 'onTime';
}

/**
 * Whoever has a role in the council besides a unit's staff (the standing office, council members) sees
 * every unit's reports; a unit's staff sees only their own units'.
 */
export function seesAllUnits(scope: PlansScope): boolean {
  return scope.canWrite || [...scope.access.roles].some((role) => role !== 'unitStaff');
}

/**
 * The units taking part in a movement, with their names: those the standing office chose, or every unit
 * seated in a cluster of the movement's period.
 */
export async function participantsOf(db: Db, movement: Movement): Promise<{ id: string; name: string }[]> {
  if (movement.participantUnitIds) {
    if (movement.participantUnitIds.length === 0) return [];
    return db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(inArray(units.id, movement.participantUnitIds))
      .orderBy(asc(units.name));
  }
  return db
    .select({ id: units.id, name: units.name })
    .from(clusterMembers)
    .innerJoin(units, eq(units.id, clusterMembers.unitId))
    .where(eq(clusterMembers.periodId, movement.periodId))
    .orderBy(asc(units.name));
}

/** The matrix units × due dates the actor may see (their own units only for a unit's staff). */
export async function reportMatrix(db: Db, actor: Actor, movementId: string) {
  const { movement, scope } = await findMovement(db, actor, movementId);
  const all = await participantsOf(db, movement);
  const visible = seesAllUnits(scope) ? all : all.filter((u) => scope.access.unitIds.has(u.id));
  const rows =
    visible.length === 0
      ? []
      : await db
          .select()
          .from(movementReports)
          .where(
            and(
              eq(movementReports.movementId, movement.id),
              inArray(
                movementReports.unitId,
                visible.map((u) => u.id),
              ),
            ),
          );
  const byKey = new Map(rows.map((r) => [`${r.unitId}|${r.dueOn}`, r]));
  const today = localToday();
  return {
    movement,
    scope,
    dueDates: movement.reportDueDates,
    units: visible.map((unit) => ({
      unitId: unit.id,
      unitName: unit.name,
      canSubmit: scope.canWrite || scope.access.unitIds.has(unit.id),
      cells: movement.reportDueDates.map((dueOn) => {
        const report = byKey.get(`${unit.id}|${dueOn}`);
        return { dueOn, timing: timingOf(report), overdue: !report && today > dueOn, report: report ?? null };
      }),
    })),
  };
}

export interface SubmitBody {
  unitId: string;
  dueOn: string;
  summary: string;
  /** 0 for a first submission, else the version of the report being replaced. */
  version: number;
}

/**
 * A unit's staff submits (or replaces, until it is accepted) its own report for one due date of the
 * movement; the standing office may record one for any taking-part unit. Late submissions are taken and
 * shown late. Versioned: a first submission sends version 0.
 */
export async function submitReport(
  tx: Transaction,
  actor: Actor,
  movementId: string,
  body: SubmitBody,
  file: { name: string; sha256: string; sizeBytes: number; mimeType: string } | null = null,
): Promise<{ report: MovementReport; scope: PlansScope; movement: Movement }> {
  const { movement, scope } = await findMovement(tx, actor, movementId);
  if (!scope.canWrite && !scope.access.unitIds.has(body.unitId)) {
    throw forbidden('Đơn vị chỉ được nộp báo cáo phong trào của chính đơn vị mình');
  }
  await assertPeriodWritable(tx, movement.periodId);
  const errors = [];
  if (!movement.reportDueDates.includes(body.dueOn)) {
    errors.push({
      path: 'body.dueOn',
      message: `không phải hạn báo cáo của phong trào (các hạn: ${movement.reportDueDates.map(vietnameseDate).join(', ') || 'chưa có'})`,
    });
  }
  const participants = await participantsOf(tx, movement);
  if (!participants.some((u) => u.id === body.unitId)) {
    errors.push({ path: 'body.unitId', message: 'đơn vị không tham gia phong trào này' });
  }
  if (errors.length > 0) throw invalid(errors);
  const [before] = await tx
    .select()
    .from(movementReports)
    .where(
      and(
        eq(movementReports.movementId, movement.id),
        eq(movementReports.unitId, body.unitId),
        eq(movementReports.dueOn, body.dueOn),
      ),
    )
    .for('update')
    .limit(1);
  if ((before?.version ?? 0) !== body.version) throw new AppError('STALE');
  if (before?.status === 'accepted') {
    throw new AppError('MOVEMENT_REPORT_STATE', 'Báo cáo đã được chấp nhận: không nộp lại được');
  }
  const values = {
    summary: body.summary,
    status: 'submitted' as const,
    submittedAt: new Date(),
    submittedBy: actor.userId,
    reviewedAt: null,
    reviewedBy: null,
    returnReason: null,
    ...(file
      ? {
          fileName: file.name,
          fileSha256: file.sha256,
          fileSizeBytes: file.sizeBytes,
          fileMimeType: file.mimeType,
        }
      : {}),
  };
  if (before) {
    const report = await updateAudited(tx, actor, movementReports, before, body.version, values, {
      councilId: movement.councilId,
      entityType: 'movementReport',
      action: () => 'resubmit',
    });
    return { report, scope, movement };
  }
  const [report] = await tx
    .insert(movementReports)
    .values({ ...values, movementId: movement.id, unitId: body.unitId, dueOn: body.dueOn })
    .onConflictDoNothing()
    .returning();
  // Someone submitted the same report since it was read: the caller's view is stale.
  if (!report) throw new AppError('STALE');
  await recordAudit(tx, actor, {
    councilId: movement.councilId,
    entityType: 'movementReport',
    entityId: report.id,
    action: 'create',
    new: report,
  });
  return { report, scope, movement };
}

/** A report with its movement and the actor's scope (404 for an unknown one or another council's). */
export async function findReport(db: Db, actor: Actor, reportId: string) {
  const report = await findById(db, movementReports, reportId, 'báo cáo phong trào');
  const [movement] = await db.select().from(movements).where(eq(movements.id, report.movementId)).limit(1);
  const found = await findMovement(db, actor, movement!.id);
  if (!seesAllUnits(found.scope) && !found.scope.access.unitIds.has(report.unitId)) {
    throw forbidden('Đơn vị chỉ được xem báo cáo phong trào của chính đơn vị mình');
  }
  return { report, ...found };
}

/** The standing office accepts a report or returns it with a reason (the unit then submits again). */
export async function reviewReport(
  tx: Transaction,
  actor: Actor,
  before: MovementReport,
  movement: Movement,
  body: { outcome: 'accepted' | 'returned'; reason?: string | undefined; version: number },
): Promise<MovementReport> {
  await assertPeriodWritable(tx, movement.periodId);
  const reason = body.reason?.trim() ? body.reason.trim() : null;
  if (body.outcome === 'returned' && !reason) {
    throw invalid([{ path: 'body.reason', message: 'cần nêu lý do trả lại báo cáo' }]);
  }
  return updateAudited(
    tx,
    actor,
    movementReports,
    before,
    body.version,
    {
      status: body.outcome,
      reviewedAt: new Date(),
      reviewedBy: actor.userId,
      returnReason: body.outcome === 'returned' ? reason : null,
    },
    {
      councilId: movement.councilId,
      entityType: 'movementReport',
      reason,
      action: () => (body.outcome === 'accepted' ? 'approve' : 'return'),
    },
  );
}

/** A report a unit still owes: none submitted yet, or returned to it (the contract's `owedReportView`). */
export type OwedReport = OwedReportView;

/**
 * The reports still owed on `asOf` for the movements given (not closed), due within `withinDays` or
 * already late: what the due panel shows and the reminder job tells.
 */
export async function owedReports(
  db: Db,
  list: Movement[],
  asOf: string,
  withinDays: number,
): Promise<OwedReport[]> {
  const out: OwedReport[] = [];
  for (const movement of list) {
    if (movement.status === 'closed') continue;
    const dueDates = movement.reportDueDates.filter((d) => daysBetween(asOf, d) <= withinDays);
    if (dueDates.length === 0) continue;
    const participants = await participantsOf(db, movement);
    const rows = await db.select().from(movementReports).where(eq(movementReports.movementId, movement.id));
    const byKey = new Map(rows.map((r) => [`${r.unitId}|${r.dueOn}`, r]));
    for (const unit of participants) {
      for (const dueOn of dueDates) {
        const report = byKey.get(`${unit.id}|${dueOn}`);
        if (report && report.status !== 'returned') continue;
        const daysLeft = daysBetween(asOf, dueOn);
        out.push({
          movementId: movement.id,
          movementName: movement.name,
          unitId: unit.id,
          unitName: unit.name,
          dueOn,
          daysLeft,
          late: daysLeft < 0,
          returned: report?.status === 'returned',
        });
      }
    }
  }
  return out.sort((a, b) => Number(b.late) - Number(a.late) || a.dueOn.localeCompare(b.dueOn));
}

/** How far ahead the home screen shows a movement report still owed. */
export const REPORT_DUE_WINDOW_DAYS = 30;

/**
 * The home screen's movement reports on `asOf`: a unit's staff sees the reports its own units owe (due
 * within the window, or late); whoever sees every unit gets, per movement and due date, how many are
 * still missing.
 */
export async function dueReports(db: Db, scope: PlansScope, asOf: string) {
  const list = await db.select().from(movements).where(eq(movements.periodId, scope.periodId));
  const owed = await owedReports(db, list, asOf, REPORT_DUE_WINDOW_DAYS);
  const all = seesAllUnits(scope);
  const mine = owed.filter((o) => scope.access.unitIds.has(o.unitId));
  const counts = new Map<
    string,
    {
      movementId: string;
      movementName: string;
      dueOn: string;
      daysLeft: number;
      late: boolean;
      missing: number;
    }
  >();
  if (all) {
    for (const o of owed) {
      const key = `${o.movementId}|${o.dueOn}`;
      const entry = counts.get(key) ?? {
        movementId: o.movementId,
        movementName: o.movementName,
        dueOn: o.dueOn,
        daysLeft: o.daysLeft,
        late: o.late,
        missing: 0,
      };
      entry.missing += 1;
      counts.set(key, entry);
    }
  }
  return { asOf, items: mine, missingByMovement: [...counts.values()] };
}
