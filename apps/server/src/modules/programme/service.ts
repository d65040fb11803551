import {
  type Database,
  meetings,
  type Period,
  type ProgrammeSession,
  programmeSessions,
  type Transaction,
} from '@thidua/db';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import type { FieldError } from '../../http/errors';
import { deleteAudited, findById, updateAudited } from '../../http/versioned-update';
import { blankToNull } from '../../kernel/text';
import {
  assertNoErrors,
  assertPeriodWritable,
  type PlansScope,
  scopeOf,
  unitErrors,
} from '../plans-shared/policy';
import { dateInMonth, monthInSpan, monthLabel, vnDate } from './months';
import type { SessionBody, SessionPatch } from './schema';

type Db = Database | Transaction;

const ENTITY = 'programmeSession';

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

export async function findSession(
  db: Db,
  actor: Actor,
  sessionId: string,
): Promise<{ session: ProgrammeSession; scope: PlansScope }> {
  const session = await findById(db, programmeSessions, sessionId, 'phiên họp trong chương trình công tác');
  return { session, scope: scopeOf(actor, session.councilId, session.periodId) };
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

export async function createSession(
  tx: Transaction,
  actor: Actor,
  scope: PlansScope,
  body: SessionBody,
): Promise<ProgrammeSession> {
  const period = await assertPeriodWritable(tx, scope.periodId);
  const columns = columnsOf(body);
  await check(tx, period, { ...columns, year: body.year, month: body.month }, body);
  const [session] = await tx
    .insert(programmeSessions)
    .values({
      ...columns,
      year: body.year,
      month: body.month,
      title: body.title,
      agenda: body.agenda,
      councilId: scope.councilId,
      periodId: scope.periodId,
    })
    .returning();
  await recordAudit(tx, actor, {
    councilId: scope.councilId,
    entityType: ENTITY,
    entityId: session!.id,
    action: 'create',
    new: session,
  });
  return session!;
}

export async function updateSession(
  tx: Transaction,
  actor: Actor,
  before: ProgrammeSession,
  body: SessionPatch,
): Promise<ProgrammeSession> {
  const period = await assertPeriodWritable(tx, before.periodId);
  const { version, reason, ...fields } = body;
  const columns = columnsOf(fields);
  await check(tx, period, { ...before, ...columns }, fields);
  const updated = await updateAudited(tx, actor, programmeSessions, before, version, columns, {
    councilId: before.councilId,
    entityType: ENTITY,
    reason,
  });
  return updated;
}

export async function deleteSession(
  tx: Transaction,
  actor: Actor,
  before: ProgrammeSession,
  version: number,
  reason: string | undefined,
): Promise<void> {
  await assertPeriodWritable(tx, before.periodId);
  await deleteAudited(tx, actor, programmeSessions, before, version, {
    councilId: before.councilId,
    entityType: ENTITY,
    reason,
  });
}
