import { type Database, periods, quotas } from '@thidua/db';
import { and, asc, between, eq, inArray } from 'drizzle-orm';
import { isStandingOffice, requireCouncilMember } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { forbidden, invalid } from '../../http/errors';
import { loadIssuedRuleset } from '../awards/issued-ruleset';
import { localToday } from '../../kernel/dates';
import { periodProgress } from '../periods/progress-service';
import { computeWholeResults } from '../results/service';
import { distributionOf, percentOf } from './distribution';
import {
  type ClusterStatistics,
  DEFAULT_YEARS,
  MAX_YEARS,
  type StatisticsQuery,
  type StatisticsView,
} from './schema';

/** The years asked for: five years back to this year by default; refused by name when reversed or too wide. */
export function statisticsYears(
  query: StatisticsQuery,
  today = localToday(),
): { fromYear: number; toYear: number } {
  const toYear =
    query.toYear ??
    (query.fromYear !== undefined ? query.fromYear + DEFAULT_YEARS - 1 : Number(today.slice(0, 4)));
  const fromYear = query.fromYear ?? toYear - (DEFAULT_YEARS - 1);
  if (fromYear > toYear) {
    throw invalid([{ path: 'querystring.fromYear', message: `năm đầu ${fromYear} sau năm cuối ${toYear}` }]);
  }
  if (toYear - fromYear + 1 > MAX_YEARS) {
    throw invalid([{ path: 'querystring.toYear', message: `chỉ thống kê tối đa ${MAX_YEARS} năm một lần` }]);
  }
  return { fromYear, toYear };
}

/**
 * Council-wide statistics (issue #14 §4) for the standing office and the council's members: per period
 * of the years asked (archived ones too) and per cluster, the progress exactly as `/periods/:id/progress`
 * gives it, the distribution of the engine's final scores exactly as `/clusters/:id/results` gives them
 * (the cached results, never recomputed), each award level's count against its quota, and the award
 * ratio — the share of units awarded, which Bắc Giang's guidance 2.4c makes a deduction item ("Trừ 05
 * điểm cho địa phương, đơn vị có tỷ lệ, cơ cấu khen thưởng không đảm bảo theo hướng dẫn tổng kết năm").
 * A cluster whose results the reader may not see whole (a council member before publication) has no
 * scores here, never a part of them.
 */
export async function councilStatistics(
  db: Database,
  actor: Actor,
  councilId: string,
  query: StatisticsQuery,
): Promise<StatisticsView> {
  const access = requireCouncilMember(actor, councilId);
  if (!isStandingOffice(access) && !access.roles.has('councilMember')) {
    throw forbidden('Chỉ cơ quan thường trực và thành viên Hội đồng được xem thống kê của Hội đồng');
  }
  const { fromYear, toYear } = statisticsYears(query);
  const periodRows = await db
    .select()
    .from(periods)
    .where(and(eq(periods.councilId, councilId), between(periods.year, fromYear, toYear)))
    .orderBy(asc(periods.year), asc(periods.calendar), asc(periods.startsOn));
  const out: StatisticsView['periods'] = [];
  for (const period of periodRows) {
    const progress = await periodProgress(db, period);
    const clusterIds = progress.clusters.map((c) => c.id);
    const quotaRows = clusterIds.length
      ? await db.select().from(quotas).where(inArray(quotas.clusterId, clusterIds))
      : [];
    const clusters: ClusterStatistics[] = [];
    for (const cluster of progress.clusters) {
      const base = {
        clusterId: cluster.id,
        code: cluster.code,
        name: cluster.name,
        kind: cluster.kind,
        memberCount: cluster.memberCount,
        registered: cluster.registered,
        pactSigned: cluster.pactSigned,
        selfScored: cluster.selfScored,
        reviewed: cluster.reviewed,
      };
      const none = { complete: null, scores: null, awards: [], awardedUnits: null, awardRatio: null };
      const issued = await loadIssuedRuleset(db, cluster.id);
      if (!issued) {
        clusters.push({ ...base, scoreState: 'noCriteria', ...none });
        continue;
      }
      if (cluster.memberCount === 0) {
        clusters.push({ ...base, scoreState: 'noUnits', ...none });
        continue;
      }
      const result = await computeWholeResults(db, actor, cluster.id);
      if (!result) {
        clusters.push({ ...base, scoreState: 'notPublished', ...none });
        continue;
      }
      const own = quotaRows.filter((q) => q.clusterId === cluster.id);
      const awardedUnits = result.units.filter((u) => u.award !== null).length;
      clusters.push({
        ...base,
        scoreState: 'available',
        complete: result.complete,
        scores: distributionOf(result.units.map((u) => u.final)),
        awards: issued.awards.map((a) => ({
          code: a.code,
          name: a.name,
          awarded: result.units.filter((u) => u.award === a.code).length,
          quota: own.find((q) => q.awardCode === a.code)?.quota ?? null,
        })),
        awardedUnits,
        awardRatio: percentOf(awardedUnits, result.units.length),
      });
    }
    out.push({
      periodId: period.id,
      name: period.name,
      year: period.year,
      calendar: period.calendar,
      stage: period.stage,
      clusters,
    });
  }
  return { councilId, fromYear, toYear, periods: out };
}
