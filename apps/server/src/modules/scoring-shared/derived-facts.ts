import {
  type Database,
  type PeriodStage,
  pacts,
  planTasks,
  registrations,
  type Transaction,
  unitStaffCounts,
  workPlans,
} from '@thidua/db';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { stageIndex } from '../../workflow/stage-guards';
import { localToday } from '../../kernel/dates';
import { daysLate, dueDateOf } from '../work-plans/deadline';
import { percentOf } from '../../kernel/percent';
import type { DerivedFactName } from './fact-catalogue';

// Facts the product knows from its own records (issue #11 §6, Nghị định 152/2025 Art. 4.6), so nobody
// types them: a submitted registration, the recorded pact, the unit's report tasks in the council's
// work plan, the unit's staff and women counts. Each comes with its source in Vietnamese.

type Db = Database | Transaction;

/** One derived fact of one unit: its value (null: the records do not decide it yet) and where it comes from. */
export interface DerivedFact {
  name: DerivedFactName;
  value: boolean | null;
  /** The record it comes from, in Vietnamese ("Bản đăng ký thi đua gửi ngày 25/03/2026"). */
  source: string;
  /** womenShare70 from counts the standing office has not confirmed yet (they count, marked). */
  unconfirmed?: boolean;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`. */
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const vnInstant = (at: Date) =>
  vnDate(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(at),
  );

/** Exact: at least 70 % women when women × 100 ≥ staff × 70 (no division, no rounding). */
export function womenShareAtLeast70(women: number, staff: number): boolean {
  return women * 100 >= staff * 70;
}

/** "18/24 nữ = 75 %" (the share rounded half up to two decimals, Vietnamese comma). */
export function womenShareText(women: number, staff: number): string {
  return `${women}/${staff} nữ = ${percentOf(women, staff).replace('.', ',')} %`;
}

/** Whether a report task is one of the unit's sơ kết / tổng kết reports (by its content). */
export function isReportTask(content: string): boolean {
  const text = content.normalize('NFC').toLocaleLowerCase('vi');
  return text.includes('báo cáo sơ kết') || text.includes('báo cáo tổng kết');
}

/**
 * The derived facts of `unitIds` in a period at `stage`, on `today`:
 * - `registered`: true when the unit's registration is submitted; false once the registration stage is
 *   over without one; undecided before.
 * - `pactSigned`: true when the pact is recorded; false once the pact stage is over without one.
 * - `reportsSubmitted`: from the unit's tasks in the period's issued work plans whose content names a
 *   "báo cáo sơ kết" or "báo cáo tổng kết" (not cancelled): decided once one of them is due or done —
 *   true when every due one is done. Without such a task the records say nothing: the fact is typed.
 * - `womenShare70`: from the unit's staff and women counts (women × 100 ≥ staff × 70); counts not yet
 *   confirmed by the standing office still count, marked unconfirmed; no counts (or no staff): undecided.
 */
export async function loadDerivedFacts(
  db: Db,
  period: { id: string; stage: string },
  unitIds: string[],
  today: string = localToday(),
): Promise<Map<string, Map<DerivedFactName, DerivedFact>>> {
  const out = new Map<string, Map<DerivedFactName, DerivedFact>>(
    unitIds.map((id) => [id, new Map<DerivedFactName, DerivedFact>()]),
  );
  if (unitIds.length === 0) return out;
  const [regRows, pactRows, taskRows, countRows] = await Promise.all([
    db
      .select()
      .from(registrations)
      .where(and(eq(registrations.periodId, period.id), inArray(registrations.unitId, unitIds))),
    db
      .select()
      .from(pacts)
      .where(and(eq(pacts.periodId, period.id), inArray(pacts.unitId, unitIds))),
    db
      .select({ task: planTasks, planNumber: workPlans.number })
      .from(planTasks)
      .innerJoin(workPlans, eq(workPlans.id, planTasks.planId))
      .where(
        and(
          eq(workPlans.periodId, period.id),
          eq(workPlans.status, 'issued'),
          isNotNull(planTasks.executingUnitId),
          inArray(planTasks.executingUnitId, unitIds),
        ),
      ),
    db
      .select()
      .from(unitStaffCounts)
      .where(and(eq(unitStaffCounts.periodId, period.id), inArray(unitStaffCounts.unitId, unitIds))),
  ]);
  const stage = stageIndex(period.stage as PeriodStage);
  const registrationOver = stage > stageIndex('registration');
  const pactOver = stage > stageIndex('pact');

  for (const unitId of unitIds) {
    const facts = out.get(unitId)!;
    const registration = regRows.find((r) => r.unitId === unitId);
    if (registration?.status === 'submitted' && registration.submittedAt) {
      facts.set('registered', {
        name: 'registered',
        value: true,
        source: `Bản đăng ký thi đua gửi ngày ${vnInstant(registration.submittedAt)}`,
      });
    } else {
      const state = registration
        ? 'Bản đăng ký thi đua còn là bản nháp, chưa gửi'
        : 'Chưa có bản đăng ký thi đua';
      facts.set('registered', {
        name: 'registered',
        value: registrationOver ? false : null,
        source: registrationOver ? state : `${state} (kỳ còn ở giai đoạn đăng ký)`,
      });
    }

    const pact = pactRows.find((p) => p.unitId === unitId);
    if (pact) {
      const number = pact.documentNumber ? `, văn bản ${pact.documentNumber}` : '';
      facts.set('pactSigned', {
        name: 'pactSigned',
        value: true,
        source: `Ký giao ước thi đua ngày ${vnDate(pact.signedOn)}${number}`,
      });
    } else {
      facts.set('pactSigned', {
        name: 'pactSigned',
        value: pactOver ? false : null,
        source: pactOver
          ? 'Chưa ghi nhận ký giao ước thi đua'
          : 'Chưa ghi nhận ký giao ước thi đua (kỳ chưa qua giai đoạn ký giao ước)',
      });
    }

    const reports = taskRows
      .map((r) => r.task)
      .filter((t) => t.executingUnitId === unitId && t.status !== 'cancelled' && isReportTask(t.content));
    const counted = reports.filter((t) => t.status === 'done' || daysLate(t, today) > 0);
    if (counted.length > 0) {
      const done = counted.filter((t) => t.status === 'done');
      const missing = counted.filter((t) => t.status !== 'done');
      const detail = missing.length
        ? `; chưa gửi: ${missing.map((t) => `${t.content} (hạn ${vnDate(dueDateOf(t)!)})`).join('; ')}`
        : '';
      facts.set('reportsSubmitted', {
        name: 'reportsSubmitted',
        value: missing.length === 0,
        source: `Theo kế hoạch công tác: đã gửi ${done.length}/${counted.length} báo cáo sơ kết, tổng kết đến hạn${detail}`,
      });
    }

    const counts = countRows.find((c) => c.unitId === unitId);
    if (counts) {
      const confirmed = counts.confirmedAt !== null;
      const share = counts.staff > 0 ? womenShareText(counts.women, counts.staff) : 'không có lao động';
      const check = confirmed
        ? `đã được Cơ quan thường trực xác nhận ngày ${vnInstant(counts.confirmedAt!)}`
        : 'chưa được Cơ quan thường trực xác nhận';
      facts.set('womenShare70', {
        name: 'womenShare70',
        value: counts.staff > 0 ? womenShareAtLeast70(counts.women, counts.staff) : null,
        source: `Theo số liệu lao động: ${share}, ${check}`,
        unconfirmed: !confirmed,
      });
    }
  }
  return out;
}
