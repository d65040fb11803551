import { type Meeting, meetingAttendance, meetings, type Transaction } from '@thidua/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { type FieldError, invalid } from '../../http/errors';
import { loadWritablePeriod } from '../../workflow/stage-guards';
import type { MeetingScope } from './policy';
import type { AttendanceBody } from '@thidua/contracts/meetings';
import { eligibleUnits, notEligible } from './service';
import { blankToNull } from '../../kernel/text';

/**
 * Records who attended, unit by unit (units not in the request keep what was recorded). Attendance is
 * part of the meeting: it moves the meeting's version, so two secretaries cannot overwrite each other.
 */
export async function recordAttendance(
  tx: Transaction,
  actor: Actor,
  before: Meeting,
  scope: MeetingScope,
  body: AttendanceBody,
): Promise<Meeting> {
  await loadWritablePeriod(tx, before.periodId);
  const eligible = await eligibleUnits(tx, scope);
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  body.items.forEach((item, i) => {
    const path = `body.items[${i}].unitId`;
    if (!eligible.has(item.unitId)) problems.push({ path, message: notEligible(scope) });
    else if (seen.has(item.unitId)) problems.push({ path, message: 'đơn vị bị lặp lại trong danh sách' });
    seen.add(item.unitId);
  });
  if (problems.length > 0) throw invalid(problems);

  const updated = await updateVersioned(tx, meetings, before.id, body.version, {});
  const old = await tx
    .select()
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.meetingId, before.id), inArray(meetingAttendance.unitId, [...seen])));
  const rows = body.items.map((item) => ({
    meetingId: before.id,
    unitId: item.unitId,
    present: item.present,
    delegates: blankToNull(item.delegates) ?? null,
    note: blankToNull(item.note) ?? null,
  }));
  const saved = await tx
    .insert(meetingAttendance)
    .values(rows)
    .onConflictDoUpdate({
      target: [meetingAttendance.meetingId, meetingAttendance.unitId],
      set: {
        present: sql`excluded.present`,
        delegates: sql`excluded.delegates`,
        note: sql`excluded.note`,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  await recordAudit(tx, actor, {
    councilId: scope.councilId,
    entityType: 'meeting',
    entityId: before.id,
    action: 'recordAttendance',
    old: { version: before.version, attendance: old.map(attendanceRecord) },
    new: { version: updated.version, attendance: saved.map(attendanceRecord) },
  });
  return updated;
}

const attendanceRecord = (row: typeof meetingAttendance.$inferSelect) => ({
  unitId: row.unitId,
  present: row.present,
  delegates: row.delegates,
  note: row.note,
});
