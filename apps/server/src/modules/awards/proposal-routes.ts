import { awardProposals, type Database, type Transaction } from '@thidua/db';
import { and, asc, count, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadClusterAccess } from '../../access/cluster-access';
import { requireActor } from '../../auth/actor';
import { notFound } from '../../http/errors';
import { offsetOf, pageOf } from '../../http/pagination';
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
} from './schema';

type Db = Database | Transaction;

/** The stored proposal, or 404. */
async function findProposal(db: Db, proposalId: string) {
  const [row] = await db.select().from(awardProposals).where(eq(awardProposals.id, proposalId)).limit(1);
  if (!row) throw notFound('đề nghị khen thưởng');
  return row;
}

/** One proposal as the API shows it, read inside the caller's transaction. */
async function viewOf(db: Db, proposalId: string, access: ProposalAccess) {
  const [row] = await selectProposals(db, eq(awardProposals.id, proposalId));
  if (!row) throw notFound('đề nghị khen thưởng');
  return presentProposal(row, access);
}

/** Award proposals of clusters and of the council: the list, adjustments, withdrawal, the decision. */
export async function proposalRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  /** A page of proposals, by award then rank (the order of the proposal list document). */
  async function page(
    where: SQL | undefined,
    query: { page: number; pageSize: number },
    may: { canAdjust: boolean; canDecide: boolean },
  ) {
    const [rows, [total]] = await Promise.all([
      selectProposals(db, where)
        .orderBy(asc(awardProposals.awardCode), asc(awardProposals.rank), asc(awardProposals.createdAt))
        .limit(query.pageSize)
        .offset(offsetOf(query)),
      db.select({ n: count() }).from(awardProposals).where(where),
    ]);
    return {
      items: rows.map((row) => presentProposal(row, may)),
      total: total?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  r.get(
    '/clusters/:clusterId/proposals',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Danh sách đề nghị khen thưởng của cụm, khối',
        params: clusterParams,
        querystring: proposalListQuery,
        response: { 200: pageOf(proposalView) },
      },
    },
    async (request) => {
      const access = await loadClusterAccess(db, requireActor(request.actor), request.params.clusterId);
      requireClusterRead(access);
      const { status, awardCode } = request.query;
      const where = and(
        eq(awardProposals.clusterId, access.clusterId),
        status ? eq(awardProposals.status, status) : undefined,
        awardCode ? eq(awardProposals.awardCode, awardCode) : undefined,
      );
      return page(where, request.query, {
        canAdjust: canPropose(access),
        canDecide: access.roles.has('standingOffice'),
      });
    },
  );

  r.post(
    '/clusters/:clusterId/proposals',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Lập danh sách đề nghị khen thưởng của cụm, khối từ kết quả chấm điểm',
        description:
          'Cụm trưởng, cụm phó hoặc cơ quan thường trực, ở giai đoạn tổng kết hoặc quyết định. Gửi đúng một ' +
          'trong ba: `rows` (kết quả đã tính: unitId, awardCode, finalScore, rank), `result` (tài liệu ' +
          'thidua/result@1 của GET /clusters/{clusterId}/results) hoặc `period` (tệp thidua/period@1, được ' +
          'chấm lại với bộ tiêu chí đã ban hành và chỉ tiêu đã lưu của cụm; nếu nêu meetingId thì dùng số ' +
          'phiếu phân định đã ghi tại cuộc họp). Đơn vị không có hình thức khen thưởng được bỏ qua; kiểm tra ' +
          'đơn vị thành viên, mã khen thưởng, mỗi đơn vị một hình thức và chỉ tiêu trước khi lưu.',
        params: clusterParams,
        body: proposalListBody,
        response: { 201: pageOf(proposalView).pick({ items: true }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const items = await db.transaction(async (tx) => {
        const access = await loadClusterAccess(tx, actor, request.params.clusterId);
        requirePropose(access);
        const created = await createProposalList(tx, actor, access, request.body);
        if (created.length === 0) return [];
        const rows = await selectProposals(
          tx,
          inArray(
            awardProposals.id,
            created.map((p) => p.id),
          ),
        ).orderBy(asc(awardProposals.awardCode), asc(awardProposals.rank));
        const may = { canAdjust: true, canDecide: access.roles.has('standingOffice') };
        return rows.map((row) => presentProposal(row, may));
      });
      return reply.status(201).send({ items });
    },
  );

  r.get(
    '/periods/:periodId/proposals',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Tổng hợp đề nghị khen thưởng của mọi cụm, khối và của Hội đồng trong kỳ',
        description: 'Cơ quan thường trực và thành viên Hội đồng.',
        params: periodParams,
        querystring: periodProposalListQuery,
        response: { 200: pageOf(proposalView) },
      },
    },
    async (request) => {
      const access = await loadPeriodAccess(db, requireActor(request.actor), request.params.periodId);
      requirePeriodRead(access);
      const { status, awardCode, clusterId, level } = request.query;
      const where = and(
        eq(awardProposals.periodId, access.period.id),
        status ? eq(awardProposals.status, status) : undefined,
        awardCode ? eq(awardProposals.awardCode, awardCode) : undefined,
        clusterId ? eq(awardProposals.clusterId, clusterId) : undefined,
        level === 'council' ? isNull(awardProposals.clusterId) : undefined,
        level === 'cluster' ? isNotNull(awardProposals.clusterId) : undefined,
      );
      return page(where, request.query, { canAdjust: access.canWrite, canDecide: access.canWrite });
    },
  );

  r.get(
    '/proposals/:proposalId',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Xem một đề nghị khen thưởng',
        params: proposalParams,
        response: { 200: proposalView },
      },
    },
    async (request) => {
      const proposal = await findProposal(db, request.params.proposalId);
      const access = await loadProposalAccess(db, requireActor(request.actor), proposal);
      requireProposalRead(access);
      return viewOf(db, proposal.id, access);
    },
  );

  r.patch(
    '/proposals/:proposalId',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Điều chỉnh đề nghị khen thưởng (bắt buộc nêu lý do)',
        params: proposalParams,
        body: proposalPatch,
        response: { 200: proposalView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const before = await findProposal(tx, request.params.proposalId);
        const access = await loadProposalAccess(tx, actor, before);
        requireAdjust(access);
        await adjustProposal(tx, actor, access, before, request.body);
        return viewOf(tx, before.id, access);
      });
    },
  );

  r.post(
    '/proposals/:proposalId/withdraw',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Rút đề nghị khen thưởng (bắt buộc nêu lý do)',
        params: proposalParams,
        body: withdrawBody,
        response: { 200: proposalView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const before = await findProposal(tx, request.params.proposalId);
        const access = await loadProposalAccess(tx, actor, before);
        requireAdjust(access);
        await withdrawProposal(tx, actor, access, before, request.body);
        return viewOf(tx, before.id, access);
      });
    },
  );

  r.post(
    '/proposals/:proposalId/return',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Trả lại đề nghị khen thưởng cho cụm, khối (bắt buộc nêu lý do)',
        description:
          'Chỉ cơ quan thường trực, với đề nghị đang chờ của cụm, khối; cụm có thể đề nghị lại sau khi khắc phục.',
        params: proposalParams,
        body: returnBody,
        response: { 200: proposalView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const before = await findProposal(tx, request.params.proposalId);
        const access = await loadProposalAccess(tx, actor, before);
        requireDecide(access, 'trả lại');
        await returnProposal(tx, actor, access, before, request.body);
        return viewOf(tx, before.id, access);
      });
    },
  );

  r.post(
    '/proposals/:proposalId/decide',
    {
      schema: {
        tags: AWARD_TAGS,
        summary: 'Duyệt hoặc không duyệt đề nghị, gắn với quyết định của Hội đồng',
        description: 'Chỉ cơ quan thường trực, ở giai đoạn quyết định khen thưởng; bắt buộc nêu lý do.',
        params: proposalParams,
        body: decideBody,
        response: { 200: proposalView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return db.transaction(async (tx) => {
        const before = await findProposal(tx, request.params.proposalId);
        const access = await loadProposalAccess(tx, actor, before);
        requireDecide(access);
        await decideProposal(tx, actor, access, before, request.body);
        return viewOf(tx, before.id, access);
      });
    },
  );
}
