import { awardProposals, clusters, type Database, periods, quotas, type Transaction } from '@thidua/db';
import { buildCouncilReport, type ClusterProgress, vietnamDay } from '@thidua/documents';
import { awardName } from '@thidua/vocabulary';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { loadPeriodAccess, requirePeriodRead } from '../awards/policy';
import { contextFor, loadIssuedVersion } from '../scoring-shared/context';
import { evaluateStored } from '../results/service';
import type { PreparedDocument } from './deliver';
import { councilIssuer, councilSignature, loadLetterhead } from './letterhead';
import { onSnapshot } from '../scoring-shared/snapshot';

type Rules = { awards?: { code: string; name?: string }[] } | null;

/** Award code → count of a period's proposals in the given statuses. */
async function proposalCounts(tx: Transaction, periodId: string, statuses: ('proposed' | 'approved')[]) {
  const rows = await tx
    .select({ code: awardProposals.awardCode })
    .from(awardProposals)
    .where(and(eq(awardProposals.periodId, periodId), inArray(awardProposals.status, statuses)));
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.code, (out.get(r.code) ?? 0) + 1);
  return out;
}

/**
 * Báo cáo sơ kết 6 tháng / tổng kết năm of the council for a period: every cluster's results as the
 * engine computes them (`/results` of each), awards against the clusters' quotas, proposals and approvals,
 * and the approvals of the year before. For the standing office and council members.
 */
export async function prepareCouncilReport(
  db: Database,
  actor: Actor,
  periodId: string,
  kind: 'midyear' | 'annual',
): Promise<PreparedDocument> {
  return onSnapshot(db, async (tx) => {
    const access = await loadPeriodAccess(tx, actor, periodId);
    requirePeriodRead(access);
    const { period } = access;
    const clusterRows = await tx
      .select()
      .from(clusters)
      .where(eq(clusters.periodId, periodId))
      .orderBy(asc(clusters.name));
    const progress: ClusterProgress[] = [];
    const computed = new Map<string, number>();
    const names = new Map<string, string>();
    for (const cluster of clusterRows) {
      const version = await loadIssuedVersion(tx, cluster.id).catch(() => null);
      if (!version) {
        progress.push({
          name: cluster.name,
          units: 0,
          complete: 0,
          leader: null,
          awards: new Map(),
          settled: true,
        });
        continue;
      }
      const context = await contextFor(tx, await loadClusterAccess(tx, actor, cluster.id), version);
      const result = await evaluateStored(tx, context);
      for (const a of (version.ruleset as Rules)?.awards ?? [])
        names.set(a.code, awardName(a.code, version.ruleset as Rules));
      const awards = new Map<string, number>();
      for (const u of result.units) {
        if (!u.award) continue;
        const name = names.get(u.award) ?? awardName(u.award);
        awards.set(name, (awards.get(name) ?? 0) + 1);
        computed.set(u.award, (computed.get(u.award) ?? 0) + 1);
      }
      const extras = result.units as unknown as { missing?: unknown[]; missingFacts?: unknown[] }[];
      const top = result.units[0];
      progress.push({
        name: cluster.name,
        units: result.units.length,
        complete: extras.filter((u) => (u.missing?.length ?? 0) === 0 && (u.missingFacts?.length ?? 0) === 0)
          .length,
        leader: top ? { name: top.name, final: top.final } : null,
        awards,
        settled: result.complete,
      });
    }
    const quotaRows = clusterRows.length
      ? await tx
          .select()
          .from(quotas)
          .where(
            inArray(
              quotas.clusterId,
              clusterRows.map((c) => c.id),
            ),
          )
      : [];
    const quotaOf = new Map<string, number>();
    for (const q of quotaRows) quotaOf.set(q.awardCode, (quotaOf.get(q.awardCode) ?? 0) + q.quota);
    const proposed = await proposalCounts(tx, periodId, ['proposed', 'approved']);
    const approved = await proposalCounts(tx, periodId, ['approved']);
    const [previousPeriod] = await tx
      .select()
      .from(periods)
      .where(
        and(
          eq(periods.councilId, period.councilId),
          eq(periods.calendar, period.calendar),
          eq(periods.year, period.year - 1),
        ),
      )
      .limit(1);
    const previous = previousPeriod
      ? await proposalCounts(tx, previousPeriod.id, ['approved'])
      : new Map<string, number>();
    const codes = [...new Set([...names.keys(), ...proposed.keys(), ...previous.keys()])];
    const letterhead = await loadLetterhead(tx, period.councilId);
    const document = buildCouncilReport({
      issuer: councilIssuer(letterhead),
      kind,
      periodName: period.name.toLowerCase(),
      year: period.year,
      previousName: previousPeriod ? previousPeriod.name.toLowerCase() : null,
      clusters: progress,
      awards: codes.map((code) => ({
        award: names.get(code) ?? awardName(code),
        quota: quotaOf.get(code) ?? null,
        computed: computed.get(code) ?? 0,
        proposed: proposed.get(code) ?? 0,
        approved: approved.get(code) ?? 0,
        previous: previous.get(code) ?? 0,
      })),
      date: vietnamDay(new Date()),
      signature: councilSignature(letterhead),
      recipients: letterhead.recipients,
    });
    return {
      kind: 'councilReport',
      document,
      fileName: `Báo cáo ${kind === 'midyear' ? 'sơ kết 6 tháng' : 'tổng kết'} công tác thi đua, khen thưởng - ${period.name}`,
      councilId: period.councilId,
      entityId: periodId,
      source: {
        periodId,
        kind,
        clusters: clusterRows.length,
        previousPeriodId: previousPeriod?.id ?? null,
      },
      data: { progress: progress.map((p) => ({ ...p, awards: [...p.awards] })), codes },
      author: letterhead.issuingBody,
    };
  });
}
