import {
  type Database,
  meetings,
  type Period,
  type ProgrammeSession,
  programmeSessions,
  type Transaction,
} from '@thidua/db';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import type { FieldError } from '../../http/errors';
import { blankToNull } from '../../kernel/text';
import { periodRowCommands } from '../plans-shared/period-rows';
import { assertNoErrors, type PlansScope, unitErrors } from '../plans-shared/policy';
import { dateInMonth, monthInSpan, monthLabel, vnDate } from './months';
import type { SessionBody } from './schema';

type Db = Database | Transaction;

/** The period's sessions in programme order: by month, then by day (undated last), then as entered. */
export async function listSessions(db: Db, periodId: string): Promise<ProgrammeSession[]> {
  return db
    .select()
    .from(programmeSessions)
    .where(eq(programmeSessions.periodId, periodId))
    .orderBy(
      asc(programmeSessions.year),
      asc(programmeSessions.month),
      asc(programmeSessions.heldOn),
      asc(programmeSessions.createdAt),
      asc(programmeSessions.id),
    );
}

type SessionColumns = Partial<
  Omit<ProgrammeSession, 'id' | 'councilId' | 'periodId' | 'version' | 'createdAt' | 'updatedAt'>
>;

function columnsOf(body: Partial<SessionBody>): SessionColumns {
  const out: SessionColumns = {};
  if (body.year !== undefined) out.year = body.year;
  if (body.month !== undefined) out.month = body.month;
  if (body.heldOn !== undefined) out.heldOn = body.heldOn;
  if (body.title !== undefined) out.title = body.title;
  if (body.agenda !== undefined) out.agenda = body.agenda;
  if (body.presiding !== undefined) out.presiding = blankToNull(body.presiding) ?? null;
  if (body.preparingUnitId !== undefined) out.preparingUnitId = body.preparingUnitId;
  if (body.preparingBody !== undefined) out.preparingBody = blankToNull(body.preparingBody) ?? null;
  if (body.coordinatingBodies !== undefined)
    out.coordinatingBodies = blankToNull(body.coordinatingBodies) ?? null;
  if (body.place !== undefined) out.place = blankToNull(body.place) ?? null;
  if (body.status !== undefined) out.status = body.status;
  if (body.meetingId !== undefined) out.meetingId = body.meetingId;
  if (body.note !== undefined) out.note = blankToNull(body.note) ?? null;
  return out;
}

/**
 * The whole session after the write (`merged`) is checked, and each problem named by the field that
 * was sent: the month within the period, the day within the month, the preparing unit of the council,
 * the meeting of the same period.
 */
async function check(
  tx: Transaction,
  period: Period,
  merged: SessionColumns & Pick<ProgrammeSession, 'year' | 'month'>,
  sent: Partial<SessionBody>,
) {
  const errors: FieldError[] = [];
  const { year, month } = merged;
  const inPeriod = monthInSpan(year, month, period.startsOn, period.endsOn);
  if (!inPeriod) {
    errors.push({
      path: 'body.month',
      message: `${monthLabel(year, month).toLowerCase()} không thuộc kỳ thi đua ${period.name} (${vnDate(period.startsOn)} – ${vnDate(period.endsOn)})`,
    });
  }
  if (inPeriod && merged.heldOn && !dateInMonth(merged.heldOn, year, month)) {
    errors.push(
      sent.heldOn
        ? {
            path: 'body.heldOn',
            message: `ngày họp ${vnDate(merged.heldOn)} không thuộc ${monthLabel(year, month).toLowerCase()} của phiên họp`,
          }
        : {
            path: 'body.month',
            message: `phiên họp đã định ngày ${vnDate(merged.heldOn)}: sửa hoặc bỏ ngày họp (heldOn) khi chuyển sang ${monthLabel(year, month).toLowerCase()}`,
          },
    );
  }
  if (sent.preparingUnitId) {
    errors.push(
      ...(await unitErrors(tx, period.councilId, [
        { path: 'body.preparingUnitId', unitId: sent.preparingUnitId },
      ])),
    );
  }
  if (sent.meetingId) {
    const [meeting] = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, sent.meetingId), eq(meetings.periodId, period.id)))
      .limit(1);
    // An unknown meeting and another period's (or council's) get the same answer.
    if (!meeting) errors.push({ path: 'body.meetingId', message: 'không phải cuộc họp của kỳ thi đua này' });
  }
  assertNoErrors(errors);
}

const commands = periodRowCommands({
  table: programmeSessions,
  entityType: 'programmeSession',
  what: 'phiên họp trong chương trình công tác',
  columnsOf,
  requiredOf: (body: SessionBody) => ({
    year: body.year,
    month: body.month,
    title: body.title,
    agenda: body.agenda,
  }),
  check,
});

export const createSession = commands.create;
export const updateSession = commands.update;
export const deleteSession = commands.remove;

export async function findSession(
  db: Db,
  actor: Actor,
  sessionId: string,
): Promise<{ session: ProgrammeSession; scope: PlansScope }> {
  const { row, scope } = await commands.find(db, actor, sessionId);
  return { session: row, scope };
}
