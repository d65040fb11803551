import { awardProposals, councilDecisions, quotas } from '@thidua/db';
import { evaluatePeriod, formatNumber, type ResultDocument, type Vote } from '@thidua/engine';
import { type SeedContext, unitId } from './context';
import { COUNCIL, type FrameworkKey, unitName } from './data/province';
import { buildPeriodDocument } from './period-document';
import { SUMMARY_ABSENTEES } from './seed-meetings';
import { at } from './periods-plan';
import type { ClusterResults } from './seed-results';
import type { SeededCluster, SeededPeriod } from './seed-period';

/** The chair's yearly quotas per cluster (Bắc Giang) — one flag, two certificates; the rest unlimited. */
const QUOTAS: Record<FrameworkKey, Record<string, number>> = {
  localities: { CO_T: 1, BK_CT: 2 },
  departments: { CO_T: 1, BK_CT: 2 },
  schools: { CO_TP: 1, BK_TP: 2 },
};

export interface ClusterOutcome {
  result: ResultDocument;
  tieVotes: Vote[];
}

/** Stores the cluster's quotas and lets the engine rank its closed year from what was stored. */
export async function evaluateCluster(
  ctx: SeedContext,
  period: SeededPeriod,
  cluster: SeededCluster,
  results: ClusterResults,
): Promise<ClusterOutcome> {
  const clusterQuotas = QUOTAS[cluster.key];
  await ctx.tx.insert(quotas).values(
    Object.entries(clusterQuotas).map(([awardCode, quota]) => ({
      clusterId: cluster.id,
      awardCode,
      quota,
      sourceNumber: `${period.plan.calendar === 'schoolYear' ? 1520 : 2150}/QĐ-UBND`,
      note: 'Chỉ tiêu khen thưởng do Chủ tịch UBND tỉnh giao',
    })),
  );
  const document = (votes: Vote[]) =>
    buildPeriodDocument({
      name: `${cluster.cluster.name} — ${period.plan.name}`,
      year: period.plan.year,
      ruleset: cluster.ruleset,
      units: results.units.map((u) => ({ code: u.code, name: unitName(u.code), facts: u.facts })),
      entries: results.entries.filter((e) => e.stage === 'agreed'),
      adjustments: results.adjustments,
      quotas: clusterQuotas,
      votes,
    });
  let result = evaluated(document([]));
  const tieVotes = result.pendingVotes.flatMap((p) =>
    tieBreakBallots(p.award, p.units, results.units.length - SUMMARY_ABSENTEES),
  );
  if (tieVotes.length > 0) result = evaluated(document(tieVotes));
  if (!result.complete) throw new Error(`demo seed: ${cluster.cluster.code} still has a pending tie`);
  return { result, tieVotes };
}

/**
 * A tie at a quota's last place goes to the summary meeting's secret ballot (SPEC §7): the present
 * members' votes split by table order, in shares that always separate the tied units.
 */
export function tieBreakBallots(award: string, tied: readonly string[], voters: number): Vote[] {
  const weights = tied.map((_, i) => tied.length - i);
  const total = weights.reduce((a, b) => a + b, 0);
  return tied.map((unit, i) => ({ award, unit, votes: Math.floor((voters * weights[i]!) / total) }));
}

function evaluated(document: unknown): ResultDocument {
  const evaluation = evaluatePeriod(document);
  if (!evaluation.ok) {
    const errors = evaluation.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`demo seed: the engine refused a demo period: ${errors}`);
  }
  return evaluation.result;
}

