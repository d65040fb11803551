import {
  type AwardProposal,
  awardProposals,
  clusterMembers,
  type Database,
  type Period,
  periods,
  stageDeadlines,
  type Transaction,
} from '@thidua/db';
import { and, countDistinct, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { insertAudited } from '../../http/versioned-update';
import type { Actor } from '../../auth/actor';
import { AppError, invalid } from '../../http/errors';
import { assertStage } from '../../workflow/stage-table';
import { blankToNull } from '../../kernel/text';
import { formatCount, formatPercent } from './government-flag-format';
import {
  governmentFlagDossierDue,
  NOMINEE_SHARE_PERCENT,
  nomineeLimit,
  voteReaches,
  votesNeeded,
} from './government-flag-rules';
import type { PeriodAccess } from './policy';
import { assertProposable } from './proposal-bars';
import { checkMeeting } from './proposal-inputs';
import { auditProposal } from './proposal-rules';
import type { NomineeBody } from '@thidua/contracts/awards';

/** Cờ thi đua của Chính phủ: proposed by the council, not by a cluster (SPEC §7, last sentence). */
export const GOVERNMENT_FLAG = 'CO_CP';
/** The city / provincial flags (SPEC §2 glossary) whose winners the council chooses among. */
export const FLAG_AWARDS = ['CO_TP', 'CO_T'] as const;
/** A flag proposal still standing: proposed by its cluster, or already approved. */
const STANDING = ['proposed', 'approved'] as const;

/**
 * The cluster proposals that make a unit a candidate (Nghị định 152/2025/NĐ-CP Art. 7.1): a city or
 * provincial flag still standing — so the unit was eligible and met the flag's standard — made for the
 * unit that leads its cluster or block (rank 1).
 */
export function candidateFilter(periodId: string) {
  return and(
    eq(awardProposals.periodId, periodId),
    isNotNull(awardProposals.clusterId),
    inArray(awardProposals.awardCode, [...FLAG_AWARDS]),
    inArray(awardProposals.status, [...STANDING]),
    eq(awardProposals.rank, 1),
  );
}

/** The collectives leading a cluster or block of the period: one per cluster that has member units. */
export async function clusterLeaders(tx: Database | Transaction, periodId: string): Promise<number> {
  const [row] = await tx
    .select({ n: countDistinct(clusterMembers.clusterId) })
    .from(clusterMembers)
    .where(eq(clusterMembers.periodId, periodId));
  return row?.n ?? 0;
}

export const DOSSIER_DEADLINE_NOTE =
  'Hạn gửi hồ sơ đề nghị Cờ thi đua của Chính phủ (khoản 1 Điều 35 Nghị định 152/2025/NĐ-CP)';

/**
 * Art. 35.1: with a nominee, the period's decision stage is due by the Government-flag dossier date
 * (30/6 of the next year; 31/12 for a school year), shown on the due panel like every stage deadline.
 * A period-wide deadline the office already set for that stage is left as it is.
 */
async function ensureDossierDeadline(tx: Transaction, actor: Actor, period: Period): Promise<void> {
  const [existing] = await tx
    .select({ id: stageDeadlines.id })
    .from(stageDeadlines)
    .where(
      and(
        eq(stageDeadlines.periodId, period.id),
        eq(stageDeadlines.stage, 'decision'),
        isNull(stageDeadlines.clusterId),
        isNull(stageDeadlines.unitType),
      ),
    );
  if (existing) return;
  await insertAudited(
    tx,
    actor,
    stageDeadlines,
    {
      periodId: period.id,
      stage: 'decision',
      dueOn: governmentFlagDossierDue(period),
      note: DOSSIER_DEADLINE_NOTE,
    },
    {
      councilId: period.councilId,
      entityType: 'stageDeadline',
      reason: DOSSIER_DEADLINE_NOTE,
    },
  );
}

/** Art. 33.5: the council's vote, recorded with its count, must reach 80 % of all its members. */
function checkVote(vote: NomineeBody['vote']): { inFavour: number; members: number } {
  if (!vote) {
    throw invalid([
      {
        path: 'body.vote',
        message:
          'cần ghi kết quả biểu quyết của Hội đồng: số thành viên đồng ý và tổng số thành viên (khoản 5 Điều 33 Nghị định 152/2025/NĐ-CP)',
      },
    ]);
  }
  if (vote.inFavour > vote.members) {
    throw invalid([
      {
        path: 'body.vote.inFavour',
        message: `số đồng ý (${vote.inFavour}) lớn hơn tổng số thành viên Hội đồng (${vote.members})`,
      },
    ]);
  }
  if (!voteReaches(vote.inFavour, vote.members)) {
    throw invalid([
      {
        path: 'body.vote.inFavour',
        message:
          `${vote.inFavour}/${vote.members} thành viên đồng ý (${formatPercent(vote.inFavour, vote.members)}) chưa đạt 80% tổng số ` +
          `thành viên Hội đồng: cần ít nhất ${votesNeeded(vote.members)} (khoản 5 Điều 33 Nghị định 152/2025/NĐ-CP)`,
      },
    ]);
  }
  return vote;
}

/**
 * The standing office chooses the council's Government-flag nominees among the units leading their
 * cluster that got the city or provincial flag (Nghị định 152/2025/NĐ-CP Art. 7.1), at most 20 % of the
 * cluster leaders (`nomineeLimit`), each on a council vote reaching 80 % of its members (Art. 33.5). The
 * score and rank are those of the unit's flag proposal.
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
  assertStage(period!, 'writeProposals', 'chọn đơn vị đề nghị Cờ thi đua của Chính phủ');
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
        message:
          'không phải đơn vị dẫn đầu cụm, khối (hạng 1) được đề nghị Cờ thi đua cấp thành phố, tỉnh trong kỳ này (khoản 1 Điều 7 Nghị định 152/2025/NĐ-CP)',
      },
    ]);
  }
  await assertProposable(tx, access.period.id, [{ unitId: body.unitId, path: 'body.unitId' }]);
  const vote = checkVote(body.vote);
  const council = await tx
    .select()
    .from(awardProposals)
    .where(and(eq(awardProposals.periodId, access.period.id), eq(awardProposals.awardCode, GOVERNMENT_FLAG)));
  const standing = council.filter(
    (p) => p.clusterId === null && (STANDING as readonly string[]).includes(p.status),
  );
  if (standing.some((p) => p.unitId === body.unitId)) {
    throw new AppError('DUPLICATE', 'Đơn vị này đã được Hội đồng đề nghị Cờ thi đua của Chính phủ trong kỳ');
  }
  const leaders = await clusterLeaders(tx, access.period.id);
  const limit = nomineeLimit(leaders);
  if (standing.length >= limit) {
    throw new AppError(
      'NOMINEE_LIMIT',
      `Đã có ${formatCount(standing.length)} đơn vị được đề nghị Cờ thi đua của Chính phủ; tối đa ${NOMINEE_SHARE_PERCENT}% ` +
        `của ${formatCount(leaders)} tập thể dẫn đầu cụm, khối là ${formatCount(limit)} đơn vị (khoản 1 Điều 7 Nghị định ` +
        `152/2025/NĐ-CP); rút một đề nghị trước khi chọn đơn vị khác`,
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
    voteInFavour: vote.inFavour,
    voteMembers: vote.members,
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
    await ensureDossierDeadline(tx, actor, period!);
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
  await ensureDossierDeadline(tx, actor, period!);
  return created!;
}
