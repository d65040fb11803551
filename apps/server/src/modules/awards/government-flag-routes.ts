import { awardProposals, clusters, units } from '@thidua/db';
import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { offsetOf, pageFrom, pageOf, pageQuery } from '../../http/pagination';
import { candidateFilter, clusterLeaders, GOVERNMENT_FLAG, nominateGovernmentFlag } from './government-flag';
import { governmentFlagDossierDue, nomineeLimit, VOTE_SHARE_PERCENT } from './government-flag-rules';
import { loadPeriodAccess, requirePeriodRead, requirePeriodWrite } from './policy';
import { presentProposal, selectProposals } from './presenter';
import { AWARD_TAGS } from './quota-routes';
import {
  candidateView,
  flagRulesView,
  nomineeBody,
  periodParams,
  proposalView,
} from '@thidua/contracts/awards';
import { command, registerRoutes, route } from '../../http/route-table';

/** The council's Government-flag nominee, chosen among the city/provincial flag winners of all clusters. */
export async function governmentFlagRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, AWARD_TAGS, [
    route(
      'GET /periods/:periodId/government-flag/candidates',
      'Đơn vị có thể đề nghị Cờ thi đua của Chính phủ',
      {
        description:
          'Các đơn vị được đề nghị (hoặc đã được duyệt) Cờ thi đua cấp thành phố, tỉnh ở mọi cụm, khối trong kỳ; ' +
          'điểm cao trước.',
        params: periodParams,
        query: pageQuery,
        200: pageOf(candidateView),
      },
      async ({ db, actor, params, query }) => {
        const access = await loadPeriodAccess(db, actor, params.periodId);
        requirePeriodRead(access);
        const where = candidateFilter(access.period.id);
        const rows = db
          .select({ proposal: awardProposals, unitName: units.name, clusterName: clusters.name })
          .from(awardProposals)
          .innerJoin(units, eq(units.id, awardProposals.unitId))
          .leftJoin(clusters, eq(clusters.id, awardProposals.clusterId))
          .where(where)
          .orderBy(desc(awardProposals.finalScore), asc(units.name))
          .limit(query.pageSize)
          .offset(offsetOf(query));
        const counted = db.select({ n: count() }).from(awardProposals).where(where);
        return pageFrom(query, rows, counted, ({ proposal, unitName, clusterName }) => ({
          proposalId: proposal.id,
          unitId: proposal.unitId,
          unitName,
          clusterId: proposal.clusterId,
          clusterName,
          awardCode: proposal.awardCode,
          finalScore: proposal.finalScore === null ? null : Number(proposal.finalScore),
          rank: proposal.rank,
          status: proposal.status,
        }));
      },
    ),
    route(
      'GET /periods/:periodId/government-flag/rules',
      'Điều kiện đề nghị Cờ thi đua của Chính phủ trong kỳ, với các con số',
      {
        description:
          'Số tập thể dẫn đầu cụm, khối; số đơn vị tối đa được đề nghị (20%, làm tròn xuống, ít nhất 1); số đã ' +
          'đề nghị; tỷ lệ biểu quyết cần đạt; hạn gửi hồ sơ.',
        params: periodParams,
        200: flagRulesView,
      },
      async ({ db, actor, params }) => {
        const access = await loadPeriodAccess(db, actor, params.periodId);
        requirePeriodRead(access);
        const [leaders, [standing]] = await Promise.all([
          clusterLeaders(db, access.period.id),
          db
            .select({ n: count() })
            .from(awardProposals)
            .where(
              and(
                eq(awardProposals.periodId, access.period.id),
                isNull(awardProposals.clusterId),
                eq(awardProposals.awardCode, GOVERNMENT_FLAG),
                inArray(awardProposals.status, ['proposed', 'approved']),
              ),
            ),
        ]);
        return {
          leaders,
          limit: nomineeLimit(leaders),
          standing: standing?.n ?? 0,
          votePercent: VOTE_SHARE_PERCENT,
          dossierDue: governmentFlagDossierDue(access.period),
        };
      },
    ),
    command(
      'POST /periods/:periodId/government-flag/nominee',
      'Chọn đơn vị Hội đồng đề nghị Cờ thi đua của Chính phủ',
      {
        description:
          'Chỉ cơ quan thường trực; đơn vị phải được đề nghị Cờ thi đua cấp thành phố, tỉnh ở một cụm, khối ' +
          'trong kỳ. Mỗi kỳ một đơn vị: muốn đổi, rút đề nghị hiện tại trước.',
        params: periodParams,
        body: nomineeBody,
        201: proposalView,
      },
      async ({ tx, actor, params, body }) => {
        const access = await loadPeriodAccess(tx, actor, params.periodId);
        requirePeriodWrite(access);
        const nominee = await nominateGovernmentFlag(tx, actor, access, body);
        const [row] = await selectProposals(tx, eq(awardProposals.id, nominee.id));
        return presentProposal(row!, { canAdjust: true, canDecide: true });
      },
    ),
  ]);
}
