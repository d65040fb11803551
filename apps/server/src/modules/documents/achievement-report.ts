import {
  awardProposals,
  councilDecisions,
  criteriaVersions,
  type Database,
  periods,
  registrations,
  type Transaction,
  units,
} from '@thidua/db';
import {
  type AchievementForm,
  type AchievementTarget,
  type AwardRecord,
  buildAchievementReport,
  formatShortDate,
  STATE_COLLECTIVE_SECTIONS,
  vietnamDay,
} from '@thidua/documents';
import { Decimal, evaluatePeriod } from '@thidua/engine';
import { awardName } from '@thidua/vocabulary';
import { and, asc, eq, lt } from 'drizzle-orm';
import { loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { AppError, notFound } from '../../http/errors';
import { findProposal } from '../awards/proposal-routes';
import { loadProposalAccess, requireProposalRead } from '../awards/policy';
import { contextFor } from '../scoring-shared/context';
import { buildPeriodFile } from '../results/period-file-export';
import type { PreparedDocument } from './deliver';
import { type Letterhead, loadCluster, loadLetterhead } from './letterhead';
import { onSnapshot } from '../scoring-shared/snapshot';

type Ruleset = { awards?: { code: string; name?: string }[] } | null;

/** The form a proposal's report follows: the decree's for a state-level award, else the province's. */
function formFor(letterhead: Letterhead, stateLevel: boolean, award: string): AchievementForm {
  if (!stateLevel && letterhead.provincialReportForm) return letterhead.provincialReportForm;
  return {
    title: `Mẫu báo cáo thành tích đề nghị tặng ${award} cho tập thể, Nghị định số 152/2025/NĐ-CP`,
    sections: [...STATE_COLLECTIVE_SECTIONS],
  };
}

/** The unit's year as the engine scored it: its targets (quantitative leaves), final score and rank. */
async function scoredYear(tx: Transaction, actor: Actor, criteriaVersionId: string, unitId: string) {
  const [version] = await tx
    .select()
    .from(criteriaVersions)
    .where(eq(criteriaVersions.id, criteriaVersionId))
    .limit(1);
  if (!version) throw notFound('bộ tiêu chí');
  const context = await contextFor(tx, await loadClusterAccess(tx, actor, version.clusterId), version);
  const file = await buildPeriodFile(tx, context);
  const evaluation = evaluatePeriod(file);
  if (!evaluation.ok) throw new AppError('SCORING_DATA_INVALID', undefined, evaluation.errors);
  const [unit] = await tx.select().from(units).where(eq(units.id, unitId)).limit(1);
  const result = evaluation.result.units.find((u) => u.unit === unit?.code);
  const points = new Map((result?.criteria ?? []).map((c) => [c.code, c] as const));
  const targets: AchievementTarget[] = context.index.leaves
    .filter((leaf) => (leaf.criterion.kind ?? 'qualitative') === 'quantitative')
    .map((leaf) => {
      const entry = file.entries.find((e) => e.unit === unit?.code && e.criterion === leaf.criterion.code);
      const p = points.get(leaf.criterion.code);
      const num = (v: unknown) => (typeof v === 'number' ? v : null);
      return {
        code: leaf.criterion.code,
        name: leaf.criterion.name,
        unit: leaf.criterion.unit ?? '',
        plan: num(entry?.plan),
        actual: num(entry?.actual),
        points: entry && p ? new Decimal(p.base).plus(new Decimal(p.bonus)).toFixed() : null,
        standard: leaf.criterion.points,
      };
    });
  return { version, targets, result, rankedOf: evaluation.result.units.length };
}

/**
 * Báo cáo thành tích of a proposed collective, prefilled from its year: the proposal's read rule (the
 * cluster's leaders and the standing office; the council for its own proposals).
 */
export async function prepareAchievementReport(
  db: Database,
  actor: Actor,
  proposalId: string,
): Promise<PreparedDocument> {
  return onSnapshot(db, async (tx) => {
    const proposal = await findProposal(tx, proposalId);
    const access = await loadProposalAccess(tx, actor, proposal);
    requireProposalRead(access);
    const [unit] = await tx.select().from(units).where(eq(units.id, proposal.unitId)).limit(1);
    const [period] = await tx.select().from(periods).where(eq(periods.id, proposal.periodId)).limit(1);
    const letterhead = await loadLetterhead(tx, access.councilId);
    const year = proposal.criteriaVersionId
      ? await scoredYear(tx, actor, proposal.criteriaVersionId, proposal.unitId)
      : null;
    const ruleset = (year?.version.ruleset ?? null) as Ruleset;
    const award = awardName(proposal.awardCode, ruleset);
    const clusterId = proposal.clusterId ?? year?.version.clusterId ?? null;
    const cluster = clusterId ? await loadCluster(tx, clusterId) : null;
    const [registration] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.periodId, proposal.periodId), eq(registrations.unitId, proposal.unitId)))
      .limit(1);
    const registered: AwardRecord[] = (registration?.titlesSought ?? []).map((code) => ({
      year: String(period!.year),
      name: awardName(code, ruleset),
      source: `Đăng ký thi đua năm ${period!.year}`,
    }));
    const earlier = await tx
      .select({ proposal: awardProposals, year: periods.year, decision: councilDecisions })
      .from(awardProposals)
      .innerJoin(periods, eq(periods.id, awardProposals.periodId))
      .innerJoin(councilDecisions, eq(councilDecisions.id, awardProposals.decisionId))
      .where(
        and(
          eq(awardProposals.unitId, proposal.unitId),
          eq(awardProposals.status, 'approved'),
          lt(periods.year, period!.year),
        ),
      )
      .orderBy(asc(periods.year));
    const received: AwardRecord[] = earlier.map((e) => ({
      year: String(e.year),
      name: awardName(e.proposal.awardCode),
      source: `Quyết định số ${e.decision.number}${e.decision.signedOn ? ` ngày ${formatShortDate(e.decision.signedOn)}` : ''}`,
    }));
    const document = buildAchievementReport({
      issuer: {
        parentBody: letterhead.parentBody || letterhead.issuingBody,
        issuingBody: unit!.name,
        place: letterhead.placeName,
        symbolSuffix: '',
      },
      unitName: unit!.name,
      clusterName: cluster?.name ?? null,
      periodName: period!.name.toLowerCase(),
      year: period!.year,
      award,
      form: formFor(letterhead, proposal.clusterId === null, award),
      targets: year?.targets ?? [],
      final: year?.result?.final ?? proposal.finalScore,
      rank: year?.result?.rank ?? proposal.rank,
      rankedOf: year?.rankedOf ?? null,
      registered,
      received,
      date: vietnamDay(new Date()),
    });
    return {
      kind: 'achievementReport',
      document,
      fileName: `Báo cáo thành tích - ${unit!.name} - ${award} - ${period!.year}`,
      councilId: access.councilId,
      entityId: proposalId,
      source: {
        proposalId,
        unitId: proposal.unitId,
        awardCode: proposal.awardCode,
        version: proposal.version,
      },
      data: { targets: year?.targets, final: year?.result?.final, registered, received },
      author: unit!.name,
    };
  });
}
