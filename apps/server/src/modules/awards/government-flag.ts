import { type AwardProposal, awardProposals, periods, type Transaction } from '@thidua/db';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { AppError, invalid } from '../../http/errors';
import { assertStageIn } from '../../workflow/stage-guards';
import { blankToNull } from '../meetings/text';
import type { PeriodAccess } from './policy';
import { checkMeeting } from './proposal-inputs';
import { auditProposal, PROPOSAL_STAGES } from './proposal-rules';
import type { NomineeBody } from './schema';

/** Cờ thi đua của Chính phủ: proposed by the council, not by a cluster (SPEC §7, last sentence). */
export const GOVERNMENT_FLAG = 'CO_CP';
/** The city / provincial flags (SPEC §2 glossary) whose winners the council chooses among. */
export const FLAG_AWARDS = ['CO_TP', 'CO_T'] as const;
/** A flag proposal still standing: proposed by its cluster, or already approved. */
const STANDING = ['proposed', 'approved'] as const;

/** The cluster proposals that make a unit a candidate: a city/provincial flag still standing. */
export function candidateFilter(periodId: string) {
  return and(
    eq(awardProposals.periodId, periodId),
    isNotNull(awardProposals.clusterId),
    inArray(awardProposals.awardCode, [...FLAG_AWARDS]),
    inArray(awardProposals.status, [...STANDING]),
  );
}

/**
 * The standing office chooses the council's Government-flag nominee among the units that got the city or
 * provincial flag in any cluster of the period. There is one nominee at a time: choosing another means
 * withdrawing the current one first. The score and rank are those of the unit's flag proposal.
 */
export async function nominateGovernmentFlag(
  tx: Transaction,
  actor: Actor,
  access: PeriodAccess,
  body: NomineeBody,
): Promise<AwardProposal> {
  // A row lock stronger than the usual FOR SHARE serialises two concurrent choices, so only one nominee
  // stands; NO KEY UPDATE still lets other writes reference the period.
  const [period] = await tx
    .select()
    .from(periods)
    .where(eq(periods.id, access.period.id))
    .for('no key update');
  assertStageIn(period!, PROPOSAL_STAGES, 'chọn đơn vị đề nghị Cờ thi đua của Chính phủ');
  await checkMeeting(tx, body.meetingId, { periodId: access.period.id, clusterId: null });
  const reason = body.reason?.trim() || null;

  const [flag] = await tx
    .select()
    .from(awardProposals)
    .where(and(candidateFilter(access.period.id), eq(awardProposals.unitId, body.unitId)))
    .limit(1);
  if (!flag) {
    throw invalid([
      {
        path: 'body.unitId',
        message: 'không phải đơn vị được đề nghị Cờ thi đua cấp thành phố, tỉnh ở một cụm, khối trong kỳ này',
      },
    ]);
  }
  const council = await tx
    .select()
    .from(awardProposals)
    .where(and(eq(awardProposals.periodId, access.period.id), eq(awardProposals.awardCode, GOVERNMENT_FLAG)));
  const current = council.find(
    (p) => p.clusterId === null && (STANDING as readonly string[]).includes(p.status),
  );
  if (current) {
    throw new AppError(
      'DUPLICATE',
      'Hội đồng đã chọn đơn vị đề nghị Cờ thi đua của Chính phủ trong kỳ; rút đề nghị đó trước khi chọn đơn vị khác',
    );
  }
  const values = {
    finalScore: flag.finalScore,
    rank: flag.rank,
    criteriaVersionId: flag.criteriaVersionId,
    meetingId: body.meetingId ?? null,
    proposedBy: actor.userId,
    note: blankToNull(body.note) ?? null,
    reason,
  };
  const previous = council.find((p) => p.unitId === body.unitId);
  if (previous && previous.clusterId === null && previous.status === 'withdrawn') {
    const [revived] = await tx
      .update(awardProposals)
      .set({ ...values, status: 'proposed', version: sql`${awardProposals.version} + 1` })
      .where(eq(awardProposals.id, previous.id))
      .returning();
    await auditProposal(
      tx,
      actor,
      access.period.councilId,
      'repropose',
      previous,
      revived!,
      reason ?? undefined,
    );
    return revived!;
  }
  // Anything else for this unit and award (a cluster's own CO_CP, a rejected nomination) is refused by
  // the unique key with the DUPLICATE message of errors-hook.
  const [created] = await tx
    .insert(awardProposals)
    .values({
      ...values,
      periodId: access.period.id,
      clusterId: null,
      unitId: body.unitId,
      awardCode: GOVERNMENT_FLAG,
    })
    .returning();
  await auditProposal(tx, actor, access.period.councilId, 'create', undefined, created!, reason ?? undefined);
  return created!;
}
