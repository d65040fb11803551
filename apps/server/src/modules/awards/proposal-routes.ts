import { type AwardProposal, awardProposals, type Database, type Transaction } from '@thidua/db';
import { and, asc, count, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { notFound } from '../../http/errors';
import { findById } from '../../http/versioned-update';
import { offsetOf, pageFrom, pageOf } from '../../http/pagination';
import { type Address, command, registerRoutes, route } from '../../http/route-table';
import {
  canPropose,
  loadPeriodAccess,
  loadProposalAccess,
  type ProposalAccess,
  requireAdjust,
  requireClusterRead,
  requireDecide,
  requirePeriodRead,
  requirePropose,
  requireProposalRead,
} from './policy';
import { presentProposal, selectProposals } from './presenter';
import { createProposalList } from './proposal-list';
import { adjustProposal, decideProposal, returnProposal, withdrawProposal } from './proposal-service';
import { AWARD_TAGS } from './quota-routes';
import {
  clusterParams,
  decideBody,
  periodParams,
  periodProposalListQuery,
  proposalListBody,
  proposalListQuery,
  proposalParams,
  proposalPatch,
  proposalView,
  returnBody,
  withdrawBody,
} from '@thidua/contracts/awards';
import { may } from '../../access/permissions';

type Db = Database | Transaction;

/** The stored proposal, or 404. */
export async function findProposal(db: Db, proposalId: string) {
  return findById(db, awardProposals, proposalId, 'đề nghị khen thưởng');
}

/** One proposal as the API shows it, read inside the caller's transaction. */
async function viewOf(db: Db, proposalId: string, access: ProposalAccess) {
  const [row] = await selectProposals(db, eq(awardProposals.id, proposalId));
  if (!row) throw notFound('đề nghị khen thưởng');
  return presentProposal(row, access);
}

/** Proposals by award then rank (the order of the proposal list document). */
export function orderedProposals(db: Db, where: SQL | undefined) {
  return selectProposals(db, where).orderBy(
    asc(awardProposals.awardCode),
    asc(awardProposals.rank),
    asc(awardProposals.createdAt),
  );
}

/**
 * The cluster's proposal list as its readers see it (the list and its Excel export): who may read it,
 * which rows, and what the reader may do to them.
 */
export async function clusterProposalList(
  db: Db,
  actor: Actor,
  clusterId: string,
  filters: { status?: AwardProposal['status'] | undefined; awardCode?: string | undefined },
) {
  const access = await loadClusterAccess(db, actor, clusterId);
  requireClusterRead(access);
  const where = and(
    eq(awardProposals.clusterId, access.clusterId),
    filters.status ? eq(awardProposals.status, filters.status) : undefined,
    filters.awardCode ? eq(awardProposals.awardCode, filters.awardCode) : undefined,
  );
  return { access, where, may: { canAdjust: canPropose(access), canDecide: may(access, 'decideProposals') } };
}

/** A page of proposals, by award then rank (the order of the proposal list document). */
async function page(
  db: Db,
  where: SQL | undefined,
  query: { page: number; pageSize: number },
  may: { canAdjust: boolean; canDecide: boolean },
) {
  const rows = orderedProposals(db, where).limit(query.pageSize).offset(offsetOf(query));
  const counted = db.select({ n: count() }).from(awardProposals).where(where);
  return pageFrom(query, rows, counted, (row) => presentProposal(row, may));
}

type ProposalCommand<B extends z.ZodType> = (
  tx: Transaction,
  actor: Actor,
  access: ProposalAccess,
  before: AwardProposal,
  body: z.infer<B>,
) => Promise<unknown>;

/**
 * A command on one proposal (`POST|PATCH /proposals/:proposalId…`): load it, authorise, act, and show it
 * as it now is, all in one transaction.
 */
function proposalCommand<B extends z.ZodType>(
  address: Address,
  summary: string,
  spec: { description?: string; body: B },
  authorize: (access: ProposalAccess) => void,
  act: ProposalCommand<B>,
) {
  const full = { ...spec, params: proposalParams, 200: proposalView };
  return command(address, summary, full, async ({ tx, actor, params, body }) => {
    const before = await findProposal(tx, params.proposalId);
    const access = await loadProposalAccess(tx, actor, before);
    authorize(access);
    await act(tx, actor, access, before, body as z.infer<B>);
    return viewOf(tx, before.id, access);
  });
}

/** Award proposals of clusters and of the council: the list, adjustments, withdrawal, the decision. */
export async function proposalRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, AWARD_TAGS, [
    route(
      'GET /clusters/:clusterId/proposals',
      'Danh sách đề nghị khen thưởng của cụm, khối',
      { params: clusterParams, query: proposalListQuery, 200: pageOf(proposalView) },
      async ({ db, actor, params, query }) => {
        const list = await clusterProposalList(db, actor, params.clusterId, query);
        return page(db, list.where, query, list.may);
      },
    ),
    command(
      'POST /clusters/:clusterId/proposals',
      'Lập danh sách đề nghị khen thưởng của cụm, khối từ kết quả chấm điểm',
      {
        description:
          'Cụm trưởng, cụm phó hoặc cơ quan thường trực, ở giai đoạn tổng kết hoặc quyết định. Gửi đúng một ' +
          'trong ba: `rows` (kết quả đã tính: unitId, awardCode, finalScore, rank), `result` (tài liệu ' +
          'thidua/result@1 của GET /clusters/{clusterId}/results) hoặc `period` (tệp thidua/period@1, được ' +
          'chấm lại với bộ tiêu chí đã ban hành và chỉ tiêu đã lưu của cụm; nếu nêu meetingId thì dùng số ' +
          'phiếu phân định đã ghi tại cuộc họp). Đơn vị không có hình thức khen thưởng được bỏ qua; kiểm tra ' +
          'đơn vị thành viên, mã khen thưởng, mỗi đơn vị một hình thức và chỉ tiêu trước khi lưu.',
        params: clusterParams,
        body: proposalListBody,
        201: pageOf(proposalView).pick({ items: true }),
      },
      async ({ tx, actor, params, body }) => {
        const access = await loadClusterAccess(tx, actor, params.clusterId);
        requirePropose(access);
        const created = await createProposalList(tx, actor, access, body);
        if (created.length === 0) return { items: [] };
        const rows = await selectProposals(
          tx,
          inArray(
            awardProposals.id,
            created.map((p) => p.id),
          ),
        ).orderBy(asc(awardProposals.awardCode), asc(awardProposals.rank));
        const abilities = { canAdjust: true, canDecide: may(access, 'decideProposals') };
        return { items: rows.map((row) => presentProposal(row, abilities)) };
      },
    ),
    route(
      'GET /periods/:periodId/proposals',
      'Tổng hợp đề nghị khen thưởng của mọi cụm, khối và của Hội đồng trong kỳ',
      {
        description: 'Cơ quan thường trực và thành viên Hội đồng.',
        params: periodParams,
        query: periodProposalListQuery,
        200: pageOf(proposalView),
      },
      async ({ db, actor, params, query }) => {
        const access = await loadPeriodAccess(db, actor, params.periodId);
        requirePeriodRead(access);
        const { status, awardCode, clusterId, level } = query;
        const where = and(
          eq(awardProposals.periodId, access.period.id),
          status ? eq(awardProposals.status, status) : undefined,
          awardCode ? eq(awardProposals.awardCode, awardCode) : undefined,
          clusterId ? eq(awardProposals.clusterId, clusterId) : undefined,
          level === 'council' ? isNull(awardProposals.clusterId) : undefined,
          level === 'cluster' ? isNotNull(awardProposals.clusterId) : undefined,
        );
        return page(db, where, query, { canAdjust: access.canWrite, canDecide: access.canWrite });
      },
    ),
    route(
      'GET /proposals/:proposalId',
      'Xem một đề nghị khen thưởng',
      { params: proposalParams, 200: proposalView },
      async ({ db, actor, params }) => {
        const proposal = await findProposal(db, params.proposalId);
        const access = await loadProposalAccess(db, actor, proposal);
        requireProposalRead(access);
        return viewOf(db, proposal.id, access);
      },
    ),
    proposalCommand(
      'PATCH /proposals/:proposalId',
      'Điều chỉnh đề nghị khen thưởng (bắt buộc nêu lý do)',
      { body: proposalPatch },
      requireAdjust,
      adjustProposal,
    ),
    proposalCommand(
      'POST /proposals/:proposalId/withdraw',
      'Rút đề nghị khen thưởng (bắt buộc nêu lý do)',
      { body: withdrawBody },
      requireAdjust,
      withdrawProposal,
    ),
    proposalCommand(
      'POST /proposals/:proposalId/return',
      'Trả lại đề nghị khen thưởng cho cụm, khối (bắt buộc nêu lý do)',
      {
        description:
          'Chỉ cơ quan thường trực, với đề nghị đang chờ của cụm, khối; cụm có thể đề nghị lại sau khi khắc phục.',
        body: returnBody,
      },
      (access) => requireDecide(access, 'trả lại'),
      returnProposal,
    ),
    proposalCommand(
      'POST /proposals/:proposalId/decide',
      'Duyệt hoặc không duyệt đề nghị, gắn với quyết định của Hội đồng',
      {
        description: 'Chỉ cơ quan thường trực, ở giai đoạn quyết định khen thưởng; bắt buộc nêu lý do.',
        body: decideBody,
      },
      (access) => requireDecide(access),
      decideProposal,
    ),
  ]);
}
