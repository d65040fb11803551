import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { pageOf } from '../../http/pagination';
import { createAdjustment, deleteAdjustment, listAdjustments, updateAdjustment } from './service';
import { refreshLateTaskDeductions, writeReturnedShareEntries } from './derived-service';
import {
  adjustmentBody,
  adjustmentListQuery,
  adjustmentParams,
  adjustmentPatch,
  adjustmentView,
  lateTaskDeductionBody,
  lateTaskDeductionView,
  returnedShareEntriesBody,
  returnedShareEntriesView,
} from './schema';
import { deleteQuery } from '../scoring-shared/write-fields';
import { clusterParams } from '../scoring-shared/schema';

const TAGS = ['Điểm cộng, điểm trừ'];

const WHO =
  'Điểm trừ và điểm thưởng của Hội đồng: cơ quan thường trực. Điểm thưởng của cụm, khối (khoản có ' +
  '`awardedBy: "cluster"` hoặc tên nhắc đến cụm, khối): cụm trưởng, cụm phó (không cho đơn vị mình) và cơ ' +
  'quan thường trực. Giai đoạn tự chấm điểm, thẩm định hoặc họp trù bị.';

/** Bonus and deduction records with their source documents. */
export async function adjustmentsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/adjustments',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách điểm cộng, điểm trừ',
        params: clusterParams,
        querystring: adjustmentListQuery,
        response: { 200: pageOf(adjustmentView) },
      },
    },
    async (request) =>
      listAdjustments(db, requireActor(request.actor), request.params.clusterId, request.query),
  );

  r.post(
    '/clusters/:clusterId/adjustments',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi điểm cộng hoặc điểm trừ cho một đơn vị',
        description: `Khoản cộng: \`points\`; khoản trừ: \`count\` (số lần) và văn bản căn cứ. ${WHO}`,
        params: clusterParams,
        body: adjustmentBody,
        response: { 201: adjustmentView },
      },
    },
    async (request, reply) => {
      const view = await createAdjustment(
        db,
        requireActor(request.actor),
        request.params.clusterId,
        request.body,
      );
      return reply.status(201).send(view);
    },
  );

  r.patch(
    '/adjustments/:adjustmentId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa điểm cộng, điểm trừ (cần lý do)',
        description: WHO,
        params: adjustmentParams,
        body: adjustmentPatch,
        response: { 200: adjustmentView },
      },
    },
    async (request) =>
      updateAdjustment(db, requireActor(request.actor), request.params.adjustmentId, request.body),
  );

  r.delete(
    '/adjustments/:adjustmentId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xóa điểm cộng, điểm trừ (cần phiên bản và lý do)',
        description: WHO,
        params: adjustmentParams,
        querystring: deleteQuery,
        response: { 204: z.null().describe('Đã xóa') },
      },
    },
    async (request, reply) => {
      await deleteAdjustment(db, requireActor(request.actor), request.params.adjustmentId, request.query);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/clusters/:clusterId/adjustments/late-tasks',
    {
      schema: {
        tags: TAGS,
        summary: 'Tổng hợp điểm trừ chậm, muộn từ kế hoạch công tác',
        description:
          'Cơ quan thường trực đặt số lần của khoản trừ (mặc định CHAM_MUON) cho mỗi đơn vị của cụm, khối ' +
          'bằng số nhiệm vụ chậm, muộn của đơn vị trong các kế hoạch đã ban hành của kỳ (đến ngày `asOf`), ' +
          'kèm văn bản căn cứ. Mỗi đơn vị có một bản ghi tổng hợp (`derivedFrom: lateTasks`): tạo mới, cập ' +
          'nhật khi số thay đổi, xóa khi về 0; bản ghi nhập tay không bị đụng tới. Mọi thay đổi ghi nhật ký.',
        params: clusterParams,
        body: lateTaskDeductionBody,
        response: { 200: lateTaskDeductionView },
      },
    },
    async (request) =>
      refreshLateTaskDeductions(db, requireActor(request.actor), request.params.clusterId, request.body),
  );

  r.post(
    '/clusters/:clusterId/entries/returned-dossiers',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi tỷ lệ hồ sơ khen thưởng bị trả lại vào một tiêu chí (Bắc Giang III.4.a)',
        description:
          'Cơ quan thường trực ghi, cho mỗi đơn vị của cụm, khối có hồ sơ trong các đợt của kỳ, tỷ lệ % hồ ' +
          'sơ bị trả lại (chính xác đến 2 chữ số thập phân) làm điểm của cơ quan thường trực cho tiêu chí ' +
          '`criterionCode`, qua cùng các kiểm tra như khi nhập tay. Đơn vị không có hồ sơ: không ghi.',
        params: clusterParams,
        body: returnedShareEntriesBody,
        response: { 200: returnedShareEntriesView },
      },
    },
    async (request) =>
      writeReturnedShareEntries(db, requireActor(request.actor), request.params.clusterId, request.body),
  );
}