/** What the summary meeting's minutes record as decided, with the tie-break ballot if there was one. */
export function decisionsText(cluster: SeededCluster, outcome: ClusterOutcome): string {
  const names = new Map((cluster.ruleset.awards ?? []).map((a) => [a.code, a.name]));
  const lines = outcome.result.units
    .filter((u) => u.award)
    .map(
      (u) =>
        `- ${u.name}: ${names.get(u.award!) ?? u.award} (${formatNumber(u.final)} điểm, xếp thứ ${u.rank})`,
    );
  const ballots = outcome.tieVotes.map((v) => `${unitName(v.unit)} ${v.votes} phiếu`);
  return [
    'Thống nhất đề nghị khen thưởng:',
    ...lines,
    ...(ballots.length ? [`Bỏ phiếu kín phân định các đơn vị bằng điểm: ${ballots.join('; ')}.`] : []),
  ].join('\n');
}

/** The council's decision for a closed period. */
export async function seedDecision(ctx: SeedContext, period: SeededPeriod): Promise<string> {
  const { plan } = period;
  const [row] = await ctx.tx
    .insert(councilDecisions)
    .values({
      councilId: ctx.councilId,
      periodId: period.id,
      number: `${plan.calendar === 'schoolYear' ? 1865 : 215}/QĐ-UBND`,
      title: `Quyết định tặng Cờ thi đua, Bằng khen và danh hiệu thi đua cho các tập thể thuộc cụm, khối thi đua, ${plan.name.toLowerCase()}`,
      signedOn: plan.dates.decision,
      signer: `Chủ tịch ${COUNCIL.people}`,
      note: 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh (Sở Nội vụ tổng hợp)',
    })
    .returning({ id: councilDecisions.id });
  return row!.id;
}

/** The summary meeting's proposals, exactly the engine's awards, approved by the council's decision. */
export async function seedProposals(
  ctx: SeedContext,
  period: SeededPeriod,
  cluster: SeededCluster,
  outcome: ClusterOutcome,
  meetingId: string,
  decisionId: string,
): Promise<void> {
  const awarded = outcome.result.units.filter((u) => u.award);
  if (awarded.length === 0) return;
  await ctx.tx.insert(awardProposals).values(
    awarded.map((u) => ({
      periodId: period.id,
      clusterId: cluster.id,
      unitId: unitId(ctx, u.unit),
      awardCode: u.award!,
      criteriaVersionId: cluster.criteriaVersionId,
      finalScore: String(u.final),
      rank: u.rank,
      status: 'approved' as const,
      meetingId,
      decisionId,
      proposedBy: ctx.staff.get(cluster.seats.leader)!,
      note: u.explanation.award,
      createdAt: at(period.plan.dates.summary, 16),
      updatedAt: at(period.plan.dates.decision, 15),
    })),
  );
}

/**
 * The council's own proposal (no cluster): the Government-flag nominee, the best of the provincial
 * flag winners across clusters (SPEC §4.10), sent up to the Prime Minister — so still only proposed.
 */
export async function seedGovernmentFlagNominee(
  ctx: SeedContext,
  period: SeededPeriod,
  outcomes: { cluster: SeededCluster; outcome: ClusterOutcome }[],
): Promise<void> {
  const winners = outcomes.flatMap(({ cluster, outcome }) =>
    outcome.result.units.filter((u) => u.award === 'CO_T').map((u) => ({ cluster, unit: u })),
  );
  const best = winners.sort((a, b) => b.unit.final - a.unit.final)[0];
  if (!best) return;
  await ctx.tx.insert(awardProposals).values({
    periodId: period.id,
    clusterId: null,
    unitId: unitId(ctx, best.unit.unit),
    awardCode: 'CO_CP',
    criteriaVersionId: best.cluster.criteriaVersionId,
    finalScore: String(best.unit.final),
    rank: best.unit.rank,
    status: 'proposed',
    proposedBy: ctx.standingOffice,
    note: 'Hội đồng Thi đua - Khen thưởng tỉnh đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ: đơn vị dẫn đầu trong các đơn vị được tặng Cờ thi đua của UBND tỉnh',
    createdAt: at(period.plan.dates.decision, 10),
    updatedAt: at(period.plan.dates.decision, 10),
  });
}
