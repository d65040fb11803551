import { type Database, type Period, periods, stageDeadlines, type Transaction } from '@thidua/db';
import { findProfile } from '@thidua/profiles';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { requireCouncilMember } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { updateAudited } from '../../http/versioned-update';
import { forbidden, invalid, notFound } from '../../http/errors';
import { lockPeriodStage } from '../../workflow/stage-guards';
import { assertWritable } from '../../workflow/stage-table';
import { defaultPeriodSpan, profileDeadlineDate, vietnameseDate } from '../../kernel/dates';
import { canManagePeriods } from './policy';
import type { periodBody, periodPatch } from '@thidua/contracts/periods';

const PROFILE_CALENDARS = { calendar: 'calendarYear', school: 'schoolYear' } as const;

/** Loads a period the actor may read (another council's is 404). */
export async function loadReadablePeriod(db: Database | Transaction, actor: Actor, periodId: string) {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId)).limit(1);
  if (!period) throw notFound('kỳ thi đua');
  return { period, access: requireCouncilMember(actor, period.councilId) };
}

/** Refuses anyone but the standing office (after the council check, so strangers still get 404). */
export function requirePeriodManager(actor: Actor, councilId: string) {
  const access = requireCouncilMember(actor, councilId);
  if (!canManagePeriods(access)) throw forbidden('Chỉ cơ quan thường trực Hội đồng được quản lý kỳ thi đua');
  return access;
}

/**
 * Creates a period: the dates default to the calendar's span, and a profile's day-of-year deadlines
 * become the period-wide stage deadlines.
 */
export async function createPeriod(
  db: Database,
  actor: Actor,
  councilId: string,
  body: z.infer<typeof periodBody>,
): Promise<Period> {
  const profile = body.profileId === undefined ? undefined : findProfile(body.profileId);
  if (body.profileId !== undefined && !profile) {
    throw invalid([{ path: 'body.profileId', message: `không có hồ sơ mẫu "${body.profileId}"` }]);
  }
  if (profile && PROFILE_CALENDARS[profile.calendar] !== body.calendar) {
    const wanted = profile.calendar === 'school' ? 'năm học' : 'năm dương lịch';
    throw invalid([
      { path: 'body.profileId', message: `hồ sơ mẫu "${profile.name}" dùng cho kỳ theo ${wanted}` },
    ]);
  }
  const span = defaultPeriodSpan(body.year, body.calendar);
  const startsOn = body.startsOn ?? span.startsOn;
  const endsOn = body.endsOn ?? span.endsOn;
  assertSpan(startsOn, endsOn);
  return db.transaction(async (tx) => {
    const [period] = await tx
      .insert(periods)
      .values({ councilId, name: body.name, year: body.year, calendar: body.calendar, startsOn, endsOn })
      .returning();
    const deadlines = profile?.deadlines.length
      ? await tx
          .insert(stageDeadlines)
          .values(
            profile.deadlines.map((d) => ({
              periodId: period!.id,
              stage: d.stage,
              dueOn: profileDeadlineDate(body.year, body.calendar, d.month, d.day),
              note: d.note ?? null,
            })),
          )
          .returning()
      : [];
    await recordAudit(tx, actor, {
      councilId,
      entityType: 'period',
      entityId: period!.id,
      action: 'create',
      new: { ...period, profileId: profile?.id ?? null, deadlines },
    });
    return period!;
  });
}

function assertSpan(startsOn: string, endsOn: string): void {
  if (startsOn > endsOn) {
    throw invalid([
      {
        path: 'body.endsOn',
        message: `ngày kết thúc phải không sớm hơn ngày bắt đầu ${vietnameseDate(startsOn)} (nhận được ${vietnameseDate(endsOn)})`,
      },
    ]);
  }
}

/** Renames a period or moves its dates, with the version the client read. */
export async function updatePeriod(
  db: Database,
  actor: Actor,
  periodId: string,
  body: z.infer<typeof periodPatch>,
): Promise<Period> {
  return db.transaction(async (tx) => {
    const before = await lockManagedPeriod(tx, actor, periodId);
    const { version, ...changes } = body;
    assertSpan(changes.startsOn ?? before.startsOn, changes.endsOn ?? before.endsOn);
    const updated = await updateAudited(
      tx,
      actor,
      periods,
      before,
      version,
      { ...changes },
      {
        councilId: before.councilId,
        entityType: 'period',
      },
    );
    return updated;
  });
}

/** The period locked FOR UPDATE for a change by its standing office (403 otherwise), unless archived. */
export async function lockManagedPeriod(tx: Transaction, actor: Actor, periodId: string): Promise<Period> {
  const period = await lockPeriod(tx, periodId);
  requirePeriodManager(actor, period.councilId);
  assertWritable(period);
  return period;
}

/**
 * The period row locked FOR UPDATE, after its stage lock (`lockPeriodStage`): a stage change waits for
 * (and blocks) every guarded write, those that lock the row FOR SHARE and those that share the lock.
 */
export async function lockPeriod(tx: Transaction, periodId: string): Promise<Period> {
  await lockPeriodStage(tx, periodId);
  const [period] = await tx.select().from(periods).where(eq(periods.id, periodId)).for('update').limit(1);
  if (!period) throw notFound('kỳ thi đua');
  return period;
}
