import {
  awardProposals,
  clusterMembers,
  clusters,
  councilDecisions,
  criteriaVersions,
  type Database,
  meetings,
  type Period,
  type Transaction,
  units,
} from '@thidua/db';
import { formatShortDate, type ProposedCollective, vietnamDay } from '@thidua/documents';
import { awardName, MEETING_KIND_NAMES } from '@thidua/vocabulary';
import { and, asc, count, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { notFound } from '../../http/errors';
import { awardsOf } from '../awards/issued-ruleset';
import { loadPeriodAccess, requirePeriodRead } from '../awards/policy';

type Db = Database | Transaction;

/** Which proposals a tờ trình covers: the clusters' (provincial awards) or the council's own (state level). */
export interface ProposalSelection {
  level: 'cluster' | 'council' | 'all';
  awardCode?: string | undefined;
  clusterId?: string | undefined;
}

/** The proposals of a period as the list prints them, and what the tờ trình says of where they came from. */
export interface ProposalData {
  period: Period;
  collectives: ProposedCollective[];
  /** The clusters' meetings that agreed the proposals, and the council's votes. */
  opinions: string[];
  /** Award codes in the list, for the file name and audit. */
  awardCodes: string[];
  proposalIds: string[];
}

/**
 * The period's open and approved proposals (never withdrawn or rejected) for a tờ trình, in the ladder's
 * order then by score — read under the same rule as `/periods/{id}/proposals` (standing office, council
 * members).
 */
export async function loadProposalData(
  db: Db,
  actor: Actor,
  periodId: string,
  selection: ProposalSelection,
  extra: SQL | undefined = undefined,
): Promise<ProposalData> {
  const access = await loadPeriodAccess(db, actor, periodId);
  requirePeriodRead(access);
  const rows = await db
    .select({
      proposal: awardProposals,
      unitName: units.name,
      clusterName: clusters.name,
      ruleset: criteriaVersions.ruleset,
    })
    .from(awardProposals)
    .innerJoin(units, eq(units.id, awardProposals.unitId))
    .leftJoin(clusters, eq(clusters.id, awardProposals.clusterId))
    .leftJoin(criteriaVersions, eq(criteriaVersions.id, awardProposals.criteriaVersionId))
    .where(
      and(
        eq(awardProposals.periodId, periodId),
        inArray(awardProposals.status, ['proposed', 'approved']),
        selection.level === 'council' ? isNull(awardProposals.clusterId) : undefined,
        selection.level === 'cluster' ? isNotNull(awardProposals.clusterId) : undefined,
        selection.awardCode ? eq(awardProposals.awardCode, selection.awardCode) : undefined,
        selection.clusterId ? eq(awardProposals.clusterId, selection.clusterId) : undefined,
        extra,
      ),
    );
  const sizes = await clusterSizes(db, periodId);
  // The ladder's order (highest award first), then the higher score, then the name.
  const ladderIndex = (code: string, ruleset: unknown) => {
    const i = awardsOf(ruleset).findIndex((a) => a.code === code);
    return i < 0 ? 99 : i;
  };
  rows.sort(
    (a, b) =>
      ladderIndex(a.proposal.awardCode, a.ruleset) - ladderIndex(b.proposal.awardCode, b.ruleset) ||
      a.proposal.awardCode.localeCompare(b.proposal.awardCode) ||
      Number(b.proposal.finalScore ?? 0) - Number(a.proposal.finalScore ?? 0) ||
      a.unitName.localeCompare(b.unitName, 'vi'),
  );
  const collectives = rows.map(({ proposal, unitName, clusterName, ruleset }) => ({
    name: unitName,
    clusterName,
    award: awardName(proposal.awardCode, ruleset as { awards?: { code: string; name?: string }[] } | null),
    final: proposal.finalScore,
    rank: proposal.rank,
    rankedOf: proposal.clusterId ? (sizes.get(proposal.clusterId) ?? null) : null,
    note: noteOf(proposal),
  }));
  return {
    period: access.period,
    collectives,
    opinions: await opinionsOf(
      db,
      rows.map((r) => r.proposal),
    ),
    awardCodes: [...new Set(rows.map((r) => r.proposal.awardCode))],
    proposalIds: rows.map((r) => r.proposal.id),
  };
}

function noteOf(proposal: typeof awardProposals.$inferSelect): string {
  const parts: string[] = [];
  if (proposal.voteMembers !== null && proposal.voteInFavour !== null)
    parts.push(`Hội đồng biểu quyết ${proposal.voteInFavour}/${proposal.voteMembers} thành viên tán thành`);
  if (proposal.status === 'approved') parts.push('Đã được duyệt');
  return parts.join('; ');
}

async function clusterSizes(db: Db, periodId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ clusterId: clusterMembers.clusterId, n: count() })
    .from(clusterMembers)
    .where(eq(clusterMembers.periodId, periodId))
    .groupBy(clusterMembers.clusterId);
  return new Map(rows.map((r) => [r.clusterId, r.n]));
}

/** "Cụm thi đua số 1 bình xét, thống nhất đề nghị tại Hội nghị tổng kết ngày 10/12/2026 (4 tập thể)". */
async function opinionsOf(db: Db, proposals: (typeof awardProposals.$inferSelect)[]): Promise<string[]> {
  const meetingIds = [...new Set(proposals.flatMap((p) => (p.meetingId ? [p.meetingId] : [])))];
  const held =
    meetingIds.length === 0
      ? []
      : await db
          .select({
            id: meetings.id,
            kind: meetings.kind,
            heldOn: meetings.heldOn,
            clusterName: clusters.name,
          })
          .from(meetings)
          .leftJoin(clusters, eq(clusters.id, meetings.clusterId))
          .where(inArray(meetings.id, meetingIds))
          .orderBy(asc(meetings.heldOn), asc(clusters.name));
  const out = held.map((m) => {
    const n = proposals.filter((p) => p.meetingId === m.id).length;
    return `${m.clusterName ?? 'Hội đồng'} bình xét, thống nhất đề nghị tại ${MEETING_KIND_NAMES[m.kind]} ngày ${formatShortDate(m.heldOn)} (${n} tập thể)`;
  });
  for (const p of proposals)
    if (p.voteMembers !== null && p.voteInFavour !== null)
      out.push(
        `Hội đồng biểu quyết ${p.voteInFavour}/${p.voteMembers} thành viên tán thành ` +
          `(yêu cầu ít nhất 80% tổng số thành viên Hội đồng, khoản 5 Điều 33 Nghị định số 152/2025/NĐ-CP)`,
      );
  return out;
}

/** A council decision and the proposals it granted, under the council's read rule. */
export async function loadDecisionData(db: Db, actor: Actor, decisionId: string) {
  const [decision] = await db
    .select()
    .from(councilDecisions)
    .where(eq(councilDecisions.id, decisionId))
    .limit(1);
  if (!decision) throw notFound('quyết định');
  const data = await loadProposalData(
    db,
    actor,
    decision.periodId,
    { level: 'all' },
    eq(awardProposals.decisionId, decisionId),
  );
  return { decision, data };
}

/** Today in Việt Nam, for the date line of a draft the office prints now. */
export const today = () => vietnamDay(new Date());
